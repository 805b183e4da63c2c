package io.tarn.engine;

import com.google.common.collect.ImmutableMap;
import io.tarn.error.TarnException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query other people wrote for CloudTrail Lake ({@code query-corpus/}: the aws-samples query samples,
 * the user guide's examples on GitHub, and every statement of the guide the spec is drawn from, see
 * {@code query-corpus/NOTICE.md}) plans and runs without error against {@link LakeFixture}'s stores, with
 * its placeholders replaced: a store id by the id of a store of the category the query reads
 * ({@code config-items} when it reads {@code eventData}, {@code invictus} otherwise; the second and third
 * stores of multi-store examples are {@code awsdocs} and {@code every-field}), a date by one of the
 * invictus day, an instance, region or account by a value of the right shape. {@link #EXCLUDED} lists,
 * with a reason each, the queries that are not CloudTrail Lake queries or are wrong as written.
 */
class TestQueryCorpus
{
    static final Map<String, String> EXCLUDED = ImmutableMap.<String, String>builder()
            .put("cloudtrail-lake-query-samples:1", "Athena query over an AWS Config S3 snapshot table (default.awsconfig, \"$path\"), not a Lake store")
            .put("cloudtrail-lake-query-samples:2", "Athena DDL (CREATE EXTERNAL TABLE); Tarn refuses every statement but SELECT")
            .put("cloudtrail-lake-query-samples:27", "wrong as written: FROM FROM")
            .put("cloudtrail-lake-query-samples:40", "wrong as written: the query is pasted twice, joined by 'example:'")
            .put("cloudtrail-lake-query-samples:42", "wrong as written: the query is pasted twice, joined by ':'")
            .put("cloudtrail-lake-query-samples:44", "wrong as written: GROUP BY ... requestParametersORDER BY (a missing line break)")
            .put("cloudtrail-lake-query-samples:67", "wrong as written: errorMessageORDER BY eventCount DESCLIMIT 10 (missing line breaks)")
            .put("cloudtrail-lake-query-samples:69", "wrong as written: eventNameORDER BY (a missing line break)")
            .put("cloudtrail-lake-query-samples:46", "wrong as written: the query is pasted twice with no separator")
            .put("cloudtrail-lake-query-samples:47", "compares the varchar column sessionCredentialFromConsole (spec 5.2: string) with boolean true, "
                    + "which Trino refuses (TYPE_MISMATCH); Tarn keeps Trino's typing")
            .put("cloudtrail-lake-query-samples:49", "reads vpcEndpointAccountId, a field of network activity events that the spec's schema (5.2) lacks")
            .put("cloudtrail-lake-query-samples:50", "reads vpcEndpointAccountId, a field of network activity events that the spec's schema (5.2) lacks")
            .put("cloudtrail-lake-query-samples:51", "reads vpcEndpointAccountId, a field of network activity events that the spec's schema (5.2) lacks")
            .put("cloudtrail-lake-query-samples:52", "reads vpcEndpointAccountId, a field of network activity events that the spec's schema (5.2) lacks")
            .put("awsdocs-cloudtrail-lake:1", "wrong as written: '< =' (the guide's copy, Q5, is repaired and runs)")
            .put("awsdocs-cloudtrail-lake:11", "wrong as written: edsA.map is no column of any store (spec 5.2-5.6)")
            .put("guide:Q16", "wrong as written: edsA.map is no column of any store (spec 5.2-5.6)")
            .build();

    private static final List<String> FILES = List.of("cloudtrail-lake-query-samples.sql", "awsdocs-cloudtrail-lake.sql", "guide-queries.sql");
    private static final Pattern QUERY_MARKER = Pattern.compile("^-- @query id=([^ |]+)", Pattern.MULTILINE);
    private static final Pattern GUIDE_MARKER = Pattern.compile("^-- (Q[0-9]+) ", Pattern.MULTILINE);
    private static final Pattern EXAMPLE_ID = Pattern.compile("EXAMPLE[-0-9a-z]*EXAMPLE");
    private static final Pattern NUMBERED_STORE = Pattern.compile("\\b(?i:eds)([123])\\b");
    private static final Pattern DATE_FILTER = Pattern.compile(Pattern.quote("${date_filter}"));
    private static final List<String> STORE_PLACEHOLDERS = List.of(
            "<EDS ID>", "$EDS_ID", "<event_data_store_id>", "<Event data store Id>", "<event-data-store-ID>", "<EDS_ID>",
            "event_data_store_ID", "eds-ID", "event-data-store-id",
            // the user guide's example id
            "5e2676f8-9fce-46ef-8142-3e36a94e6691");

    /**
     * One query of the corpus: its id ({@code file:n} or {@code guide:Qn}) and its text as written.
     */
    record CorpusQuery(String id, String sql)
    {
        CorpusQuery
        {
            requireNonNull(id, "id is null");
            requireNonNull(sql, "sql is null");
        }

        @Override
        public String toString()
        {
            return id;
        }
    }

    @TestFactory
    Stream<DynamicTest> testCorpusQueriesRun()
    {
        LakeFixture fixture = LakeFixture.get();
        return corpus().stream()
                .filter(query -> !EXCLUDED.containsKey(query.id()))
                .map(query -> DynamicTest.dynamicTest(query.id(), () -> run(fixture, query)));
    }

    @Test
    void testCorpusIsComplete()
    {
        List<CorpusQuery> corpus = corpus();
        // 72 aws-samples queries, 11 of the user guide on GitHub, 16 statements of the guide
        assertThat(corpus).hasSize(72 + 11 + 16);
        Set<String> ids = corpus.stream().map(CorpusQuery::id).collect(Collectors.toSet());
        assertThat(ids).containsAll(EXCLUDED.keySet());
        for (CorpusQuery query : corpus) {
            if (!EXCLUDED.containsKey(query.id())) {
                String sql = substitute(LakeFixture.get(), query.sql());
                assertThat(sql)
                        .as(query.id())
                        .doesNotContain("EDS ID", "EDS_ID", "event_data_store", "date_filter", "<instance id", "'<region>'", "'<accountid>'");
                assertThat(EXAMPLE_ID.matcher(sql).find()).as(query.id()).isFalse();
            }
        }
    }

    private static void run(LakeFixture fixture, CorpusQuery query)
    {
        String sql = substitute(fixture, query.sql());
        try (QueryExecution execution = fixture.engine().execute(Session.defaults(), sql)) {
            execution.remainingRows();
        }
        catch (TarnException e) {
            throw new AssertionError(query.id() + " failed: " + e.getErrorCode() + " " + e.getMessage() + "\n" + sql, e);
        }
    }

    static String substitute(LakeFixture fixture, String sql)
    {
        String invictus = fixture.store("invictus").id();
        String target = sql.contains("eventData") ? fixture.store("config-items").id() : invictus;
        List<String> others = List.of(invictus, fixture.store("awsdocs").id(), fixture.store("every-field").id());
        String result = sql.replace("config_event_data_store_ID", fixture.store("config-items").id())
                .replace("cloudtrail_event_data_store_ID", invictus);
        for (String placeholder : STORE_PLACEHOLDERS) {
            result = result.replace(placeholder, target);
        }
        result = replaceInTurn(EXAMPLE_ID.matcher(result), others);
        Matcher numbered = NUMBERED_STORE.matcher(result);
        result = numbered.replaceAll(match -> others.get(Integer.parseInt(match.group(1)) - 1));
        result = replaceInTurn(DATE_FILTER.matcher(result), List.of("2023-07-10 00:00:00", "2023-07-11 00:00:00"));
        return result
                .replace("<instance id such as i-123456789012>", "i-0123456789abcdef0")
                .replace("<instance id>", "i-0123456789abcdef0")
                .replace("<region>", "us-east-1")
                .replace("<accountid>", "123837392027");
    }

    /**
     * Replaces the matches by the values in turn, cycling.
     */
    private static String replaceInTurn(Matcher matcher, List<String> values)
    {
        StringBuilder result = new StringBuilder();
        int index = 0;
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(values.get(index % values.size())));
            index++;
        }
        matcher.appendTail(result);
        return result.toString();
    }

    static List<CorpusQuery> corpus()
    {
        List<CorpusQuery> queries = new ArrayList<>();
        for (String file : FILES) {
            String text = read("/query-corpus/" + file);
            boolean guide = file.equals("guide-queries.sql");
            Matcher marker = (guide ? GUIDE_MARKER : QUERY_MARKER).matcher(text);
            List<Integer> starts = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            while (marker.find()) {
                starts.add(marker.start());
                ids.add(guide ? "guide:" + marker.group(1) : marker.group(1));
            }
            for (int index = 0; index < starts.size(); index++) {
                int end = index + 1 < starts.size() ? starts.get(index + 1) : text.length();
                queries.add(new CorpusQuery(ids.get(index), statement(text.substring(starts.get(index), end))));
            }
        }
        return queries;
    }

    /**
     * The statement of a corpus entry: without its marker and comment lines, and without a final
     * semicolon.
     */
    private static String statement(String entry)
    {
        List<String> lines = new ArrayList<>(entry.lines().toList());
        while (!lines.isEmpty() && (lines.get(0).startsWith("--") || lines.get(0).isBlank())) {
            lines.remove(0);
        }
        String sql = String.join("\n", lines).strip();
        return sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql;
    }

    private static String read(String resource)
    {
        try (InputStream input = requireNonNull(TestQueryCorpus.class.getResourceAsStream(resource), "missing test resource " + resource)) {
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
