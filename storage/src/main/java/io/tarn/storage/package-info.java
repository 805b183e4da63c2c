/**
 * The public API of Tarn's storage: a {@link io.tarn.storage.Lake} holds event data stores, ingests JSON
 * audit events into ORC files partitioned by event time, and scans them into column batches while counting
 * what it read. Nothing here knows SQL, and no ORC or Hadoop type appears in these signatures; the
 * implementations live in the {@code impl} packages.
 */
package io.tarn.storage;
