package io.tarn.storage.impl.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The real CloudTrail events in {@code src/test/resources/events/invictus-ir-aws_dataset} (see the
 * {@code NOTICE.md} there), in event time order.
 */
final class TestingCloudTrailEvents
{
    private static final String DIRECTORY = "/events/invictus-ir-aws_dataset/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<ObjectNode> events;

    private TestingCloudTrailEvents() {}

    /**
     * Every event of the fixture files, sorted by event time (ties keep file order); callers get copies.
     */
    static synchronized List<ObjectNode> load()
    {
        if (events == null) {
            List<ObjectNode> loaded = new ArrayList<>();
            for (String file : fileNames()) {
                JsonNode log = readJson(file);
                log.get("Records").forEach(record -> loaded.add((ObjectNode) record));
            }
            loaded.sort(Comparator.comparingLong(TestingCloudTrailEvents::eventTimeMillis));
            events = ImmutableList.copyOf(loaded);
        }
        return events.stream().map(ObjectNode::deepCopy).toList();
    }

    static long eventTimeMillis(JsonNode event)
    {
        return Instant.parse(event.get("eventTime").asText()).toEpochMilli();
    }

    /**
     * A copy of the event happening at another time.
     */
    static ObjectNode withEventTime(ObjectNode event, long eventTimeMillis)
    {
        ObjectNode copy = event.deepCopy();
        copy.put("eventTime", Instant.ofEpochMilli(eventTimeMillis).toString());
        return copy;
    }

    private static List<String> fileNames()
    {
        List<String> names = new ArrayList<>();
        try (InputStream manifest = resource("MANIFEST.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(manifest, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    names.add(line.substring(0, line.indexOf('\t')));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static JsonNode readJson(String file)
    {
        try (InputStream input = resource(file)) {
            return JSON.readTree(input);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name)
    {
        return requireNonNull(TestingCloudTrailEvents.class.getResourceAsStream(DIRECTORY + name), "missing test resource " + name);
    }
}
