package io.tarn.engine.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.tarn.engine.ResultColumn;
import io.tarn.engine.exec.Values;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.ColumnBatch;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.tarn.engine.service.QueryErrorCode.QUERY_RESULTS_TOO_LARGE;
import static io.tarn.engine.service.QueryErrorCode.RESULT_STORAGE_ERROR;
import static java.util.Objects.requireNonNull;

/**
 * Appends a query's result rows to its result file as they come, one JSON array of typed values per line
 * ({@link TypedValueEncoder}), and publishes how much is written after each batch so that pages can be read
 * while the query runs. Refuses to grow the file past the result size limit.
 */
final class ResultWriter
        implements AutoCloseable
{
    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;
    private final List<ResultColumn> columns;
    private final long maxBytes;
    private final OutputStream output;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private long rows;
    private long bytes;
    private volatile ResultProgress progress = ResultProgress.EMPTY;

    ResultWriter(Path file, List<ResultColumn> columns, long maxBytes)
    {
        this.file = requireNonNull(file, "file is null");
        this.columns = List.copyOf(columns);
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(file.getParent());
            this.output = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
        }
        catch (IOException e) {
            throw new TarnException(RESULT_STORAGE_ERROR, "Cannot create the result file " + file + ": " + e.getMessage(), e);
        }
    }

    ResultProgress progress()
    {
        return progress;
    }

    /**
     * Appends the batch's rows; when the size limit would be passed, keeps the rows that fit and throws.
     */
    void write(ColumnBatch batch)
    {
        try {
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                line.reset();
                try (JsonGenerator generator = JSON.createGenerator(line)) {
                    generator.writeStartArray();
                    for (int column = 0; column < columns.size(); column++) {
                        ResultColumn resultColumn = columns.get(column);
                        TypedValueEncoder.write(generator, Values.read(batch.column(column), position, resultColumn.type()), resultColumn.type());
                    }
                    generator.writeEndArray();
                }
                line.write('\n');
                if (bytes + line.size() > maxBytes) {
                    publish();
                    throw new TarnException(QUERY_RESULTS_TOO_LARGE, "Query results exceed the limit of " + DataSizes.format(maxBytes)
                            + " of stored results; " + rows + " rows were kept");
                }
                line.writeTo(output);
                bytes += line.size();
                rows++;
            }
            publish();
        }
        catch (IOException e) {
            throw new TarnException(RESULT_STORAGE_ERROR, "Cannot write the result file " + file + ": " + e.getMessage(), e);
        }
    }

    private void publish()
            throws IOException
    {
        output.flush();
        progress = new ResultProgress(rows, bytes);
    }

    @Override
    public void close()
    {
        try {
            output.close();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
