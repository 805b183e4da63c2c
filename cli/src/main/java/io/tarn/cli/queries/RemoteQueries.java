package io.tarn.cli.queries;

import io.tarn.cli.remote.RestClient;

/**
 * Paths of the query API of a server ({@code /api/v1/queries}).
 */
final class RemoteQueries
{
    static final String PATH = "/queries";

    private RemoteQueries() {}

    static String queryPath(String queryId)
    {
        return PATH + "/" + RestClient.segment(queryId);
    }
}
