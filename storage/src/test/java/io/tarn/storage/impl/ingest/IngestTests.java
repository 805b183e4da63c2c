package io.tarn.storage.impl.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.storage.IngestReport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Helpers shared by ingestion tests: fixtures, gzip, hashing, the report's accounting identity.
 */
public final class IngestTests
{
    private IngestTests() {}

    public static Path resource(String name)
    {
        try {
            return Path.of(IngestTests.class.getResource("/events/" + name).toURI());
        }
        catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * The invictus log files, decompressed, in name order.
     */
    public static List<Path> invictusFiles()
    {
        try (Stream<Path> files = Files.list(resource("invictus"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json.gz")).sorted().toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The decompressed invictus log files, read from the class path (also from a jar), in name order.
     */
    public static List<byte[]> invictusContents()
    {
        List<byte[]> contents = new ArrayList<>();
        try (InputStream manifest = IngestTests.class.getResourceAsStream("/events/invictus/MANIFEST.tsv")) {
            List<String> names = new String(manifest.readAllBytes(), UTF_8).lines()
                    .skip(1)
                    .map(line -> line.split("\t")[0] + ".gz")
                    .sorted()
                    .toList();
            for (String name : names) {
                try (InputStream input = new GZIPInputStream(IngestTests.class.getResourceAsStream("/events/invictus/" + name))) {
                    contents.add(input.readAllBytes());
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return contents;
    }

    public static byte[] gunzip(Path file)
    {
        try (InputStream input = new GZIPInputStream(Files.newInputStream(file))) {
            return input.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] gzip(byte[] data)
    {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream output = new GZIPOutputStream(bytes)) {
            output.write(data);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The records of a decompressed log file, as trees.
     */
    public static List<JsonNode> records(byte[] logFile)
    {
        List<JsonNode> records = new ArrayList<>();
        ExpectedRows.parse(new String(logFile, UTF_8)).get("Records").forEach(records::add);
        return records;
    }

    public static String sha256Hex(String text)
    {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void assertAccounting(IngestReport report)
    {
        assertThat(report.eventsRead())
                .as("eventsRead = stored + filtered + outside time range + rejected")
                .isEqualTo(report.eventsStored() + report.eventsFilteredBySelectors() + report.eventsOutsideTimeRange() + report.eventsRejected());
        assertThat(report.rejections()).hasSize((int) Math.min(report.eventsRejected(), RejectsWriter.MAX_REPORTED));
        assertThat(report.rejectsFile().isPresent()).isEqualTo(report.eventsRejected() > 0);
        assertThat(report.dataFilesWritten() > 0).isEqualTo(report.eventsStored() > 0);
    }
}
