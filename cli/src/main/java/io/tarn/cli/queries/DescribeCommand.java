package io.tarn.cli.queries;

import io.tarn.cli.ServiceCommand;
import io.tarn.cli.remote.RemoteQuery;
import io.tarn.cli.remote.RestClient;
import io.tarn.engine.service.QueryInfo;
import io.tarn.engine.service.QueryService;
import io.tarn.storage.Lake;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tarn queries describe}: DescribeQuery (spec 4.3), by id or by alias.
 */
@Command(
        name = "describe",
        mixinStandardHelpOptions = true,
        description = "Show a query: its status, statement, statistics (events matched and scanned, bytes scanned, run time), error and delivery.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn queries describe 0b5b7c3e-9a51-4bd4-8b1e-2a3a27e3e8a2",
                "  tarn queries describe --alias daily --output json",
                "  tarn queries describe 0b5b7c3e-9a51-4bd4-8b1e-2a3a27e3e8a2 --server http://tarn.internal:8080"})
final class DescribeCommand
        extends ServiceCommand
{
    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    /**
     * A query id or an alias.
     */
    static final class Target
    {
        @Parameters(index = "0", paramLabel = "QUERY_ID", description = "The query's id.")
        private String queryId;

        @Option(names = "--alias", paramLabel = "ALIAS", description = "The latest query started with this alias.")
        private String alias;
    }

    @Override
    protected void run(QueryService service, Lake lake)
    {
        QueryInfo info = target.alias != null ? service.describeQueryByAlias(target.alias) : service.describeQuery(target.queryId);
        QueryPrinter.printInfo(out(), outputFormat(), info);
    }

    @Override
    protected void run(RestClient server)
    {
        String path = target.alias != null ? "/query-aliases/" + RestClient.segment(target.alias) : RemoteQuery.queryPath(target.queryId);
        QueryPrinter.printInfo(out(), outputFormat(), server.get(path));
    }
}
