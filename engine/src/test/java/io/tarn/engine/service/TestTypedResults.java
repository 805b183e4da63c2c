package io.tarn.engine.service;

import io.tarn.engine.Engine;
import io.tarn.engine.QueryExecution;
import io.tarn.engine.ResultColumn;
import io.tarn.engine.Session;
import io.tarn.engine.exec.DisplayFormatter;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

public class TestTypedResults
{
    private static final String QUERY = "SELECT 1.5e0 AS d, REAL '2.25' AS r, true AS b, 42 AS i, DATE '2023-01-22' AS day, "
            + "TIMESTAMP '2023-01-22 16:53:53.000' AS ts, ARRAY[1, NULL, 3] AS numbers, MAP(ARRAY['a', 'b'], ARRAY[1, 2]) AS m, "
            + "CAST(ROW(7, 'x') AS ROW(a bigint, \"Name\" varchar)) AS person, CAST(NULL AS varchar) AS nothing, X'0102ff' AS bytes, "
            + "DECIMAL '12.50' AS price, 1e10 AS big, 'say \"hi\"' AS text, 1";

    @TempDir
    private Path directory;

    @Test
    public void testStoredValuesAndLakeStrings()
    {
        try (Lake lake = Lake.open(LakeOptions.at(directory.toString()));
                Engine engine = Engine.withTables(TestingTables.tables());
                QueryService service = QueryService.open(engine, lake, QueryServiceOptions.defaults())) {
            String queryId = service.startQuery(StartQueryRequest.of(QUERY));
            assertThat(service.awaitQuery(queryId, Duration.ofMinutes(1)).status()).isEqualTo(QueryStatus.FINISHED);
            QueryResultsPage page = service.getQueryResults(queryId, Optional.empty(), OptionalInt.empty());

            assertThat(page.columns()).containsExactly(
                    new QueryColumn("d", "double"),
                    new QueryColumn("r", "real"),
                    new QueryColumn("b", "boolean"),
                    new QueryColumn("i", "integer"),
                    new QueryColumn("day", "date"),
                    new QueryColumn("ts", "timestamp(3)"),
                    new QueryColumn("numbers", "array(integer)"),
                    new QueryColumn("m", "map(varchar, integer)"),
                    new QueryColumn("person", "row(a bigint, \"Name\" varchar)"),
                    new QueryColumn("nothing", "varchar"),
                    new QueryColumn("bytes", "varbinary"),
                    new QueryColumn("price", "decimal(4,2)"),
                    new QueryColumn("big", "double"),
                    new QueryColumn("text", "varchar(8)"),
                    new QueryColumn("_col14", "integer"));
            // Trino's client protocol encoding
            assertThat(page.rows().get(0).toString()).isEqualTo("[1.5,2.25,true,42,\"2023-01-22\",\"2023-01-22 16:53:53.000\",[1,null,3],{\"a\":1,\"b\":2},"
                    + "[7,\"x\"],null,\"AQL/\",\"12.50\",1.0E10,\"say \\\"hi\\\"\",1]");
            assertThat(page.lakeRows().get(0)).containsExactly("1.5", "2.25", "true", "42", "2023-01-22", "2023-01-22 16:53:53.000", "[1, NULL, 3]", "{a=1, b=2}",
                    "{a=7, Name=x}", null, "01 02 ff", "12.50", "1.0E10", "say \"hi\"", "1");

            // The same as the engine's display form of the values it returned
            try (QueryExecution execution = engine.execute(Session.defaults(), QUERY)) {
                List<Object> values = execution.remainingRows().get(0);
                List<String> displayed = new ArrayList<>();
                for (int column = 0; column < values.size(); column++) {
                    ResultColumn resultColumn = execution.columns().get(column);
                    displayed.add(values.get(column) == null ? null : DisplayFormatter.format(values.get(column), resultColumn.type()));
                }
                assertThat(page.lakeRows().get(0)).isEqualTo(displayed);
            }
        }
    }
}
