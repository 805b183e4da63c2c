package io.tarn.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.error.ErrorCode;
import io.tarn.error.ErrorType;
import io.tarn.error.TarnException;

import java.util.Optional;
import java.util.Set;

/**
 * A query started on a server, followed to its end through DescribeQuery and read through GetQueryResults.
 */
public final class RemoteQuery
{
    public static final String PATH = "/queries";
    private static final Set<String> ACTIVE = Set.of("QUEUED", "RUNNING");
    private static final long POLL_MILLIS = 100;

    private RemoteQuery() {}

    /**
     * Waits until the query has ended and returns DescribeQuery's answer; fails as a local run does when the
     * query did not finish, with the query's error code.
     */
    public static JsonNode awaitFinished(RestClient server, String queryId)
    {
        JsonNode info = server.get(queryPath(queryId));
        while (ACTIVE.contains(info.path("QueryStatus").asText())) {
            try {
                Thread.sleep(POLL_MILLIS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                server.post(queryPath(queryId) + "/cancel");
                throw new TarnException(() -> new ErrorCode("USER_CANCELED", 3, ErrorType.USER_ERROR), "Query " + queryId + " was cancelled");
            }
            info = server.get(queryPath(queryId));
        }
        String status = info.path("QueryStatus").asText();
        if (!status.equals("FINISHED")) {
            String code = info.path("ErrorCode").asText(status.equals("CANCELLED") ? "USER_CANCELED" : "GENERIC_INTERNAL_ERROR");
            String message = info.path("ErrorMessage").asText("it did not finish");
            throw new TarnException(() -> new ErrorCode(code, 0, ErrorType.USER_ERROR), "Query " + queryId + " ended " + status + ": " + message);
        }
        return info;
    }

    /**
     * A page of the query's results, from the page the token names.
     */
    public static JsonNode resultsPage(RestClient server, String queryId, Optional<String> nextToken)
    {
        return server.get(queryPath(queryId) + "/results" + nextToken.map(token -> "?NextToken=" + RestClient.segment(token)).orElse(""));
    }

    public static String queryPath(String queryId)
    {
        return PATH + "/" + RestClient.segment(queryId);
    }
}
