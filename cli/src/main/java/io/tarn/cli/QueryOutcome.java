package io.tarn.cli;

import io.tarn.engine.service.DeliveryStatus;
import io.tarn.engine.service.QueryInfo;
import io.tarn.engine.service.QueryStatus;
import io.tarn.error.TarnException;

import static io.tarn.engine.StandardErrorCode.GENERIC_INTERNAL_ERROR;
import static io.tarn.engine.StandardErrorCode.USER_CANCELED;
import static io.tarn.engine.service.QueryErrorCode.DELIVERY_FAILED;

/**
 * Turns the end of a query run by a command into the command's outcome: nothing when it finished (and its
 * delivery, if any, succeeded), else an error with the query's error code, so the exit status says it.
 */
public final class QueryOutcome
{
    private QueryOutcome() {}

    public static void check(QueryInfo info)
    {
        QueryStatus status = info.status();
        switch (status) {
            case FINISHED -> {
                if (info.deliveryStatus().isPresent() && info.deliveryStatus().get() != DeliveryStatus.SUCCESS) {
                    throw new TarnException(DELIVERY_FAILED, "Query " + info.queryId() + " finished, but delivering its results to '"
                            + info.deliveryLocation().orElse("") + "' ended " + info.deliveryStatus().get());
                }
            }
            case CANCELLED -> throw new TarnException(USER_CANCELED, "Query " + info.queryId() + " was cancelled");
            case FAILED, TIMED_OUT, QUEUED, RUNNING -> {
                String message = info.error().map(error -> error.message()).orElse("it did not finish");
                TarnException exception = info.error()
                        .map(error -> new TarnException(error::errorCode, "Query " + info.queryId() + " " + describe(status) + ": " + message))
                        .orElseGet(() -> new TarnException(GENERIC_INTERNAL_ERROR, "Query " + info.queryId() + " is " + status));
                throw exception;
            }
        }
    }

    private static String describe(QueryStatus status)
    {
        return status == QueryStatus.TIMED_OUT ? "timed out" : "failed";
    }
}
