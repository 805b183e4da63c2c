package io.tarn.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.engine.service.CsvFormat;
import io.tarn.engine.service.QueryColumn;
import io.tarn.engine.service.QueryInfo;
import io.tarn.engine.service.QueryResultsPage;
import io.tarn.engine.service.QueryService;
import io.tarn.server.api.QueryJson;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

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

    /**
     * Prints a page of GetQueryResults as a server answered it: JSON as is.
     */
    public static void printPage(PrintWriter out, Format format, JsonNode page)
    {
        if (format == Format.JSON) {
            JsonOutput.print(out, page);
            return;
        }
        List<List<String>> rows = rows(page);
        print(out, format, page.path("QueryId").asText(), page.path("QueryStatus").asText(), columns(page), rows,
                page.path("QueryStatistics").path("ResultsCount").asInt(rows.size()), page.path("QueryStatistics").path("TotalResultsCount").asLong(),
                page.path("QueryStatistics").path("BytesScanned").asLong(), Optional.ofNullable(page.path("NextToken").textValue()));
    }

    /**
     * Prints all rows of a query on a server, reading every page with {@code pages} (from a next token).
     */
    public static void printAll(PrintWriter out, Format format, Function<Optional<String>, JsonNode> pages)
    {
        List<List<String>> rows = new ArrayList<>();
        List<QueryColumn> columns = List.of();
        Optional<String> token = Optional.empty();
        JsonNode page;
        do {
            page = pages.apply(token);
            if (columns.isEmpty()) {
                columns = columns(page);
            }
            rows.addAll(rows(page));
            token = Optional.ofNullable(page.path("NextToken").textValue());
        }
        while (token.isPresent());
        print(out, format, page.path("QueryId").asText(), page.path("QueryStatus").asText(), columns, rows, rows.size(),
                page.path("QueryStatistics").path("TotalResultsCount").asLong(), page.path("QueryStatistics").path("BytesScanned").asLong(), Optional.empty());
    }

    /**
     * The columns of a JSON page, named by the entries of its first row (a page without rows names none).
     */
    private static List<QueryColumn> columns(JsonNode page)
    {
        List<QueryColumn> columns = new ArrayList<>();
        JsonNode first = page.path("QueryResultRows").path(0);
        for (JsonNode entry : first) {
            Iterator<String> names = entry.fieldNames();
            columns.add(new QueryColumn(names.hasNext() ? names.next() : "", "varchar"));
        }
        return columns;
    }

    private static List<List<String>> rows(JsonNode page)
    {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode rowNode : page.path("QueryResultRows")) {
            List<String> row = new ArrayList<>();
            for (JsonNode entry : rowNode) {
                Iterator<JsonNode> values = entry.elements();
                JsonNode value = values.hasNext() ? values.next() : null;
                row.add(value == null || value.isNull() ? null : value.asText());
            }
            rows.add(row);
        }
        return rows;
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
            case JSON -> JsonOutput.print(out, QueryJson.results(queryId, status, columns, rows, resultsCount, totalResultsCount, bytesScanned, nextToken));
        }
    }
}
