package io.tarn.engine.service;

import com.google.common.collect.ImmutableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A type name as Trino spells it ({@code varchar}, {@code timestamp(3) with time zone},
 * {@code map(varchar, array(row(arn varchar, "type" varchar)))}), parsed into the parts Trino's client
 * protocol sends as a {@code typeSignature}: the raw type ({@code timestamp with time zone}) and its
 * arguments (numbers, types, or named types for row fields). Stored results keep type names as text;
 * readers parse them with {@link #parse} to decode values or describe columns to Trino clients.
 */
public record TrinoType(String rawType, List<Argument> arguments)
{
    public TrinoType
    {
        requireNonNull(rawType, "rawType is null");
        arguments = ImmutableList.copyOf(requireNonNull(arguments, "arguments is null"));
    }

    /**
     * An argument of a type: a number ({@code 3} of {@code timestamp(3)}), a type ({@code varchar} of
     * {@code array(varchar)}), or a named type (a row field).
     */
    public sealed interface Argument
            permits NumberArgument, TypeArgument
    {}

    /**
     * A numeric argument such as a precision.
     */
    public record NumberArgument(long value)
            implements Argument {}

    /**
     * A type argument; row fields have a name.
     */
    public record TypeArgument(Optional<String> name, TrinoType type)
            implements Argument
    {
        public TypeArgument
        {
            requireNonNull(name, "name is null");
            requireNonNull(type, "type is null");
        }
    }

    public static TrinoType parse(String text)
    {
        Parser parser = new Parser(text);
        TrinoType type = parser.type();
        parser.skipSpaces();
        if (!parser.atEnd()) {
            throw new IllegalArgumentException("unexpected text at " + parser.position + " in type '" + text + "'");
        }
        return type;
    }

    /**
     * The type arguments, in order (element type of an array, key and value of a map, fields of a row).
     */
    public List<TrinoType> typeArguments()
    {
        return arguments.stream()
                .filter(TypeArgument.class::isInstance)
                .map(argument -> ((TypeArgument) argument).type())
                .toList();
    }

    /**
     * The names of a row's fields, in order.
     */
    public List<String> fieldNames()
    {
        List<String> names = new ArrayList<>();
        for (Argument argument : arguments) {
            if (argument instanceof TypeArgument typeArgument) {
                names.add(typeArgument.name().orElse("field" + names.size()));
            }
        }
        return names;
    }

    @Override
    public String toString()
    {
        if (arguments.isEmpty()) {
            return rawType;
        }
        List<String> parts = new ArrayList<>();
        for (Argument argument : arguments) {
            if (argument instanceof NumberArgument number) {
                parts.add(Long.toString(number.value()));
            }
            else if (argument instanceof TypeArgument typeArgument) {
                parts.add(typeArgument.name().map(name -> quoteName(name) + " ").orElse("") + typeArgument.type());
            }
        }
        String suffix = "";
        String base = rawType;
        for (String zoned : List.of(" with time zone")) {
            if (base.endsWith(zoned)) {
                base = base.substring(0, base.length() - zoned.length());
                suffix = zoned;
            }
        }
        String separator = rawType.equals("decimal") ? "," : ", ";
        return base + "(" + String.join(separator, parts) + ")" + suffix;
    }

    private static String quoteName(String name)
    {
        if (name.matches("[a-z_][a-z0-9_]*")) {
            return name;
        }
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static final class Parser
    {
        private final String text;
        private int position;

        Parser(String text)
        {
            this.text = requireNonNull(text, "text is null");
        }

        TrinoType type()
        {
            skipSpaces();
            String base = words();
            if (base.isEmpty()) {
                throw new IllegalArgumentException("type expected at " + position + " in '" + text + "'");
            }
            List<Argument> arguments = new ArrayList<>();
            skipSpaces();
            if (peek() == '(') {
                position++;
                boolean row = base.equals("row");
                while (true) {
                    skipSpaces();
                    arguments.add(row ? field() : argument());
                    skipSpaces();
                    char next = peek();
                    position++;
                    if (next == ')') {
                        break;
                    }
                    if (next != ',') {
                        throw new IllegalArgumentException("',' or ')' expected at " + (position - 1) + " in '" + text + "'");
                    }
                }
                int mark = position;
                skipSpaces();
                String suffix = words();
                if (suffix.equals("with time zone")) {
                    base = base + " " + suffix;
                }
                else {
                    position = mark;
                }
            }
            return new TrinoType(base, arguments);
        }

        private Argument argument()
        {
            if (Character.isDigit(peek())) {
                int start = position;
                while (Character.isDigit(peek())) {
                    position++;
                }
                return new NumberArgument(Long.parseLong(text.substring(start, position)));
            }
            return new TypeArgument(Optional.empty(), type());
        }

        private Argument field()
        {
            String name;
            if (peek() == '"') {
                StringBuilder quoted = new StringBuilder();
                position++;
                while (true) {
                    if (atEnd()) {
                        throw new IllegalArgumentException("unterminated field name in '" + text + "'");
                    }
                    char character = text.charAt(position++);
                    if (character == '"') {
                        if (peek() == '"') {
                            quoted.append('"');
                            position++;
                            continue;
                        }
                        break;
                    }
                    quoted.append(character);
                }
                name = quoted.toString();
            }
            else {
                int start = position;
                while (isWordCharacter(peek())) {
                    position++;
                }
                name = text.substring(start, position);
                skipSpaces();
                if (peek() == ',' || peek() == ')' || peek() == '(') {
                    // An anonymous field: what was read is the type
                    position = start;
                    return new TypeArgument(Optional.empty(), type());
                }
            }
            return new TypeArgument(Optional.of(name), type());
        }

        /**
         * One or more words separated by single spaces ({@code interval day to second}), stopping before a
         * word that follows a space when the caller expects a type after a field name.
         */
        private String words()
        {
            StringBuilder result = new StringBuilder();
            while (true) {
                int start = position;
                while (isWordCharacter(peek())) {
                    position++;
                }
                if (position == start) {
                    break;
                }
                if (result.length() > 0) {
                    result.append(' ');
                }
                result.append(text, start, position);
                int mark = position;
                skipSpaces();
                if (!isWordCharacter(peek())) {
                    position = mark;
                    break;
                }
            }
            return result.toString().toLowerCase(Locale.ROOT);
        }

        void skipSpaces()
        {
            while (!atEnd() && text.charAt(position) == ' ') {
                position++;
            }
        }

        boolean atEnd()
        {
            return position >= text.length();
        }

        private char peek()
        {
            return atEnd() ? '\0' : text.charAt(position);
        }

        private static boolean isWordCharacter(char character)
        {
            return Character.isLetterOrDigit(character) || character == '_';
        }
    }
}
