package io.tarn.storage.impl.ingest;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Makes any number of realistic CloudTrail events from the invictus data set: each generated event is a
 * real record with a new {@code eventID} and an {@code eventTime} spread evenly over a time span, written
 * as gzipped log files of the trail layout's names. Deterministic for a seed.
 */
public final class TestingEventGenerator
{
    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC);

    private final List<String> templates = new ArrayList<>();
    private final List<String> eventIds = new ArrayList<>();
    private final List<String> eventTimes = new ArrayList<>();

    public TestingEventGenerator()
    {
        for (byte[] logFile : IngestTests.invictusContents()) {
            String content = new String(logFile, UTF_8);
            for (JsonNode record : IngestTests.records(content.getBytes(UTF_8))) {
                String eventId = record.get("eventID").asText();
                String eventTime = record.get("eventTime").asText();
                // the record's own text, cut from the file
                String text = exactRecord(content, eventId);
                templates.add(text);
                eventIds.add(eventId);
                eventTimes.add(eventTime);
            }
        }
    }

    private static String exactRecord(String content, String eventId)
    {
        int idPosition = content.indexOf("\"eventID\":\"" + eventId + "\"");
        int start = content.lastIndexOf("{\"eventVersion\"", idPosition);
        int depth = 0;
        boolean inString = false;
        for (int index = start; index < content.length(); index++) {
            char character = content.charAt(index);
            if (inString) {
                if (character == '\\') {
                    index++;
                }
                else if (character == '"') {
                    inString = false;
                }
            }
            else if (character == '"') {
                inString = true;
            }
            else if (character == '{') {
                depth++;
            }
            else if (character == '}' && --depth == 0) {
                return content.substring(start, index + 1);
            }
        }
        throw new IllegalStateException("record " + eventId + " is not closed");
    }

    /**
     * Writes {@code events} events with event times spread over {@code [start, start + spanMillis)} as
     * gzipped log files of {@code eventsPerFile} events each; returns the files.
     */
    public List<Path> writeLogFiles(Path directory, long events, int eventsPerFile, Instant start, long spanMillis, long seed)
    {
        Random random = new Random(seed);
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            long written = 0;
            while (written < events) {
                int count = (int) Math.min(eventsPerFile, events - written);
                Instant fileTime = start.plusMillis(spanMillis * (written + count - 1) / events).plusSeconds(60);
                String name = "123456789012_CloudTrail_us-east-1_" + FILE_TIME.format(fileTime) + "_" + Long.toHexString(random.nextLong()) + ".json.gz";
                Path file = directory.resolve(name);
                try (OutputStream output = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    output.write("{\"Records\":[".getBytes(UTF_8));
                    for (int index = 0; index < count; index++) {
                        if (index > 0) {
                            output.write(',');
                        }
                        output.write(event(written + index, events, start, spanMillis, random).getBytes(UTF_8));
                    }
                    output.write("]}".getBytes(UTF_8));
                }
                files.add(file);
                written += count;
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private String event(long number, long events, Instant start, long spanMillis, Random random)
    {
        int template = (int) (number % templates.size());
        String eventTime = EVENT_TIME.format(start.plusMillis(spanMillis * number / events));
        return templates.get(template)
                .replace("\"eventID\":\"" + eventIds.get(template) + "\"", "\"eventID\":\"" + new UUID(random.nextLong(), random.nextLong()) + "\"")
                .replace("\"eventTime\":\"" + eventTimes.get(template) + "\"", "\"eventTime\":\"" + eventTime + "\"");
    }
}
