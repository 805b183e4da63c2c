package io.tarn.engine.service;

import io.tarn.error.ErrorCode;
import io.tarn.error.ErrorCodeSupplier;
import io.tarn.error.ErrorType;

import static io.tarn.error.ErrorType.EXTERNAL;
import static io.tarn.error.ErrorType.INSUFFICIENT_RESOURCES;
import static io.tarn.error.ErrorType.INTERNAL_ERROR;
import static io.tarn.error.ErrorType.USER_ERROR;

/**
 * Error codes of the query service: the query lifecycle, stored results, result delivery and signing, saved
 * and sample queries. Numbers start at {@code 0x0200_0000} and never change once published. Where CloudTrail
 * Lake has an exception for the same condition, its name is kept as {@link #lakeName()}.
 */
public enum QueryErrorCode
        implements ErrorCodeSupplier
{
    QUERY_NOT_FOUND(0x0200_0000, USER_ERROR, "QueryIdNotFoundException"),
    INACTIVE_QUERY(0x0200_0001, USER_ERROR, "InactiveQueryException"),
    MAX_CONCURRENT_QUERIES(0x0200_0002, INSUFFICIENT_RESOURCES, "MaxConcurrentQueriesException"),
    INVALID_QUERY_REQUEST(0x0200_0003, USER_ERROR, "InvalidParameterException"),
    INVALID_MAX_RESULTS(0x0200_0004, USER_ERROR, "InvalidMaxResultsException"),
    INVALID_NEXT_TOKEN(0x0200_0005, USER_ERROR, "InvalidNextTokenException"),
    INVALID_DATE_RANGE(0x0200_0006, USER_ERROR, "InvalidDateRangeException"),
    INVALID_DELIVERY_LOCATION(0x0200_0007, USER_ERROR, "InvalidS3BucketNameException"),
    QUERY_RESULTS_TOO_LARGE(0x0200_0008, INSUFFICIENT_RESOURCES, null),
    QUERY_ABANDONED(0x0200_0009, INTERNAL_ERROR, null),
    RESULT_STORAGE_ERROR(0x0200_000A, EXTERNAL, null),
    DELIVERY_FAILED(0x0200_000B, EXTERNAL, null),
    SIGNING_KEY_ERROR(0x0200_000C, INTERNAL_ERROR, null),
    SIGN_FILE_NOT_FOUND(0x0200_000D, USER_ERROR, null),
    INVALID_SIGN_FILE(0x0200_000E, USER_ERROR, null),
    INVALID_PUBLIC_KEY(0x0200_000F, USER_ERROR, null),
    SAVED_QUERY_NOT_FOUND(0x0200_0010, USER_ERROR, null),
    SAVED_QUERY_ALREADY_EXISTS(0x0200_0011, USER_ERROR, null),
    INVALID_SAVED_QUERY(0x0200_0012, USER_ERROR, null),
    SAMPLE_QUERY_READ_ONLY(0x0200_0013, USER_ERROR, null),
    MISSING_QUERY_PARAMETER(0x0200_0014, USER_ERROR, "InvalidParameterException"),
    UNKNOWN_QUERY_PARAMETER(0x0200_0015, USER_ERROR, "InvalidParameterException"),
    WRONG_EVENT_DATA_STORE_TYPE(0x0200_0016, USER_ERROR, "InvalidEventDataStoreCategoryException"),
    QUERY_SERVICE_SHUT_DOWN(0x0200_0017, INTERNAL_ERROR, null),
    RESULTS_NOT_VALID(0x0200_0018, USER_ERROR, null),
    /**/;

    private final ErrorCode errorCode;
    private final String lakeName;

    QueryErrorCode(int code, ErrorType type, String lakeName)
    {
        this.errorCode = new ErrorCode(name(), code, type);
        this.lakeName = lakeName;
    }

    @Override
    public ErrorCode toErrorCode()
    {
        return errorCode;
    }

    /**
     * The name of CloudTrail Lake's exception for the same condition, or {@code null} when Lake has none.
     */
    public String lakeName()
    {
        return lakeName;
    }
}
