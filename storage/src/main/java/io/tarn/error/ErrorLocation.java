package io.tarn.error;

/**
 * A position in a SQL statement, 1-based, as Trino reports it.
 */
public record ErrorLocation(int lineNumber, int columnNumber)
{
    public ErrorLocation
    {
        if (lineNumber < 1 || columnNumber < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + lineNumber + ":" + columnNumber);
        }
    }

    @Override
    public String toString()
    {
        return lineNumber + ":" + columnNumber;
    }
}
