package io.tarn.engine;

import com.google.common.collect.ImmutableMap;
import io.tarn.storage.AdvancedEventSelector;
import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventCategory;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.FieldSelector;
import io.tarn.storage.IngestReport;
import io.tarn.storage.IngestRequest;
import io.tarn.storage.IngestSource;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;
import io.tarn.storage.SelectorOperator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * A lake of real events for golden files and the query corpus, built once per test JVM in a temporary
 * directory (deleted when the JVM exits). Its stores, by name:
 * <ul>
 * <li>{@code invictus}: CloudTrail, the 2,900 events of invictus-ir/aws_dataset (storage test resources
 * {@code events/invictus}, MIT), 2023-07-10 11:42 to 12:37 UTC;</li>
 * <li>{@code awsdocs}: CloudTrail, the 108 example events of the AWS documentation ({@code events/awsdocs},
 * CC-BY-SA-4.0 / MIT-0), 2014 to 2022, management and data events;</li>
 * <li>{@code every-field}: CloudTrail, one event carrying every field of the schema
 * ({@code events/categories/cloudtrail-all-fields.json});</li>
 * <li>{@code config-items}: Config configuration items, {@code events/categories/config-items.jsonl} and
 * this module's {@code lake-fixtures/config-items.jsonl};</li>
 * <li>{@code insights}, {@code activity}, {@code evidence}: the other category fixtures of
 * {@code events/categories}.</li>
 * </ul>
 * The lake's and the engine's clock stand at {@link #NOW}, and every store keeps events for 3,653 days, so
 * all fixture events (the oldest is of 2014-03-06) are visible and {@code now()} is fixed.
 * {@link #main} writes the same lake to a directory of one's choice, for reading with Trino
 * ({@code sql-fixtures/README.md}).
 */
final class LakeFixture
{
    static final Instant NOW = Instant.parse("2024-03-05T00:00:00Z");
    private static final int RETENTION_DAYS = 3653;

    private static LakeFixture instance;

    private final Lake lake;
    private final Engine engine;
    private final Map<String, IngestReport> reports;

    private LakeFixture(Lake lake, Map<String, IngestReport> reports)
    {
        this.lake = requireNonNull(lake, "lake is null");
        this.engine = new Engine(lake).withClock(Clock.fixed(NOW, ZoneOffset.UTC));
        this.reports = ImmutableMap.copyOf(reports);
    }

    /**
     * The fixture lake of this JVM, built on first use.
     */
    static synchronized LakeFixture get()
    {
        if (instance == null) {
            try {
                Path directory = Files.createTempDirectory("tarn-lake-fixture");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(directory)));
                instance = build(directory);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    Engine engine()
    {
        return engine;
    }

    Lake lake()
    {
        return lake;
    }

    EventDataStore store(String name)
    {
        return lake.catalog().list().stream()
                .filter(store -> store.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fixture store " + name));
    }

    List<EventDataStore> stores()
    {
        return lake.catalog().list();
    }

    Map<String, IngestReport> reports()
    {
        return reports;
    }

    private static LakeFixture build(Path directory)
            throws IOException
    {
        Path lakeDirectory = directory.resolve("lake");
        Path inputs = directory.resolve("inputs");
        Lake lake = Lake.open(LakeOptions.at(lakeDirectory.toString()).withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
        Map<String, IngestReport> reports = new LinkedHashMap<>();
        reports.put("invictus", ingest(lake, "invictus", Optional.empty(), copyManifest(inputs.resolve("invictus"), "/events/invictus/", ".gz")));
        reports.put("awsdocs", ingest(lake, "awsdocs", Optional.empty(), copyManifest(inputs.resolve("awsdocs"), "/events/awsdocs/", "")));
        reports.put("every-field", ingest(lake, "every-field", Optional.empty(), copy(inputs.resolve("every-field"), "/events/categories/cloudtrail-all-fields.json")));
        reports.put("config-items", ingest(lake, "config-items", Optional.of(EventCategory.CONFIGURATION_ITEM),
                copy(inputs.resolve("config-items"), "/events/categories/config-items.jsonl", "/lake-fixtures/config-items.jsonl")));
        reports.put("insights", ingest(lake, "insights", Optional.of(EventCategory.INSIGHT), copy(inputs.resolve("insights"), "/events/categories/insights.jsonl")));
        reports.put("activity", ingest(lake, "activity", Optional.of(EventCategory.ACTIVITY_AUDIT_LOG), copy(inputs.resolve("activity"), "/events/categories/activity.jsonl")));
        reports.put("evidence", ingest(lake, "evidence", Optional.of(EventCategory.EVIDENCE), copy(inputs.resolve("evidence"), "/events/categories/audit-evidence.jsonl")));
        return new LakeFixture(lake, reports);
    }

    private static IngestReport ingest(Lake lake, String name, Optional<EventCategory> category, Path input)
    {
        CreateEventDataStoreRequest request = CreateEventDataStoreRequest.withDefaults(name)
                .withRetentionPeriodDays(RETENTION_DAYS)
                .withTerminationProtectionEnabled(false);
        if (category.isPresent()) {
            request = request.withCategory(category.get());
            if (category.get() == EventCategory.ACTIVITY_AUDIT_LOG) {
                request = request.withMultiRegionEnabled(false);
            }
        }
        else {
            // management and data events, as a store for an investigation would keep
            request = request.withAdvancedEventSelectors(List.of(
                    AdvancedEventSelector.allEventsOf(EventCategory.MANAGEMENT),
                    new AdvancedEventSelector(Optional.of("data"), List.of(
                            FieldSelector.of("eventCategory", SelectorOperator.EQUALS, "Data"),
                            FieldSelector.of("resources.type", SelectorOperator.EQUALS, "AWS::S3::Object", "AWS::S3Outposts::Object")))));
        }
        lake.catalog().create(request);
        return lake.ingest(IngestRequest.live(name, List.of(IngestSource.file(input.toString()))));
    }

    /**
     * Copies the files a resource directory's {@code MANIFEST.tsv} lists (first column, plus a suffix) into
     * a directory, since the resources may live in a jar.
     */
    private static Path copyManifest(Path target, String resourceDirectory, String suffix)
            throws IOException
    {
        List<String> names = new ArrayList<>();
        try (InputStream manifest = resource(resourceDirectory + "MANIFEST.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(manifest, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    names.add(resourceDirectory + line.substring(0, line.indexOf('\t')) + suffix);
                }
            }
        }
        return copy(target, names.toArray(String[]::new));
    }

    private static Path copy(Path target, String... resources)
            throws IOException
    {
        Files.createDirectories(target);
        for (int index = 0; index < resources.length; index++) {
            String name = resources[index];
            try (InputStream input = resource(name)) {
                // numbered, because two directories may hold files of the same name
                Files.copy(input, target.resolve(index + "-" + name.substring(name.lastIndexOf('/') + 1)));
            }
        }
        return target;
    }

    private static InputStream resource(String name)
    {
        return requireNonNull(LakeFixture.class.getResourceAsStream(name), "missing test resource " + name);
    }

    private static void deleteRecursively(Path directory)
    {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException ignored) {
            // a temporary directory; the OS cleans up what is left
        }
    }

    /**
     * Writes the fixture lake into {@code args[0]} (which must not exist yet) and prints each store's id and
     * ingestion figures, for reading the same ORC files with Trino.
     */
    public static void main(String[] args)
            throws IOException
    {
        Path directory = Path.of(args[0]);
        Files.createDirectories(directory);
        LakeFixture fixture = build(directory);
        for (EventDataStore store : fixture.stores()) {
            IngestReport report = fixture.reports.get(store.name());
            System.out.printf("%s\t%s\t%s\tstored=%d filtered=%d outside=%d rejected=%d files=%d elapsed=%s%n", store.name(), store.id(), store.type(),
                    report.eventsStored(), report.eventsFilteredBySelectors(), report.eventsOutsideTimeRange(), report.eventsRejected(), report.dataFilesWritten(), report.elapsed());
            report.rejections().forEach(rejection -> System.out.println("  " + rejection));
        }
        fixture.engine.close();
        fixture.lake.close();
    }
}
