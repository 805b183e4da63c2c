package io.tarn.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.engine.ResultColumn;
import io.tarn.engine.exec.JsonValues;
import io.tarn.engine.exec.ValueFormatter;
import org.apache.calcite.sql.type.SqlTypeName;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One JSON object per row, keyed by column name, values typed: numbers and booleans as JSON numbers and
 * booleans, arrays, maps and rows as JSON arrays and objects, timestamps as Trino's text.
 */
public final class JsonLinesPrinter
        implements ResultPrinter
{
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PrintWriter out;
    private List<ResultColumn> columns;

    public JsonLinesPrinter(PrintWriter out)
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
        ObjectNode object = MAPPER.createObjectNode();
        for (int column = 0; column < values.size(); column++) {
            ResultColumn resultColumn = columns.get(column);
            Object value = values.get(column);
            JsonNode node = value == null ? MAPPER.nullNode() : jsonValue(value, resultColumn);
            object.set(resultColumn.name(), node);
        }
        try {
            out.println(MAPPER.writeValueAsString(object));
        }
        catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode jsonValue(Object value, ResultColumn column)
    {
        SqlTypeName name = column.type().getSqlTypeName();
        if (name == SqlTypeName.TIMESTAMP || name == SqlTypeName.TIMESTAMP_TZ || name == SqlTypeName.DATE) {
            return MAPPER.getNodeFactory().textNode(ValueFormatter.format(value, column.type()));
        }
        return JsonValues.toNode(value, column.type());
    }

    @Override
    public void finish()
    {
        out.flush();
    }
}
