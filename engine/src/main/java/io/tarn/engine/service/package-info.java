/**
 * The query service: CloudTrail Lake's asynchronous query API (spec 4) over the engine, with stored results,
 * signed result delivery, saved queries and sample queries. {@link io.tarn.engine.service.QueryService} is
 * the entry point; the server and the command line use it.
 *
 * <h2>Lifecycle</h2>
 * StartQuery records the query {@code QUEUED} in the history and returns its 36-character id at once. Up to
 * {@link io.tarn.engine.service.QueryServiceOptions#runningQueries()} queries run at a time on the service's
 * threads; the lake admits at most {@link io.tarn.engine.service.QueryServiceOptions#maxConcurrentQueries()}
 * queued and running queries (Lake: 10), counted in the history inside the insert's transaction so that
 * several processes share the limit, and refuses more with {@code MAX_CONCURRENT_QUERIES}
 * ({@code MaxConcurrentQueriesException}). A query ends {@code FINISHED}, {@code FAILED} (error code name and
 * message kept), {@code CANCELLED} or {@code TIMED_OUT}. A monitor thread checks every 50 ms each running
 * query's run time and bytes scanned against its limits and stops it through
 * {@link io.tarn.engine.QueryExecution#cancel(io.tarn.error.TarnException)}, so the scan itself stops at the
 * next batch; the worker also checks after every result batch. Statistics are read live from the
 * execution for queries of this process, and written to the history every
 * {@link io.tarn.engine.service.QueryServiceOptions#progressInterval()} for other processes.
 *
 * <h2>History</h2>
 * SQLite file {@value io.tarn.engine.service.QueryService#DATABASE_FILE} in the lake's metadata directory,
 * tables {@code queries}, {@code query_stores} (the stores a statement names, for ListQueries) and
 * {@code saved_queries}. Each queued or running query records its owner process (pid and start time); a
 * service that opens the history marks the queries of owners that are no longer alive {@code FAILED} with
 * {@code QUERY_ABANDONED}, so no query stays {@code RUNNING} after a crash. Queries that ended more than
 * {@link io.tarn.engine.service.QueryService#RETENTION} (7 days) ago are purged with their results, on open
 * and by {@link io.tarn.engine.service.QueryService#purgeExpired()}.
 *
 * <h2>Stored results</h2>
 * {@code <metadata>/query-results/<query-id>/rows.jsonl}: one line per row, a JSON array of the row's values
 * in the value encoding of Trino's client protocol ({@link io.tarn.engine.service.TypedValueEncoder}):
 * booleans and integers as JSON booleans and numbers, {@code double}/{@code real} as JSON numbers with a
 * fraction or exponent ({@code NaN}, {@code Infinity} as strings), {@code varbinary} as base64, arrays and rows
 * as arrays, maps as objects keyed by the key's text, and {@code varchar}, {@code json}, {@code decimal},
 * dates, times, timestamps and intervals as strings ({@code "2023-01-22 16:53:53.000"}). The column names and
 * Trino type names ({@code timestamp(3)}, {@code row(arn varchar, ...)}) are in the history; a Trino-protocol
 * server parses the type names with {@link io.tarn.engine.service.TrinoType} for {@code typeSignature}s and
 * sends the stored values as they are, while GetQueryResults renders them as Lake's strings
 * ({@link io.tarn.engine.service.LakeValueFormatter}). The writer appends a batch at a time and then
 * publishes the row and byte counts, so pages are read while the query runs, up to what is published. A
 * {@code NextToken} carries the row number and byte offset of the next page (with a checksum bound to the
 * query), so a page is read with one seek. Pages hold at most 1,000 rows (the default too), as Lake's
 * {@code MaxQueryResults}. A query whose stored results would pass
 * {@link io.tarn.engine.service.QueryServiceOptions#maxResultBytes()} fails with
 * {@code QUERY_RESULTS_TOO_LARGE}, keeping the rows that fit.
 *
 * <h2>Delivery and integrity</h2>
 * A finished query with a delivery location is delivered by {@link io.tarn.engine.service.ResultDelivery}:
 * {@code result_N.csv.gz} files and {@code result_sign.json} in Lake's layout and format (spec 4.8, 4.9),
 * signed SHA256withRSA with the lake's key ({@link io.tarn.engine.service.ResultSigningKey}); a query that
 * did not finish is not delivered (Lake does not deliver partial results). {@link
 * io.tarn.engine.service.ResultVerifier} checks a delivered set.
 *
 * <h2>Saved and sample queries</h2>
 * {@link io.tarn.engine.service.SavedQueries} and {@link io.tarn.engine.service.SampleQueries}; parameters
 * are bound as described in {@code NamedParameters}: {@code :name} in value position becomes {@code ?}
 * with the value passed to the engine as a typed value, never spliced into the text; {@code :name} in table
 * position ({@code FROM :eds}) is replaced by the quoted id of the store its value names, after checking
 * the store exists.
 */
package io.tarn.engine.service;
