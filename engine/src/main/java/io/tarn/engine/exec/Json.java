package io.tarn.engine.exec;

import static java.util.Objects.requireNonNull;

/**
 * A value of SQL type {@code json} on the row-at-a-time path: its canonical (compact) text.
 */
public record Json(String text)
{
    public Json
    {
        requireNonNull(text, "text is null");
    }

    @Override
    public String toString()
    {
        return text;
    }
}
