package io.tarn.cli.quickstart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.cli.JsonOutput;
import io.tarn.cli.LakeCommand;
import io.tarn.cli.OutputFormat;
import io.tarn.cli.UserException;
import io.tarn.cli.ingest.IngestReportPrinter;
import io.tarn.cli.output.ResultFormat;
import io.tarn.cli.query.QueryCommand;
import io.tarn.engine.Engine;
import io.tarn.engine.QueryExecution;
import io.tarn.engine.Session;
import io.tarn.server.api.IngestReportJson;
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
import java.io.StringWriter;
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
                        + "Incident Response (MIT licence)."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn quickstart",
                "  tarn --lake /tmp/try-tarn quickstart",
                "  tarn quickstart --samples ./my-exported-trail/ --output json"})
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
        Optional<EventDataStore> existing = lake.catalog().find(STORE_NAME);
        switch (outputFormat()) {
            case TEXT -> runText(lake, existing);
            case JSON -> runJson(lake, existing);
        }
    }

    private void runText(Lake lake, Optional<EventDataStore> existing)
    {
        PrintWriter out = out();
        out.printf(Locale.ROOT, "Lake: %s%n", tarn().lakeDisplayName());
        if (existing.isPresent()) {
            out.printf(Locale.ROOT, "Store %s (%s) exists already; not ingesting the samples again.%n", STORE_NAME, existing.get().id());
        }
        else {
            Path sampleDirectory = sampleDirectory();
            EventDataStore store = createStore(lake);
            out.printf(Locale.ROOT, "Created store %s (%s): management and data events, %,d days of retention%n", store.name(), store.id(), RETENTION_DAYS);
            out.flush();
            IngestReportPrinter.print(out, OutputFormat.TEXT, store.name(), ingest(lake, store, sampleDirectory));
        }
        out.println();
        out.println("The busiest event sources:");
        out.println("  " + FIRST_QUERY);
        out.println();
        firstQuery(lake, ResultFormat.TABLE, out);
        out.println();
        out.println("Try next:");
        for (String[] step : nextSteps()) {
            out.println(String.format(Locale.ROOT, "  %-34s %s", step[0], step[1]).stripTrailing());
        }
    }

    /**
     * One object for scripts: the store, what was ingested (null when the store existed already), the first
     * query's rows and the commands to try next.
     */
    private void runJson(Lake lake, Optional<EventDataStore> existing)
    {
        ObjectNode result = JsonOutput.object();
        result.put("Lake", tarn().lakeDisplayName());
        EventDataStore store;
        if (existing.isPresent()) {
            store = existing.get();
            result.put("Created", false);
            result.putNull("Ingest");
        }
        else {
            Path sampleDirectory = sampleDirectory();
            store = createStore(lake);
            result.put("Created", true);
            result.set("Ingest", IngestReportJson.toJson(store.name(), ingest(lake, store, sampleDirectory)));
        }
        result.put("EventDataStoreArn", store.arn());
        result.put("EventDataStoreName", store.name());
        result.put("QueryStatement", FIRST_QUERY);
        StringWriter rows = new StringWriter();
        try (PrintWriter writer = new PrintWriter(rows)) {
            firstQuery(lake, ResultFormat.JSON, writer);
        }
        ArrayNode results = result.putArray("QueryResultRows");
        try {
            for (String line : rows.toString().split("\n")) {
                if (!line.isBlank()) {
                    results.add(JsonOutput.MAPPER.readTree(line));
                }
            }
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("the query's JSON rows cannot be read back", e);
        }
        ArrayNode steps = result.putArray("TryNext");
        for (String[] step : nextSteps()) {
            steps.add(step[0]);
        }
        JsonOutput.print(out(), result);
    }

    private static EventDataStore createStore(Lake lake)
    {
        return lake.catalog().create(CreateEventDataStoreRequest.withDefaults(STORE_NAME)
                .withAdvancedEventSelectors(List.of(
                        AdvancedEventSelector.allEventsOf(EventCategory.MANAGEMENT),
                        AdvancedEventSelector.allEventsOf(EventCategory.DATA)))
                .withRetentionPeriodDays(RETENTION_DAYS));
    }

    private static IngestReport ingest(Lake lake, EventDataStore store, Path sampleDirectory)
    {
        return lake.ingest(IngestRequest.live(store.id(), List.of(IngestSource.file(sampleDirectory.toString()))));
    }

    private static void firstQuery(Lake lake, ResultFormat format, PrintWriter out)
    {
        try (Engine engine = new Engine(lake); QueryExecution execution = engine.execute(Session.defaults(), FIRST_QUERY)) {
            QueryCommand.print(execution, format, out);
        }
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

    /**
     * Commands to try next, each with what it shows.
     */
    private static List<String[]> nextSteps()
    {
        String tarn = System.getProperty(COMMAND_PROPERTY, "tarn");
        return List.of(
                new String[] {tarn + " query \"SELECT eventTime, eventName, userIdentity.arn FROM " + STORE_NAME
                        + " WHERE errorCode = 'AccessDenied' ORDER BY eventTime LIMIT 10\"", ""},
                new String[] {tarn + " query --stats \"SELECT count(*) FROM " + STORE_NAME + " WHERE eventTime > '2023-07-10 12:30:00'\"", ""},
                new String[] {tarn + " shell", "the interactive SQL shell: Tab completes, Ctrl-C cancels"},
                new String[] {tarn + " samples list", "Lake's sample queries, ready to run"},
                new String[] {tarn + " eds list", "the lake's event data stores"},
                new String[] {tarn + " ingest --eds " + STORE_NAME + " DIR", "more events: CloudTrail log files, JSON lines, gzipped or not"});
    }
}
