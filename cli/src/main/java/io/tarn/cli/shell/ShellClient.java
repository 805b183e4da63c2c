package io.tarn.cli.shell;

import io.tarn.engine.service.SampleQuery;
import io.tarn.engine.service.SavedQuery;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreStatus;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * What the shell needs from wherever the lake is: the stores and their columns, the function names (for
 * completion), running statements and saved or sample queries, and the saved queries themselves. The
 * local implementation runs the engine in this process ({@link LocalShellClient}); {@link TrinoShellClient} is
 * a client of {@code tarn serve}. Failures a user can cause are
 * {@link io.tarn.error.TarnException}s.
 */
public interface ShellClient
        extends AutoCloseable
{
    /**
     * Where statements run, for the banner: a lake's location or a server's URL.
     */
    String location();

    /**
     * Waits until the client is ready to run statements, and fails if it cannot become ready.
     */
    void awaitReady();

    /**
     * The event data stores, including those pending deletion, oldest first.
     */
    List<StoreSummary> stores();

    /**
     * A store's columns, nested fields included as dotted paths, with their types as Trino spells them.
     */
    List<ColumnDescription> describe(String store);

    /**
     * The names of the SQL functions, in lower case.
     */
    Set<String> functionNames();

    ShellQuery execute(String sql);

    /**
     * Runs a saved query (by name or id) with parameter values over its defaults.
     */
    ShellQuery runSaved(String reference, Map<String, String> values);

    /**
     * Runs a sample query (by id) with parameter values over its defaults.
     */
    ShellQuery runSample(String reference, Map<String, String> values);

    List<SavedQuery> savedQueries();

    SavedQuery savedQuery(String reference);

    List<SampleQuery> sampleQueries();

    SampleQuery sampleQuery(String reference);

    @Override
    void close();

    /**
     * What the shell knows of a store: its name, and where the client knows them (a local lake does, the
     * Trino protocol does not) its id, type, status and retention.
     */
    record StoreSummary(String name, Optional<String> id, Optional<String> type, Optional<String> status, OptionalInt retentionDays)
    {
        public StoreSummary
        {
            requireNonNull(name, "name is null");
            requireNonNull(id, "id is null");
            requireNonNull(type, "type is null");
            requireNonNull(status, "status is null");
            requireNonNull(retentionDays, "retentionDays is null");
        }

        public static StoreSummary of(EventDataStore store)
        {
            return new StoreSummary(store.name(), Optional.of(store.id()), Optional.of(store.type().name()), Optional.of(store.status().name()),
                    OptionalInt.of(store.retentionPeriodDays()));
        }

        public static StoreSummary named(String name)
        {
            return new StoreSummary(name, Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty());
        }

        public boolean pendingDeletion()
        {
            return status.filter(EventDataStoreStatus.PENDING_DELETION.name()::equals).isPresent();
        }

        /**
         * Whether a statement may name the store so: by its name or id, in any case.
         */
        public boolean isNamed(String reference)
        {
            return name.equalsIgnoreCase(reference) || id.filter(reference::equalsIgnoreCase).isPresent();
        }
    }

    /**
     * A column or nested field of a store: {@code useridentity.sessioncontext.sessionissuer.arn},
     * {@code varchar}.
     */
    record ColumnDescription(String path, String type)
    {
        public ColumnDescription
        {
            requireNonNull(path, "path is null");
            requireNonNull(type, "type is null");
        }
    }
}
