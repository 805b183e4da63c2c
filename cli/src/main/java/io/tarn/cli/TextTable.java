package io.tarn.cli;

import com.google.common.collect.ImmutableList;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Prints rows as left-aligned columns separated by two spaces, without trailing blanks.
 */
public final class TextTable
{
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(List<String> headers)
    {
        this.headers = ImmutableList.copyOf(requireNonNull(headers, "headers is null"));
    }

    public TextTable addRow(List<String> row)
    {
        if (row.size() != headers.size()) {
            throw new IllegalArgumentException("row has " + row.size() + " cells, the table " + headers.size() + " columns");
        }
        rows.add(ImmutableList.copyOf(row));
        return this;
    }

    public void print(PrintWriter out)
    {
        int[] widths = new int[headers.size()];
        for (List<String> row : allRows()) {
            for (int column = 0; column < row.size(); column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        for (List<String> row : allRows()) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < row.size(); column++) {
                line.append(row.get(column));
                if (column < row.size() - 1) {
                    line.append(" ".repeat(widths[column] - row.get(column).length() + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private List<List<String>> allRows()
    {
        return ImmutableList.<List<String>>builder().add(headers).addAll(rows).build();
    }
}
