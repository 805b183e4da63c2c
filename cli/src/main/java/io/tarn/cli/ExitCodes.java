package io.tarn.cli;

import io.tarn.error.ErrorType;

/**
 * The exit statuses of {@code tarn}.
 */
public final class ExitCodes
{
    public static final int SUCCESS = 0;
    /** The request failed for a reason the user can fix: a store not found, a rule broken, a limit reached. */
    public static final int USER_ERROR = 1;
    /** The command line is not valid. */
    public static final int USAGE_ERROR = 2;
    /** Tarn failed, or something outside it did: a file system, the catalog database. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCodes() {}

    public static int of(ErrorType type)
    {
        return switch (type) {
            case USER_ERROR, INSUFFICIENT_RESOURCES -> USER_ERROR;
            case INTERNAL_ERROR, EXTERNAL -> INTERNAL_ERROR;
        };
    }
}
