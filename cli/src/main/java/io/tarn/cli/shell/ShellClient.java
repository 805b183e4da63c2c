package io.tarn.cli.shell;

import io.tarn.engine.service.SavedQuery;
import io.tarn.storage.EventDataStore;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * What the shell needs from wherever the lake is: the stores and their columns, the function names (for
 * completion), running statements and saved or sample queries, and the saved queries themselves. The
 * local implementation runs the engine in this process ({@link LocalShellClient}); a client of
 * {@code tarn serve} is the other implementation to come. Failures a user can cause are
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
    List<EventDataStore> stores();

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

    @Override
    void close();

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
