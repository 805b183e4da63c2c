package io.tarn.storage.impl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A CloudTrail record read with Jackson, seen as the selector matcher sees events, standing in for the
 * ingestion parser. Records that lack {@code eventCategory} (older event versions) are management events
 * unless {@code managementEvent} is false; a resource's ARN is its {@code ARN}, or its {@code ARNPrefix}
 * (S3 ListObjects records name the listed prefix so).
 */
public final class TestingJsonEvent
        implements SelectableEvent
{
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode record;

    public TestingJsonEvent(JsonNode record)
    {
        this.record = requireNonNull(record, "record is null");
    }

    /**
     * The records of a test resource: a CloudTrail log file ({@code {"Records": [...]}}) or one record per line.
     */
    public static List<TestingJsonEvent> load(String resource)
    {
        try (InputStream input = requireNonNull(TestingJsonEvent.class.getResourceAsStream(resource), () -> "resource not found: " + resource)) {
            String text = new String(input.readAllBytes(), StandardCharsets.UTF_8);
            ImmutableList.Builder<TestingJsonEvent> events = ImmutableList.builder();
            if (text.stripLeading().startsWith("{\"Records\"")) {
                JSON.readTree(text).get("Records").forEach(record -> events.add(new TestingJsonEvent(record)));
            }
            else {
                for (String line : text.split("\n")) {
                    if (!line.isBlank()) {
                        events.add(new TestingJsonEvent(JSON.readTree(line)));
                    }
                }
            }
            return events.build();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String eventName()
    {
        return record.path("eventName").asText();
    }

    @Override
    public String value(String field)
    {
        return switch (field) {
            case "eventCategory" -> text(record.get("eventCategory"), record.path("managementEvent").asBoolean(true) ? "Management" : "Data");
            case "userIdentity.arn" -> text(record.path("userIdentity").get("arn"), null);
            default -> text(record.get(field), null);
        };
    }

    @Override
    public int resourceCount()
    {
        return record.path("resources").size();
    }

    @Override
    public String resourceType(int index)
    {
        return text(record.path("resources").get(index).get("type"), null);
    }

    @Override
    public String resourceArn(int index)
    {
        JsonNode resource = record.path("resources").get(index);
        return text(resource.get("ARN"), text(resource.get("ARNPrefix"), null));
    }

    private static String text(JsonNode node, String absent)
    {
        if (node == null || node.isNull()) {
            return absent;
        }
        // readOnly is a JSON boolean; selectors compare its text, "true" or "false"
        return node.asText();
    }
}
