package io.tarn.cli.output;

import io.tarn.engine.ResultColumn;
import io.tarn.engine.exec.DisplayFormatter;
import org.apache.calcite.sql.type.SqlTypeName;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The Trino CLI's aligned format: a centred header, a dashed separator with {@code +} between columns,
 * numbers right-aligned, then {@code (N rows)}. A value with line breaks (an EXPLAIN plan) spans several lines
 * of its row, as in the Trino CLI. Rows are buffered in chunks so column widths fit the values without
 * holding a whole large result.
 */
public final class AlignedTablePrinter
        implements ResultPrinter
{
    private static final int CHUNK = 10_000;
    private static final Set<SqlTypeName> NUMERIC = Set.of(SqlTypeName.TINYINT, SqlTypeName.SMALLINT, SqlTypeName.INTEGER, SqlTypeName.BIGINT,
            SqlTypeName.REAL, SqlTypeName.DOUBLE, SqlTypeName.DECIMAL);

    private final PrintWriter out;
    private List<ResultColumn> columns;
    private final List<List<String>> buffered = new ArrayList<>();
    private long rowCount;
    private boolean headerPrinted;
    private int[] widths;

    public AlignedTablePrinter(PrintWriter out)
    {
        this.out = requireNonNull(out, "out is null");
    }

    @Override
    public void columns(List<ResultColumn> resultColumns)
    {
        this.columns = List.copyOf(resultColumns);
    }

    @Override
    public void row(List<Object> values)
    {
        List<String> cells = new ArrayList<>(values.size());
        for (int column = 0; column < values.size(); column++) {
            cells.add(DisplayFormatter.format(values.get(column), columns.get(column).type()));
        }
        buffered.add(cells);
        rowCount++;
        if (buffered.size() >= CHUNK) {
            flush();
        }
    }

    @Override
    public void finish()
    {
        flush();
        if (!headerPrinted) {
            printHeader(widths(List.of()));
        }
        out.println("(" + rowCount + (rowCount == 1 ? " row)" : " rows)"));
        out.flush();
    }

    private void flush()
    {
        if (buffered.isEmpty()) {
            return;
        }
        if (!headerPrinted) {
            widths = widths(buffered);
            printHeader(widths);
        }
        for (List<String> row : buffered) {
            List<String[]> cellLines = new ArrayList<>(row.size());
            int height = 1;
            for (String cell : row) {
                String[] lines = cell.split("\n", -1);
                cellLines.add(lines);
                height = Math.max(height, lines.length);
            }
            for (int lineIndex = 0; lineIndex < height; lineIndex++) {
                StringBuilder line = new StringBuilder();
                for (int column = 0; column < row.size(); column++) {
                    if (column > 0) {
                        line.append(" | ");
                    }
                    String[] lines = cellLines.get(column);
                    String text = lineIndex < lines.length ? lines[lineIndex] : "";
                    int padding = Math.max(0, widths[column] - text.length());
                    if (isNumeric(column)) {
                        line.append(" ".repeat(padding)).append(text);
                    }
                    else {
                        line.append(text).append(" ".repeat(padding));
                    }
                }
                out.println(" " + line.toString().stripTrailing());
            }
        }
        buffered.clear();
    }

    private int[] widths(List<List<String>> rows)
    {
        int[] result = new int[columns.size()];
        for (int column = 0; column < result.length; column++) {
            result[column] = columns.get(column).name().length();
        }
        for (List<String> row : rows) {
            for (int column = 0; column < result.length; column++) {
                for (String line : row.get(column).split("\n", -1)) {
                    result[column] = Math.max(result[column], line.length());
                }
            }
        }
        return result;
    }

    private void printHeader(int[] columnWidths)
    {
        headerPrinted = true;
        widths = columnWidths;
        StringBuilder header = new StringBuilder();
        StringBuilder separator = new StringBuilder();
        for (int column = 0; column < columns.size(); column++) {
            String name = columns.get(column).name();
            int width = columnWidths[column];
            int left = (width - name.length()) / 2;
            if (column > 0) {
                header.append(" | ");
                separator.append("-+-");
            }
            header.append(" ".repeat(left)).append(name).append(" ".repeat(width - name.length() - left));
            separator.append("-".repeat(width));
        }
        out.println(" " + header.toString().stripTrailing());
        out.println("-" + separator + "-");
    }

    private boolean isNumeric(int column)
    {
        return NUMERIC.contains(columns.get(column).type().getSqlTypeName());
    }
}
