package io.tarn.storage.impl.ingest;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.tarn.error.TarnException;
import io.tarn.storage.IngestReport.Rejection;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.tarn.storage.StorageErrorCode.STORAGE_IO_ERROR;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

/**
 * Writes rejected records to the ingestion's rejects file, one JSON object per line:
 * {@code {"source":..., "recordNumber":..., "line":..., "column":..., "reason":..., "record":...}}, where
 * {@code record} is the record's text cut to {@value #MAX_RECORD_CHARACTERS} characters (with
 * {@code "recordTruncated": true} when it was cut). The file is created with the first rejection. Keeps
 * the first {@value #MAX_REPORTED} rejections for the report. Safe for use by several threads.
 */
final class RejectsWriter
        implements AutoCloseable
{
    static final int MAX_REPORTED = 100;
    static final int MAX_RECORD_CHARACTERS = 4096;
    private static final JsonFactory JSON = new JsonFactory();

    private final FileSystem fileSystem;
    private final String location;
    private final List<Rejection> reported = new ArrayList<>();
    private OutputStream output;
    private JsonGenerator generator;
    private long count;

    RejectsWriter(FileSystem fileSystem, String location)
    {
        this.fileSystem = requireNonNull(fileSystem, "fileSystem is null");
        this.location = requireNonNull(location, "location is null");
    }

    /**
     * Records a rejection; {@code record} may be null when the record's bytes were not kept (an oversized
     * record).
     */
    synchronized void reject(Rejection rejection, byte[] record, int offset, int length)
    {
        count++;
        if (reported.size() < MAX_REPORTED) {
            reported.add(rejection);
        }
        try {
            if (generator == null) {
                output = fileSystem.create(new Path(location), false);
                generator = JSON.createGenerator(output, JsonEncoding.UTF8);
                generator.setRootValueSeparator(null);
            }
            generator.writeStartObject();
            generator.writeStringField("source", rejection.source());
            generator.writeNumberField("recordNumber", rejection.recordNumber());
            generator.writeNumberField("line", rejection.line());
            generator.writeNumberField("column", rejection.column());
            generator.writeStringField("reason", rejection.reason());
            if (record != null) {
                String text = new String(record, offset, length, UTF_8);
                boolean truncated = text.length() > MAX_RECORD_CHARACTERS;
                generator.writeStringField("record", truncated ? text.substring(0, MAX_RECORD_CHARACTERS) : text);
                if (truncated) {
                    generator.writeBooleanField("recordTruncated", true);
                }
            }
            generator.writeEndObject();
            generator.writeRaw('\n');
        }
        catch (IOException e) {
            throw new TarnException(STORAGE_IO_ERROR, "Cannot write the rejects file " + location + ": " + e.getMessage(), e);
        }
    }

    synchronized long count()
    {
        return count;
    }

    synchronized List<Rejection> reported()
    {
        return List.copyOf(reported);
    }

    synchronized Optional<String> location()
    {
        return generator == null ? Optional.empty() : Optional.of(location);
    }

    @Override
    public synchronized void close()
    {
        if (generator != null) {
            try {
                generator.close();
                output.close();
            }
            catch (IOException e) {
                throw new TarnException(STORAGE_IO_ERROR, "Cannot write the rejects file " + location + ": " + e.getMessage(), e);
            }
        }
    }
}
