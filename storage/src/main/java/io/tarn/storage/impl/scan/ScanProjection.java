package io.tarn.storage.impl.scan;

import com.google.common.collect.ImmutableList;
import io.tarn.storage.ScanRequest;
import io.tarn.storage.schema.EventSchema;
import io.tarn.storage.schema.Field;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The columns of a scan request checked against the store's schema: for each requested column, in order,
 * its field and which of its nested fields are read.
 */
record ScanProjection(List<Column> columns)
{
    ScanProjection
    {
        columns = ImmutableList.copyOf(requireNonNull(columns, "columns is null"));
    }

    /**
     * Validates the request; a column or nested field the schema does not have is caller misuse.
     */
    static ScanProjection of(EventSchema schema, ScanRequest request)
    {
        ImmutableList.Builder<Column> columns = ImmutableList.builder();
        Set<String> seen = new HashSet<>();
        for (String name : request.columns()) {
            Field field = schema.column(name).orElseThrow(() -> new IllegalArgumentException("the store has no column " + name));
            if (!seen.add(field.name())) {
                throw new IllegalArgumentException("column " + name + " is requested twice");
            }
            Set<String> paths = request.nestedFields().get(name);
            FieldSelection selection = paths == null ? FieldSelection.ALL : FieldSelection.of(field.name(), field.type(), paths);
            columns.add(new Column(field, selection));
        }
        for (String name : request.nestedFields().keySet()) {
            if (!request.columns().contains(name)) {
                throw new IllegalArgumentException("nested fields are requested for column " + name + ", which is not requested");
            }
        }
        return new ScanProjection(columns.build());
    }

    /**
     * One requested column.
     */
    record Column(Field field, FieldSelection selection)
    {
        Column
        {
            requireNonNull(field, "field is null");
            requireNonNull(selection, "selection is null");
        }
    }
}
