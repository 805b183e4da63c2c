package io.tarn.server;

import io.tarn.engine.Engine;
import io.tarn.engine.QueryExecution;
import io.tarn.engine.Session;
import io.tarn.error.TarnException;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a few statements before the server listens, so that the classes and compiled code of parsing,
 * planning, metadata tables and (when the lake has a store) the ORC scan are ready when the first client
 * asks. The statements read little: one row of the newest store, the metadata tables the JDBC driver lists.
 * Not recorded in the query history.
 */
final class WarmUp
{
    private WarmUp() {}

    static void run(Engine engine)
    {
        List<String> statements = new ArrayList<>(List.of(
                "SELECT version()",
                "SELECT TABLE_CAT, TABLE_SCHEM, TABLE_NAME, TABLE_TYPE FROM system.jdbc.tables WHERE TABLE_CAT = 'tarn' ORDER BY TABLE_TYPE, TABLE_CAT, TABLE_SCHEM, TABLE_NAME",
                "SHOW TABLES"));
        newestStore(engine).ifPresent(store -> {
            String table = "\"" + store.id() + "\"";
            statements.add("SELECT eventtime, eventname, useridentity.arn, element_at(requestparameters, 'bucketName') FROM " + table + " LIMIT 1");
            statements.add("SELECT eventsource, count(*) AS events FROM " + table
                    + " WHERE eventtime > now() - INTERVAL '1' HOUR GROUP BY eventsource ORDER BY events DESC LIMIT 5");
        });
        for (String statement : statements) {
            try (QueryExecution execution = engine.execute(Session.defaults(), statement)) {
                execution.remainingRows();
            }
            catch (TarnException e) {
                // A store whose type lacks a column used here; warming up is best effort
            }
        }
    }

    private static Optional<EventDataStore> newestStore(Engine engine)
    {
        return engine.lake().flatMap(lake -> lake.catalog().list().stream()
                .filter(store -> store.status() != EventDataStoreStatus.PENDING_DELETION)
                .reduce((first, second) -> second));
    }
}
