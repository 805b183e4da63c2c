package io.tarn.engine.service;

/**
 * The status of a query (spec 4.5, plus {@code TIMED_OUT} from Lake's API).
 */
public enum QueryStatus
{
    QUEUED,
    RUNNING,
    FINISHED,
    FAILED,
    CANCELLED,
    TIMED_OUT;

    /**
     * Whether the query has ended and its status will not change again.
     */
    public boolean isDone()
    {
        return switch (this) {
            case QUEUED, RUNNING -> false;
            case FINISHED, FAILED, CANCELLED, TIMED_OUT -> true;
        };
    }
}
