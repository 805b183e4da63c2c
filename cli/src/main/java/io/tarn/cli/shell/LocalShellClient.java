package io.tarn.cli.shell;

import com.google.common.collect.ImmutableMap;
import io.tarn.cli.output.EngineRows;
import io.tarn.cli.output.OutputColumn;
import io.tarn.cli.output.OutputRow;
import io.tarn.engine.Engine;
import io.tarn.engine.QueryExecution;
import io.tarn.engine.Session;
import io.tarn.engine.catalog.StoreTable;
import io.tarn.engine.exec.QueryStatistics;
import io.tarn.engine.service.QueryService;
import io.tarn.engine.service.QueryServiceOptions;
import io.tarn.engine.service.SampleQueries;
import io.tarn.engine.service.SampleQuery;
import io.tarn.engine.service.SavedQuery;
import io.tarn.engine.service.StartQueryRequest;
import io.tarn.engine.type.TarnTypes;
import io.tarn.error.TarnException;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.Lake;
import io.tarn.storage.schema.DataType;
import io.tarn.storage.schema.Field;
import io.tarn.storage.schema.StructType;
import io.tarn.storage.vector.ColumnBatch;
import org.apache.calcite.rel.type.RelDataTypeFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import static io.tarn.engine.StandardErrorCode.GENERIC_INTERNAL_ERROR;
import static java.util.Objects.requireNonNull;

/**
 * The shell on a local lake: statements run on an engine in this process. The lake and the engine open on a
 * background thread while the shell shows its first prompt, and a first tiny statement loads the planner's
 * classes, so that the shell answers at once and the first query does not pay for starting the engine.
 * Statements run as {@code tarn query} runs them, directly on the engine: they are not recorded in the query
 * history. Session changes ({@code USE}, {@code SET SESSION}, {@code PREPARE}) carry over to later statements.
 */
public final class LocalShellClient
        implements ShellClient
{
    private final String location;
    private final Clock clock;
    private final Supplier<Lake> lakeOpener;
    private final CompletableFuture<Local> local = new CompletableFuture<>();
    private volatile Session session = Session.defaults();
    private QueryService service;

    private LocalShellClient(String location, Supplier<Lake> lakeOpener, Clock clock)
    {
        this.location = requireNonNull(location, "location is null");
        this.lakeOpener = requireNonNull(lakeOpener, "lakeOpener is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * A client of the lake that {@code lakeOpener} opens; {@link #open()} starts opening it.
     */
    public static LocalShellClient create(String location, Supplier<Lake> lakeOpener, Clock clock)
    {
        return new LocalShellClient(location, lakeOpener, clock);
    }

    /**
     * Starts opening the lake and the engine on a background thread and returns at once; statements wait
     * until they are open.
     */
    public void open()
    {
        Thread opener = new Thread(() -> {
            try {
                local.complete(Local.open(lakeOpener));
            }
            catch (RuntimeException | Error e) {
                local.completeExceptionally(e);
            }
        }, "tarn-shell-open");
        opener.setDaemon(true);
        opener.start();
    }

    @Override
    public String location()
    {
        return location;
    }

    @Override
    public void awaitReady()
    {
        local();
    }

    @Override
    public List<StoreSummary> stores()
    {
        return local().lake().catalog().list().stream().map(StoreSummary::of).toList();
    }

    @Override
    public List<ColumnDescription> describe(String store)
    {
        EventDataStore found = local().lake().catalog().get(store);
        RelDataTypeFactory typeFactory = TarnTypes.newTypeFactory();
        List<ColumnDescription> columns = new ArrayList<>();
        addColumns(columns, "", found.schema().columns(), typeFactory);
        return columns;
    }

    private static void addColumns(List<ColumnDescription> columns, String prefix, List<Field> fields, RelDataTypeFactory typeFactory)
    {
        for (Field field : fields) {
            String path = prefix + field.name();
            DataType type = field.type();
            columns.add(new ColumnDescription(path, TarnTypes.trinoName(StoreTable.toRelType(typeFactory, type))));
            if (type instanceof StructType struct) {
                addColumns(columns, path + ".", struct.fields(), typeFactory);
            }
        }
    }

    @Override
    public Set<String> functionNames()
    {
        return new TreeSet<>(local().engine().functions().names());
    }

    @Override
    public ShellQuery execute(String sql)
    {
        return run(sql, List.of());
    }

    @Override
    public ShellQuery runSaved(String reference, Map<String, String> values)
    {
        StartQueryRequest request = service().savedQueries().prepare(reference, values);
        return run(request.statement(), request.parameters());
    }

    @Override
    public ShellQuery runSample(String reference, Map<String, String> values)
    {
        StartQueryRequest request = service().savedQueries().prepareSample(reference, values);
        return run(request.statement(), request.parameters());
    }

    @Override
    public List<SavedQuery> savedQueries()
    {
        return service().savedQueries().list();
    }

    @Override
    public SavedQuery savedQuery(String reference)
    {
        return service().savedQueries().get(reference);
    }

    @Override
    public List<SampleQuery> sampleQueries()
    {
        return SampleQueries.all();
    }

    @Override
    public SampleQuery sampleQuery(String reference)
    {
        return SampleQueries.get(reference);
    }

    private ShellQuery run(String sql, List<Object> parameters)
    {
        QueryExecution execution = local().engine().execute(session, sql, parameters);
        session = execution.sessionUpdates().applyTo(session);
        return new LocalQuery(execution);
    }

    /**
     * The query service, opened when first needed: only saved queries use it.
     */
    private synchronized QueryService service()
    {
        if (service == null) {
            Local opened = local();
            service = QueryService.open(opened.engine(), opened.lake(), QueryServiceOptions.defaults().withClock(clock));
        }
        return service;
    }

    private Local local()
    {
        try {
            return local.join();
        }
        catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new TarnException(GENERIC_INTERNAL_ERROR, "Cannot open the lake: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public synchronized void close()
    {
        if (service != null) {
            service.close();
        }
        // A lake still opening is closed when it is open
        local.thenAccept(Local::close);
    }

    private record Local(Lake lake, Engine engine)
    {
        private Local
        {
            requireNonNull(lake, "lake is null");
            requireNonNull(engine, "engine is null");
        }

        static Local open(Supplier<Lake> lakeOpener)
        {
            Lake lake = lakeOpener.get();
            try {
                Engine engine = new Engine(lake);
                // Loads the parser's, planner's and executor's classes while the user types the first statement
                try (QueryExecution execution = engine.execute(Session.defaults(), "SELECT 1")) {
                    execution.remainingRows();
                }
                return new Local(lake, engine);
            }
            catch (RuntimeException | Error e) {
                lake.close();
                throw e;
            }
        }

        void close()
        {
            try (lake) {
                engine.close();
            }
        }
    }

    private static final class LocalQuery
            implements ShellQuery
    {
        private final QueryExecution execution;
        private final List<OutputColumn> columns;

        LocalQuery(QueryExecution execution)
        {
            this.execution = requireNonNull(execution, "execution is null");
            this.columns = execution.updateType().isPresent() ? List.of() : EngineRows.columns(execution.columns());
        }

        @Override
        public List<OutputColumn> columns()
        {
            return columns;
        }

        @Override
        public Optional<String> updateType()
        {
            return execution.updateType();
        }

        @Override
        public List<OutputRow> nextRows()
        {
            ColumnBatch batch = execution.nextBatch();
            if (batch == null) {
                return null;
            }
            return EngineRows.rows(batch, execution.columns());
        }

        @Override
        public QueryProgress progress()
        {
            QueryStatistics.Snapshot statistics = execution.statistics();
            return new QueryProgress(execution.elapsedMillis(), statistics.bytesScanned(), statistics.eventsScanned(), statistics.eventsMatched(), ImmutableMap.of(
                    "PartitionsSkipped", statistics.scan().partitionsSkipped(),
                    "FilesRead", statistics.scan().filesRead(),
                    "FilesSkipped", statistics.scan().filesSkipped(),
                    "StripesSkipped", statistics.scan().stripesSkipped(),
                    "RowGroupsSkipped", statistics.scan().rowGroupsSkipped()));
        }

        @Override
        public void cancel()
        {
            execution.cancel();
        }

        @Override
        public void close()
        {
            execution.close();
        }
    }
}
