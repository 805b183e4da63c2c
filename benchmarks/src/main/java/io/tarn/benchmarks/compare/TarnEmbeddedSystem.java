package io.tarn.benchmarks.compare;

import io.tarn.engine.Engine;
import io.tarn.engine.QueryExecution;
import io.tarn.engine.ResultColumn;
import io.tarn.engine.Session;
import io.tarn.storage.Lake;

import java.util.List;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * Tarn as a library: an {@link Engine} over the lake, in this process.
 */
public final class TarnEmbeddedSystem
        implements QuerySystem
{
    private final Lake lake;
    private final Engine engine;
    private final String table;

    public TarnEmbeddedSystem(Lake lake, String table)
    {
        this.lake = requireNonNull(lake, "lake is null");
        this.table = requireNonNull(table, "table is null");
        this.engine = new Engine(lake);
    }

    @Override
    public String name()
    {
        return "tarn";
    }

    @Override
    public String description()
    {
        return "Tarn embedded (io.tarn.engine.Engine in the harness's JVM, " + Runtime.getRuntime().availableProcessors() + " workers)";
    }

    @Override
    public Dialect dialect()
    {
        return Dialect.TRINO;
    }

    @Override
    public QueryResult runSql(String sql)
    {
        try (QueryExecution execution = engine.execute(Session.defaults(), sql.replace("{table}", table))) {
            List<List<Object>> rows = execution.remainingRows();
            List<String> columns = execution.columns().stream().map(ResultColumn::name).toList();
            return new QueryResult(columns, rows, OptionalLong.of(execution.statistics().bytesScanned()));
        }
    }

    @Override
    public void close()
    {
        engine.close();
        lake.close();
    }
}
