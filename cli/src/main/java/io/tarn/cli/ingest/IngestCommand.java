package io.tarn.cli.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.Streams;
import io.tarn.cli.Converters;
import io.tarn.cli.LakeCommand;
import io.tarn.cli.UserException;
import io.tarn.cli.eds.RemoteStores;
import io.tarn.cli.remote.RestClient;
import io.tarn.storage.IngestMode;
import io.tarn.storage.IngestReport;
import io.tarn.storage.IngestRequest;
import io.tarn.storage.IngestSource;
import io.tarn.storage.Lake;
import io.tarn.storage.impl.ingest.TrailLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * {@code tarn ingest}: reads events from files, directories or standard input into a store, committed as one
 * atomic step. With {@code --from}, {@code --to} or {@code --import} it copies trail events the way Lake's
 * import does (spec 8): the store's selectors are not applied, ingestion may be stopped, and only CloudTrail
 * log files are taken.
 */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
                "Ingest events into an event data store.",
                "Takes CloudTrail log files ({\"Records\": [...]}), JSON lines and single events, plain or gzipped; "
                        + "directories are walked recursively and digest files skipped. Everything read is committed "
                        + "at once or not at all. Bad records are rejected with their file, line and column, and written "
                        + "to a rejects file; the good records beside them are stored."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn ingest --eds audit 218007301253_CloudTrail_us-east-1_20230710T1145Z_7xgocspSowgK0Gto.json.gz",
                "  tarn ingest --eds audit ./exported-trail/",
                "  zcat events.jsonl.gz | tarn ingest --eds audit -",
                "  tarn ingest --eds audit --from 2024-03-01 --to 2024-04-01 ./s3-copy/AWSLogs/",
                "  tarn ingest --server http://tarn.internal:8080 --eds audit events.json.gz ./exported-trail/   uploads each file",
                "  zcat events.jsonl.gz | tarn ingest --server http://tarn.internal:8080 --eds audit -"})
public final class IngestCommand
        extends LakeCommand
{
    private final InputStream standardInput;

    @Option(names = "--eds", required = true, paramLabel = "STORE", description = "The event data store: its id, ARN or name.")
    private String store;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or directories (local paths or Hadoop URIs); '-' reads standard input.")
    private List<String> paths;

    @Option(names = "--from", paramLabel = "TIME", converter = Converters.InstantConverter.class,
            description = "Import only events at or after this time (ISO-8601, 'YYYY-MM-DD[ HH:mm:ss]' in UTC, or epoch seconds).")
    private Instant from;

    @Option(names = "--to", paramLabel = "TIME", converter = Converters.InstantConverter.class,
            description = "Import only events before this time.")
    private Instant to;

    @Option(names = "--import", description = "Copy trail events as Lake's import does, without --from or --to bounds.")
    private boolean importTrail;

    public IngestCommand()
    {
        this(System.in);
    }

    public IngestCommand(InputStream standardInput)
    {
        this.standardInput = requireNonNull(standardInput, "standardInput is null");
    }

    @Override
    protected void run(Lake lake)
    {
        checkTimeRange();
        List<IngestSource> sources = new ArrayList<>();
        boolean standardInputTaken = false;
        for (String path : paths) {
            if (path.equals("-")) {
                if (standardInputTaken) {
                    throw new UserException("Standard input ('-') can be given only once");
                }
                standardInputTaken = true;
                sources.add(new IngestSource.StreamSource("stdin", standardInput));
            }
            else {
                sources.add(IngestSource.file(path));
            }
        }
        IngestRequest request = new IngestRequest(store, sources, importing() ? IngestMode.IMPORT : IngestMode.LIVE,
                Optional.ofNullable(from), Optional.ofNullable(to));
        IngestReport report = lake.ingest(request);
        IngestReportPrinter.print(out(), outputFormat(), lake.catalog().get(report.storeId()).name(), report);
    }

    /**
     * Uploads to the server: each file on its own, the files under a directory one by one (walked as a local
     * ingestion walks it), standard input streamed as it is read. Each upload is one ingestion, committed on
     * its own; the report totals them all.
     */
    @Override
    protected void run(RestClient server)
    {
        checkTimeRange();
        List<Upload> uploads = new ArrayList<>();
        List<IngestReport.FileNotice> skipped = new ArrayList<>();
        boolean standardInputTaken = false;
        for (String path : paths) {
            if (path.equals("-")) {
                if (standardInputTaken) {
                    throw new UserException("Standard input ('-') can be given only once");
                }
                standardInputTaken = true;
                uploads.add(new Upload("stdin", Optional.empty()));
                continue;
            }
            Path file = Path.of(path);
            if (Files.isDirectory(file)) {
                for (Path walked : walk(file, from == null ? Long.MIN_VALUE : from.toEpochMilli(), to == null ? Long.MAX_VALUE : to.toEpochMilli(), skipped)) {
                    Optional<IngestReport.FileNotice> notice = skippedHere(walked, importing());
                    if (notice.isPresent()) {
                        skipped.add(notice.get());
                    }
                    else {
                        uploads.add(new Upload(walked.toString(), Optional.of(walked)));
                    }
                }
            }
            else if (Files.isRegularFile(file)) {
                uploads.add(new Upload(file.getFileName().toString(), Optional.of(file)));
            }
            else {
                throw new UserException("With --server, give local files or directories to upload, or '-'; '" + path + "' is neither "
                        + "(Hadoop URIs are read only on a local lake)");
            }
        }
        StringBuilder parameters = new StringBuilder();
        if (from != null) {
            parameters.append("&From=").append(from.getEpochSecond());
        }
        if (to != null) {
            parameters.append("&To=").append(to.getEpochSecond());
        }
        if (importTrail) {
            parameters.append("&Import=true");
        }
        long started = System.nanoTime();
        List<JsonNode> reports = new ArrayList<>();
        for (Upload upload : uploads) {
            String target = "/event-data-stores/" + RestClient.segment(store) + "/ingest?Name=" + URLEncoder.encode(upload.name(), StandardCharsets.UTF_8) + parameters;
            reports.add(upload.file().isPresent() ? server.postFile(target, upload.file().get()) : server.postStream(target, standardInput));
        }
        if (reports.isEmpty()) {
            // An empty directory: nothing to upload, and a report of nothing for the store (which must exist)
            reports.add(IngestReportPrinter.emptyReport(server.get(RemoteStores.storePath(store))));
        }
        IngestReportPrinter.printTotal(out(), outputFormat(), reports, skipped, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The files under a directory that a local ingestion of {@code [start, end)} would open: recursively,
     * without names that start with {@code .} or {@code _} (hidden and Hadoop side files), nor a trail's
     * year, month or day directories and log files whose delivery time misses the range, in path order.
     * (A local ingestion also skips those before the store's retention; uploaded, their events are dropped by
     * the server as outside it.) Which of them hold events (JSON, not digests) the server decides by content.
     * The directories and files skipped for the range are noted in {@code skipped}, as a local ingestion notes
     * them.
     */
    static List<Path> walk(Path directory, long start, long end, List<IngestReport.FileNotice> skipped)
    {
        Set<Path> notedDirectories = new HashSet<>();
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> !file.equals(directory))
                    .filter(file -> Streams.stream(directory.relativize(file)).noneMatch(name -> name.toString().startsWith(".") || name.toString().startsWith("_")))
                    .filter(Files::isRegularFile)
                    .sorted(IngestCommand::comparePaths)
                    .filter(file -> !skippedUnread(directory, file, start, end, notedDirectories, skipped))
                    .toList();
        }
        catch (IOException e) {
            throw new UserException("Cannot list the directory '" + directory + "': " + e.getMessage());
        }
    }

    private static boolean skippedUnread(Path directory, Path file, long start, long end, Set<Path> notedDirectories, List<IngestReport.FileNotice> skipped)
    {
        Optional<Path> outermostSkipped = Optional.empty();
        for (Path parent = file.getParent(); parent != null && !parent.equals(directory); parent = parent.getParent()) {
            if (TrailLayout.canSkipDirectory(segments(parent), start, end)) {
                outermostSkipped = Optional.of(parent);
            }
        }
        if (outermostSkipped.isPresent()) {
            if (notedDirectories.add(outermostSkipped.get())) {
                skipped.add(new IngestReport.FileNotice(outermostSkipped.get().toString(), IngestReport.FileNotice.Kind.OUTSIDE_TIME_RANGE,
                        TrailLayout.outsideRangeDetail(true, start, end)));
            }
            return true;
        }
        String name = file.getFileName().toString();
        if (TrailLayout.canSkipFile(name, start, end) && !TrailLayout.isDigest(segments(file), name)) {
            skipped.add(new IngestReport.FileNotice(file.toString(), IngestReport.FileNotice.Kind.OUTSIDE_TIME_RANGE, TrailLayout.outsideRangeDetail(false, start, end)));
            return true;
        }
        return false;
    }

    /**
     * What a local walk notes of a file it skips without reading it: a digest by its name or path, and on
     * import a file of a trail's layout outside its {@code CloudTrail} prefix; empty for a file to upload.
     */
    private static Optional<IngestReport.FileNotice> skippedHere(Path file, boolean importing)
    {
        List<String> segments = segments(file);
        if (TrailLayout.isDigest(segments, file.getFileName().toString())) {
            return Optional.of(new IngestReport.FileNotice(file.toString(), IngestReport.FileNotice.Kind.SKIPPED_DIGEST, "CloudTrail digest file"));
        }
        if (importing && TrailLayout.prefix(segments).filter(prefix -> !prefix.equals(TrailLayout.LOG_PREFIX)).isPresent()) {
            return Optional.of(new IngestReport.FileNotice(file.toString(), IngestReport.FileNotice.Kind.SKIPPED_OTHER,
                    "not under the CloudTrail prefix of the trail's layout"));
        }
        return Optional.empty();
    }

    private static List<String> segments(Path path)
    {
        List<String> segments = new ArrayList<>();
        path.toAbsolutePath().normalize().forEach(name -> segments.add(name.toString()));
        return segments;
    }

    private boolean importing()
    {
        return importTrail || from != null || to != null;
    }

    private static int comparePaths(Path left, Path right)
    {
        for (int index = 0; index < Math.min(left.getNameCount(), right.getNameCount()); index++) {
            int compared = left.getName(index).toString().compareTo(right.getName(index).toString());
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(left.getNameCount(), right.getNameCount());
    }

    /**
     * One upload: a file, or standard input when there is no file.
     */
    private record Upload(String name, Optional<Path> file)
    {
        Upload
        {
            requireNonNull(name, "name is null");
            requireNonNull(file, "file is null");
        }
    }

    private void checkTimeRange()
    {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new UserException("--from must be before --to");
        }
    }
}
