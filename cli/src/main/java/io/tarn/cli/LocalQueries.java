package io.tarn.cli;

import io.tarn.engine.service.QueryInfo;
import io.tarn.engine.service.QueryService;
import io.tarn.engine.service.StartQueryRequest;

import java.time.Duration;

/**
 * Runs a query to its end in this process. Without a server, a query cannot outlive the command that
 * started it: the command starts it through the query service (so it is recorded, limited and its results
 * kept for seven days like any other), waits until it ends and its results are delivered, and cancels it
 * if the process is interrupted (Ctrl-C).
 */
public final class LocalQueries
{
    private static final Duration FOREVER = Duration.ofDays(365);

    private LocalQueries() {}

    public static QueryInfo run(QueryService service, StartQueryRequest request)
    {
        String queryId = service.startQuery(request);
        Thread cancel = new Thread(() -> {
            try {
                service.cancelQuery(queryId);
            }
            catch (RuntimeException e) {
                // Already ended
            }
        }, "tarn-cancel-on-exit");
        Runtime.getRuntime().addShutdownHook(cancel);
        try {
            return service.awaitQuery(queryId, FOREVER);
        }
        finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cancel);
            }
            catch (IllegalStateException e) {
                // The process is exiting; the hook cancels the query
            }
        }
    }
}
