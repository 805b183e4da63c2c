package io.tarn.engine;

import io.tarn.engine.exec.DisplayFormatter;
import io.tarn.engine.exec.QueryStatistics;
import io.tarn.error.TarnException;
import io.tarn.storage.EventDataStore;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs every golden file in {@code src/test/resources/sql} against {@link SqlTestFixtures}, and every one
 * in {@code src/test/resources/sql-lake} against the stores of {@link LakeFixture} (see {@link SqlScript}
 * for the format). In the latter, {@code ${id:name}} and {@code ${arn:name}} stand for the id and ARN of
 * the fixture store {@code name}.
 */
class TestSqlScripts
{
    private static final Pattern STORE_PLACEHOLDER = Pattern.compile("\\$\\{(id|arn):([a-z-]+)}");

    @TestFactory
    Stream<DynamicNode> testScripts()
            throws IOException, URISyntaxException
    {
        return scripts("/sql", SqlTestFixtures.engine(), UnaryOperator.identity());
    }

    @TestFactory
    Stream<DynamicNode> testLakeScripts()
            throws IOException, URISyntaxException
    {
        LakeFixture fixture = LakeFixture.get();
        return scripts("/sql-lake", fixture.engine(), text -> substituteStores(fixture, text));
    }

    static String substituteStores(LakeFixture fixture, String text)
    {
        Matcher matcher = STORE_PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            EventDataStore store = fixture.store(matcher.group(2));
            matcher.appendReplacement(result, Matcher.quoteReplacement(matcher.group(1).equals("id") ? store.id() : store.arn()));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private Stream<DynamicNode> scripts(String resourceDirectory, Engine engine, UnaryOperator<String> substitution)
            throws IOException, URISyntaxException
    {
        Path directory = Path.of(getClass().getResource(resourceDirectory).toURI());
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(path -> path.toString().endsWith(".sql")).sorted().toList();
        }
        return files.stream().map(file -> {
            SqlScript script = SqlScript.parse(file.getFileName().toString(), substitution.apply(read(file)));
            return DynamicContainer.dynamicContainer(script.name(), script.cases().stream()
                    .map(testCase -> DynamicTest.dynamicTest(script.name() + ":" + testCase.line(), () -> run(engine, script.name(), testCase))));
        });
    }

    private static String read(Path file)
    {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void run(Engine engine, String script, SqlScript.Case testCase)
    {
        String where = script + ":" + testCase.line() + "\n" + testCase.sql();
        List<String> expected = testCase.expected();
        if (!expected.isEmpty() && expected.get(0).startsWith("error ")) {
            String[] parts = expected.get(0).substring("error ".length()).split(" at ");
            try (QueryExecution execution = engine.execute(Session.defaults(), testCase.sql())) {
                List<List<Object>> rows = execution.remainingRows();
                fail(where + "\nexpected error " + parts[0] + " but got " + rows);
            }
            catch (TarnException e) {
                assertThat(e.getErrorCode().name()).as(where + "\n" + e.getMessage()).isEqualTo(parts[0].strip());
                if (parts.length > 1) {
                    assertThat(e.getLocation().map(Object::toString).orElse("none")).as(where + "\n" + e.getMessage()).isEqualTo(parts[1].strip());
                }
                for (String line : expected.subList(1, expected.size())) {
                    if (line.startsWith("message ")) {
                        assertThat(e.getMessage()).as(where).contains(line.substring("message ".length()));
                    }
                }
            }
            return;
        }
        List<String> actual = new ArrayList<>();
        List<String> types;
        QueryStatistics.Snapshot statistics;
        try (QueryExecution execution = engine.execute(Session.defaults(), testCase.sql())) {
            types = execution.columns().stream().map(ResultColumn::typeName).toList();
            for (List<Object> row : execution.remainingRows()) {
                List<String> values = new ArrayList<>();
                for (int column = 0; column < row.size(); column++) {
                    values.add(DisplayFormatter.format(row.get(column), execution.columns().get(column).type()));
                }
                actual.add(String.join(" | ", values));
            }
            statistics = execution.statistics();
        }
        catch (TarnException e) {
            throw new AssertionError(where + "\nfailed: " + e.getErrorCode() + " " + e.getMessage(), e);
        }
        List<String> expectedRows = new ArrayList<>();
        for (String line : expected) {
            if (line.startsWith("types ")) {
                assertThat(String.join(", ", types)).as(where).isEqualTo(line.substring("types ".length()).strip());
                continue;
            }
            if (line.equals("empty")) {
                continue;
            }
            if (line.startsWith("stats ")) {
                continue;
            }
            expectedRows.add(line);
        }
        for (String line : expected) {
            if (line.startsWith("stats ")) {
                assertStatistics(where, line.substring("stats ".length()), statistics);
            }
        }
        boolean ordered = testCase.sql().toLowerCase(Locale.ROOT).contains("order by");
        if (ordered) {
            assertThat(actual).as(where + "\nactual:\n" + String.join("\n", actual)).containsExactlyElementsOf(expectedRows);
        }
        else {
            assertThat(actual).as(where + "\nactual:\n" + actual.stream().collect(Collectors.joining("\n"))).containsExactlyInAnyOrderElementsOf(expectedRows);
        }
    }

    /**
     * Checks {@code name=value} pairs, separated by spaces, of {@code EventsScanned}, {@code EventsMatched}
     * and {@code BytesScanned}; {@code BytesScanned>0} asks only that something was read.
     */
    private static void assertStatistics(String where, String expectation, QueryStatistics.Snapshot statistics)
    {
        for (String pair : expectation.strip().split(" +")) {
            boolean positive = pair.endsWith(">0");
            String[] parts = positive ? new String[] {pair.substring(0, pair.length() - 2), ""} : pair.split("=");
            long actual = switch (parts[0]) {
                case "EventsScanned" -> statistics.eventsScanned();
                case "EventsMatched" -> statistics.eventsMatched();
                case "BytesScanned" -> statistics.bytesScanned();
                default -> throw new IllegalArgumentException(where + ": unknown statistic " + parts[0]);
            };
            if (positive) {
                assertThat(actual).as(where + "\n" + parts[0] + " in " + statistics).isPositive();
            }
            else {
                assertThat(actual).as(where + "\n" + parts[0] + " in " + statistics).isEqualTo(Long.parseLong(parts[1]));
            }
        }
    }
}
