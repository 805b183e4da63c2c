package io.tarn.storage.impl.ingest;

import static java.util.Objects.requireNonNull;

/**
 * Thrown while parsing a record that cannot be stored; the reason goes to the rejects file. Rejections are
 * part of normal operation, so no stack trace is captured. A problem with a nested value is reported with
 * the path of field names leading to it, as the record spells them.
 */
final class RecordRejectedException
        extends Exception
{
    private final String path;
    private final String detail;

    RecordRejectedException(String detail)
    {
        this("", detail);
    }

    private RecordRejectedException(String path, String detail)
    {
        super(path.isEmpty() ? detail : path + ": " + detail, null, false, false);
        this.path = path;
        this.detail = requireNonNull(detail, "detail is null");
    }

    /**
     * The same problem one level up, inside the named field.
     */
    RecordRejectedException inField(String name)
    {
        if (path.isEmpty()) {
            return new RecordRejectedException(name, detail);
        }
        return new RecordRejectedException(path.startsWith("[") ? name + path : name + "." + path, detail);
    }

    /**
     * The same problem one level up, inside the element of an array at a 0-based index.
     */
    RecordRejectedException inElement(int index)
    {
        String element = "[" + index + "]";
        if (path.isEmpty()) {
            return new RecordRejectedException(element, detail);
        }
        return new RecordRejectedException(path.startsWith("[") ? element + path : element + "." + path, detail);
    }

    String reason()
    {
        return getMessage();
    }
}
