package io.tarn.benchmarks.jmh;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.tarn.storage.impl.ingest.IngestSettings;
import io.tarn.storage.impl.ingest.JsonRecordSplitter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The stages of ingestion before the record parser, each alone, per event, on one CloudTrail log file
 * ({@code {"Records":[...]}}) of generated events: gunzip (the JDK's zlib), finding the records
 * ({@link JsonRecordSplitter}), and Jackson tokenizing every record without doing anything with the tokens.
 * The last is what any parser built on Jackson costs at least; with {@link JsonParseBenchmark} (Tarn's parser)
 * and {@link OrcWriteBenchmark} (the ORC writer) these add up to the CPU one event needs before sorting and
 * garbage collection, which says how many events two cores can ingest at best.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OperationsPerInvocation(IngestionStagesBenchmark.RECORDS)
public class IngestionStagesBenchmark
{
    static final int RECORDS = 16_384;
    // the event generator's default, and what CloudTrail's own log files compress like
    private static final int GZIP_LEVEL = 6;
    private static final JsonFactory JSON_FACTORY = new JsonFactory();

    int records = RECORDS;
    private List<byte[]> input;
    private byte[] logFile;
    private byte[] gzippedLogFile;
    private final byte[] buffer = new byte[1 << 16];

    @Setup
    public void setup()
    {
        input = BenchmarkEvents.records(records);
        logFile = logFile(input);
        gzippedLogFile = gzip(logFile);
    }

    /**
     * The number of bytes unzipped.
     */
    @Benchmark
    public long gunzip()
            throws IOException
    {
        long bytes = 0;
        try (InputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(gzippedLogFile), buffer.length)) {
            for (int read = unzipped.read(buffer); read >= 0; read = unzipped.read(buffer)) {
                bytes += read;
            }
        }
        return bytes;
    }

    /**
     * The number of records found.
     */
    @Benchmark
    public long split()
            throws IOException
    {
        JsonRecordSplitter splitter = new JsonRecordSplitter(new ByteArrayInputStream(logFile), IngestSettings.DEFAULT_MAX_RECORD_BYTES);
        long found = 0;
        while (splitter.next() == JsonRecordSplitter.Event.RECORD) {
            found++;
        }
        return found;
    }

    /**
     * The number of tokens of all records.
     */
    @Benchmark
    public long tokenize()
            throws IOException
    {
        long tokens = 0;
        for (byte[] record : input) {
            try (JsonParser parser = JSON_FACTORY.createParser(record)) {
                while (parser.nextToken() != null) {
                    tokens++;
                }
            }
        }
        return tokens;
    }

    byte[] logFile()
    {
        return logFile;
    }

    private static byte[] logFile(List<byte[]> records)
    {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("{\"Records\":[".getBytes(UTF_8));
        for (int index = 0; index < records.size(); index++) {
            if (index > 0) {
                file.write(',');
            }
            file.writeBytes(records.get(index));
        }
        file.writeBytes("]}".getBytes(UTF_8));
        return file.toByteArray();
    }

    private static byte[] gzip(byte[] bytes)
    {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(compressed, 1 << 16)
        {
            {
                def.setLevel(GZIP_LEVEL);
            }
        }) {
            gzip.write(bytes);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }
}
