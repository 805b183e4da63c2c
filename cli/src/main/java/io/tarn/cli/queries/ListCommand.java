package io.tarn.cli.queries;

import io.tarn.cli.Converters;
import io.tarn.cli.ServiceCommand;
import io.tarn.cli.remote.RemoteQuery;
import io.tarn.cli.remote.RestClient;
import io.tarn.engine.service.ListQueriesRequest;
import io.tarn.engine.service.QueryService;
import io.tarn.engine.service.QueryStatus;
import io.tarn.storage.Lake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.util.Optional;

/**
 * {@code tarn queries list}: ListQueries (spec 4.5).
 */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List the queries of the last seven days on an event data store, newest first.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn queries list --event-data-store audit",
                "  tarn queries list --eds audit --status FAILED --start-time '2024-03-01 00:00:00' --end-time 1709337600",
                "  tarn queries list --eds audit --max-results 20 --output json",
                "  tarn queries list --eds audit --server http://tarn.internal:8080"})
final class ListCommand
        extends ServiceCommand
{
    @Option(names = {"--event-data-store", "--eds"}, required = true, paramLabel = "STORE", description = "The store the queries read: its id, ARN or name.")
    private String store;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only queries with this status: QUEUED, RUNNING, FINISHED, FAILED, CANCELLED or TIMED_OUT.")
    private QueryStatus status;

    @Option(names = "--start-time", paramLabel = "TIME", converter = Converters.InstantConverter.class,
            description = "Only queries started at or after this time (epoch seconds, 2024-03-01T10:00:00Z or 2024-03-01 10:00:00 UTC).")
    private Instant startTime;

    @Option(names = "--end-time", paramLabel = "TIME", converter = Converters.InstantConverter.class, description = "Only queries started at or before this time.")
    private Instant endTime;

    @Option(names = "--max-results", paramLabel = "N", description = "Queries per page, 1 to 1000 (default: 1000).")
    private Integer maxResults;

    @Option(names = "--next-token", paramLabel = "TOKEN", description = "Where the page starts: the NextToken of the previous page.")
    private String nextToken;

    @Override
    protected void run(QueryService service, Lake lake)
    {
        ListQueriesRequest request = ListQueriesRequest.of(store)
                .withTimeRange(Optional.ofNullable(startTime), Optional.ofNullable(endTime))
                .withNextToken(Optional.ofNullable(nextToken));
        if (status != null) {
            request = request.withStatus(status);
        }
        if (maxResults != null) {
            request = request.withMaxResults(maxResults);
        }
        QueryPrinter.printList(out(), outputFormat(), service.listQueries(request));
    }

    @Override
    protected void run(RestClient server)
    {
        StringBuilder path = new StringBuilder(RemoteQuery.PATH).append("?EventDataStore=").append(RestClient.segment(store));
        if (status != null) {
            path.append("&QueryStatus=").append(status.name());
        }
        if (startTime != null) {
            path.append("&StartTime=").append(startTime.getEpochSecond());
        }
        if (endTime != null) {
            path.append("&EndTime=").append(endTime.getEpochSecond());
        }
        if (maxResults != null) {
            path.append("&MaxResults=").append(maxResults);
        }
        if (nextToken != null) {
            path.append("&NextToken=").append(RestClient.segment(nextToken));
        }
        QueryPrinter.printList(out(), outputFormat(), server.get(path.toString()));
    }
}
