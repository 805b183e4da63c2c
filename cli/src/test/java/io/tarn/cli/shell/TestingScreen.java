package io.tarn.cli.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;

/**
 * A small terminal emulator standing in for the window a person looks at: it interprets what a program writes
 * (text, line breaks, the cursor movements, erasures and insertions JLine uses with {@code TERM=xterm}) into a
 * grid of characters, keeps the lines that scroll off the top, and answers the queries a terminal answers (the
 * cursor position, the device attributes). Colours and modes are ignored.
 */
final class TestingScreen
{
    private final int columns;
    private final int rows;
    private final Consumer<String> answers;
    private final List<String> scrolledOff = new ArrayList<>();
    private final char[][] grid;
    private int row;
    private int column;
    private boolean wrapPending;
    private int savedRow;
    private int savedColumn;
    private final StringBuilder sequence = new StringBuilder();
    private State state = State.TEXT;

    private enum State
    {
        TEXT,
        ESCAPE,
        CONTROL_SEQUENCE,
        OPERATING_SYSTEM_COMMAND,
        CHARSET,
    }

    /**
     * @param answers receives what the terminal sends back to the program (answers to queries)
     */
    TestingScreen(int columns, int rows, Consumer<String> answers)
    {
        this.columns = columns;
        this.rows = rows;
        this.answers = requireNonNull(answers, "answers is null");
        this.grid = new char[rows][columns];
        for (char[] line : grid) {
            Arrays.fill(line, ' ');
        }
    }

    synchronized void write(char[] characters, int length)
    {
        for (int index = 0; index < length; index++) {
            write(characters[index]);
        }
    }

    /**
     * All lines: those scrolled off the top, then the screen's, without trailing blanks and without the blank
     * lines at the bottom of the screen.
     */
    synchronized List<String> lines()
    {
        List<String> lines = new ArrayList<>(scrolledOff);
        for (char[] line : grid) {
            lines.add(new String(line).stripTrailing());
        }
        int last = lines.size();
        while (last > scrolledOff.size() + row + 1 && lines.get(last - 1).isEmpty()) {
            last--;
        }
        return new ArrayList<>(lines.subList(0, last));
    }

    /**
     * The index in {@link #lines()} of the line the cursor is on.
     */
    synchronized int cursorLine()
    {
        return scrolledOff.size() + row;
    }

    private void write(char character)
    {
        switch (state) {
            case TEXT -> text(character);
            case ESCAPE -> escape(character);
            case CONTROL_SEQUENCE -> {
                sequence.append(character);
                if (character >= '@' && character <= '~') {
                    controlSequence(sequence.toString());
                    sequence.setLength(0);
                    state = State.TEXT;
                }
            }
            case OPERATING_SYSTEM_COMMAND -> {
                if (character == '\u0007') {
                    state = State.TEXT;
                }
                else if (character == '\u001b') {
                    // ESC \ ends it; the backslash is then ignored as an unknown escape
                    state = State.ESCAPE;
                }
            }
            case CHARSET -> state = State.TEXT;
        }
    }

    private void text(char character)
    {
        switch (character) {
            case '\u001b' -> state = State.ESCAPE;
            case '\r' -> {
                column = 0;
                wrapPending = false;
            }
            case '\n', '\u000b', '\u000c' -> lineFeed();
            case '\b' -> {
                column = Math.max(0, column - 1);
                wrapPending = false;
            }
            case '\t' -> column = Math.min(columns - 1, (column / 8 + 1) * 8);
            case '\u0007', '\u0000', '\u000e', '\u000f' -> {}
            default -> {
                if (wrapPending) {
                    column = 0;
                    lineFeed();
                }
                grid[row][column] = character;
                if (column == columns - 1) {
                    wrapPending = true;
                }
                else {
                    column++;
                }
            }
        }
    }

    private void escape(char character)
    {
        state = State.TEXT;
        switch (character) {
            case '[' -> state = State.CONTROL_SEQUENCE;
            case ']' -> state = State.OPERATING_SYSTEM_COMMAND;
            case '(', ')', '*', '+' -> state = State.CHARSET;
            case '7' -> {
                savedRow = row;
                savedColumn = column;
            }
            case '8' -> {
                row = savedRow;
                column = savedColumn;
                wrapPending = false;
            }
            case 'D' -> lineFeed();
            case 'E' -> {
                column = 0;
                lineFeed();
            }
            case 'M' -> {
                if (row > 0) {
                    row--;
                }
                else {
                    System.arraycopy(grid, 0, grid, 1, rows - 1);
                    grid[0] = blankLine();
                }
            }
            case 'c' -> clear(0, rows);
            default -> {}
        }
    }

    private void controlSequence(String text)
    {
        char command = text.charAt(text.length() - 1);
        String body = text.substring(0, text.length() - 1);
        boolean privateMode = !body.isEmpty() && "?<=>".indexOf(body.charAt(0)) >= 0;
        String parameters = privateMode ? body.substring(1) : body;
        int first = parameter(parameters, 0, 1);
        switch (command) {
            case 'A' -> move(row - first, column);
            case 'B', 'e' -> move(row + first, column);
            case 'C', 'a' -> move(row, column + first);
            case 'D' -> move(row, column - first);
            case 'E' -> move(row + first, 0);
            case 'F' -> move(row - first, 0);
            case 'G', '`' -> move(row, first - 1);
            case 'd' -> move(first - 1, column);
            case 'H', 'f' -> move(first - 1, parameter(parameters, 1, 1) - 1);
            case 'K' -> {
                int mode = parameter(parameters, 0, 0);
                int from = mode == 0 ? column : 0;
                int to = mode == 1 ? column + 1 : columns;
                Arrays.fill(grid[row], from, Math.min(to, columns), ' ');
            }
            case 'J' -> {
                int mode = parameter(parameters, 0, 0);
                if (mode == 0) {
                    Arrays.fill(grid[row], column, columns, ' ');
                    clear(row + 1, rows);
                }
                else if (mode == 1) {
                    clear(0, row);
                    Arrays.fill(grid[row], 0, column + 1, ' ');
                }
                else {
                    clear(0, rows);
                }
            }
            case '@' -> {
                int count = Math.min(first, columns - column);
                System.arraycopy(grid[row], column, grid[row], column + count, columns - column - count);
                Arrays.fill(grid[row], column, column + count, ' ');
            }
            case 'P' -> {
                int count = Math.min(first, columns - column);
                System.arraycopy(grid[row], column + count, grid[row], column, columns - column - count);
                Arrays.fill(grid[row], columns - count, columns, ' ');
            }
            case 'X' -> Arrays.fill(grid[row], column, Math.min(columns, column + first), ' ');
            case 'L' -> {
                for (int count = 0; count < first; count++) {
                    System.arraycopy(grid, row, grid, row + 1, rows - row - 1);
                    grid[row] = blankLine();
                }
            }
            case 'M' -> {
                for (int count = 0; count < first; count++) {
                    System.arraycopy(grid, row + 1, grid, row, rows - row - 1);
                    grid[rows - 1] = blankLine();
                }
            }
            case 'n' -> {
                if (!privateMode && first == 6) {
                    answers.accept("\u001b[" + (row + 1) + ";" + (column + 1) + "R");
                }
            }
            case 'c' -> {
                if (!privateMode && parameter(parameters, 0, 0) == 0) {
                    // A VT100 with the advanced video option
                    answers.accept("\u001b[?1;2c");
                }
            }
            default -> {
                // Colours, modes, scrolling regions: nothing to show
            }
        }
    }

    private void move(int newRow, int newColumn)
    {
        row = Math.max(0, Math.min(rows - 1, newRow));
        column = Math.max(0, Math.min(columns - 1, newColumn));
        wrapPending = false;
    }

    private void lineFeed()
    {
        wrapPending = false;
        if (row < rows - 1) {
            row++;
            return;
        }
        scrolledOff.add(new String(grid[0]).stripTrailing());
        System.arraycopy(grid, 1, grid, 0, rows - 1);
        grid[rows - 1] = blankLine();
    }

    private void clear(int fromRow, int toRow)
    {
        for (int index = fromRow; index < toRow; index++) {
            Arrays.fill(grid[index], ' ');
        }
    }

    private char[] blankLine()
    {
        char[] line = new char[columns];
        Arrays.fill(line, ' ');
        return line;
    }

    private static int parameter(String parameters, int index, int defaultValue)
    {
        String[] values = parameters.split(";", -1);
        if (index >= values.length || values[index].isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(values[index]);
            return value == 0 && defaultValue == 1 ? 1 : value;
        }
        catch (NumberFormatException e) {
            return defaultValue;
        }
    }
}
