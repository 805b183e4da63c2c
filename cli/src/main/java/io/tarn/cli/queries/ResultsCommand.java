package io.tarn.cli.queries;

import io.tarn.cli.OutputFormat;
import io.tarn.cli.ResultsPrinter;
import io.tarn.cli.ServiceCommand;
import io.tarn.cli.remote.RemoteQuery;
import io.tarn.cli.remote.RestClient;
import io.tarn.engine.service.QueryInfo;
import io.tarn.engine.service.QueryService;
import io.tarn.storage.Lake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code tarn queries results}: GetQueryResults (spec 4.4).
 */
@Command(
        name = "results",
        mixinStandardHelpOptions = true,
        description = {
                "Print a page of a query's results (up to 1000 rows), or all of them with --all.",
                "Rows can be read while the query runs; follow --next-token to read on."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn queries results 0b5b7c3e-9a51-4bd4-8b1e-2a3a27e3e8a2",
                "  tarn queries results 0b5b7c3e-9a51-4bd4-8b1e-2a3a27e3e8a2 --max-results 100 --next-token cjoxMDA6NDIxMDoyZjU",
                "  tarn queries results 0b5b7c3e-9a51-4bd4-8b1e-2a3a27e3e8a2 --all --format csv > results.csv",
                "  tarn queries results 0b5b7c3e-9a51-4bd4-8b1e-2a3a27e3e8a2 --output json",
                "  tarn queries results 0b5b7c3e-9a51-4bd4-8b1e-2a3a27e3e8a2 --all --server http://tarn.internal:8080"})
final class ResultsCommand
        extends ServiceCommand
{
    @Parameters(index = "0", paramLabel = "QUERY_ID", description = "The query's id.")
    private String queryId;

    @Option(names = "--max-results", paramLabel = "N", description = "Rows per page, 1 to 1000 (default: 1000).")
    private Integer maxResults;

    @Option(names = "--next-token", paramLabel = "TOKEN", description = "Where the page starts: the NextToken of the previous page.")
    private String nextToken;

    @Option(names = "--all", description = "Print every row, reading all pages.")
    private boolean all;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv or json (default: table; json with --output json).")
    private ResultsPrinter.Format format;

    @Override
    protected void run(QueryService service, Lake lake)
    {
        ResultsPrinter.Format chosen = chosenFormat();
        if (all) {
            QueryInfo info = service.describeQuery(queryId);
            ResultsPrinter.printAll(out(), chosen, service, info);
            return;
        }
        ResultsPrinter.printPage(out(), chosen, service.getQueryResults(queryId, Optional.ofNullable(nextToken),
                maxResults == null ? OptionalInt.empty() : OptionalInt.of(maxResults)));
    }

    @Override
    protected void run(RestClient server)
    {
        if (all) {
            ResultsPrinter.printAll(out(), chosenFormat(), token -> server.get(resultsPath(token, Optional.empty())));
            return;
        }
        ResultsPrinter.printPage(out(), chosenFormat(), server.get(resultsPath(Optional.ofNullable(nextToken), Optional.ofNullable(maxResults))));
    }

    private String resultsPath(Optional<String> token, Optional<Integer> pageSize)
    {
        StringBuilder path = new StringBuilder(RemoteQuery.queryPath(queryId)).append("/results");
        String separator = "?";
        if (token.isPresent()) {
            path.append(separator).append("NextToken=").append(RestClient.segment(token.get()));
            separator = "&";
        }
        if (pageSize.isPresent()) {
            path.append(separator).append("MaxQueryResults=").append(pageSize.get());
        }
        return path.toString();
    }

    private ResultsPrinter.Format chosenFormat()
    {
        return format != null ? format : outputFormat() == OutputFormat.JSON ? ResultsPrinter.Format.JSON : ResultsPrinter.Format.TABLE;
    }
}
