package io.tarn.engine.service;

import io.tarn.error.ErrorCode;
import io.tarn.error.TarnException;

import static java.util.Objects.requireNonNull;

/**
 * Why a query did not finish: the error code (name, number, type) and the message.
 */
public record QueryError(ErrorCode errorCode, String message)
{
    public QueryError
    {
        requireNonNull(errorCode, "errorCode is null");
        requireNonNull(message, "message is null");
    }

    public static QueryError of(TarnException exception)
    {
        return new QueryError(exception.getErrorCode(), exception.getMessage());
    }
}
