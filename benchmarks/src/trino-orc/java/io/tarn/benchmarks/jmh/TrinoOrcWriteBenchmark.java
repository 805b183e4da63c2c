package io.tarn.benchmarks.jmh;

import io.airlift.units.DataSize;
import io.tarn.storage.EventDataStoreType;
import io.tarn.storage.impl.ingest.IngestBenchmarkAccess;
import io.tarn.storage.impl.orc.OrcFileSettings;
import io.trino.orc.OrcWriter;
import io.trino.orc.OrcWriterOptions;
import io.trino.orc.OrcWriterStats;
import io.trino.orc.OutputStreamOrcDataSink;
import io.trino.orc.metadata.CompressionKind;
import io.trino.orc.metadata.OrcType;
import io.trino.spi.Page;
import io.trino.spi.block.Block;
import io.trino.spi.type.Type;
import org.apache.orc.TypeDescription;
import org.apache.orc.storage.ql.exec.vector.VectorizedRowBatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.airlift.units.DataSize.Unit.KILOBYTE;
import static io.airlift.units.DataSize.Unit.MEGABYTE;
import static io.trino.orc.OrcWriteValidation.OrcWriteValidationMode.HASHED;

/**
 * The events of {@link OrcWriteBenchmark} written by Trino's own ORC writer ({@code io.trino:trino-orc}) instead
 * of orc-core's, with the nearest settings Trino's writer has: 64 KiB compression chunks, row groups of
 * {@value OrcFileSettings#ROW_INDEX_STRIDE} rows, stripes of at most 16 MB, timestamps in UTC. Trino's writer has
 * no list of direct-encoded columns: it starts every string column as a dictionary and turns it direct when the
 * dictionary does not pay. Its ZSTD is aircompressor's pure-Java compressor at that library's fixed level (3);
 * orc-core's is zstd-jni at level {@value OrcFileSettings#ZSTD_LEVEL}.
 *
 * <p>The parsed ORC batches are turned into Trino pages (one page per batch of 1,024 rows) in {@link #setup()};
 * only the writer is timed. Scores are per event. Built and run only with the {@code trino-orc} Maven profile.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OperationsPerInvocation(OrcWriteBenchmark.RECORDS)
public class TrinoOrcWriteBenchmark
{
    @Param("ZSTD")
    String compression = "ZSTD";

    int records = OrcWriteBenchmark.RECORDS;
    private List<String> columnNames;
    private List<Type> types;
    private List<Page> pages;
    private Path directory;
    private int files;

    @Setup
    public void setup()
            throws IOException
    {
        IngestBenchmarkAccess parser = new IngestBenchmarkAccess(EventDataStoreType.CLOUDTRAIL);
        TypeDescription schema = parser.orcSchema();
        columnNames = schema.getFieldNames();
        types = TrinoPages.types(schema);
        pages = new ArrayList<>();
        for (VectorizedRowBatch batch : parser.parse(BenchmarkEvents.records(records), 1024)) {
            pages.add(TrinoPages.page(schema, types, batch));
        }
        directory = Files.createTempDirectory("tarn-trino-orc-write");
    }

    @TearDown
    public void tearDown()
            throws IOException
    {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /**
     * The size of the file written, in bytes.
     */
    @Benchmark
    public long writeFile()
            throws IOException
    {
        Path path = write();
        long size = Files.size(path);
        Files.delete(path);
        return size;
    }

    Path write()
            throws IOException
    {
        Path path = directory.resolve("events-" + files++ + ".orc");
        try (OrcWriter writer = new OrcWriter(
                dataSink(new BufferedOutputStream(Files.newOutputStream(path), 64 * 1024)),
                columnNames,
                types,
                OrcType.createRootOrcType(columnNames, types),
                CompressionKind.valueOf(compression),
                new OrcWriterOptions()
                        .withStripeMinSize(DataSize.of(8, MEGABYTE))
                        .withStripeMaxSize(DataSize.of(OrcFileSettings.STRIPE_SIZE_BYTES, DataSize.Unit.BYTE))
                        .withRowGroupMaxRowCount(OrcFileSettings.ROW_INDEX_STRIDE)
                        .withMaxCompressionBufferSize(DataSize.of(OrcFileSettings.COMPRESSION_CHUNK_BYTES / 1024, KILOBYTE)),
                Map.of(),
                false,
                HASHED,
                new OrcWriterStats())) {
            for (Page page : pages) {
                writer.write(page);
            }
        }
        return path;
    }

    @SuppressWarnings("deprecation")
    private static OutputStreamOrcDataSink dataSink(OutputStream output)
            throws IOException
    {
        // the TrinoOutputFile variant needs one of Trino's file systems; this one writes any stream
        return OutputStreamOrcDataSink.create(output);
    }
}
