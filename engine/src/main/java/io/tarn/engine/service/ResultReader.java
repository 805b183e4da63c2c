package io.tarn.engine.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.tarn.error.TarnException;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static io.tarn.engine.service.QueryErrorCode.RESULT_STORAGE_ERROR;
import static java.util.Objects.requireNonNull;

/**
 * Reads rows of a result file written by {@link ResultWriter}, from a byte position up to the part the writer
 * has published, so pages can be read while the query still writes.
 */
final class ResultReader
{
    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultReader() {}

    /**
     * Rows read from {@code start}, at most {@code maxRows}, and the position after them.
     */
    record Page(List<ArrayNode> rows, ResultProgress end)
    {
        Page
        {
            rows = List.copyOf(requireNonNull(rows, "rows is null"));
            requireNonNull(end, "end is null");
        }
    }

    static Page read(Path file, ResultProgress start, int maxRows, ResultProgress published)
    {
        List<ArrayNode> rows = new ArrayList<>();
        ResultProgress end = scan(file, start, published, maxRows, rows::add);
        return new Page(rows, end);
    }

    static void forEach(Path file, ResultProgress published, Consumer<ArrayNode> consumer)
    {
        scan(file, ResultProgress.EMPTY, published, Long.MAX_VALUE, consumer);
    }

    private static ResultProgress scan(Path file, ResultProgress start, ResultProgress published, long maxRows, Consumer<ArrayNode> consumer)
    {
        if (start.bytes() >= published.bytes() || maxRows == 0) {
            return start;
        }
        long rows = start.rows();
        long offset = start.bytes();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(start.bytes());
            InputStream input = new BufferedInputStream(com.google.common.io.ByteStreams.limit(Channels.newInputStream(channel), published.bytes() - start.bytes()), 64 * 1024);
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long read = 0;
            while (read < maxRows) {
                int next = input.read();
                if (next < 0) {
                    break;
                }
                if (next != '\n') {
                    line.write(next);
                    continue;
                }
                consumer.accept((ArrayNode) JSON.readTree(line.toByteArray()));
                offset += line.size() + 1;
                line.reset();
                rows++;
                read++;
            }
            return new ResultProgress(rows, offset);
        }
        catch (IOException | ClassCastException e) {
            throw new TarnException(RESULT_STORAGE_ERROR, "Cannot read the result file " + file + ": " + e.getMessage(), e);
        }
    }
}
