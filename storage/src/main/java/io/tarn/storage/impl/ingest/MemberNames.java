package io.tarn.storage.impl.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * Reads the member names of the objects one value parser meets, each with what the parser keeps for it.
 *
 * <p>Events of one kind list their members in the same order, so each name is first matched against the
 * name that followed the previous member last time (or came first last time). A right guess compares the
 * input's bytes with the expected name and skips Jackson's symbol table and the lookup by name, which
 * together took a quarter of parsing; a wrong one costs a few byte comparisons before the usual path.
 * One instance per parser thread.
 *
 * @param <T> what the parser keeps per name
 */
final class MemberNames<T>
{
    private static final int MAX_CACHED_NAMES = 4096;

    private final Function<String, T> describe;
    private final Map<String, Name<T>> names = new HashMap<>();
    private Name<T> first;

    MemberNames(Function<String, T> describe)
    {
        this.describe = requireNonNull(describe, "describe is null");
    }

    /**
     * Advances the parser, inside an object, to the name of its next member and returns it, or returns null
     * at the end of the object (the parser is then on its {@code END_OBJECT}).
     *
     * @param previous the name this method returned last for the same object, null for its first member
     */
    Name<T> next(JsonParser parser, Name<T> previous)
            throws IOException
    {
        Name<T> predicted = previous == null ? first : previous.next;
        if (predicted != null && parser.nextFieldName(predicted.serializedName)) {
            return predicted;
        }
        // after a wrong guess the parser is on the next token all the same
        JsonToken token = predicted == null ? parser.nextToken() : parser.currentToken();
        if (token != JsonToken.FIELD_NAME) {
            return null;
        }
        Name<T> current = name(parser.currentName());
        // a name with a lone surrogate (from invalid UTF-8 or an escape) cannot be encoded for the guess,
        // where Jackson would throw IllegalArgumentException on the next object
        if (!isWellFormed(current.name)) {
            return current;
        }
        if (previous == null) {
            first = current;
        }
        else {
            previous.next = current;
        }
        return current;
    }

    private static boolean isWellFormed(String name)
    {
        for (int index = 0; index < name.length(); index++) {
            char character = name.charAt(index);
            if (Character.isHighSurrogate(character) && index + 1 < name.length() && Character.isLowSurrogate(name.charAt(index + 1))) {
                index++;
            }
            else if (Character.isSurrogate(character)) {
                return false;
            }
        }
        return true;
    }

    private Name<T> name(String name)
    {
        Name<T> known = names.get(name);
        if (known != null) {
            return known;
        }
        Name<T> created = new Name<>(name, describe.apply(name));
        // objects with ever new member names (maps keyed by ids) must not grow the heap
        if (names.size() < MAX_CACHED_NAMES) {
            names.put(name, created);
        }
        return created;
    }

    /**
     * A member name as it appears in the input, what the parser keeps for it, and the name that followed it
     * in the last object parsed.
     */
    static final class Name<T>
    {
        private final String name;
        private final SerializedString serializedName;
        private final T value;
        private Name<T> next;

        private Name(String name, T value)
        {
            this.name = name;
            this.serializedName = new SerializedString(name);
            this.value = value;
        }

        String name()
        {
            return name;
        }

        /**
         * What the parser keeps for this name; may be null.
         */
        T value()
        {
            return value;
        }
    }
}
