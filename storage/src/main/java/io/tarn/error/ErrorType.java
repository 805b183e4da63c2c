package io.tarn.error;

/**
 * The category of an error, as Trino reports it on the wire.
 */
public enum ErrorType
{
    /** The caller did something wrong: bad SQL, an unknown store, a forbidden operation. */
    USER_ERROR,
    /** A bug or an unexpected state inside Tarn. */
    INTERNAL_ERROR,
    /** A limit was reached: time, memory, bytes scanned, concurrent queries. */
    INSUFFICIENT_RESOURCES,
    /** Something outside Tarn failed: a file system, a corrupt input file. */
    EXTERNAL,
}
