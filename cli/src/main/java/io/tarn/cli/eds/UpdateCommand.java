package io.tarn.cli.eds;

import io.tarn.cli.LakeCommand;
import io.tarn.cli.remote.RestClient;
import io.tarn.storage.AdvancedEventSelectors;
import io.tarn.storage.BillingMode;
import io.tarn.storage.Lake;
import io.tarn.storage.UpdateEventDataStoreRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.util.Map;

/**
 * {@code tarn eds update}: UpdateEventDataStore (spec 2.4); only the options given change.
 */
@Command(
        name = "update",
        mixinStandardHelpOptions = true,
        description = {
                "Change an event data store; only the options given change.",
                "The billing mode can change from fixed to extendable pricing, not back. "
                        + "The selectors may change but must keep the store's type of events."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn eds update audit --retention-days 90",
                "  tarn eds update audit --retention-days 90 --server http://tarn.internal:8080",
                "  tarn eds update audit --no-termination-protection",
                "  tarn eds update audit --name audit-2024 --tag team=security --tag env=prod",
                "  tarn eds update audit --selectors '[{\"Name\": \"Management events but KMS\",",
                "      \"FieldSelectors\": [",
                "        {\"Field\": \"eventCategory\", \"Equals\": [\"Management\"]},",
                "        {\"Field\": \"eventSource\", \"NotEquals\": [\"kms.amazonaws.com\"]}]}]'"})
final class UpdateCommand
        extends LakeCommand
{
    @Mixin
    private StoreArgument store;

    @Option(names = "--name", paramLabel = "NAME", description = "A new name.")
    private String name;

    @Option(names = "--selectors", paramLabel = "FILE|JSON", converter = EventDataStoreConverters.SelectorsConverter.class,
            description = "New advanced event selectors, as JSON or in a JSON file; they replace the old ones.")
    private String selectors;

    @Option(names = "--retention-days", paramLabel = "N", description = "Days to keep events; shortening it drops older events.")
    private Integer retentionDays;

    @Option(names = "--billing-mode", paramLabel = "MODE", converter = EventDataStoreConverters.BillingModeConverter.class,
            description = "EXTENDABLE_RETENTION_PRICING ('extendable'); a store cannot change to fixed pricing.")
    private BillingMode billingMode;

    @Option(names = "--termination-protection", negatable = true, description = "Enable (or, with --no-termination-protection, disable) termination protection.")
    private Boolean terminationProtection;

    @ArgGroup(exclusive = true)
    private RegionScope regionScope;

    @ArgGroup(exclusive = true)
    private TagChange tagChange;

    @Override
    protected void run(Lake lake)
    {
        EventDataStorePrinter.printStore(out(), outputFormat(), lake.catalog().update(store.reference(), request()));
    }

    @Override
    protected void run(RestClient server)
    {
        EventDataStorePrinter.printStore(out(), outputFormat(), server.patch(RemoteStores.storePath(store.reference()), RemoteStores.updateBody(request())));
    }

    private UpdateEventDataStoreRequest request()
    {
        UpdateEventDataStoreRequest request = UpdateEventDataStoreRequest.none();
        if (name != null) {
            request = request.withName(name);
        }
        if (selectors != null) {
            request = request.withAdvancedEventSelectors(AdvancedEventSelectors.parse(selectors));
        }
        if (retentionDays != null) {
            request = request.withRetentionPeriodDays(retentionDays);
        }
        if (billingMode != null) {
            request = request.withBillingMode(billingMode);
        }
        if (terminationProtection != null) {
            request = request.withTerminationProtectionEnabled(terminationProtection);
        }
        if (regionScope != null) {
            request = request.withMultiRegionEnabled(regionScope.multiRegion);
        }
        if (tagChange != null) {
            request = request.withTags(tagChange.clearTags ? Map.of() : tagChange.tags);
        }
        if (request.equals(UpdateEventDataStoreRequest.none())) {
            throw new ParameterException(commandLine(), "Nothing to update: give at least one option, such as --retention-days");
        }
        return request;
    }

    private static final class RegionScope
    {
        @Option(names = "--multi-region", required = true, description = "Record events of all Regions.")
        private boolean multiRegion;

        @Option(names = "--single-region", required = true, description = "Record events of the lake's Region only.")
        private boolean singleRegion;
    }

    private static final class TagChange
    {
        @Option(names = "--tag", paramLabel = "KEY=VALUE", required = true, description = "A tag; the tags given replace all the store's tags.")
        private Map<String, String> tags;

        @Option(names = "--clear-tags", required = true, description = "Remove all tags.")
        private boolean clearTags;
    }
}
