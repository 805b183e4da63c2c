/**
 * {@code tarn saved} and {@code tarn samples}: saved queries (create, list, show, update, delete, run) and the
 * read-only sample queries (list, show, copy into a saved query, run).
 */
package io.tarn.cli.saved;
