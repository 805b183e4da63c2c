package io.tarn.cli.quickstart;

import io.tarn.cli.LakeCommand;
import io.tarn.cli.OutputFormat;
import io.tarn.cli.UserException;
import io.tarn.cli.ingest.IngestReportPrinter;
import io.tarn.cli.output.ResultFormat;
import io.tarn.cli.query.QueryCommand;
import io.tarn.engine.Engine;
import io.tarn.engine.QueryExecution;
import io.tarn.engine.Session;
import io.tarn.storage.AdvancedEventSelector;
import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventCategory;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.IngestReport;
import io.tarn.storage.IngestRequest;
import io.tarn.storage.IngestSource;
import io.tarn.storage.Lake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code tarn quickstart}: creates the lake and a store of management and data events, ingests the real
 * CloudTrail log files shipped with Tarn, runs a first query and prints what to try next. Run again, it
 * finds the store already filled and only shows the query, so it never stores the samples twice.
 */
@Command(
        name = "quickstart",
        mixinStandardHelpOptions = true,
        description = {
                "Create a lake with real CloudTrail events in it, and show what to try next.",
                "Creates the lake (./lake unless --lake or TARN_LAKE says otherwise) and the store 'cloudtrail' for "
                        + "management and data events with ten years of retention (the sample events are from 2023), "
                        + "then ingests the sample log files: 2,900 events of an attack simulation by Invictus "
                        + "Incident Response (MIT licence)."})
public final class QuickstartCommand
        extends LakeCommand
{
    static final String STORE_NAME = "cloudtrail";
    private static final int RETENTION_DAYS = 3653;
    private static final String HOME_PROPERTY = "tarn.home";
    private static final String COMMAND_PROPERTY = "tarn.command";
    private static final String SAMPLES = "samples/cloudtrail/invictus-ir-aws_dataset";
    private static final String FIRST_QUERY = "SELECT eventSource, count(*) AS events FROM " + STORE_NAME
            + " GROUP BY eventSource ORDER BY events DESC LIMIT 5";

    @Option(names = "--samples", paramLabel = "DIR",
            description = "The CloudTrail log files to ingest (default: the samples shipped with Tarn).")
    private Path samples;

    @Override
    protected boolean createsLake()
    {
        return true;
    }

    @Override
    protected void run(Lake lake)
    {
        if (outputFormat() == OutputFormat.JSON) {
            throw new UserException("quickstart prints text only; use 'tarn ingest --output json' in scripts");
        }
        PrintWriter out = out();
        out.printf(Locale.ROOT, "Lake: %s%n", tarn().lakeDisplayName());
        Optional<EventDataStore> existing = lake.catalog().find(STORE_NAME);
        if (existing.isPresent()) {
            out.printf(Locale.ROOT, "Store %s (%s) exists already; not ingesting the samples again.%n", STORE_NAME, existing.get().id());
        }
        else {
            Path sampleDirectory = sampleDirectory();
            EventDataStore store = lake.catalog().create(CreateEventDataStoreRequest.withDefaults(STORE_NAME)
                    .withAdvancedEventSelectors(List.of(
                            AdvancedEventSelector.allEventsOf(EventCategory.MANAGEMENT),
                            AdvancedEventSelector.allEventsOf(EventCategory.DATA)))
                    .withRetentionPeriodDays(RETENTION_DAYS));
            out.printf(Locale.ROOT, "Created store %s (%s): management and data events, %,d days of retention%n", store.name(), store.id(), RETENTION_DAYS);
            IngestReport report = lake.ingest(IngestRequest.live(store.id(), List.of(IngestSource.file(sampleDirectory.toString()))));
            IngestReportPrinter.print(out, OutputFormat.TEXT, store.name(), report);
        }
        out.println();
        out.println("The busiest event sources:");
        out.println("  " + FIRST_QUERY);
        out.println();
        try (Engine engine = new Engine(lake); QueryExecution execution = engine.execute(Session.defaults(), FIRST_QUERY)) {
            QueryCommand.print(execution, ResultFormat.TABLE, out);
        }
        printNextSteps(out);
    }

    private Path sampleDirectory()
    {
        Path directory = samples;
        if (directory == null) {
            String home = System.getProperty(HOME_PROPERTY);
            if (home == null) {
                throw new UserException("Cannot find the sample events: give their directory with --samples");
            }
            directory = Path.of(home).resolve(SAMPLES);
        }
        if (!Files.isDirectory(directory)) {
            throw new UserException("No sample events at '" + directory + "': give their directory with --samples");
        }
        return directory;
    }

    private static void printNextSteps(PrintWriter out)
    {
        String tarn = System.getProperty(COMMAND_PROPERTY, "tarn");
        out.println();
        out.println("Try next:");
        out.printf(Locale.ROOT, "  %s query \"SELECT eventTime, eventName, userIdentity.arn FROM %s WHERE errorCode = 'AccessDenied' ORDER BY eventTime LIMIT 10\"%n",
                tarn, STORE_NAME);
        out.printf(Locale.ROOT, "  %s query --stats \"SELECT count(*) FROM %s WHERE eventTime > '2023-07-10 12:30:00'\"%n", tarn, STORE_NAME);
        out.printf(Locale.ROOT, "  %s samples list                  Lake's sample queries, ready to run%n", tarn);
        out.printf(Locale.ROOT, "  %s eds list                      the lake's event data stores%n", tarn);
        out.printf(Locale.ROOT, "  %s ingest --eds %s DIR   more events: CloudTrail log files, JSON lines, gzipped or not%n", tarn, STORE_NAME);
    }
}
