package io.tarn.server.trino;

/**
 * The {@code stats.state} the client protocol reports; clients show it, and know a query has ended only by
 * the absence of {@code nextUri}.
 */
enum QueryState
{
    QUEUED,
    RUNNING,
    FINISHED,
    FAILED;

    boolean isDone()
    {
        return switch (this) {
            case QUEUED, RUNNING -> false;
            case FINISHED, FAILED -> true;
        };
    }
}
