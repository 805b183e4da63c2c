package io.tarn.engine.function.library;

import io.tarn.error.TarnException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;

/**
 * Compiles Trino regular expressions (Joni, Java syntax, UTF-8) into {@link Pattern}s that match the same
 * strings: case-insensitive matching folds Unicode case, and POSIX bracket classes ({@code [[:alpha:]]}),
 * which Joni understands and Java does not, become their Unicode property classes. Patterns that are plain
 * text are recognised so that callers can match them as bytes.
 */
final class RegexPatterns
{
    private static final String METACHARACTERS = "\\^$.|?*+()[]{}";
    private static final Map<String, String> POSIX_CLASSES = Map.ofEntries(
            Map.entry("alpha", "\\p{IsAlphabetic}"),
            Map.entry("upper", "\\p{IsUppercase}"),
            Map.entry("lower", "\\p{IsLowercase}"),
            Map.entry("digit", "\\p{IsDigit}"),
            Map.entry("alnum", "\\p{IsAlphabetic}\\p{IsDigit}"),
            Map.entry("space", "\\p{IsWhite_Space}"),
            Map.entry("blank", "\\t\\p{Zs}"),
            Map.entry("punct", "\\p{IsPunctuation}"),
            Map.entry("cntrl", "\\p{Cc}"),
            Map.entry("xdigit", "0-9A-Fa-f"),
            Map.entry("word", "\\w"),
            Map.entry("graph", "\\p{Graph}"),
            Map.entry("print", "\\p{Print}"));
    private static final int CACHE_SIZE = 64;

    /**
     * Compiled patterns of a function call whose pattern is not constant, most recent last.
     */
    private final Map<String, Pattern> cache = new LinkedHashMap<>(16, 0.75f, true)
    {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest)
        {
            return size() > CACHE_SIZE;
        }
    };

    Pattern get(String regex)
    {
        Pattern pattern = cache.get(regex);
        if (pattern == null) {
            pattern = compile(regex);
            cache.put(regex, pattern);
        }
        return pattern;
    }

    static Pattern compile(String regex)
    {
        try {
            return Pattern.compile(translate(regex), Pattern.UNICODE_CASE);
        }
        catch (PatternSyntaxException e) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, e.getDescription() + " in pattern: " + regex);
        }
    }

    /**
     * Whether the pattern matches exactly its own text (no metacharacter).
     */
    static boolean isLiteral(String regex)
    {
        for (int index = 0; index < regex.length(); index++) {
            if (METACHARACTERS.indexOf(regex.charAt(index)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static String translate(String regex)
    {
        if (!regex.contains("[:")) {
            return regex;
        }
        StringBuilder result = new StringBuilder(regex.length());
        int classDepth = 0;
        for (int index = 0; index < regex.length(); index++) {
            char character = regex.charAt(index);
            if (character == '\\' && index + 1 < regex.length()) {
                result.append(character).append(regex.charAt(++index));
                continue;
            }
            if (classDepth > 0 && character == '[' && regex.startsWith("[:", index)) {
                int end = regex.indexOf(":]", index + 2);
                String name = end < 0 ? null : regex.substring(index + 2, end);
                String replacement = name == null ? null : POSIX_CLASSES.get(name);
                if (replacement != null) {
                    result.append(replacement);
                    index = end + 1;
                    continue;
                }
            }
            if (character == '[') {
                classDepth++;
            }
            else if (character == ']' && classDepth > 0) {
                classDepth--;
            }
            result.append(character);
        }
        return result.toString();
    }
}
