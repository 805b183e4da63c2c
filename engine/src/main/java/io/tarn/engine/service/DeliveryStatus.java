package io.tarn.engine.service;

/**
 * The status of delivering a query's results to its delivery location, with the names of Lake's
 * {@code DeliveryStatus}. Tarn uses {@code PENDING} while the query runs or the files are written,
 * {@code SUCCESS}, {@code FAILED} (the query did not finish, so nothing is delivered: Lake does not deliver
 * partial results, spec 4.1; or the files could not be written), {@code FAILED_SIGNING_FILE} (result files
 * written, sign file not), {@code ACCESS_DENIED} (the location refused the write) and {@code CANCELLED}
 * (the query was cancelled).
 */
public enum DeliveryStatus
{
    SUCCESS,
    FAILED,
    FAILED_SIGNING_FILE,
    PENDING,
    RESOURCE_NOT_FOUND,
    ACCESS_DENIED,
    ACCESS_DENIED_SIGNING_FILE,
    CANCELLED,
    UNKNOWN,
}
