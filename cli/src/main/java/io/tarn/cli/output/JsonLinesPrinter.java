package io.tarn.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One JSON object per row, keyed by column name, values typed (see {@link OutputRow#json}).
 */
public final class JsonLinesPrinter
        implements ResultPrinter
{
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PrintWriter out;
    private List<OutputColumn> columns;

    public JsonLinesPrinter(PrintWriter out)
    {
        this.out = requireNonNull(out, "out is null");
    }

    @Override
    public void columns(List<OutputColumn> resultColumns)
    {
        this.columns = List.copyOf(resultColumns);
    }

    @Override
    public void row(OutputRow row)
    {
        ObjectNode object = MAPPER.createObjectNode();
        for (int column = 0; column < columns.size(); column++) {
            object.set(columns.get(column).name(), row.json(column));
        }
        try {
            out.println(MAPPER.writeValueAsString(object));
        }
        catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish()
    {
        out.flush();
    }
}
