package io.tarn.storage.impl.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tarn.storage.schema.ArrayType;
import io.tarn.storage.schema.DataType;
import io.tarn.storage.schema.Field;
import io.tarn.storage.schema.MapType;
import io.tarn.storage.schema.PrimitiveType;
import io.tarn.storage.schema.StructType;
import org.apache.orc.storage.ql.exec.vector.BytesColumnVector;
import org.apache.orc.storage.ql.exec.vector.ColumnVector;
import org.apache.orc.storage.ql.exec.vector.DoubleColumnVector;
import org.apache.orc.storage.ql.exec.vector.ListColumnVector;
import org.apache.orc.storage.ql.exec.vector.LongColumnVector;
import org.apache.orc.storage.ql.exec.vector.MapColumnVector;
import org.apache.orc.storage.ql.exec.vector.StructColumnVector;
import org.apache.orc.storage.ql.exec.vector.TimestampColumnVector;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Parses one JSON value, read token by token from a Jackson streaming parser, into one position of an ORC
 * column vector. A tree of these mirrors a store's schema. Each thread has its own tree (struct parsers
 * cache field-name lookups).
 *
 * <p>Conversions, by column type:
 * <ul>
 * <li>string: strings as they are; numbers and booleans as their JSON text; objects and arrays as compact
 *     JSON text (which is how list-valued record fields such as Config's {@code relatedEvents} land in
 *     string columns).</li>
 * <li>boolean: JSON booleans and the strings {@code "true"} and {@code "false"} (any case).</li>
 * <li>int, bigint, double: JSON numbers and strings holding one.</li>
 * <li>timestamp: strings in the forms {@link EventTimestamps} accepts.</li>
 * <li>{@code map<string,string>}: an object; each top-level key is kept, values as for a string column,
 *     JSON null as a NULL value. A key repeated inside one object keeps its last value (ORC maps read by
 *     Trino must not repeat keys).</li>
 * <li>struct: an object whose members match the struct's fields by name, ignoring case (unknown members
 *     are skipped; they stay in {@code eventjson}). An array stands for its first element, so a record's
 *     list lands in a single-struct column such as Config's {@code relationships} (lossy; the whole list
 *     stays in {@code eventjson}).</li>
 * <li>array: an array whose elements are parsed by the element type; a lone object counts as a
 *     one-element array.</li>
 * </ul>
 * JSON null gives NULL for every type. Anything else is a type error that rejects the record.
 */
abstract class ValueParser
{
    /**
     * Parses the value whose first token is the parser's current token into {@code vector[row]}, leaving
     * the parser on the value's last token.
     */
    abstract void parse(JsonParser parser, ColumnVector vector, int row, ParseContext context)
            throws IOException, RecordRejectedException;

    static ValueParser create(DataType type)
    {
        if (type instanceof PrimitiveType primitive) {
            return switch (primitive) {
                case STRING -> new StringParser();
                case BOOLEAN -> new BooleanParser();
                case INTEGER -> new LongParser(Integer.MIN_VALUE, Integer.MAX_VALUE);
                case BIGINT -> new LongParser(Long.MIN_VALUE, Long.MAX_VALUE);
                case DOUBLE -> new DoubleParser();
                case TIMESTAMP -> new TimestampParser();
            };
        }
        if (type instanceof StructType struct) {
            return new StructParser(struct, Map.of());
        }
        if (type instanceof MapType map) {
            if (map.keyType() != PrimitiveType.STRING || map.valueType() != PrimitiveType.STRING) {
                throw new IllegalArgumentException("only map<string,string> is supported: " + map.hiveName());
            }
            return new MapParser();
        }
        if (type instanceof ArrayType array) {
            return new ListParser(create(array.elementType()));
        }
        throw new IllegalArgumentException("unsupported type: " + type);
    }

    static void setNull(ColumnVector vector, int row)
    {
        vector.isNull[row] = true;
        vector.noNulls = false;
    }

    static RecordRejectedException typeError(String expected, JsonParser parser)
            throws IOException
    {
        return new RecordRejectedException("expected " + expected + ", found " + describe(parser));
    }

    /**
     * The current token for a message: short text quoted, containers by kind.
     */
    static String describe(JsonParser parser)
            throws IOException
    {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "\"" + abbreviate(parser.getText()) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> abbreviate(parser.getText());
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    private static String abbreviate(String text)
    {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }

    static final class StringParser
            extends ValueParser
    {
        @Override
        void parse(JsonParser parser, ColumnVector vector, int row, ParseContext context)
                throws IOException
        {
            BytesColumnVector strings = (BytesColumnVector) vector;
            switch (parser.currentToken()) {
                case VALUE_NULL -> setNull(vector, row);
                case START_OBJECT, START_ARRAY -> context.setCompactJson(parser, strings, row);
                default -> context.setText(parser, strings, row);
            }
        }
    }

    static final class BooleanParser
            extends ValueParser
    {
        @Override
        void parse(JsonParser parser, ColumnVector vector, int row, ParseContext context)
                throws IOException, RecordRejectedException
        {
            LongColumnVector booleans = (LongColumnVector) vector;
            switch (parser.currentToken()) {
                case VALUE_TRUE -> set(booleans, row, true);
                case VALUE_FALSE -> set(booleans, row, false);
                case VALUE_NULL -> setNull(vector, row);
                case VALUE_STRING -> {
                    if (matches(parser, "true")) {
                        set(booleans, row, true);
                    }
                    else if (matches(parser, "false")) {
                        set(booleans, row, false);
                    }
                    else {
                        throw typeError("a boolean", parser);
                    }
                }
                default -> throw typeError("a boolean", parser);
            }
        }

        private static void set(LongColumnVector vector, int row, boolean value)
        {
            vector.vector[row] = value ? 1 : 0;
            vector.isNull[row] = false;
        }

        private static boolean matches(JsonParser parser, String expected)
                throws IOException
        {
            if (parser.getTextLength() != expected.length()) {
                return false;
            }
            char[] characters = parser.getTextCharacters();
            int offset = parser.getTextOffset();
            for (int index = 0; index < expected.length(); index++) {
                if (Character.toLowerCase(characters[offset + index]) != expected.charAt(index)) {
                    return false;
                }
            }
            return true;
        }
    }

    static final class LongParser
            extends ValueParser
    {
        private final long minimum;
        private final long maximum;

        LongParser(long minimum, long maximum)
        {
            this.minimum = minimum;
            this.maximum = maximum;
        }

        @Override
        void parse(JsonParser parser, ColumnVector vector, int row, ParseContext context)
                throws IOException, RecordRejectedException
        {
            long value;
            switch (parser.currentToken()) {
                case VALUE_NULL -> {
                    setNull(vector, row);
                    return;
                }
                case VALUE_NUMBER_INT -> {
                    if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                        throw typeError("an integer in range", parser);
                    }
                    value = parser.getLongValue();
                }
                case VALUE_NUMBER_FLOAT -> {
                    double number = parser.getDoubleValue();
                    if (number != Math.rint(number) || Math.abs(number) > 9.0E15) {
                        throw typeError("an integer", parser);
                    }
                    value = (long) number;
                }
                case VALUE_STRING -> {
                    try {
                        value = Long.parseLong(parser.getText().trim());
                    }
                    catch (NumberFormatException e) {
                        throw typeError("an integer", parser);
                    }
                }
                default -> throw typeError("an integer", parser);
            }
            if (value < minimum || value > maximum) {
                throw typeError("an integer in range", parser);
            }
            ((LongColumnVector) vector).vector[row] = value;
            vector.isNull[row] = false;
        }
    }

    static final class DoubleParser
            extends ValueParser
    {
        @Override
        void parse(JsonParser parser, ColumnVector vector, int row, ParseContext context)
                throws IOException, RecordRejectedException
        {
            double value;
            switch (parser.currentToken()) {
                case VALUE_NULL -> {
                    setNull(vector, row);
                    return;
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> value = parser.getDoubleValue();
                case VALUE_STRING -> {
                    try {
                        value = Double.parseDouble(parser.getText().trim());
                    }
                    catch (NumberFormatException e) {
                        throw typeError("a number", parser);
                    }
                }
                default -> throw typeError("a number", parser);
            }
            ((DoubleColumnVector) vector).vector[row] = value;
            vector.isNull[row] = false;
        }
    }

    static final class TimestampParser
            extends ValueParser
    {
        @Override
        void parse(JsonParser parser, ColumnVector vector, int row, ParseContext context)
                throws IOException, RecordRejectedException
        {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NULL) {
                setNull(vector, row);
                return;
            }
            if (token != JsonToken.VALUE_STRING) {
                throw typeError("a timestamp string", parser);
            }
            long millis = EventTimestamps.parse(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
            if (millis == EventTimestamps.INVALID) {
                throw new RecordRejectedException(describe(parser) + " is not a timestamp");
            }
            TimestampColumnVector timestamps = (TimestampColumnVector) vector;
            timestamps.time[row] = millis;
            timestamps.nanos[row] = (int) Math.floorMod(millis, 1000L) * 1_000_000;
            vector.isNull[row] = false;
        }
    }

    static final class MapParser
            extends ValueParser
    {
        // each key's UTF-8 bytes, shared by every row with that key
        private final MemberNames<byte[]> names = new MemberNames<>(ParseContext::utf8);

        @Override
        void parse(JsonParser parser, ColumnVector vector, int row, ParseContext context)
                throws IOException, RecordRejectedException
        {
            MapColumnVector map = (MapColumnVector) vector;
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NULL) {
                setNull(vector, row);
                map.offsets[row] = map.childCount;
                map.lengths[row] = 0;
                return;
            }
            if (token != JsonToken.START_OBJECT) {
                throw typeError("an object", parser);
            }
            BytesColumnVector keys = (BytesColumnVector) map.keys;
            BytesColumnVector values = (BytesColumnVector) map.values;
            int start = map.childCount;
            MemberNames.Name<byte[]> name = names.next(parser, null);
            while (name != null) {
                int child = map.childCount;
                ensureChildCapacity(map, child + 1);
                keys.setRef(child, name.value(), 0, name.value().length);
                keys.isNull[child] = false;
                int duplicate = findKey(keys, start, child);
                if (duplicate >= 0) {
                    child = duplicate;
                }
                else {
                    map.childCount++;
                }
                switch (parser.nextToken()) {
                    case VALUE_NULL -> setNull(values, child);
                    case START_OBJECT, START_ARRAY -> context.setCompactJson(parser, values, child);
                    default -> context.setText(parser, values, child);
                }
                name = names.next(parser, name);
            }
            map.offsets[row] = start;
            map.lengths[row] = map.childCount - start;
            map.isNull[row] = false;
        }

        /**
         * The position among {@code keys[start .. end)} of a key equal to {@code keys[end]}, or -1.
         */
        static int findKey(BytesColumnVector keys, int start, int end)
        {
            byte[] bytes = keys.vector[end];
            int offset = keys.start[end];
            int length = keys.length[end];
            for (int child = start; child < end; child++) {
                if (keys.length[child] == length && java.util.Arrays.equals(keys.vector[child], keys.start[child], keys.start[child] + length, bytes, offset, offset + length)) {
                    return child;
                }
            }
            return -1;
        }

        static void ensureChildCapacity(MapColumnVector map, int capacity)
        {
            if (capacity > map.keys.isNull.length) {
                int newCapacity = Math.max(capacity, map.keys.isNull.length * 2);
                map.keys.ensureSize(newCapacity, true);
                map.values.ensureSize(newCapacity, true);
            }
        }
    }

    static final class ListParser
            extends ValueParser
    {
        private final ValueParser elementParser;

        ListParser(ValueParser elementParser)
        {
            this.elementParser = requireNonNull(elementParser, "elementParser is null");
        }

        @Override
        void parse(JsonParser parser, ColumnVector vector, int row, ParseContext context)
                throws IOException, RecordRejectedException
        {
            ListColumnVector list = (ListColumnVector) vector;
            int start = list.childCount;
            switch (parser.currentToken()) {
                case VALUE_NULL -> {
                    setNull(vector, row);
                    list.offsets[row] = start;
                    list.lengths[row] = 0;
                    return;
                }
                case START_ARRAY -> {
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        addElement(parser, list, context, index++);
                    }
                }
                case START_OBJECT -> addElement(parser, list, context, 0);
                default -> throw typeError("an array", parser);
            }
            list.offsets[row] = start;
            list.lengths[row] = list.childCount - start;
            list.isNull[row] = false;
        }

        private void addElement(JsonParser parser, ListColumnVector list, ParseContext context, int index)
                throws IOException, RecordRejectedException
        {
            int child = list.childCount;
            ensureChildCapacity(list, child + 1);
            try {
                elementParser.parse(parser, list.child, child, context);
            }
            catch (RecordRejectedException e) {
                throw e.inElement(index);
            }
            list.childCount = child + 1;
        }

        static void ensureChildCapacity(ListColumnVector list, int capacity)
        {
            if (capacity > list.child.isNull.length) {
                list.child.ensureSize(Math.max(capacity, list.child.isNull.length * 2), true);
            }
        }
    }

    /**
     * Something a struct does with one of its members: usually parses it into the matching field, but a
     * member may also fill several fields (Insights' {@code insightDetails}) or be ignored.
     */
    interface StructMember
    {
        void parse(JsonParser parser, StructColumnVector struct, int row, ParseContext context)
                throws IOException, RecordRejectedException;
    }

    static final class StructParser
            extends ValueParser
    {
        private final Map<String, StructMember> membersByLowerName = new HashMap<>();
        private final StructMember ignored = (parser, struct, row, context) -> parser.skipChildren();
        // a member's parser, by the member's name as written; null for members that are skipped
        private final MemberNames<StructMember> names = new MemberNames<>(name -> membersByLowerName.get(name.toLowerCase(Locale.ROOT)));

        /**
         * @param specialMembers members handled other than by field name, by lower-case member name; a null
         *         value means the member is ignored
         */
        StructParser(StructType type, Map<String, StructMember> specialMembers)
        {
            List<Field> fields = type.fields();
            for (int index = 0; index < fields.size(); index++) {
                int fieldIndex = index;
                ValueParser fieldParser = create(fields.get(index).type());
                membersByLowerName.put(fields.get(index).name(), (parser, struct, row, context) -> fieldParser.parse(parser, struct.fields[fieldIndex], row, context));
            }
            specialMembers.forEach((name, member) -> membersByLowerName.put(name, member == null ? ignored : member));
        }

        @Override
        void parse(JsonParser parser, ColumnVector vector, int row, ParseContext context)
                throws IOException, RecordRejectedException
        {
            StructColumnVector struct = (StructColumnVector) vector;
            switch (parser.currentToken()) {
                case VALUE_NULL -> setNull(vector, row);
                case START_OBJECT -> parseObject(parser, struct, row, context);
                case START_ARRAY -> {
                    JsonToken first = parser.nextToken();
                    if (first == JsonToken.END_ARRAY || first == JsonToken.VALUE_NULL) {
                        setNull(vector, row);
                    }
                    else if (first == JsonToken.START_OBJECT) {
                        parseObject(parser, struct, row, context);
                    }
                    else {
                        throw typeError("an object", parser).inElement(0);
                    }
                    if (first != JsonToken.END_ARRAY) {
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            parser.skipChildren();
                        }
                    }
                }
                default -> throw typeError("an object", parser);
            }
        }

        /**
         * Parses the members of the object at the parser's {@code START_OBJECT} into the struct's fields;
         * fields without a member become NULL.
         */
        void parseObject(JsonParser parser, StructColumnVector struct, int row, ParseContext context)
                throws IOException, RecordRejectedException
        {
            struct.isNull[row] = false;
            for (ColumnVector field : struct.fields) {
                field.isNull[row] = true;
                field.noNulls = false;
            }
            MemberNames.Name<StructMember> name = names.next(parser, null);
            while (name != null) {
                parser.nextToken();
                StructMember member = name.value();
                if (member == null) {
                    parser.skipChildren();
                }
                else {
                    try {
                        member.parse(parser, struct, row, context);
                    }
                    catch (RecordRejectedException e) {
                        throw e.inField(name.name());
                    }
                }
                name = names.next(parser, name);
            }
        }
    }
}
