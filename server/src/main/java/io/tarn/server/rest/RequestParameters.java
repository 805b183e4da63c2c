package io.tarn.server.rest;

import io.tarn.server.http.ApiRequest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import static io.tarn.server.http.JsonFields.invalid;

/**
 * Query-string parameters read strictly: a value that is not of the parameter's kind is
 * {@code INVALID_REQUEST} (400) naming the parameter.
 */
final class RequestParameters
{
    private RequestParameters() {}

    static OptionalInt integer(ApiRequest request, String name)
    {
        Optional<String> value = request.queryParameter(name);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value.get()));
        }
        catch (NumberFormatException e) {
            throw invalid("Parameter '" + name + "' must be an integer, not '" + value.get() + "'");
        }
    }

    /**
     * A time as epoch seconds (as Lake's CLI sends it) or ISO-8601 ({@code 2024-03-01T10:00:00Z}).
     */
    static Optional<Instant> instant(ApiRequest request, String name)
    {
        return request.queryParameter(name).map(value -> {
            if (value.matches("\\d{1,12}")) {
                return Instant.ofEpochSecond(Long.parseLong(value));
            }
            try {
                return Instant.parse(value);
            }
            catch (DateTimeParseException e) {
                throw invalid("Parameter '" + name + "' must be a time in epoch seconds or ISO-8601 (2024-03-01T10:00:00Z), not '" + value + "'");
            }
        });
    }

    static <E extends Enum<E>> Optional<E> enumValue(ApiRequest request, String name, Class<E> type)
    {
        return request.queryParameter(name).map(value -> Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value))
                .findFirst()
                .orElseThrow(() -> invalid("Unknown " + name + " '" + value + "'; use one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")))));
    }

    static String required(ApiRequest request, String name)
    {
        return request.queryParameter(name).orElseThrow(() -> invalid("Missing parameter '" + name + "'"));
    }
}
