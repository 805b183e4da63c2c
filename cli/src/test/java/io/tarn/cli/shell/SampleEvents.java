package io.tarn.cli.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample CloudTrail events shipped with Tarn, read here with Jackson rather than by Tarn, so that tests
 * take their expected values from the data.
 */
final class SampleEvents
{
    static final Path DIRECTORY = Path.of("../samples/cloudtrail/invictus-ir-aws_dataset");

    private SampleEvents() {}

    static List<JsonNode> all()
    {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> events = new ArrayList<>();
        try (Stream<Path> listing = Files.list(DIRECTORY)) {
            for (Path file : listing.filter(file -> file.getFileName().toString().endsWith(".json")).sorted(Comparator.naturalOrder()).toList()) {
                mapper.readTree(file.toFile()).get("Records").forEach(events::add);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return events;
    }

    /**
     * The text at a path of nested fields, or null when a field is missing or null.
     */
    static String text(JsonNode event, String... path)
    {
        JsonNode node = event;
        for (String field : path) {
            node = node.get(field);
            if (node == null || node.isNull()) {
                return null;
            }
        }
        return node.asText();
    }
}
