package io.tarn.engine;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A golden SQL file: statements, each followed by its expected result. The format, meant to be read by
 * people:
 * <pre>
 * -- a comment
 * SELECT lower('ABC'), 1 + 1;
 * &gt; abc | 2
 *
 * SELECT nosuchcolumn FROM t;
 * &gt; error COLUMN_NOT_FOUND at 1:8
 * </pre>
 * Rows are the values as the Trino CLI shows them, separated by {@code " | "}; {@code NULL} is null. A
 * line {@code > types varchar, bigint} checks the column types; {@code > empty} expects no rows. Rows are
 * compared in order when the statement has an ORDER BY, as a multiset otherwise.
 */
record SqlScript(String name, List<Case> cases)
{
    SqlScript
    {
        requireNonNull(name, "name is null");
        cases = List.copyOf(cases);
    }

    /**
     * One statement and what it must give.
     */
    record Case(int line, String sql, List<String> expected)
    {
        Case
        {
            requireNonNull(sql, "sql is null");
            expected = List.copyOf(expected);
        }
    }

    static SqlScript parse(String name, String text)
    {
        List<Case> cases = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        StringBuilder statement = new StringBuilder();
        int statementLine = 0;
        int index = 0;
        while (index < lines.length) {
            String line = lines[index];
            if (statement.isEmpty() && (line.isBlank() || line.startsWith("--"))) {
                index++;
                continue;
            }
            if (statement.isEmpty()) {
                statementLine = index + 1;
            }
            statement.append(line).append('\n');
            index++;
            if (line.stripTrailing().endsWith(";")) {
                List<String> expected = new ArrayList<>();
                while (index < lines.length && lines[index].startsWith(">")) {
                    expected.add(expectation(lines[index]));
                    index++;
                }
                String sql = statement.toString().stripTrailing();
                cases.add(new Case(statementLine, sql.substring(0, sql.length() - 1), expected));
                statement.setLength(0);
            }
        }
        if (!statement.toString().isBlank()) {
            throw new IllegalArgumentException(name + ": statement without ';' at line " + statementLine);
        }
        return new SqlScript(name, cases);
    }

    /**
     * The text after {@code "> "} as is, so that values with leading or trailing spaces (and empty strings
     * in the last column) can be expected.
     */
    private static String expectation(String line)
    {
        String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        return text.startsWith("> ") ? text.substring(2) : text.substring(1).strip();
    }
}
