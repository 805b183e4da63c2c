package io.tarn.storage.impl.ingest;

import io.tarn.storage.IngestMode;
import io.tarn.storage.IngestReport.FileNotice.Kind;
import io.tarn.storage.IngestReport.Rejection;
import io.tarn.storage.IngestSource;
import io.tarn.storage.impl.HadoopFileStore;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.zip.GZIPInputStream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

/**
 * Reads the sources of one ingestion in order and cuts them into {@link RecordChunk}s for the parser
 * threads. Runs on its own thread.
 *
 * <p>Files are gunzipped when they start with the gzip magic bytes, whatever their names. Directories are
 * walked recursively, skipping names that start with {@code .} or {@code _} (hidden and Hadoop side files),
 * and their files are read ordered by the delivery time in CloudTrail's file names, then by path (see
 * {@link #walk}). Inside a trail's layout, year, month and day directories and log files whose
 * delivery time cannot hold events of the wanted range are skipped unopened (see {@link TrailLayout}).
 * Digest files are recognised by name or path, and by content (an object with {@code digestS3Object}),
 * and skipped. A file whose first byte is not {@code {} or {@code [} is not JSON and is skipped. In
 * {@link IngestMode#IMPORT} only CloudTrail log files ({@code {"Records":[...]}}) are read, and inside a
 * trail's layout only those under the {@code CloudTrail} prefix.
 */
final class SourceReader
{
    private static final byte[] DIGEST_MARKER = "\"digestS3Object\"".getBytes(UTF_8);
    private static final int READ_BUFFER_BYTES = 128 * 1024;
    private static final Comparator<WalkEntry> WALK_ORDER = Comparator.comparingLong(WalkEntry::key)
            .thenComparing(entry -> entry.path().toUri().getPath(), SourceReader::comparePaths);

    private final Configuration configuration;
    private final IngestMode mode;
    private final long rangeStart;
    private final long rangeEnd;
    private final IngestSettings settings;
    private final IngestCounters counters;
    private final RejectsWriter rejects;
    private final ChunkSink sink;
    private final Map<String, FileSystem> fileSystems = new HashMap<>();

    /**
     * Where finished chunks go.
     */
    @FunctionalInterface
    interface ChunkSink
    {
        void accept(RecordChunk chunk)
                throws InterruptedException;
    }

    SourceReader(Configuration configuration, IngestMode mode, long rangeStart, long rangeEnd, IngestSettings settings, IngestCounters counters, RejectsWriter rejects, ChunkSink sink)
    {
        this.configuration = requireNonNull(configuration, "configuration is null");
        this.mode = requireNonNull(mode, "mode is null");
        this.rangeStart = rangeStart;
        this.rangeEnd = rangeEnd;
        this.settings = requireNonNull(settings, "settings is null");
        this.counters = requireNonNull(counters, "counters is null");
        this.rejects = requireNonNull(rejects, "rejects is null");
        this.sink = requireNonNull(sink, "sink is null");
    }

    void readAll(List<IngestSource> sources)
            throws IOException, InterruptedException
    {
        try {
            for (IngestSource source : sources) {
                if (source instanceof IngestSource.FileSource file) {
                    Path path = new Path(file.path());
                    FileSystem fileSystem = fileSystem(path);
                    FileStatus status = fileSystem.getFileStatus(path);
                    if (status.isDirectory()) {
                        walk(fileSystem, status.getPath());
                    }
                    else {
                        readFile(fileSystem, status.getPath(), file.path(), false);
                    }
                }
                else if (source instanceof IngestSource.StreamSource stream) {
                    // a caller's stream is read to its end and left open
                    readStream(stream.name(), stream.stream());
                }
                else if (source instanceof IngestSource.RecordsSource records) {
                    readRecords(records);
                }
            }
        }
        finally {
            for (FileSystem fileSystem : fileSystems.values()) {
                fileSystem.close();
            }
        }
    }

    private FileSystem fileSystem(Path path)
            throws IOException
    {
        URI uri = path.toUri();
        String key = uri.getScheme() + "://" + uri.getAuthority();
        FileSystem fileSystem = fileSystems.get(key);
        if (fileSystem == null) {
            fileSystem = openFileSystem(path, configuration);
            fileSystems.put(key, fileSystem);
        }
        return fileSystem;
    }

    /**
     * A new file system instance for an input path; local paths use the raw local file system, which
     * neither writes nor checks {@code .crc} side files.
     */
    static FileSystem openFileSystem(Path path, Configuration configuration)
            throws IOException
    {
        String scheme = path.toUri().getScheme();
        if (scheme == null || scheme.equals("file")) {
            return HadoopFileStore.newLocalFileSystem(configuration);
        }
        return FileSystem.newInstance(path.toUri(), configuration);
    }

    /**
     * Reads the files under a directory ordered by the delivery time in their names, then by path, so that
     * the log files of a trail's account-regions for the same day are read together and a generation of
     * events covers few days (few data files per day partition). A trail's day directories are listed only
     * when their day comes up, so the names held are one day's files and the day directories. Files whose
     * names carry no delivery time sort at the start of their day directory's day, and elsewhere after all
     * others; equal keys are read in path order (names compared segment by segment).
     */
    private void walk(FileSystem fileSystem, Path root)
            throws IOException, InterruptedException
    {
        PriorityQueue<WalkEntry> pending = new PriorityQueue<>(WALK_ORDER);
        list(fileSystem, root, TrailLayout.dayDirectoryStart(segments(root)), pending);
        while (!pending.isEmpty()) {
            WalkEntry entry = pending.poll();
            if (entry.dayDirectory()) {
                list(fileSystem, entry.path(), OptionalLong.of(entry.key()), pending);
            }
            else {
                readFile(fileSystem, entry.path(), entry.path().toString(), true);
            }
        }
    }

    /**
     * Adds a directory's files and day directories to {@code pending}, listing its other directories
     * at once; {@code dayStart} is the day of the day directory it is in, if any.
     */
    private void list(FileSystem fileSystem, Path directory, OptionalLong dayStart, PriorityQueue<WalkEntry> pending)
            throws IOException
    {
        for (FileStatus child : fileSystem.listStatus(directory)) {
            String name = child.getPath().getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                continue;
            }
            List<String> segments = segments(child.getPath());
            if (child.isDirectory()) {
                if (TrailLayout.canSkipDirectory(segments, rangeStart, rangeEnd)) {
                    counters.outsideTimeRange(child.getPath().toString(), true, rangeStart, rangeEnd);
                    continue;
                }
                OptionalLong day = TrailLayout.dayDirectoryStart(segments);
                if (day.isPresent()) {
                    pending.add(new WalkEntry(day.getAsLong(), child.getPath(), true));
                }
                else {
                    list(fileSystem, child.getPath(), dayStart, pending);
                }
            }
            else if (!TrailLayout.canSkipFile(name, rangeStart, rangeEnd) || TrailLayout.isDigest(segments, name)) {
                pending.add(new WalkEntry(readOrderKey(name, dayStart), child.getPath(), false));
            }
            else {
                counters.outsideTimeRange(child.getPath().toString(), false, rangeStart, rangeEnd);
            }
        }
    }

    /**
     * The delivery time in a file's name, never before the day of its day directory (which is listed at
     * that day's start); without one, that day's start, or after everything outside day directories.
     */
    static long readOrderKey(String name, OptionalLong dayStart)
    {
        OptionalLong delivered = TrailLayout.deliveryMinute(name);
        if (delivered.isPresent()) {
            return Math.max(delivered.getAsLong(), dayStart.orElse(Long.MIN_VALUE));
        }
        return dayStart.orElse(Long.MAX_VALUE);
    }

    /**
     * Paths compared segment by segment, as a walk in name order visits them: {@code /} sorts first.
     */
    static int comparePaths(String left, String right)
    {
        int length = Math.min(left.length(), right.length());
        for (int index = 0; index < length; index++) {
            char leftChar = left.charAt(index);
            char rightChar = right.charAt(index);
            if (leftChar != rightChar) {
                if (leftChar == '/') {
                    return -1;
                }
                if (rightChar == '/') {
                    return 1;
                }
                return Character.compare(leftChar, rightChar);
            }
        }
        return Integer.compare(left.length(), right.length());
    }

    /**
     * A file to read, or a trail's day directory to list when its day comes up.
     */
    private record WalkEntry(long key, Path path, boolean dayDirectory)
    {
        WalkEntry
        {
            requireNonNull(path, "path is null");
        }
    }

    private static List<String> segments(Path path)
    {
        List<String> segments = new ArrayList<>();
        for (String segment : path.toUri().getPath().split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }

    private void readFile(FileSystem fileSystem, Path path, String name, boolean walked)
            throws IOException, InterruptedException
    {
        List<String> segments = segments(path);
        if (TrailLayout.isDigest(segments, path.getName())) {
            counters.notice(name, Kind.SKIPPED_DIGEST, "CloudTrail digest file");
            return;
        }
        if (mode == IngestMode.IMPORT && walked && TrailLayout.prefix(segments).filter(prefix -> !prefix.equals(TrailLayout.LOG_PREFIX)).isPresent()) {
            counters.notice(name, Kind.SKIPPED_OTHER, "not under the CloudTrail prefix of the trail's layout");
            return;
        }
        InputStream input;
        try {
            input = fileSystem.open(path, READ_BUFFER_BYTES);
        }
        catch (IOException e) {
            counters.notice(name, Kind.UNREADABLE, "cannot open: " + e.getMessage());
            return;
        }
        try (InputStream stream = input) {
            readStream(name, stream);
        }
    }

    private void readStream(String name, InputStream stream)
            throws InterruptedException
    {
        long records = 0;
        boolean skipped = false;
        JsonRecordSplitter splitter = null;
        RecordChunk chunk = new RecordChunk(name, settings.chunkBytes());
        try {
            InputStream input = decompressIfGzipped(stream);
            splitter = new JsonRecordSplitter(input, settings.maxRecordBytes());
            while (true) {
                JsonRecordSplitter.Event event = splitter.next();
                if (event == JsonRecordSplitter.Event.END) {
                    break;
                }
                if (records == 0) {
                    Kind skip = skipReason(splitter, event);
                    if (skip != null) {
                        skipped = true;
                        counters.notice(name, skip, skipDetail(skip, splitter));
                        return;
                    }
                }
                records++;
                if (event == JsonRecordSplitter.Event.OVERSIZED_RECORD) {
                    counters.eventsRead.increment();
                    rejects.reject(new Rejection(name, splitter.recordNumber(), splitter.line(), splitter.column(),
                            "the record is larger than " + settings.maxRecordBytes() + " bytes (" + splitter.recordLength() + " bytes)"), null, 0, 0);
                    continue;
                }
                if (!chunk.fits(splitter.recordLength()) && !chunk.isEmpty()) {
                    sink.accept(chunk);
                    chunk = new RecordChunk(name, Math.max(settings.chunkBytes(), splitter.recordLength()));
                }
                chunk.add(splitter.buffer(), splitter.recordOffset(), splitter.recordLength(), splitter.recordNumber(), splitter.line(), splitter.column());
            }
            counters.filesRead.incrementAndGet();
            if (splitter.truncation() != null) {
                counters.notice(name, Kind.TRUNCATED, splitter.truncation() + "; the " + records + " complete records before it were read");
            }
        }
        catch (IOException e) {
            String problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (records == 0) {
                counters.notice(name, Kind.UNREADABLE, "cannot read: " + problem);
            }
            else {
                counters.filesRead.incrementAndGet();
                counters.notice(name, Kind.TRUNCATED, "reading failed after " + records + " records (" + problem + "); the complete records before it were read");
            }
        }
        finally {
            if (splitter != null && !skipped) {
                counters.bytesIn.add(splitter.bytesRead());
            }
            if (!chunk.isEmpty()) {
                sink.accept(chunk);
            }
        }
    }

    /**
     * Why a source is skipped, judged at its first record; null to read it.
     */
    private Kind skipReason(JsonRecordSplitter splitter, JsonRecordSplitter.Event first)
    {
        int firstByte = splitter.firstSignificantByte();
        if (firstByte != '{' && firstByte != '[') {
            return Kind.SKIPPED_OTHER;
        }
        if (mode == IngestMode.IMPORT && !splitter.isLogFile()) {
            return Kind.SKIPPED_OTHER;
        }
        if (first == JsonRecordSplitter.Event.RECORD && !splitter.inRecordArray()
                && contains(splitter.buffer(), splitter.recordOffset(), splitter.recordLength(), DIGEST_MARKER)) {
            return Kind.SKIPPED_DIGEST;
        }
        return null;
    }

    private String skipDetail(Kind kind, JsonRecordSplitter splitter)
    {
        if (kind == Kind.SKIPPED_DIGEST) {
            return "CloudTrail digest file";
        }
        int firstByte = splitter.firstSignificantByte();
        if (firstByte != '{' && firstByte != '[') {
            return "not JSON";
        }
        return "not a CloudTrail log file ({\"Records\":[...]})";
    }

    private void readRecords(IngestSource.RecordsSource records)
            throws InterruptedException
    {
        if (mode == IngestMode.IMPORT) {
            counters.notice(records.name(), Kind.SKIPPED_OTHER, "not a CloudTrail log file ({\"Records\":[...]})");
            return;
        }
        RecordChunk chunk = new RecordChunk(records.name(), settings.chunkBytes());
        long number = 0;
        for (byte[] record : records.records()) {
            number++;
            counters.bytesIn.add(record.length);
            if (record.length > settings.maxRecordBytes()) {
                counters.eventsRead.increment();
                rejects.reject(new Rejection(records.name(), number, 1, 1, "the record is larger than " + settings.maxRecordBytes() + " bytes (" + record.length + " bytes)"), null, 0, 0);
                continue;
            }
            if (!chunk.fits(record.length) && !chunk.isEmpty()) {
                sink.accept(chunk);
                chunk = new RecordChunk(records.name(), Math.max(settings.chunkBytes(), record.length));
            }
            chunk.add(record, 0, record.length, number, 1, 1);
        }
        counters.filesRead.incrementAndGet();
        if (!chunk.isEmpty()) {
            sink.accept(chunk);
        }
    }

    private static InputStream decompressIfGzipped(InputStream stream)
            throws IOException
    {
        BufferedInputStream buffered = new BufferedInputStream(stream, READ_BUFFER_BYTES);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        if (first == 0x1f && second == 0x8b) {
            return new GZIPInputStream(buffered, READ_BUFFER_BYTES);
        }
        return buffered;
    }

    private static boolean contains(byte[] data, int offset, int length, byte[] marker)
    {
        int end = offset + length - marker.length;
        outer:
        for (int start = offset; start <= end; start++) {
            for (int index = 0; index < marker.length; index++) {
                if (data[start + index] != marker[index]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
