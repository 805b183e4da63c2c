package io.tarn.error;

import static java.util.Objects.requireNonNull;

/**
 * A stable error code: a name, a number and a category.
 */
public record ErrorCode(String name, int code, ErrorType type)
{
    public ErrorCode
    {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        if (code < 0) {
            throw new IllegalArgumentException("code is negative");
        }
    }

    @Override
    public String toString()
    {
        return name + ":" + code;
    }
}
