package io.tarn.engine.service;

import com.google.common.collect.ImmutableList;
import io.tarn.error.TarnException;
import io.tarn.storage.EventDataStoreType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static io.tarn.engine.service.QueryErrorCode.SAVED_QUERY_NOT_FOUND;

/**
 * The library of read-only sample queries, read from {@value #RESOURCE}: the SQL examples of the guide (spec
 * section 20, with their placeholders turned into table parameters such as {@code :eds}) and common
 * investigations of CloudTrail events (spec 4.7).
 *
 * <p>The file is a list of entries, each a header of {@code -- key: value} lines followed by the statement:
 * {@code id}, {@code name}, {@code description}, {@code source}, one {@code store: <parameter> <TYPE>} line per
 * table parameter (the {@link EventDataStoreType} it needs) and {@code default: <parameter>=<value>} lines.
 */
public final class SampleQueries
{
    public static final String RESOURCE = "/io/tarn/engine/service/sample-queries.sql";
    private static final List<SampleQuery> SAMPLES = load();

    private SampleQueries() {}

    public static List<SampleQuery> all()
    {
        return SAMPLES;
    }

    public static Optional<SampleQuery> find(String reference)
    {
        String lower = reference.toLowerCase(Locale.ROOT);
        return SAMPLES.stream()
                .filter(sample -> sample.id().equals(lower) || sample.name().toLowerCase(Locale.ROOT).equals(lower))
                .findFirst();
    }

    public static SampleQuery get(String reference)
    {
        return find(reference).orElseThrow(() -> new TarnException(SAVED_QUERY_NOT_FOUND, "Sample query '" + reference + "' not found"));
    }

    private static List<SampleQuery> load()
    {
        String text;
        try (InputStream input = SampleQueries.class.getResourceAsStream(RESOURCE)) {
            if (input == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            text = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(text);
    }

    static List<SampleQuery> parse(String text)
    {
        List<SampleQuery> samples = new ArrayList<>();
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, EventDataStoreType> storeTypes = new LinkedHashMap<>();
        Map<String, String> defaults = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder();
        boolean inHeader = false;
        for (String line : (text + "\n-- id: end\n").split("\n", -1)) {
            if (line.startsWith("-- id: ")) {
                if (!header.isEmpty()) {
                    samples.add(sample(header, storeTypes, defaults, sql.toString()));
                }
                header.clear();
                storeTypes.clear();
                defaults.clear();
                sql.setLength(0);
                header.put("id", line.substring("-- id: ".length()).strip());
                inHeader = true;
                continue;
            }
            if (header.isEmpty()) {
                continue;
            }
            if (inHeader && line.startsWith("-- ") && line.indexOf(':') > 3) {
                String key = line.substring(3, line.indexOf(':')).strip();
                String value = line.substring(line.indexOf(':') + 1).strip();
                switch (key) {
                    case "store" -> {
                        String[] parts = value.split("\\s+");
                        storeTypes.put(parts[0], EventDataStoreType.valueOf(parts[1]));
                    }
                    case "default" -> defaults.put(value.substring(0, value.indexOf('=')), value.substring(value.indexOf('=') + 1));
                    default -> header.merge(key, value, (first, second) -> first + " " + second);
                }
                continue;
            }
            inHeader = false;
            sql.append(line).append('\n');
        }
        return ImmutableList.copyOf(samples);
    }

    private static SampleQuery sample(Map<String, String> header, Map<String, EventDataStoreType> storeTypes, Map<String, String> defaults, String sql)
    {
        String statement = sql.strip();
        List<String> parameters = NamedParameters.names(statement);
        for (String name : storeTypes.keySet()) {
            if (!parameters.contains(name)) {
                throw new IllegalStateException("sample " + header.get("id") + " declares a store for " + name + ", which it does not use");
            }
        }
        NamedParameters.checkDefaults(statement, defaults);
        return new SampleQuery(header.get("id"), require(header, "name"), require(header, "description"), require(header, "source"), statement, parameters, storeTypes, defaults);
    }

    private static String require(Map<String, String> header, String key)
    {
        String value = header.get(key);
        if (value == null) {
            throw new IllegalStateException("sample " + header.get("id") + " has no " + key);
        }
        return value;
    }
}
