/**
 * Column vectors: the in-memory columnar format shared by storage scans and the query engine. The layout
 * follows ORC's (a value array, a null array, offsets and lengths for nested values) so that a scan can hand
 * over ORC's arrays without copying, while no ORC type appears in the API. Vectors are mutable buffers
 * owned by one operator at a time; they are not thread-safe.
 */
package io.tarn.storage.vector;
