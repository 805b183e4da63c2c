package io.tarn.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.tarn.engine.ResultColumn;
import io.tarn.engine.exec.DisplayFormatter;
import io.tarn.engine.exec.JsonValues;
import io.tarn.engine.exec.ValueFormatter;
import io.tarn.engine.exec.Values;
import io.tarn.storage.vector.ColumnBatch;
import org.apache.calcite.sql.type.SqlTypeName;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Turns the local engine's columns and batches into what printers print.
 */
public final class EngineRows
{
    private static final Set<SqlTypeName> NUMERIC = Set.of(SqlTypeName.TINYINT, SqlTypeName.SMALLINT, SqlTypeName.INTEGER, SqlTypeName.BIGINT,
            SqlTypeName.REAL, SqlTypeName.DOUBLE, SqlTypeName.DECIMAL);

    private EngineRows() {}

    public static List<OutputColumn> columns(List<ResultColumn> columns)
    {
        return columns.stream()
                .map(column -> new OutputColumn(column.name(), column.typeName(), NUMERIC.contains(column.type().getSqlTypeName())))
                .toList();
    }

    /**
     * The rows of a batch, in order.
     */
    public static List<OutputRow> rows(ColumnBatch batch, List<ResultColumn> columns)
    {
        List<OutputRow> rows = new ArrayList<>(batch.size());
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            List<Object> values = new ArrayList<>(columns.size());
            for (int column = 0; column < columns.size(); column++) {
                values.add(Values.read(batch.column(column), position, columns.get(column).type()));
            }
            rows.add(new EngineRow(values, columns));
        }
        return rows;
    }

    private record EngineRow(List<Object> values, List<ResultColumn> columns)
            implements OutputRow
    {
        private EngineRow
        {
            // Values may be null (SQL NULL), which immutable lists refuse
            values = Collections.unmodifiableList(requireNonNull(values, "values is null"));
            requireNonNull(columns, "columns is null");
        }

        @Override
        public int size()
        {
            return values.size();
        }

        @Override
        public boolean isNull(int column)
        {
            return values.get(column) == null;
        }

        @Override
        public String text(int column)
        {
            return DisplayFormatter.format(values.get(column), columns.get(column).type());
        }

        @Override
        public JsonNode json(int column)
        {
            Object value = values.get(column);
            if (value == null) {
                return JsonNodeFactory.instance.nullNode();
            }
            ResultColumn resultColumn = columns.get(column);
            SqlTypeName name = resultColumn.type().getSqlTypeName();
            if (name == SqlTypeName.TIMESTAMP || name == SqlTypeName.TIMESTAMP_TZ || name == SqlTypeName.DATE) {
                return JsonNodeFactory.instance.textNode(ValueFormatter.format(value, resultColumn.type()));
            }
            return JsonValues.toNode(value, resultColumn.type());
        }
    }
}
