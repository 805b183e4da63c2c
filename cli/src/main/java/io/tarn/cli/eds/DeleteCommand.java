package io.tarn.cli.eds;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.cli.remote.RestClient;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreCatalog;
import picocli.CommandLine.Command;

/**
 * {@code tarn eds delete}: DeleteEventDataStore (spec 2.7).
 */
@Command(
        name = "delete",
        mixinStandardHelpOptions = true,
        description = {
                "Delete an event data store. It stays pending deletion for 7 days, when it can be restored, "
                        + "and is then purged by maintenance with all its events.",
                "Termination protection must be disabled first."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn eds update audit --no-termination-protection",
                "  tarn eds delete audit",
                "  tarn eds delete audit --server http://tarn.internal:8080"})
final class DeleteCommand
        extends StoreActionCommand
{
    @Override
    protected EventDataStore apply(EventDataStoreCatalog catalog, String reference)
    {
        return catalog.delete(reference);
    }

    @Override
    protected JsonNode apply(RestClient server, String storePath)
    {
        return server.delete(storePath);
    }

    @Override
    protected String describe(EventDataStore store)
    {
        String restorableUntil = store.deletionTimestamp()
                .map(deletion -> EventDataStorePrinter.formatTime(deletion.plus(EventDataStoreCatalog.DELETION_WAITING_PERIOD)))
                .orElseThrow();
        return "Deleted event data store '" + store.name() + "'; it is pending deletion and can be restored until " + restorableUntil
                + " with: tarn eds restore " + store.id();
    }
}
