package io.tarn.storage.impl.scan;

import io.tarn.storage.schema.ArrayType;
import io.tarn.storage.schema.DataType;
import io.tarn.storage.schema.StructType;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Which parts of a column a scan reads: all of it, or only some fields of a struct (recursively). Arrays
 * are transparent: selecting {@code arn} of {@code resources} reads the {@code arn} of every element.
 */
final class FieldSelection
{
    static final FieldSelection ALL = new FieldSelection(null);

    // null when everything below is read
    private final Map<String, FieldSelection> fields;

    private FieldSelection(Map<String, FieldSelection> fields)
    {
        this.fields = fields;
    }

    /**
     * The selection of the dotted {@code paths} below a column, e.g. {@code {arn, sessioncontext.sessionissuer.arn}}.
     */
    static FieldSelection of(String column, DataType type, Set<String> paths)
    {
        requireNonNull(paths, "paths is null");
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no nested fields requested for column " + column);
        }
        FieldSelection root = new FieldSelection(new LinkedHashMap<>());
        for (String path : paths) {
            root.add(column, type, path, path.toLowerCase(Locale.ROOT).split("\\.", -1), 0);
        }
        return root;
    }

    boolean isAll()
    {
        return fields == null;
    }

    /**
     * The selection of a struct field, or empty when the field is not read.
     */
    Optional<FieldSelection> field(String name)
    {
        if (fields == null) {
            return Optional.of(ALL);
        }
        return Optional.ofNullable(fields.get(name));
    }

    private void add(String column, DataType type, String path, String[] names, int index)
    {
        StructType struct = structOf(type).orElseThrow(() -> new IllegalArgumentException(
                "nested field " + path + " of column " + column + " is below a value that is not a struct"));
        String name = names[index];
        DataType fieldType = struct.fieldIndex(name).stream()
                .mapToObj(fieldIndex -> struct.fields().get(fieldIndex).type())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("column " + column + " has no nested field " + path));
        if (index == names.length - 1) {
            fields.put(name, ALL);
            return;
        }
        FieldSelection child = fields.computeIfAbsent(name, ignored -> new FieldSelection(new LinkedHashMap<>()));
        if (!child.isAll()) {
            child.add(column, fieldType, path, names, index + 1);
        }
    }

    private static Optional<StructType> structOf(DataType type)
    {
        if (type instanceof ArrayType array) {
            return structOf(array.elementType());
        }
        if (type instanceof StructType struct) {
            return Optional.of(struct);
        }
        return Optional.empty();
    }
}
