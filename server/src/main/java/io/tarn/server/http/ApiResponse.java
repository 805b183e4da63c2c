package io.tarn.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import io.tarn.server.api.LakeJson;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * What a route answers: a status, headers and a body (JSON unless told otherwise).
 */
public record ApiResponse(int status, List<Map.Entry<String, String>> headers, String contentType, byte[] body)
{
    public static final String JSON = "application/json";

    public ApiResponse
    {
        headers = ImmutableList.copyOf(requireNonNull(headers, "headers is null"));
        requireNonNull(contentType, "contentType is null");
        requireNonNull(body, "body is null");
    }

    /**
     * 200 with the node as JSON.
     */
    public static ApiResponse ok(JsonNode node)
    {
        return json(200, node);
    }

    public static ApiResponse json(int status, JsonNode node)
    {
        try {
            return new ApiResponse(status, List.of(), JSON, LakeJson.MAPPER.writeValueAsBytes(node));
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /**
     * 200 with an object serialized by Jackson (a record, a map).
     */
    public static ApiResponse okValue(Object value)
    {
        try {
            return new ApiResponse(200, List.of(), JSON, LakeJson.MAPPER.writeValueAsBytes(value));
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /**
     * 204 without a body: an action that succeeded and has nothing to say (Lake's StopEventDataStoreIngestion).
     */
    public static ApiResponse noContent()
    {
        return new ApiResponse(204, List.of(), JSON, new byte[0]);
    }

    public static ApiResponse text(int status, String contentType, String body)
    {
        return new ApiResponse(status, List.of(), contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public ApiResponse withHeader(String name, String value)
    {
        List<Map.Entry<String, String>> newHeaders = new ArrayList<>(headers);
        newHeaders.add(Map.entry(name, value));
        return new ApiResponse(status, newHeaders, contentType, body);
    }

    public ApiResponse withStatus(int value)
    {
        return new ApiResponse(value, headers, contentType, body);
    }
}
