package io.tarn.cli.eds;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.cli.remote.RestClient;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreCatalog;
import picocli.CommandLine.Command;

/**
 * {@code tarn eds start-ingestion}: StartEventDataStoreIngestion (spec 2.5).
 */
@Command(
        name = "start-ingestion",
        mixinStandardHelpOptions = true,
        description = {
                "Start ingesting events into an event data store again.",
                "Only stores of Management, Data or ConfigurationItem events whose status is STOPPED_INGESTION."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn eds start-ingestion audit",
                "  tarn eds start-ingestion audit --server http://tarn.internal:8080"})
final class StartIngestionCommand
        extends StoreActionCommand
{
    @Override
    protected EventDataStore apply(EventDataStoreCatalog catalog, String reference)
    {
        return catalog.startIngestion(reference);
    }

    @Override
    protected JsonNode apply(RestClient server, String storePath)
    {
        return server.post(storePath + "/start-ingestion");
    }

    @Override
    protected String describe(EventDataStore store)
    {
        return "Started ingestion into event data store '" + store.name() + "'; its status is " + store.status() + ".";
    }
}
