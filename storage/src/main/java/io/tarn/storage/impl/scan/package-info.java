/**
 * Scans of event data stores: plans from the catalog (partition and file pruning by event time), reads ORC
 * data files into {@link io.tarn.storage.vector} batches with column projection and stripe and row-group
 * pruning, drops rows outside the requested time ranges and retention, and counts every byte read from
 * the data files, as Lake bills by it.
 */
package io.tarn.storage.impl.scan;
