/**
 * A door into ingestion's package-private parser for the benchmarks module (split package: it lives in the
 * benchmarks jar, beside storage's classes of the same package on the class path).
 */
package io.tarn.storage.impl.ingest;
