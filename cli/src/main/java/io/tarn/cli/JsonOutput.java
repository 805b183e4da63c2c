package io.tarn.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * JSON output of commands: objects with Lake's field names, indented by four spaces as the AWS CLI prints
 * them, and times as Lake writes them ({@code 2023-11-09T22:19:39.417000+00:00}).
 */
public final class JsonOutput
{
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TEXT_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("    ", "\n"))
            .withArrayIndenter(new DefaultIndenter("    ", "\n")));

    private JsonOutput() {}

    public static ObjectNode object()
    {
        return MAPPER.createObjectNode();
    }

    public static void print(PrintWriter out, JsonNode node)
    {
        try {
            out.println(PRETTY.writeValueAsString(node));
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public static String time(Instant instant)
    {
        return TIME.format(instant);
    }

    /**
     * A time as text output shows it, in UTC so that output does not depend on where it is read.
     */
    public static String textTime(Instant instant)
    {
        return TEXT_TIME.format(instant);
    }
}
