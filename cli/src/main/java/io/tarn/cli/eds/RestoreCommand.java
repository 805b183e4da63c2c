package io.tarn.cli.eds;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.cli.remote.RestClient;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreCatalog;
import picocli.CommandLine.Command;

/**
 * {@code tarn eds restore}: RestoreEventDataStore (spec 2.7).
 */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = "Restore an event data store pending deletion, within 7 days of its deletion, to the status it had.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn eds restore audit",
                "  tarn eds restore audit --server http://tarn.internal:8080"})
final class RestoreCommand
        extends StoreActionCommand
{
    @Override
    protected EventDataStore apply(EventDataStoreCatalog catalog, String reference)
    {
        return catalog.restore(reference);
    }

    @Override
    protected JsonNode apply(RestClient server, String storePath)
    {
        return server.post(storePath + "/restore");
    }

    @Override
    protected String describe(EventDataStore store)
    {
        return "Restored event data store '" + store.name() + "'; its status is " + store.status() + ".";
    }
}
