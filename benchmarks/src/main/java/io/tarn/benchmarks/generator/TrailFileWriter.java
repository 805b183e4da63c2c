package io.tarn.benchmarks.generator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

import static java.util.Objects.requireNonNull;

/**
 * One CloudTrail log file being written: gzipped {@code {"Records":[...]}}. Its name carries its delivery
 * time, known only when it is closed, so it is written under a temporary name and moved into the trail's
 * layout on {@link #finish}.
 */
final class TrailFileWriter
        implements AutoCloseable
{
    private final Path temporary;
    private final CountingOutputStream compressed;
    private final CountingOutputStream uncompressed;
    private final JsonGenerator json;
    private final int targetEvents;
    private long lastEventMillis;
    private int events;
    private boolean closed;

    TrailFileWriter(JsonFactory factory, Path temporary, int compressionLevel, long firstEventMillis, int targetEvents)
            throws IOException
    {
        this.temporary = requireNonNull(temporary, "temporary is null");
        this.lastEventMillis = firstEventMillis;
        this.targetEvents = targetEvents;
        this.compressed = new CountingOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16));
        OutputStream gzip = new GZIPOutputStream(compressed, 1 << 16)
        {
            {
                def.setLevel(compressionLevel);
            }
        };
        this.uncompressed = new CountingOutputStream(gzip);
        this.json = factory.createGenerator(uncompressed);
        json.writeStartObject();
        json.writeArrayFieldStart("Records");
    }

    /**
     * The generator to write the next record with; call {@link #recorded} after.
     */
    JsonGenerator json()
    {
        return json;
    }

    void recorded(long eventMillis)
    {
        events++;
        lastEventMillis = eventMillis;
    }

    /**
     * Whether this file holds its target count of events, so the next event goes to a new file. (Files are
     * also cut at the end of each day, so quiet accounts and regions deliver small files.)
     */
    boolean full()
    {
        return events >= targetEvents;
    }

    int events()
    {
        return events;
    }

    long compressedBytes()
    {
        return compressed.count();
    }

    long uncompressedBytes()
    {
        return uncompressed.count();
    }

    /**
     * Closes the file and moves it to {@code <out>/AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/<name>}, delivered
     * five to ten minutes after its last event, on a five-minute boundary.
     */
    Path finish(Path out, String account, String region, String uniqueString)
            throws IOException
    {
        close();
        long delivery = (Math.floorDiv(lastEventMillis, 300_000L) + 2) * 300_000L;
        Path directory = out.resolve("AWSLogs").resolve(account).resolve("CloudTrail").resolve(region).resolve(Timestamps.datePath(delivery));
        Files.createDirectories(directory);
        Path target = directory.resolve(account + "_CloudTrail_" + region + "_" + Timestamps.compactMinute(delivery) + "_" + uniqueString + ".json.gz");
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close()
            throws IOException
    {
        if (closed) {
            return;
        }
        closed = true;
        json.writeEndArray();
        json.writeEndObject();
        json.close();
        uncompressed.close();
    }
}
