package io.tarn.error;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * An error a user can see. It always carries an error code; SQL errors also carry the position of the
 * offending text, and the message then starts with {@code line L:C: } as Trino's does.
 */
public class TarnException
        extends RuntimeException
{
    private final ErrorCode errorCode;
    private final Optional<ErrorLocation> location;
    private final String rawMessage;

    public TarnException(ErrorCodeSupplier errorCode, String message)
    {
        this(errorCode, Optional.empty(), message, null);
    }

    public TarnException(ErrorCodeSupplier errorCode, String message, Throwable cause)
    {
        this(errorCode, Optional.empty(), message, cause);
    }

    public TarnException(ErrorCodeSupplier errorCode, Optional<ErrorLocation> location, String message, Throwable cause)
    {
        super(formatMessage(location, message), cause);
        this.errorCode = requireNonNull(errorCode, "errorCode is null").toErrorCode();
        this.location = requireNonNull(location, "location is null");
        this.rawMessage = requireNonNull(message, "message is null");
    }

    public ErrorCode getErrorCode()
    {
        return errorCode;
    }

    public Optional<ErrorLocation> getLocation()
    {
        return location;
    }

    /**
     * The message without the {@code line L:C: } prefix.
     */
    public String getRawMessage()
    {
        return rawMessage;
    }

    private static String formatMessage(Optional<ErrorLocation> location, String message)
    {
        requireNonNull(message, "message is null");
        return location.map(value -> "line " + value + ": " + message).orElse(message);
    }
}
