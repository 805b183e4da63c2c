/**
 * The {@code tarn} command line: the main class, global options, output formats, error reporting and exit
 * statuses. Subcommands live in subpackages by subject.
 */
package io.tarn.cli;
