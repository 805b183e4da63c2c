package io.tarn.storage;

import io.tarn.error.ErrorCode;
import io.tarn.error.ErrorCodeSupplier;
import io.tarn.error.ErrorType;

import static io.tarn.error.ErrorType.EXTERNAL;
import static io.tarn.error.ErrorType.INSUFFICIENT_RESOURCES;
import static io.tarn.error.ErrorType.INTERNAL_ERROR;
import static io.tarn.error.ErrorType.USER_ERROR;

/**
 * Error codes of the storage layer. Numbers live in the range Trino leaves to connectors
 * ({@code 0x0100_0000} and up) and never change once published. Where CloudTrail Lake has an exception
 * for the same condition, its name is kept as {@link #lakeName()} so API clients can map it.
 */
public enum StorageErrorCode
        implements ErrorCodeSupplier
{
    EVENT_DATA_STORE_NOT_FOUND(0x0100_0000, USER_ERROR, "EventDataStoreNotFoundException"),
    EVENT_DATA_STORE_ALREADY_EXISTS(0x0100_0001, USER_ERROR, "EventDataStoreAlreadyExistsException"),
    EVENT_DATA_STORE_MAX_LIMIT_EXCEEDED(0x0100_0002, INSUFFICIENT_RESOURCES, "EventDataStoreMaxLimitExceededException"),
    EVENT_DATA_STORE_TERMINATION_PROTECTED(0x0100_0003, USER_ERROR, "EventDataStoreTerminationProtectedException"),
    INACTIVE_EVENT_DATA_STORE(0x0100_0004, USER_ERROR, "InactiveEventDataStoreException"),
    INVALID_EVENT_DATA_STORE_STATUS(0x0100_0005, USER_ERROR, "InvalidEventDataStoreStatusException"),
    INVALID_EVENT_DATA_STORE_CATEGORY(0x0100_0006, USER_ERROR, "InvalidEventDataStoreCategoryException"),
    INVALID_EVENT_SELECTORS(0x0100_0007, USER_ERROR, "InvalidEventSelectorsException"),
    INVALID_PARAMETER(0x0100_0008, USER_ERROR, "InvalidParameterException"),
    INVALID_TAG_PARAMETER(0x0100_0009, USER_ERROR, "InvalidTagParameterException"),
    CHANNEL_EXISTS_FOR_EVENT_DATA_STORE(0x0100_000A, USER_ERROR, "ChannelExistsForEDSException"),
    CHANNEL_NOT_FOUND(0x0100_000B, USER_ERROR, "ChannelNotFoundException"),
    CHANNEL_ALREADY_EXISTS(0x0100_000C, USER_ERROR, "ChannelAlreadyExistsException"),
    CHANNEL_MAX_LIMIT_EXCEEDED(0x0100_000D, INSUFFICIENT_RESOURCES, "ChannelMaxLimitExceededException"),
    INGESTION_STOPPED(0x0100_000E, USER_ERROR, "InvalidEventDataStoreStatusException"),
    INPUT_NOT_FOUND(0x0100_000F, USER_ERROR, "InvalidParameterException"),
    CONFLICT(0x0100_0010, USER_ERROR, "ConflictException"),
    UNREADABLE_INPUT(0x0100_0011, EXTERNAL, null),
    CORRUPT_DATA_FILE(0x0100_0012, EXTERNAL, null),
    STORAGE_IO_ERROR(0x0100_0013, EXTERNAL, null),
    CATALOG_ERROR(0x0100_0014, INTERNAL_ERROR, null),
    SCAN_CANCELLED(0x0100_0015, USER_ERROR, null),
    /**/;

    private final ErrorCode errorCode;
    private final String lakeName;

    StorageErrorCode(int code, ErrorType type, String lakeName)
    {
        this.errorCode = new ErrorCode(name(), code, type);
        this.lakeName = lakeName;
    }

    @Override
    public ErrorCode toErrorCode()
    {
        return errorCode;
    }

    /**
     * The name of CloudTrail Lake's exception for the same condition, or {@code null} when Lake has none.
     */
    public String lakeName()
    {
        return lakeName;
    }
}
