package io.tarn.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.server.ServerOptions;
import io.tarn.server.TestingSamples;
import io.tarn.server.TestingTarnServer;
import io.tarn.server.api.LakeJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static io.tarn.server.TestingTarnServer.json;
import static io.tarn.server.rest.TestEventDataStoreResource.assertError;
import static org.assertj.core.api.Assertions.assertThat;

class TestIngestResource
{
    private static final String STORES = "/api/v1/event-data-stores";

    @TempDir
    static Path directory;

    private static TestingTarnServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void setUp()
    {
        server = TestingTarnServer.start(directory.resolve("lake"), ServerOptions.defaults().withWarmUp(false));
        assertThat(server.send("POST", STORES, "{\"Name\": \"uploads\", \"RetentionPeriod\": 3653, \"TerminationProtectionEnabled\": false}").statusCode()).isEqualTo(201);
    }

    @AfterAll
    static void tearDown()
    {
        server.close();
    }

    @Test
    void testUploads()
            throws IOException
    {
        List<Path> files;
        try (Stream<Path> list = Files.list(TestingSamples.directory())) {
            files = list.filter(path -> path.getFileName().toString().endsWith(".json")).sorted().limit(2).toList();
        }
        byte[] plain = Files.readAllBytes(files.get(0));
        int plainRecords = LakeJson.MAPPER.readTree(plain).get("Records").size();
        HttpResponse<String> first = upload("uploads", "?Name=" + files.get(0).getFileName(), plain);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode report = json(first);
        assertThat(report.get("EventDataStoreName").textValue()).isEqualTo("uploads");
        assertThat(report.get("FilesRead").intValue()).isEqualTo(1);
        assertThat(report.get("EventsRead").longValue()).isEqualTo(plainRecords);
        assertThat(report.get("EventsStored").longValue()).isEqualTo(plainRecords);
        assertThat(report.get("EventsRejected").longValue()).isZero();
        assertThat(report.get("BytesIn").longValue()).isEqualTo(plain.length);

        byte[] second = Files.readAllBytes(files.get(1));
        int secondRecords = LakeJson.MAPPER.readTree(second).get("Records").size();
        JsonNode gzipped = json(upload("uploads", "", gzip(second)));
        assertThat(gzipped.get("EventsStored").longValue()).as(gzipped.toString()).isEqualTo(secondRecords);

        // JSON lines with a bad record in the middle: the others are kept, the bad one is reported where it is
        JsonNode records = LakeJson.MAPPER.readTree(plain).get("Records");
        String lines = records.get(0).toString() + "\n{\"eventTime\": 12, \"eventName\": \"Broken\"}\n" + records.get(1).toString() + "\n";
        JsonNode mixed = json(upload("uploads", "?Name=lines.jsonl", lines.getBytes(StandardCharsets.UTF_8)));
        assertThat(mixed.get("EventsRead").longValue()).isEqualTo(3);
        assertThat(mixed.get("EventsRejected").longValue()).isEqualTo(1);
        assertThat(mixed.get("Rejections").get(0).get("Source").textValue()).isEqualTo("lines.jsonl");
        assertThat(mixed.get("Rejections").get(0).get("Line").longValue()).isEqualTo(2);

        // Stored events are queryable (the two records of the JSON lines are repeats)
        assertThat(TestingRest.runAndCount(server, "{\"QueryStatement\": \"SELECT count(*) FROM uploads\"}"))
                .isEqualTo(Integer.toString(plainRecords + secondRecords + 2));
    }

    @Test
    void testImport()
            throws IOException
    {
        assertThat(server.send("POST", STORES, "{\"Name\": \"imports\", \"RetentionPeriod\": 3653, \"StartIngestion\": false}").statusCode()).isEqualTo(201);
        Path file;
        try (Stream<Path> list = Files.list(TestingSamples.directory())) {
            file = list.filter(path -> path.getFileName().toString().endsWith(".json")).sorted().findFirst().orElseThrow();
        }
        byte[] log = Files.readAllBytes(file);
        JsonNode records = LakeJson.MAPPER.readTree(log).get("Records");
        // Lake's import takes trail log files even while ingestion is stopped, and only events within the range
        JsonNode everything = json(upload("imports", "?Import=true", log));
        assertThat(everything.get("EventsStored").longValue()).as(everything.toString()).isEqualTo(records.size());
        String firstTime = records.get(0).get("eventTime").textValue();
        long before = 0;
        for (JsonNode record : records) {
            before += record.get("eventTime").textValue().compareTo(firstTime) < 0 ? 1 : 0;
        }
        JsonNode ranged = json(upload("imports", "?To=" + firstTime, log));
        assertThat(ranged.get("EventsStored").longValue()).isEqualTo(before);
        assertThat(ranged.get("EventsOutsideTimeRange").longValue()).isEqualTo(records.size() - before);
        // JSON lines are not a trail's log file
        JsonNode lines = json(upload("imports", "?Import=true", (records.get(0).toString() + "\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(lines.get("EventsStored").longValue()).isZero();
        assertThat(lines.get("FileNotices").get(0).get("Kind").textValue()).isEqualTo("SKIPPED_OTHER");
    }

    @Test
    void testErrors()
    {
        byte[] event = "{\"eventTime\": \"2023-07-10T11:00:00Z\", \"eventName\": \"x\"}".getBytes(StandardCharsets.UTF_8);
        assertError(upload("no-such-store", "", event), 404, "EVENT_DATA_STORE_NOT_FOUND");
        assertError(upload("uploads", "?From=tomorrow", event), 400, "INVALID_REQUEST");
        assertError(upload("uploads", "?From=2024-01-02T00:00:00Z&To=2024-01-01T00:00:00Z", event), 400, "INVALID_REQUEST");
        assertError(server.get(STORES + "/uploads/ingest"), 405, "METHOD_NOT_ALLOWED");

        assertThat(server.send("POST", STORES, "{\"Name\": \"stopped\", \"StartIngestion\": false}").statusCode()).isEqualTo(201);
        assertError(upload("stopped", "", event), 409, "INGESTION_STOPPED");
    }

    private static HttpResponse<String> upload(String store, String query, byte[] body)
    {
        HttpRequest request = HttpRequest.newBuilder(server.uri().resolve(STORES + "/" + store + "/ingest" + query))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] bytes)
            throws IOException
    {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(output)) {
            gzip.write(bytes);
        }
        return output.toByteArray();
    }
}
