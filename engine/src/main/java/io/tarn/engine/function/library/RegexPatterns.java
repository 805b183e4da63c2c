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

    /**
     * The longest run of plain characters every match must contain, or null when there is none worth
     * searching for: a match of the whole pattern needs it, so a value without it cannot match. Found
     * conservatively, outside groups and classes only, and not at all when the pattern has alternatives or
     * flags.
     */
    static String requiredLiteral(String regex)
    {
        if (regex.indexOf('|') >= 0 || regex.contains("(?")) {
            return null;
        }
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int index = 0; index < regex.length(); index++) {
            char character = regex.charAt(index);
            if (depth == 0 && (character == '*' || character == '?' || character == '{')) {
                // The character before is optional: it does not belong to the run.
                if (run.length() > 0) {
                    run.setLength(run.length() - 1);
                }
                best = longer(best, run);
                run.setLength(0);
                if (character == '{') {
                    index = skipTo(regex, index, '}');
                }
                continue;
            }
            if (character == '\\' && index + 1 < regex.length()) {
                char escaped = regex.charAt(++index);
                if (depth == 0 && !Character.isLetterOrDigit(escaped) && escaped < 0x80) {
                    run.append(escaped);
                    continue;
                }
                best = longer(best, run);
                run.setLength(0);
                if (Character.isDigit(escaped) || "QpPxkNuc".indexOf(escaped) >= 0) {
                    // Quoting, back references and escapes with arguments are not followed further.
                    return best.length() >= 2 ? best : null;
                }
                continue;
            }
            if (character == '[') {
                best = longer(best, run);
                run.setLength(0);
                index = skipClass(regex, index);
                if (index < 0) {
                    return null;
                }
                continue;
            }
            if (character == '(') {
                depth++;
            }
            else if (character == ')') {
                depth--;
            }
            if (depth > 0 || character == ')' || METACHARACTERS.indexOf(character) >= 0) {
                best = longer(best, run);
                run.setLength(0);
                continue;
            }
            run.append(character);
        }
        best = longer(best, run);
        return best.length() >= 2 ? best : null;
    }

    private static String longer(String best, StringBuilder run)
    {
        return run.length() > best.length() ? run.toString() : best;
    }

    private static int skipTo(String regex, int index, char end)
    {
        int found = regex.indexOf(end, index);
        return found < 0 ? regex.length() : found;
    }

    /**
     * The index of the {@code ]} closing the class that opens at {@code open}, or -1.
     */
    private static int skipClass(String regex, int open)
    {
        int depth = 0;
        for (int index = open; index < regex.length(); index++) {
            char character = regex.charAt(index);
            if (character == '\\') {
                index++;
            }
            else if (character == '[') {
                depth++;
            }
            else if (character == ']' && index > open + 1 && !(index == open + 2 && regex.charAt(open + 1) == '^')) {
                depth--;
                if (depth == 0) {
                    return index;
                }
            }
        }
        return -1;
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
