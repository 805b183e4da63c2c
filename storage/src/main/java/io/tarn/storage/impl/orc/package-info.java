/**
 * ORC specifics shared by the writers (ingestion, compaction) and the readers (scans) of data files: the
 * mapping of event schemas to ORC types, the file settings every data file is written and read with, and
 * the per-column byte sizes read back from a written file's stripe footers.
 */
package io.tarn.storage.impl.orc;
