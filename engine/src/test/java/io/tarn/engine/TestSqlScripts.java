package io.tarn.engine;

import io.tarn.engine.exec.DisplayFormatter;
import io.tarn.error.TarnException;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs every golden file in {@code src/test/resources/sql} (see {@link SqlScript} for the format).
 */
class TestSqlScripts
{
    @TestFactory
    Stream<DynamicNode> testScripts()
            throws IOException, URISyntaxException
    {
        Path directory = Path.of(getClass().getResource("/sql").toURI());
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(path -> path.toString().endsWith(".sql")).sorted().toList();
        }
        Engine engine = SqlTestFixtures.engine();
        return files.stream().map(file -> {
            SqlScript script = SqlScript.parse(file.getFileName().toString(), read(file));
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
            }
            return;
        }
        List<String> actual = new ArrayList<>();
        List<String> types;
        try (QueryExecution execution = engine.execute(Session.defaults(), testCase.sql())) {
            types = execution.columns().stream().map(ResultColumn::typeName).toList();
            for (List<Object> row : execution.remainingRows()) {
                List<String> values = new ArrayList<>();
                for (int column = 0; column < row.size(); column++) {
                    values.add(DisplayFormatter.format(row.get(column), execution.columns().get(column).type()));
                }
                actual.add(String.join(" | ", values));
            }
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
            expectedRows.add(line);
        }
        boolean ordered = testCase.sql().toLowerCase(Locale.ROOT).contains("order by");
        if (ordered) {
            assertThat(actual).as(where).containsExactlyElementsOf(expectedRows);
        }
        else {
            assertThat(actual).as(where + "\nactual:\n" + actual.stream().collect(Collectors.joining("\n"))).containsExactlyInAnyOrderElementsOf(expectedRows);
        }
    }
}
