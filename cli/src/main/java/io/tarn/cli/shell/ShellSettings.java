package io.tarn.cli.shell;

import io.tarn.cli.output.ResultFormat;

import static java.util.Objects.requireNonNull;

/**
 * What the user has chosen for the session's output: the format, when rows are shown vertically, and whether
 * long results go through the pager.
 */
public final class ShellSettings
{
    /**
     * Output formats of the shell.
     */
    public enum Format
    {
        TABLE(ResultFormat.TABLE),
        CSV(ResultFormat.CSV),
        JSON(ResultFormat.JSON),
        MARKDOWN(ResultFormat.MARKDOWN);

        private final ResultFormat resultFormat;

        Format(ResultFormat resultFormat)
        {
            this.resultFormat = resultFormat;
        }

        ResultFormat resultFormat()
        {
            return resultFormat;
        }
    }

    /**
     * When table rows are shown one column per line: always, never, or when the table is wider than the
     * terminal.
     */
    enum Vertical
    {
        ON,
        OFF,
        AUTO,
    }

    private Format format;
    private Vertical vertical = Vertical.AUTO;
    private boolean pager;

    ShellSettings(Format format, boolean pager)
    {
        this.format = requireNonNull(format, "format is null");
        this.pager = pager;
    }

    Format format()
    {
        return format;
    }

    void setFormat(Format value)
    {
        format = requireNonNull(value, "value is null");
    }

    Vertical vertical()
    {
        return vertical;
    }

    void setVertical(Vertical value)
    {
        vertical = requireNonNull(value, "value is null");
    }

    boolean pager()
    {
        return pager;
    }

    void setPager(boolean value)
    {
        pager = value;
    }
}
