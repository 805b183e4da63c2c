package io.tarn.error;

/**
 * Implemented by each module's enum of error codes.
 */
public interface ErrorCodeSupplier
{
    ErrorCode toErrorCode();
}
