package io.tarn.engine.function;

import com.google.common.collect.ImmutableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * A type in a signature: a concrete base type with parameters ({@code varchar}, {@code timestamp(p)},
 * {@code array(T)}, {@code map(K,V)}, {@code function(T,U)}), or a type variable (a single upper-case
 * letter such as {@code T}). Lower-case single letters in parameter position ({@code p}, {@code s}) are
 * numeric variables that match any value.
 */
public record TypePattern(String base, List<TypePattern> parameters, boolean variable)
{
    public TypePattern
    {
        requireNonNull(base, "base is null");
        parameters = ImmutableList.copyOf(requireNonNull(parameters, "parameters is null"));
    }

    public static TypePattern parse(String text)
    {
        Parser parser = new Parser(text);
        TypePattern pattern = parser.parse();
        if (!parser.atEnd()) {
            throw new IllegalArgumentException("bad type pattern: " + text);
        }
        return pattern;
    }

    public boolean isFunction()
    {
        return base.equals("function");
    }

    @Override
    public String toString()
    {
        if (parameters.isEmpty()) {
            return base;
        }
        List<String> rendered = parameters.stream().map(TypePattern::toString).toList();
        if (base.equals("timestamp with time zone")) {
            return "timestamp(" + String.join(", ", rendered) + ") with time zone";
        }
        return base + "(" + String.join(", ", rendered) + ")";
    }

    private static final class Parser
    {
        private final String text;
        private int position;

        Parser(String text)
        {
            this.text = text;
        }

        boolean atEnd()
        {
            skipSpaces();
            return position == text.length();
        }

        TypePattern parse()
        {
            skipSpaces();
            int start = position;
            while (position < text.length() && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
                position++;
            }
            String word = text.substring(start, position);
            if (word.isEmpty()) {
                throw new IllegalArgumentException("bad type pattern: " + text);
            }
            if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
                return new TypePattern(word, List.of(), true);
            }
            String base = word.toLowerCase(Locale.ROOT);
            List<TypePattern> parameters = new ArrayList<>();
            skipSpaces();
            if (position < text.length() && text.charAt(position) == '(') {
                position++;
                do {
                    skipSpaces();
                    if (Character.isDigit(text.charAt(position)) || (Character.isLowerCase(text.charAt(position)) && isSingleLetter())) {
                        int numberStart = position;
                        while (position < text.length() && Character.isLetterOrDigit(text.charAt(position))) {
                            position++;
                        }
                        parameters.add(new TypePattern(text.substring(numberStart, position), List.of(), !Character.isDigit(text.charAt(numberStart))));
                    }
                    else {
                        parameters.add(parse());
                    }
                    skipSpaces();
                }
                while (accept(','));
                if (!accept(')')) {
                    throw new IllegalArgumentException("bad type pattern: " + text);
                }
            }
            if (base.equals("interval")) {
                base = "interval " + readWords(3);
            }
            else if (base.equals("timestamp") || base.equals("time")) {
                int mark = position;
                String suffix = readWords(3);
                if (suffix.equals("with time zone")) {
                    base = base + " with time zone";
                }
                else {
                    position = mark;
                }
            }
            else if (base.equals("double") && text.startsWith(" precision", position)) {
                position += " precision".length();
            }
            return new TypePattern(base, parameters, false);
        }

        private boolean isSingleLetter()
        {
            int next = position + 1;
            return next >= text.length() || !Character.isLetterOrDigit(text.charAt(next));
        }

        private String readWords(int count)
        {
            List<String> words = new ArrayList<>();
            for (int index = 0; index < count; index++) {
                skipSpaces();
                int start = position;
                while (position < text.length() && Character.isLetter(text.charAt(position))) {
                    position++;
                }
                if (start == position) {
                    break;
                }
                words.add(text.substring(start, position).toLowerCase(Locale.ROOT));
            }
            return String.join(" ", words);
        }

        private boolean accept(char character)
        {
            skipSpaces();
            if (position < text.length() && text.charAt(position) == character) {
                position++;
                return true;
            }
            return false;
        }

        private void skipSpaces()
        {
            while (position < text.length() && text.charAt(position) == ' ') {
                position++;
            }
        }
    }
}
