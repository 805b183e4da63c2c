package io.tarn.engine.service;

import java.util.List;

/**
 * CSV lines as delivered result files and {@code --format csv} write them (RFC 4180): fields separated by
 * commas, quoted with {@code "} when they hold a comma, a quote or a line break (quotes doubled), lines
 * ending in CRLF; SQL NULL is an empty field.
 */
public final class CsvFormat
{
    private CsvFormat() {}

    public static String line(List<String> values)
    {
        StringBuilder line = new StringBuilder();
        for (int index = 0; index < values.size(); index++) {
            if (index > 0) {
                line.append(',');
            }
            String value = values.get(index);
            if (value == null) {
                continue;
            }
            if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            }
            else {
                line.append(value);
            }
        }
        return line.append("\r\n").toString();
    }
}
