/**
 * {@code tarn shell}: the interactive SQL shell. {@link io.tarn.cli.shell.Shell} reads statements and
 * backslash commands with JLine and prints results through {@link io.tarn.cli.shell.ResultRenderer}; it talks
 * to the lake only through a {@link io.tarn.cli.shell.ShellClient}, so that a client of a running server can
 * take the local engine's place.
 */
package io.tarn.cli.shell;
