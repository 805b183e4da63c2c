package io.tarn.server.trino;

import io.tarn.engine.Session;
import io.tarn.engine.SessionUpdates;
import io.tarn.error.TarnException;
import io.tarn.server.http.ApiRequest;
import io.tarn.server.http.ApiResponse;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.tarn.engine.StandardErrorCode.INVALID_SESSION_PROPERTY;

/**
 * The {@code X-Trino-*} headers of the client protocol. The client keeps the session and sends it with every
 * statement: {@code User}, {@code Catalog}, {@code Schema}, {@code Time-Zone}, {@code Session} (repeated or
 * comma-separated {@code name=value}, the value URL-encoded) and {@code Prepared-Statement} (likewise
 * {@code name=sql}, both URL-encoded). A statement that changes the session answers with
 * {@code Set-Catalog}, {@code Set-Schema}, {@code Set-Session}, {@code Clear-Session},
 * {@code Added-Prepare} and {@code Deallocated-Prepare}, which the client applies to the next statements.
 */
final class SessionHeaders
{
    static final String PREFIX = "X-Trino-";
    static final String CLIENT_CAPABILITIES = PREFIX + "Client-Capabilities";
    static final String PARAMETRIC_DATETIME = "PARAMETRIC_DATETIME";

    private SessionHeaders() {}

    /**
     * The session the request's headers describe. Without {@code X-Trino-User} the user is the token's name
     * (or {@code tarn}); without {@code X-Trino-Time-Zone} the zone is UTC, Lake's zone.
     */
    static Session session(ApiRequest request)
    {
        String user = request.header(PREFIX + "User").filter(value -> !value.isBlank())
                .orElseGet(() -> request.principal().orElse(Session.defaults().user()));
        Optional<String> catalog = request.header(PREFIX + "Catalog").filter(value -> !value.isBlank());
        Optional<String> schema = request.header(PREFIX + "Schema").filter(value -> !value.isBlank());
        ZoneId timeZone = request.header(PREFIX + "Time-Zone").map(SessionHeaders::zone).orElse(ZoneOffset.UTC);
        Map<String, String> properties = pairs(request.headers(PREFIX + "Session"), "session property");
        Map<String, String> prepared = pairs(request.headers(PREFIX + "Prepared-Statement"), "prepared statement");
        return new Session(user, catalog.or(() -> Session.defaults().catalog()), schema.or(() -> Session.defaults().schema()), timeZone, properties, prepared);
    }

    /**
     * Whether the client reads {@code timestamp(p)} and {@code time(p)} types.
     */
    static boolean parametricDatetime(ApiRequest request)
    {
        return request.headers(CLIENT_CAPABILITIES).stream()
                .flatMap(value -> List.of(value.split(",")).stream())
                .anyMatch(capability -> capability.strip().equals(PARAMETRIC_DATETIME));
    }

    static ApiResponse withUpdates(ApiResponse response, SessionUpdates updates)
    {
        ApiResponse result = response;
        if (updates.catalog().isPresent()) {
            result = result.withHeader(PREFIX + "Set-Catalog", updates.catalog().get());
        }
        if (updates.schema().isPresent()) {
            result = result.withHeader(PREFIX + "Set-Schema", updates.schema().get());
        }
        for (Map.Entry<String, String> property : updates.setProperties().entrySet()) {
            result = result.withHeader(PREFIX + "Set-Session", property.getKey() + "=" + encode(property.getValue()));
        }
        for (String property : updates.resetProperties()) {
            result = result.withHeader(PREFIX + "Clear-Session", property);
        }
        for (Map.Entry<String, String> statement : updates.addedPreparedStatements().entrySet()) {
            result = result.withHeader(PREFIX + "Added-Prepare", encode(statement.getKey()) + "=" + encode(statement.getValue()));
        }
        for (String statement : updates.deallocatedPreparedStatements()) {
            result = result.withHeader(PREFIX + "Deallocated-Prepare", encode(statement));
        }
        return result;
    }

    /**
     * Answers {@code START TRANSACTION} with a transaction id and {@code COMMIT} and {@code ROLLBACK} by clearing
     * it, as the JDBC driver expects when auto-commit is off. Nothing is written, so a transaction holds nothing.
     */
    static ApiResponse withTransaction(ApiResponse response, Optional<String> updateType)
    {
        if (updateType.isEmpty()) {
            return response;
        }
        return switch (updateType.get()) {
            case "START TRANSACTION" -> response.withHeader(PREFIX + "Started-Transaction-Id", UUID.randomUUID().toString());
            case "COMMIT", "ROLLBACK" -> response.withHeader(PREFIX + "Clear-Transaction-Id", "true");
            default -> response;
        };
    }

    static boolean hasUpdates(SessionUpdates updates)
    {
        return !updates.equals(SessionUpdates.NONE);
    }

    private static ZoneId zone(String value)
    {
        try {
            return ZoneId.of(value.strip());
        }
        catch (DateTimeException e) {
            throw new TarnException(INVALID_SESSION_PROPERTY, "Time zone not supported: " + value);
        }
    }

    private static Map<String, String> pairs(List<String> headers, String what)
    {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String header : headers) {
            for (String pair : header.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                if (equals <= 0) {
                    throw new TarnException(INVALID_SESSION_PROPERTY, "Invalid " + what + " header: '" + pair.strip() + "' is not name=value");
                }
                pairs.put(decode(pair.substring(0, equals).strip()), decode(pair.substring(equals + 1).strip()));
            }
        }
        return pairs;
    }

    private static String decode(String value)
    {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException e) {
            throw new TarnException(INVALID_SESSION_PROPERTY, "Invalid URL encoding in session header: " + value);
        }
    }

    static String encode(String value)
    {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
