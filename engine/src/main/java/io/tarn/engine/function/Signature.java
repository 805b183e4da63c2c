package io.tarn.engine.function;

import com.google.common.collect.ImmutableList;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * A function signature in Trino's notation, parsed from text such as
 * {@code element_at(map(K,V), K): V} or {@code concat(varchar...): varchar} ({@code ...} marks a variadic
 * last argument).
 */
public record Signature(String name, List<TypePattern> arguments, TypePattern returnType, boolean variadic)
{
    public Signature
    {
        requireNonNull(name, "name is null");
        arguments = ImmutableList.copyOf(requireNonNull(arguments, "arguments is null"));
        requireNonNull(returnType, "returnType is null");
    }

    public static Signature parse(String text)
    {
        int open = text.indexOf('(');
        int close = text.lastIndexOf("):");
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("bad signature: " + text);
        }
        String name = text.substring(0, open).trim().toLowerCase(Locale.ROOT);
        String argumentText = text.substring(open + 1, close).trim();
        boolean variadic = argumentText.endsWith("...");
        if (variadic) {
            argumentText = argumentText.substring(0, argumentText.length() - 3);
        }
        List<TypePattern> arguments = splitTopLevel(argumentText).stream().map(TypePattern::parse).toList();
        TypePattern returnType = TypePattern.parse(text.substring(close + 2).trim());
        return new Signature(name, arguments, returnType, variadic);
    }

    private static List<String> splitTopLevel(String text)
    {
        if (text.isBlank()) {
            return List.of();
        }
        ImmutableList.Builder<String> parts = ImmutableList.builder();
        int depth = 0;
        int start = 0;
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (character == '(') {
                depth++;
            }
            else if (character == ')') {
                depth--;
            }
            else if (character == ',' && depth == 0) {
                parts.add(text.substring(start, index).trim());
                start = index + 1;
            }
        }
        parts.add(text.substring(start).trim());
        return parts.build();
    }

    /**
     * A variadic argument must appear at least once.
     */
    public int minArguments()
    {
        return arguments.size();
    }

    public int maxArguments()
    {
        return variadic ? Integer.MAX_VALUE : arguments.size();
    }

    public boolean acceptsArgumentCount(int count)
    {
        return count >= minArguments() && count <= maxArguments();
    }

    /**
     * The pattern of the argument at a position, repeating the last one for variadic signatures.
     */
    public TypePattern argument(int index)
    {
        return index < arguments.size() ? arguments.get(index) : arguments.get(arguments.size() - 1);
    }

    @Override
    public String toString()
    {
        String rendered = arguments.stream().map(TypePattern::toString).collect(Collectors.joining(", "));
        return name + "(" + rendered + (variadic ? "..." : "") + "): " + returnType;
    }
}
