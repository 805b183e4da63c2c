package io.tarn.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import io.tarn.engine.service.QueryErrorCode;
import io.tarn.error.ErrorCode;
import io.tarn.error.TarnException;
import io.tarn.server.api.LakeJson;
import io.tarn.storage.StorageErrorCode;

import java.util.Map;
import java.util.Optional;

/**
 * The JSON body of every error response:
 * <pre>{@code
 * {"ErrorCode": "EVENT_DATA_STORE_NOT_FOUND", "ErrorNumber": 16777216, "ErrorType": "USER_ERROR",
 *  "LakeException": "EventDataStoreNotFoundException", "Message": "Event data store 'x' not found"}
 * }</pre>
 * {@code ErrorCode} and {@code ErrorNumber} are stable; {@code LakeException} is CloudTrail Lake's exception
 * for the same condition, present when Lake has one; the HTTP status comes from {@link HttpStatuses}. No
 * stack trace or internal detail is ever written.
 */
public final class ErrorResponses
{
    private static final Map<ErrorCode, String> LAKE_NAMES = lakeNames();

    private ErrorResponses() {}

    public static ApiResponse of(TarnException exception)
    {
        ErrorCode code = exception.getErrorCode();
        return ApiResponse.json(HttpStatuses.status(code), body(code, exception.getMessage()));
    }

    public static ObjectNode body(ErrorCode code, String message)
    {
        ObjectNode node = LakeJson.MAPPER.createObjectNode();
        node.put("ErrorCode", code.name());
        node.put("ErrorNumber", code.code());
        node.put("ErrorType", code.type().name());
        lakeName(code).ifPresent(name -> node.put("LakeException", name));
        node.put("Message", message);
        return node;
    }

    /**
     * CloudTrail Lake's exception name for the code, when Lake has one.
     */
    public static Optional<String> lakeName(ErrorCode code)
    {
        return Optional.ofNullable(LAKE_NAMES.get(code));
    }

    private static Map<ErrorCode, String> lakeNames()
    {
        ImmutableMap.Builder<ErrorCode, String> names = ImmutableMap.builder();
        for (StorageErrorCode code : StorageErrorCode.values()) {
            if (code.lakeName() != null) {
                names.put(code.toErrorCode(), code.lakeName());
            }
        }
        for (QueryErrorCode code : QueryErrorCode.values()) {
            if (code.lakeName() != null) {
                names.put(code.toErrorCode(), code.lakeName());
            }
        }
        return names.buildOrThrow();
    }
}
