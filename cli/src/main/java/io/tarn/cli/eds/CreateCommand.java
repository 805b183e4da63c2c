package io.tarn.cli.eds;

import io.tarn.cli.LakeCommand;
import io.tarn.cli.remote.RestClient;
import io.tarn.storage.AdvancedEventSelectors;
import io.tarn.storage.BillingMode;
import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventCategory;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.Lake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code tarn eds create}: CreateEventDataStore (spec 2.2). Creates the lake when it does not exist yet.
 */
@Command(
        name = "create",
        mixinStandardHelpOptions = true,
        description = {
                "Create an event data store.",
                "Without selectors the store holds all events of its category (management events by default). "
                        + "It starts ingesting at once, with termination protection on, in all Regions, "
                        + "with extendable retention pricing and 366 days of retention."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn eds create audit",
                "  tarn eds create config-items --category ConfigurationItem --retention-days 90",
                "  tarn eds create s3-data --selectors selectors.json --tag team=security",
                "  tarn eds create audit --server http://tarn.internal:8080",
                "  tarn eds create writes --selectors '[{\"Name\": \"Management writes\",",
                "      \"FieldSelectors\": [{\"Field\": \"eventCategory\", \"Equals\": [\"Management\"]},",
                "                         {\"Field\": \"readOnly\", \"Equals\": [\"false\"]}]}]'",
                "  tarn eds create partner-events --category ActivityAuditLog --single-region"})
final class CreateCommand
        extends LakeCommand
{
    @Parameters(index = "0", paramLabel = "NAME",
            description = "3 to 128 letters, digits, '.', '_' or '-', starting and ending with a letter or digit.")
    private String name;

    @Option(names = "--category", paramLabel = "CATEGORY", converter = EventDataStoreConverters.CategoryConverter.class,
            description = "Category of events when no selectors are given: Management (default), Data, Insight, ConfigurationItem, Evidence or ActivityAuditLog.")
    private EventCategory category;

    @Option(names = "--selectors", paramLabel = "FILE|JSON", converter = EventDataStoreConverters.SelectorsConverter.class,
            description = "Advanced event selectors, as JSON or in a JSON file, in Lake's form: [{\"Name\": ..., \"FieldSelectors\": [{\"Field\": ..., \"Equals\": [...]}]}].")
    private String selectors;

    @Option(names = "--retention-days", paramLabel = "N",
            description = "Days to keep events: 7 to 3653 with extendable pricing, 7 to 2557 with fixed pricing (default: 366, or 2557 with fixed pricing).")
    private Integer retentionDays;

    @Option(names = "--billing-mode", paramLabel = "MODE", converter = EventDataStoreConverters.BillingModeConverter.class,
            description = "EXTENDABLE_RETENTION_PRICING (default) or FIXED_RETENTION_PRICING; 'extendable' and 'fixed' for short.")
    private BillingMode billingMode;

    @Option(names = "--tag", paramLabel = "KEY=VALUE", description = "A tag; repeat for more (at most 50).")
    private Map<String, String> tags = new LinkedHashMap<>();

    @Option(names = "--no-termination-protection", description = "Allow deleting the store without first disabling termination protection.")
    private boolean noTerminationProtection;

    @Option(names = "--no-start-ingestion", description = "Create the store with ingestion stopped (Management, Data and ConfigurationItem stores only).")
    private boolean noStartIngestion;

    @Option(names = "--single-region", description = "Record events of the lake's Region only (required for ActivityAuditLog stores).")
    private boolean singleRegion;

    @Override
    protected boolean createsLake()
    {
        return true;
    }

    @Override
    protected void run(Lake lake)
    {
        EventDataStore store = lake.catalog().create(request());
        EventDataStorePrinter.printStore(out(), outputFormat(), store);
    }

    @Override
    protected void run(RestClient server)
    {
        EventDataStorePrinter.printStore(out(), outputFormat(), server.post(RemoteStores.PATH, RemoteStores.createBody(request())));
    }

    private CreateEventDataStoreRequest request()
    {
        CreateEventDataStoreRequest request = CreateEventDataStoreRequest.withDefaults(name)
                .withTerminationProtectionEnabled(!noTerminationProtection)
                .withStartIngestion(!noStartIngestion)
                .withMultiRegionEnabled(!singleRegion)
                .withTags(tags);
        if (category != null) {
            request = request.withCategory(category);
        }
        if (selectors != null) {
            request = request.withAdvancedEventSelectors(AdvancedEventSelectors.parse(selectors));
        }
        if (billingMode != null) {
            request = request.withBillingMode(billingMode);
        }
        if (retentionDays != null) {
            request = request.withRetentionPeriodDays(retentionDays);
        }
        return request;
    }
}
