package io.tarn.cli.shell;

import io.tarn.cli.output.AlignedTablePrinter;
import io.tarn.cli.output.OutputRow;
import io.tarn.cli.output.ResultFormat;
import io.tarn.cli.output.ResultPrinter;
import org.jline.terminal.Terminal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Prints one query's result in the shell. While the query runs and until its first rows are in, the progress
 * line shows; then the first rows decide the layout (a table, or one column per line when the table is wider
 * than the terminal and the vertical layout is automatic) and where the output goes: straight to the
 * terminal when it all fits on the screen, else through the pager, to which the rest streams as it comes.
 */
final class ResultRenderer
{
    private static final int HEAD_ROWS = 1000;

    private final Terminal terminal;
    private final ShellSettings settings;
    private final Optional<String> pagerCommand;
    private final boolean interactive;
    private long rows;
    private boolean stoppedByPager;

    ResultRenderer(Terminal terminal, ShellSettings settings, Optional<String> pagerCommand, boolean interactive)
    {
        this.terminal = requireNonNull(terminal, "terminal is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.pagerCommand = requireNonNull(pagerCommand, "pagerCommand is null");
        this.interactive = interactive;
    }

    /**
     * The rows printed so far, also when printing stopped on an error or a cancellation.
     */
    long rows()
    {
        return rows;
    }

    /**
     * Whether the user quit the pager before the last row, which stopped the query.
     */
    boolean stoppedByPager()
    {
        return stoppedByPager;
    }

    void render(ShellQuery query)
    {
        PrintWriter out = terminal.writer();
        List<OutputRow> head = new ArrayList<>();
        boolean ended = false;
        try (ProgressLine progress = ProgressLine.start(terminal, query, interactive)) {
            while (head.size() < HEAD_ROWS) {
                List<OutputRow> batch = query.nextRows();
                if (batch == null) {
                    ended = true;
                    break;
                }
                head.addAll(batch);
            }
        }
        if (query.columns().isEmpty()) {
            query.updateType().ifPresent(out::println);
            out.flush();
            return;
        }
        ResultFormat format = format(query, head);
        boolean paging = interactive && settings.pager() && pagerCommand.isPresent();
        if (ended) {
            StringWriter text = new StringWriter();
            try (PrintWriter writer = new PrintWriter(text)) {
                print(format, writer, head, query, false);
            }
            Optional<Pager> pager = paging && !fitsScreen(text.toString()) ? Pager.start(pagerCommand.get()) : Optional.empty();
            if (pager.isPresent()) {
                try (Pager started = pager.get()) {
                    started.writer().print(text);
                }
            }
            else {
                out.print(text);
                out.flush();
            }
            rows = head.size();
            return;
        }
        Optional<Pager> pager = paging ? Pager.start(pagerCommand.get()) : Optional.empty();
        if (pager.isPresent()) {
            try (Pager started = pager.get()) {
                print(format, started.writer(), head, query, true);
            }
        }
        else {
            print(format, out, head, query, true);
        }
    }

    private void print(ResultFormat format, PrintWriter out, List<OutputRow> head, ShellQuery query, boolean more)
    {
        ResultPrinter printer = format.printer(out, false);
        printer.columns(query.columns());
        for (OutputRow row : head) {
            printer.row(row);
            rows++;
        }
        if (more) {
            for (List<OutputRow> batch = query.nextRows(); batch != null; batch = query.nextRows()) {
                for (OutputRow row : batch) {
                    printer.row(row);
                    rows++;
                }
                if (out.checkError()) {
                    stoppedByPager = true;
                    query.cancel();
                    return;
                }
            }
        }
        printer.finish();
    }

    private ResultFormat format(ShellQuery query, List<OutputRow> head)
    {
        ResultFormat format = settings.format().resultFormat();
        if (format != ResultFormat.TABLE) {
            return format;
        }
        return switch (settings.vertical()) {
            case ON -> ResultFormat.VERTICAL;
            case OFF -> ResultFormat.TABLE;
            case AUTO -> interactive && terminal.getWidth() > 0 && AlignedTablePrinter.width(query.columns(), head) > terminal.getWidth()
                    ? ResultFormat.VERTICAL
                    : ResultFormat.TABLE;
        };
    }

    private boolean fitsScreen(String text)
    {
        int height = terminal.getHeight();
        if (height <= 0) {
            return true;
        }
        long lines = text.chars().filter(character -> character == '\n').count();
        // Room for the summary line and the next prompt
        return lines <= height - 2;
    }
}
