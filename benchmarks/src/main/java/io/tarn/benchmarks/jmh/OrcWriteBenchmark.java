package io.tarn.benchmarks.jmh;

import io.tarn.storage.EventDataStoreType;
import io.tarn.storage.impl.ingest.IngestBenchmarkAccess;
import io.tarn.storage.impl.orc.OrcFileSettings;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.orc.CompressionKind;
import org.apache.orc.OrcFile;
import org.apache.orc.TypeDescription;
import org.apache.orc.Writer;
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

import java.io.IOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Writing parsed CloudTrail events as one ORC file with Tarn's writer settings ({@link OrcFileSettings}:
 * ZSTD level 1, 64 KiB chunks, 16 MB stripes, dictionaries, direct encoding for {@code eventjson}...) to the local
 * file system. Scores are per event. {@code -p compression=NONE} writes without compression and
 * {@code -p zstdLevel=3} at ORC's default ZSTD level, to tell encoding from compression (and to compare with
 * {@code TrinoOrcWriteBenchmark}, whose ZSTD is level 3).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OperationsPerInvocation(OrcWriteBenchmark.RECORDS)
public class OrcWriteBenchmark
{
    static final int RECORDS = 16_384;

    @Param("ZSTD")
    String compression = OrcFileSettings.COMPRESSION.name();

    @Param("" + OrcFileSettings.ZSTD_LEVEL)
    int zstdLevel = OrcFileSettings.ZSTD_LEVEL;

    int records = RECORDS;
    private List<VectorizedRowBatch> batches;
    private TypeDescription schema;
    private java.nio.file.Path directory;
    private FileSystem fileSystem;
    private Configuration configuration;
    private int files;

    @Setup
    public void setup()
            throws IOException
    {
        IngestBenchmarkAccess parser = new IngestBenchmarkAccess(EventDataStoreType.CLOUDTRAIL);
        schema = parser.orcSchema();
        batches = parser.parse(BenchmarkEvents.records(records), 1024);
        directory = Files.createTempDirectory("tarn-orc-write");
        configuration = new Configuration(false);
        fileSystem = FileSystem.getLocal(configuration).getRawFileSystem();
    }

    @TearDown
    public void tearDown()
            throws IOException
    {
        try (Stream<java.nio.file.Path> paths = Files.walk(directory)) {
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
        long size = fileSystem.getFileStatus(path).getLen();
        fileSystem.delete(path, false);
        return size;
    }

    Path write()
            throws IOException
    {
        Path path = new Path(directory.resolve("events-" + files++ + ".orc").toString());
        OrcFile.WriterOptions options = OrcFileSettings.writerOptions(configuration, fileSystem, schema)
                .compress(CompressionKind.valueOf(compression));
        options.getZstdCompressOptions().setCompressionZstdLevel(zstdLevel);
        try (Writer writer = OrcFile.createWriter(path, options)) {
            for (VectorizedRowBatch batch : batches) {
                writer.addRowBatch(batch);
            }
        }
        return path;
    }

    FileSystem fileSystem()
    {
        return fileSystem;
    }
}
