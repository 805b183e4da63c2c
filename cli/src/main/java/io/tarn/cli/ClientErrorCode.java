package io.tarn.cli;

import io.tarn.error.ErrorCode;
import io.tarn.error.ErrorCodeSupplier;
import io.tarn.error.ErrorType;

import static io.tarn.error.ErrorType.EXTERNAL;

/**
 * Error codes of the command line as a client of {@code tarn serve}. Numbers start at {@code 0x0400_0000}
 * and never change once published.
 */
public enum ClientErrorCode
        implements ErrorCodeSupplier
{
    /** The server does not answer: not running, a wrong URL, a network failure. */
    SERVER_UNREACHABLE(0x0400_0000, EXTERNAL),
    /** The server answered with something the client protocol does not allow. */
    SERVER_PROTOCOL_ERROR(0x0400_0001, EXTERNAL),
    /**/;

    private final ErrorCode errorCode;

    ClientErrorCode(int code, ErrorType type)
    {
        this.errorCode = new ErrorCode(name(), code, type);
    }

    @Override
    public ErrorCode toErrorCode()
    {
        return errorCode;
    }
}
