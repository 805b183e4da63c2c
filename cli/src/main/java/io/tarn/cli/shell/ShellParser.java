package io.tarn.cli.shell;

import io.tarn.cli.query.StatementSplitter;
import io.tarn.error.TarnException;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Tells JLine when the input is complete and where the word under the cursor is. Input is complete when every
 * statement in it ends with {@code ;} outside strings, quoted identifiers and comments, or when it is a
 * backslash command or {@code quit}/{@code exit}/{@code help}; otherwise Enter starts a new line of the same
 * input, so a statement typed over several lines is edited and kept in the history as one.
 */
final class ShellParser
        implements Parser
{
    private static final Set<String> WORD_COMMANDS = Set.of("quit", "exit", "help");

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context)
    {
        if (context == ParseContext.ACCEPT_LINE && !isComplete(line)) {
            throw new EOFError(-1, cursor, "the statement does not end with ;", ";");
        }
        return WordLine.at(line, cursor);
    }

    static boolean isComplete(String text)
    {
        String stripped = text.strip();
        if (stripped.isEmpty() || isCommand(stripped)) {
            return true;
        }
        try {
            return StatementSplitter.isBlank(StatementSplitter.split(text).remainder());
        }
        catch (TarnException e) {
            // An unterminated string, quoted identifier or comment: more is to come
            return false;
        }
    }

    /**
     * Whether the input is a shell command rather than SQL: a backslash command, or one of the words
     * {@code quit}, {@code exit} and {@code help} alone (with or without {@code ;}).
     */
    static boolean isCommand(String stripped)
    {
        if (stripped.startsWith("\\")) {
            return true;
        }
        String word = stripped.endsWith(";") ? stripped.substring(0, stripped.length() - 1).strip() : stripped;
        return WORD_COMMANDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The input with the word the cursor is in or after: in SQL a run of letters, digits, {@code _}, {@code $},
     * {@code .} and {@code -} (so a nested path such as {@code userIdentity.sessionContext.} and a store id
     * are one word); in a backslash command a run of anything but white space.
     */
    record WordLine(String line, int cursor, int wordStart)
            implements CompletingParsedLine
    {
        WordLine
        {
            requireNonNull(line, "line is null");
        }

        static WordLine at(String line, int cursor)
        {
            boolean command = line.stripLeading().startsWith("\\");
            int start = cursor;
            while (start > 0 && isWordCharacter(line.charAt(start - 1), command)) {
                start--;
            }
            return new WordLine(line, cursor, start);
        }

        private static boolean isWordCharacter(char character, boolean command)
        {
            if (command) {
                return !Character.isWhitespace(character);
            }
            return Character.isLetterOrDigit(character) || character == '_' || character == '$' || character == '.' || character == '-';
        }

        /**
         * Whether the input is a backslash command.
         */
        boolean isCommand()
        {
            return line.stripLeading().startsWith("\\");
        }

        /**
         * The input before the word.
         */
        String before()
        {
            return line.substring(0, wordStart);
        }

        @Override
        public String word()
        {
            return line.substring(wordStart, cursor);
        }

        @Override
        public int wordCursor()
        {
            return cursor - wordStart;
        }

        @Override
        public int wordIndex()
        {
            return 0;
        }

        @Override
        public List<String> words()
        {
            return List.of(word());
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete)
        {
            return candidate;
        }

        @Override
        public int rawWordCursor()
        {
            return wordCursor();
        }

        @Override
        public int rawWordLength()
        {
            return cursor - wordStart;
        }
    }
}
