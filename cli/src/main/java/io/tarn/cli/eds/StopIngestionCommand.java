package io.tarn.cli.eds;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.cli.remote.RestClient;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreCatalog;
import picocli.CommandLine.Command;

/**
 * {@code tarn eds stop-ingestion}: StopEventDataStoreIngestion (spec 2.5).
 */
@Command(
        name = "stop-ingestion",
        mixinStandardHelpOptions = true,
        description = {
                "Stop ingesting events into an event data store; its events can still be queried.",
                "Only stores of Management, Data or ConfigurationItem events whose status is ENABLED."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn eds stop-ingestion audit",
                "  tarn eds stop-ingestion audit --server http://tarn.internal:8080"})
final class StopIngestionCommand
        extends StoreActionCommand
{
    @Override
    protected EventDataStore apply(EventDataStoreCatalog catalog, String reference)
    {
        return catalog.stopIngestion(reference);
    }

    @Override
    protected JsonNode apply(RestClient server, String storePath)
    {
        return server.post(storePath + "/stop-ingestion");
    }

    @Override
    protected String describe(EventDataStore store)
    {
        return "Stopped ingestion into event data store '" + store.name() + "'; its status is " + store.status() + ".";
    }
}
