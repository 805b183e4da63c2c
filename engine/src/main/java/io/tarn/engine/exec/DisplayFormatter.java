package io.tarn.engine.exec;

import io.tarn.engine.type.TarnTypes;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Values as the Trino CLI shows them: {@code NULL}, doubles in Java's shortest form ({@code 1.5},
 * {@code 1.0E10}), maps as {@code {a=1, b=2}}, rows as {@code {f1=1, f2=x}} (or {@code {1, x}} without field
 * names), and everything else in its
 * CAST-to-varchar form. Tarn's shell and golden test files use this form.
 */
public final class DisplayFormatter
{
    private DisplayFormatter() {}

    public static String format(Object value, RelDataType type)
    {
        if (value == null) {
            return "NULL";
        }
        if (TarnTypes.isJson(type)) {
            return value.toString();
        }
        SqlTypeName name = type.getSqlTypeName();
        return switch (name) {
            case DOUBLE -> Double.toString(((Number) value).doubleValue());
            case REAL, FLOAT -> Float.toString(((Number) value).floatValue());
            case ARRAY -> ((List<?>) value).stream()
                    .map(element -> format(element, type.getComponentType()))
                    .collect(Collectors.joining(", ", "[", "]"));
            case MAP -> ((Map<?, ?>) value).entrySet().stream()
                    .map(entry -> format(entry.getKey(), type.getKeyType()) + "=" + format(entry.getValue(), type.getValueType()))
                    .collect(Collectors.joining(", ", "{", "}"));
            case ROW -> {
                List<?> fields = (List<?>) value;
                StringBuilder text = new StringBuilder("{");
                for (int field = 0; field < fields.size(); field++) {
                    if (field > 0) {
                        text.append(", ");
                    }
                    String fieldName = type.getFieldList().get(field).getName();
                    if (!TarnTypes.isAnonymousField(fieldName)) {
                        text.append(fieldName).append('=');
                    }
                    text.append(format(fields.get(field), type.getFieldList().get(field).getType()));
                }
                yield text.append('}').toString();
            }
            default -> ValueFormatter.format(value, type);
        };
    }
}
