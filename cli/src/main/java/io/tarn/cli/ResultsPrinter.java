package io.tarn.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.engine.service.CsvFormat;
import io.tarn.engine.service.QueryColumn;
import io.tarn.engine.service.QueryInfo;
import io.tarn.engine.service.QueryResultsPage;
import io.tarn.engine.service.QueryService;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Prints query results: as an aligned table ({@code NULL} for SQL NULL), as CSV with a header row, or as
 * Lake's GetQueryResults JSON ({@code QueryStatus}, {@code QueryStatistics} with {@code ResultsCount},
 * {@code TotalResultsCount} and {@code BytesScanned}, {@code QueryResultRows} as lists of single-entry
 * objects {@code {"column": "value"}} with JSON null for SQL NULL, and {@code NextToken} when more rows
 * may follow).
 */
public final class ResultsPrinter
{
    /**
     * How rows are printed.
     */
    public enum Format
    {
        TABLE,
        CSV,
        JSON,
    }

    private ResultsPrinter() {}

    /**
     * Prints all rows of a query, reading every page.
     */
    public static void printAll(PrintWriter out, Format format, QueryService service, QueryInfo info)
    {
        List<List<String>> rows = new ArrayList<>();
        Optional<String> token = Optional.empty();
        QueryResultsPage page;
        do {
            page = service.getQueryResults(info.queryId(), token, OptionalInt.empty());
            rows.addAll(page.lakeRows());
            token = page.nextToken();
        }
        while (token.isPresent());
        print(out, format, page.queryId(), page.status().name(), page.columns(), rows, rows.size(), page.totalResultsCount(), page.bytesScanned(), Optional.empty());
    }

    public static void printPage(PrintWriter out, Format format, QueryResultsPage page)
    {
        print(out, format, page.queryId(), page.status().name(), page.columns(), page.lakeRows(), page.resultsCount(), page.totalResultsCount(), page.bytesScanned(),
                page.nextToken());
    }

    private static void print(PrintWriter out, Format format, String queryId, String status, List<QueryColumn> columns, List<List<String>> rows, int resultsCount,
            long totalResultsCount, long bytesScanned, Optional<String> nextToken)
    {
        switch (format) {
            case TABLE -> {
                TextTable table = new TextTable(columns.stream().map(QueryColumn::name).toList());
                for (List<String> row : rows) {
                    table.addRow(row.stream().map(value -> value == null ? "NULL" : value.replace("\n", "\\n")).toList());
                }
                if (!columns.isEmpty()) {
                    table.print(out);
                }
                out.println("(" + resultsCount + (resultsCount == 1 ? " row" : " rows")
                        + (resultsCount != totalResultsCount ? " of " + totalResultsCount : "") + ", " + bytesScanned + " bytes scanned, " + status + ")");
                nextToken.ifPresent(token -> out.println("Next page: --next-token " + token));
            }
            case CSV -> {
                out.print(CsvFormat.line(columns.stream().map(QueryColumn::name).toList()));
                rows.forEach(row -> out.print(CsvFormat.line(row)));
            }
            case JSON -> {
                ObjectNode node = JsonOutput.object();
                node.put("QueryId", queryId);
                node.put("QueryStatus", status);
                ObjectNode statistics = node.putObject("QueryStatistics");
                statistics.put("ResultsCount", resultsCount);
                statistics.put("TotalResultsCount", totalResultsCount);
                statistics.put("BytesScanned", bytesScanned);
                ArrayNode rowNodes = node.putArray("QueryResultRows");
                for (List<String> row : rows) {
                    ArrayNode rowNode = rowNodes.addArray();
                    for (int column = 0; column < columns.size(); column++) {
                        rowNode.addObject().put(columns.get(column).name(), row.get(column));
                    }
                }
                nextToken.ifPresent(token -> node.put("NextToken", token));
                JsonOutput.print(out, node);
            }
        }
    }
}
