package io.tarn.server.http;

import com.google.common.collect.ImmutableMap;
import io.tarn.engine.service.QueryErrorCode;
import io.tarn.error.ErrorCode;
import io.tarn.error.ErrorCodeSupplier;
import io.tarn.server.ServerErrorCode;
import io.tarn.storage.StorageErrorCode;

import java.util.Map;

/**
 * The HTTP status of each error code. Codes not listed take their type's status: a user error 400, a limit
 * reached 429, anything else 500. Add a code here when it names a missing resource (404), a state that
 * forbids the request (409) or another status a client should tell apart.
 */
public final class HttpStatuses
{
    private static final Map<ErrorCode, Integer> STATUSES = ImmutableMap.<ErrorCode, Integer>builder()
            .put(code(ServerErrorCode.UNAUTHENTICATED), 401)
            .put(code(ServerErrorCode.RESOURCE_NOT_FOUND), 404)
            .put(code(ServerErrorCode.METHOD_NOT_ALLOWED), 405)
            .put(code(ServerErrorCode.REQUEST_TOO_LARGE), 413)
            .put(code(ServerErrorCode.UNSUPPORTED_MEDIA_TYPE), 415)
            .put(code(ServerErrorCode.SERVER_SHUTTING_DOWN), 503)
            .put(code(ServerErrorCode.STATEMENT_NOT_FOUND), 404)
            .put(code(StorageErrorCode.EVENT_DATA_STORE_NOT_FOUND), 404)
            .put(code(StorageErrorCode.CHANNEL_NOT_FOUND), 404)
            .put(code(StorageErrorCode.EVENT_DATA_STORE_ALREADY_EXISTS), 409)
            .put(code(StorageErrorCode.CHANNEL_ALREADY_EXISTS), 409)
            .put(code(StorageErrorCode.EVENT_DATA_STORE_MAX_LIMIT_EXCEEDED), 409)
            .put(code(StorageErrorCode.CHANNEL_MAX_LIMIT_EXCEEDED), 409)
            .put(code(StorageErrorCode.EVENT_DATA_STORE_TERMINATION_PROTECTED), 409)
            .put(code(StorageErrorCode.INACTIVE_EVENT_DATA_STORE), 409)
            .put(code(StorageErrorCode.INVALID_EVENT_DATA_STORE_STATUS), 409)
            .put(code(StorageErrorCode.INGESTION_STOPPED), 409)
            .put(code(StorageErrorCode.CHANNEL_EXISTS_FOR_EVENT_DATA_STORE), 409)
            .put(code(StorageErrorCode.CONFLICT), 409)
            .put(code(QueryErrorCode.QUERY_NOT_FOUND), 404)
            .put(code(QueryErrorCode.SAVED_QUERY_NOT_FOUND), 404)
            .put(code(QueryErrorCode.SAVED_QUERY_ALREADY_EXISTS), 409)
            .put(code(QueryErrorCode.INACTIVE_QUERY), 409)
            .put(code(QueryErrorCode.QUERY_SERVICE_SHUT_DOWN), 503)
            .buildOrThrow();

    private HttpStatuses() {}

    public static int status(ErrorCode errorCode)
    {
        Integer status = STATUSES.get(errorCode);
        if (status != null) {
            return status;
        }
        return switch (errorCode.type()) {
            case USER_ERROR -> 400;
            case INSUFFICIENT_RESOURCES -> 429;
            case INTERNAL_ERROR, EXTERNAL -> 500;
        };
    }

    private static ErrorCode code(ErrorCodeSupplier supplier)
    {
        return supplier.toErrorCode();
    }
}
