package io.tarn.server;

import io.tarn.error.ErrorCode;
import io.tarn.error.ErrorCodeSupplier;
import io.tarn.error.ErrorType;

import static io.tarn.error.ErrorType.INTERNAL_ERROR;
import static io.tarn.error.ErrorType.USER_ERROR;

/**
 * Error codes of the HTTP layer. Numbers start at {@code 0x0300_0000} and never change once published.
 */
public enum ServerErrorCode
        implements ErrorCodeSupplier
{
    /** No token, or a token the server does not know (401). */
    UNAUTHENTICATED(0x0300_0000, USER_ERROR),
    /** No resource at this path (404). */
    RESOURCE_NOT_FOUND(0x0300_0001, USER_ERROR),
    /** The path exists but not with this method (405). */
    METHOD_NOT_ALLOWED(0x0300_0002, USER_ERROR),
    /** The request body is larger than the server accepts (413). */
    REQUEST_TOO_LARGE(0x0300_0003, USER_ERROR),
    /** The request body is not JSON (400). */
    MALFORMED_JSON(0x0300_0004, USER_ERROR),
    /** The JSON is well formed but a field is missing, unknown or of the wrong type (400). */
    INVALID_REQUEST(0x0300_0005, USER_ERROR),
    /** The body has a media type the resource does not take (415). */
    UNSUPPORTED_MEDIA_TYPE(0x0300_0006, USER_ERROR),
    /** The server is stopping and takes no new work (503). */
    SERVER_SHUTTING_DOWN(0x0300_0007, INTERNAL_ERROR),
    /** A failure inside the server; details are in its log, never on the wire (500). */
    SERVER_ERROR(0x0300_0008, INTERNAL_ERROR),
    /** A Trino-protocol query id or page token the server does not know (404), or one already passed (410). */
    STATEMENT_NOT_FOUND(0x0300_0009, USER_ERROR),
    /** The server cannot start as configured, e.g. on a public address without a token file. */
    INVALID_CONFIGURATION(0x0300_000A, USER_ERROR),
    /**/;

    private final ErrorCode errorCode;

    ServerErrorCode(int code, ErrorType type)
    {
        this.errorCode = new ErrorCode(name(), code, type);
    }

    @Override
    public ErrorCode toErrorCode()
    {
        return errorCode;
    }
}
