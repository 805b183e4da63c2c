package io.tarn.server.trino;

import io.tarn.error.TarnException;
import io.tarn.server.http.ApiResponse;
import io.tarn.server.http.ErrorResponses;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.tarn.server.ServerErrorCode.STATEMENT_NOT_FOUND;
import static java.util.Objects.requireNonNull;

/**
 * A statement's place in the protocol's page sequence. Each response's {@code nextUri} ends in the next
 * token; the response to a token is kept, so a client that repeats a request (it retries on timeouts and 5xx)
 * gets the same page again. A token older than the last one answered is gone (410), any other unknown (404).
 */
final class TrinoQuery
{
    static final Duration MAX_WAIT = Duration.ofSeconds(1);
    static final Duration FIRST_WAIT = Duration.ofMillis(100);

    private final String id;
    private final String slug;
    private final ProtocolQuery query;
    private final boolean parametricDatetime;
    private final long createdNanos = System.nanoTime();
    private volatile long lastAccessNanos = System.nanoTime();
    private volatile boolean done;
    private long token;
    private ApiResponse last;

    TrinoQuery(String id, String slug, ProtocolQuery query, boolean parametricDatetime)
    {
        this.id = requireNonNull(id, "id is null");
        this.slug = requireNonNull(slug, "slug is null");
        this.query = requireNonNull(query, "query is null");
        this.parametricDatetime = parametricDatetime;
    }

    String id()
    {
        return id;
    }

    String slug()
    {
        return slug;
    }

    boolean isDone()
    {
        return done;
    }

    long idleNanos()
    {
        return System.nanoTime() - lastAccessNanos;
    }

    /**
     * The answer to the statement's POST: what is there within {@link #FIRST_WAIT}, so that statements that
     * take no time (USE, PREPARE, SELECT 1) are answered in one round trip.
     */
    synchronized ApiResponse first(String baseUri)
    {
        last = respond(query.nextPage(FIRST_WAIT), baseUri);
        return last;
    }

    synchronized ApiResponse page(long requested, String baseUri)
    {
        lastAccessNanos = System.nanoTime();
        if (requested == token && token > 0) {
            return last;
        }
        if (requested != token + 1 || done) {
            TarnException error = new TarnException(STATEMENT_NOT_FOUND, "Page " + requested + " of query " + id + " is " + (requested < token ? "gone" : "unknown"));
            return requested < token ? ErrorResponses.of(error).withStatus(410) : ErrorResponses.of(error);
        }
        ResultPage page = query.nextPage(MAX_WAIT);
        token = requested;
        last = respond(page, baseUri);
        lastAccessNanos = System.nanoTime();
        return last;
    }

    void cancel()
    {
        done = true;
        query.cancel();
    }

    private ApiResponse respond(ResultPage page, String baseUri)
    {
        Optional<String> nextUri = Optional.empty();
        if (page.state().isDone()) {
            done = true;
        }
        else {
            nextUri = Optional.of(baseUri + TrinoProtocol.EXECUTING + "/" + id + "/" + slug + "/" + (token + 1));
        }
        long elapsedMillis = (System.nanoTime() - createdNanos) / 1_000_000;
        ApiResponse response = new ApiResponse(200, List.of(), ApiResponse.JSON,
                QueryResultsWriter.write(id, baseUri, nextUri, page, elapsedMillis, parametricDatetime));
        // One transaction id, on the page that finishes the statement
        Optional<String> finishedUpdate = page.state() == QueryState.FINISHED ? page.updateType() : Optional.empty();
        return SessionHeaders.withTransaction(SessionHeaders.withUpdates(response, page.sessionUpdates()), finishedUpdate);
    }
}
