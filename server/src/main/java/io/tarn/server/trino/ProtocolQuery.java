package io.tarn.server.trino;

import java.time.Duration;

/**
 * A statement as the Trino protocol serves it: polled for pages, cancelled by the client.
 */
interface ProtocolQuery
{
    /**
     * The rows and state since the last call, waiting up to {@code maxWait} for rows or the end; never
     * called again once a page is done.
     */
    ResultPage nextPage(Duration maxWait);

    /**
     * Stops the statement; a later page reports it failed with {@code USER_CANCELED}.
     */
    void cancel();
}
