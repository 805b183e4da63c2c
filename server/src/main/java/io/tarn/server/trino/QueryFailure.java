package io.tarn.server.trino;

import io.tarn.error.ErrorCode;
import io.tarn.error.ErrorLocation;
import io.tarn.error.TarnException;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Why a statement failed: its error code and message. The message of a SQL error starts with
 * {@code line L:C: }, as Trino's does, which is where the protocol's {@code errorLocation} comes from (the
 * query service keeps only the code and the message).
 */
record QueryFailure(ErrorCode errorCode, String message)
{
    private static final Pattern LOCATION = Pattern.compile("^line (\\d+):(\\d+): ");

    QueryFailure
    {
        requireNonNull(errorCode, "errorCode is null");
        requireNonNull(message, "message is null");
    }

    static QueryFailure of(TarnException exception)
    {
        return new QueryFailure(exception.getErrorCode(), exception.getMessage());
    }

    Optional<ErrorLocation> location()
    {
        Matcher matcher = LOCATION.matcher(message);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ErrorLocation(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
