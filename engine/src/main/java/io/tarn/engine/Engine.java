package io.tarn.engine;

import com.google.common.collect.ImmutableMap;
import io.tarn.engine.catalog.CatalogSnapshot;
import io.tarn.engine.catalog.EngineTable;
import io.tarn.engine.function.FunctionRegistry;
import io.tarn.engine.function.TarnOperatorTable;
import io.tarn.engine.function.library.Library;
import io.tarn.engine.plan.QueryPlanner;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.Lake;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static java.util.Objects.requireNonNull;

/**
 * Runs Trino-dialect statements over a lake's event data stores. Thread-safe: each statement plans and
 * runs on its own.
 */
public final class Engine
        implements AutoCloseable
{
    /**
     * The Trino release whose SQL and client protocol Tarn follows: what {@code version()} and the server's
     * {@code /v1/info} report, so that Trino clients (which should be this version or newer) choose the
     * matching behaviour.
     */
    public static final String TRINO_VERSION = "476";

    private final Optional<Lake> lake;
    private final FunctionRegistry functions;
    private final TarnOperatorTable operatorTable;
    private final QueryPlanner planner;
    private final Map<String, EngineTable> extraTables;
    private final Clock clock;
    private final ExecutorService workers;

    public Engine(Lake lake)
    {
        this(Optional.of(lake), Map.of(), Clock.systemUTC());
    }

    private Engine(Optional<Lake> lake, Map<String, EngineTable> extraTables, Clock clock)
    {
        this.lake = requireNonNull(lake, "lake is null");
        this.functions = Library.create();
        this.operatorTable = new TarnOperatorTable(functions);
        this.planner = new QueryPlanner(operatorTable);
        this.extraTables = ImmutableMap.copyOf(extraTables);
        this.clock = requireNonNull(clock, "clock is null");
        this.workers = Executors.newFixedThreadPool(parallelism(), runnable -> {
            Thread thread = new Thread(runnable, "tarn-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Workers per query for parallel scans: one per core.
     */
    static int parallelism()
    {
        return Runtime.getRuntime().availableProcessors();
    }

    ExecutorService workers()
    {
        return workers;
    }

    /**
     * An engine without a lake, over the given tables only; for tests of SQL semantics.
     */
    public static Engine withTables(Map<String, EngineTable> tables)
    {
        return new Engine(Optional.empty(), tables, Clock.systemUTC());
    }

    public Engine withClock(Clock value)
    {
        return new Engine(lake, extraTables, value);
    }

    public Optional<Lake> lake()
    {
        return lake;
    }

    public FunctionRegistry functions()
    {
        return functions;
    }

    public QueryExecution execute(Session session, String sql)
    {
        return execute(session, sql, List.of());
    }

    /**
     * Runs a statement whose {@code ?} placeholders take the given values (Java values as
     * {@link io.tarn.engine.exec.Values} describes), bound as typed values, never spliced into the text.
     */
    public QueryExecution execute(Session session, String sql, List<Object> parameters)
    {
        return new StatementRunner(this, session).run(sql, parameters);
    }

    CatalogSnapshot catalogSnapshot()
    {
        List<EventDataStore> stores = lake.map(value -> value.catalog().list()).orElse(List.of());
        return CatalogSnapshot.create(stores, extraTables);
    }

    QueryPlanner planner()
    {
        return planner;
    }

    TarnOperatorTable operatorTable()
    {
        return operatorTable;
    }

    Clock clock()
    {
        return clock;
    }

    @Override
    public void close()
    {
        workers.shutdownNow();
    }
}
