package io.tarn.cli.eds;

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
        footer = "  tarn eds restore audit")
final class RestoreCommand
        extends StoreActionCommand
{
    @Override
    protected EventDataStore apply(EventDataStoreCatalog catalog, String reference)
    {
        return catalog.restore(reference);
    }

    @Override
    protected String describe(EventDataStore store)
    {
        return "Restored event data store '" + store.name() + "'; its status is " + store.status() + ".";
    }
}
