/**
 * {@code tarn quickstart}: a lake with real events in one command, for a first look.
 */
package io.tarn.cli.quickstart;
