package io.tarn.cli.eds;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.cli.LakeCommand;
import io.tarn.cli.OutputFormat;
import io.tarn.cli.remote.RestClient;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreCatalog;
import io.tarn.storage.Lake;
import picocli.CommandLine.Mixin;

/**
 * A change of one store's lifecycle (stop or start ingestion, delete, restore). Text output is a sentence
 * saying what happened, as Lake's commands print nothing; JSON output is the store afterwards.
 */
abstract class StoreActionCommand
        extends LakeCommand
{
    @Mixin
    private StoreArgument store;

    @Override
    protected final void run(Lake lake)
    {
        EventDataStore changed = apply(lake.catalog(), store.reference());
        if (outputFormat() == OutputFormat.JSON) {
            EventDataStorePrinter.printStore(out(), OutputFormat.JSON, changed);
            return;
        }
        out().println(describe(changed));
    }

    @Override
    protected final void run(RestClient server)
    {
        JsonNode changed = apply(server, RemoteStores.storePath(store.reference()));
        if (outputFormat() == OutputFormat.JSON) {
            EventDataStorePrinter.printStore(out(), OutputFormat.JSON, changed);
            return;
        }
        out().println(describe(RemoteStores.store(changed)));
    }

    /**
     * Applies the change on a server to the store at the path, and returns the server's answer.
     */
    protected abstract JsonNode apply(RestClient server, String storePath);

    protected abstract EventDataStore apply(EventDataStoreCatalog catalog, String reference);

    protected abstract String describe(EventDataStore store);
}
