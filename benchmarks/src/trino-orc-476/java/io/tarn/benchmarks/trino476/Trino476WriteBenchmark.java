package io.tarn.benchmarks.trino476;

import io.airlift.slice.OutputStreamSliceOutput;
import io.airlift.units.DataSize;
import io.trino.orc.FileOrcDataSource;
import io.trino.orc.OrcColumn;
import io.trino.orc.OrcDataSink;
import io.trino.orc.OrcPredicate;
import io.trino.orc.OrcReader;
import io.trino.orc.OrcReaderOptions;
import io.trino.orc.OrcRecordReader;
import io.trino.orc.OrcWriteValidation.OrcWriteValidationMode;
import io.trino.orc.OrcWriter;
import io.trino.orc.OrcWriterOptions;
import io.trino.orc.OrcWriterStats;
import io.trino.orc.metadata.CompressionKind;
import io.trino.orc.metadata.OrcType;
import io.trino.orc.stream.OrcDataOutput;
import io.trino.spi.Page;
import io.trino.spi.block.Block;
import io.trino.spi.block.BlockBuilder;
import io.trino.spi.connector.SourcePage;
import io.trino.spi.type.ArrayType;
import io.trino.spi.type.MapType;
import io.trino.spi.type.RowType;
import io.trino.spi.type.Type;
import io.trino.spi.type.TypeOperators;
import org.joda.time.DateTimeZone;
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

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.trino.memory.context.AggregatedMemoryContext.newSimpleAggregatedMemoryContext;
import static io.trino.spi.type.BigintType.BIGINT;
import static io.trino.spi.type.BooleanType.BOOLEAN;
import static io.trino.spi.type.DoubleType.DOUBLE;
import static io.trino.spi.type.TimestampType.TIMESTAMP_MILLIS;
import static io.trino.spi.type.VarcharType.VARCHAR;

/**
 * Hand-built, not part of the Maven build (trino-orc 476 is Java 24 class files; Tarn builds for 17): Trino 476's
 * ORC writer on the rows of an ORC file that orc-core wrote from {@code OrcWriteBenchmark}'s 16,384 events, read
 * with Trino's reader and copied into plain blocks (no dictionary blocks) of 1,024 rows in the setup. The same
 * writer settings as {@code TrinoOrcWriteBenchmark}. See README.md beside this directory for how to run it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 8, time = 2)
@OperationsPerInvocation(16_384)
public class Trino476WriteBenchmark
{
    static final TypeOperators OPS = new TypeOperators();
    @Param("ZSTD") String compression;
    @Param("/tmp/trinocheck/input-orccore-zstd.orc") String input;
    List<String> names;
    List<Type> types;
    List<Page> pages;
    Path directory;
    int files;

    @Setup
    public void setup() throws IOException
    {
        FileOrcDataSource source = new FileOrcDataSource(new File(input), new OrcReaderOptions());
        OrcReader reader = OrcReader.createOrcReader(source, new OrcReaderOptions()).orElseThrow();
        List<OrcColumn> columns = reader.getRootColumn().getNestedColumns();
        names = columns.stream().map(OrcColumn::getColumnName).toList();
        types = columns.stream().map(Trino476WriteBenchmark::type).toList();
        pages = new ArrayList<>();
        try (OrcRecordReader rows = reader.createRecordReader(columns, types, false, OrcPredicate.TRUE, DateTimeZone.UTC, newSimpleAggregatedMemoryContext(), 1024, RuntimeException::new)) {
            for (SourcePage page = rows.nextPage(); page != null; page = rows.nextPage()) {
                Page loaded = page.getPage();
                for (int first = 0; first < loaded.getPositionCount(); first += 1024) {
                    int count = Math.min(1024, loaded.getPositionCount() - first);
                    Block[] blocks = new Block[types.size()];
                    for (int c = 0; c < blocks.length; c++) {
                        BlockBuilder builder = types.get(c).createBlockBuilder(null, count);
                        Block block = loaded.getBlock(c);
                        for (int p = first; p < first + count; p++) {
                            types.get(c).appendTo(block, p, builder);
                        }
                        blocks[c] = builder.build();
                    }
                    pages.add(new Page(count, blocks));
                }
            }
        }
        int total = pages.stream().mapToInt(Page::getPositionCount).sum();
        if (total != 16_384) throw new IllegalStateException("rows: " + total);
        directory = Files.createTempDirectory("trino476");
    }

    static Type type(OrcColumn column)
    {
        return switch (column.getColumnType().getOrcTypeKind()) {
            case STRING, VARCHAR -> VARCHAR;
            case BOOLEAN -> BOOLEAN;
            case LONG -> BIGINT;
            case DOUBLE -> DOUBLE;
            case TIMESTAMP -> TIMESTAMP_MILLIS;
            case STRUCT -> RowType.from(column.getNestedColumns().stream().map(f -> RowType.field(f.getColumnName(), type(f))).toList());
            case MAP -> new MapType(type(column.getNestedColumns().get(0)), type(column.getNestedColumns().get(1)), OPS);
            case LIST -> new ArrayType(type(column.getNestedColumns().get(0)));
            default -> throw new IllegalArgumentException(column.toString());
        };
    }

    @TearDown
    public void tearDown() throws IOException
    {
        try (java.util.stream.Stream<Path> paths = Files.list(directory)) { paths.forEach(p -> p.toFile().delete()); }
        Files.delete(directory);
    }

    @Benchmark
    public long writeFile() throws IOException
    {
        Path path = write();
        long size = Files.size(path);
        Files.delete(path);
        return size;
    }

    public Path write() throws IOException
    {
        Path path = directory.resolve("events-" + files++ + ".orc");
        try (OrcWriter writer = new OrcWriter(
                new StreamSink(Files.newOutputStream(path)),
                names, types, OrcType.createRootOrcType(names, types),
                CompressionKind.valueOf(compression),
                new OrcWriterOptions()
                        .withStripeMinSize(DataSize.of(8, DataSize.Unit.MEGABYTE))
                        .withStripeMaxSize(DataSize.of(16, DataSize.Unit.MEGABYTE))
                        .withRowGroupMaxRowCount(10_000)
                        .withMaxCompressionBufferSize(DataSize.of(64, DataSize.Unit.KILOBYTE)),
                Map.of(), false, OrcWriteValidationMode.HASHED, new OrcWriterStats())) {
            for (Page page : pages) {
                writer.write(page);
            }
        }
        return path;
    }

    static final class StreamSink implements OrcDataSink
    {
        private final OutputStreamSliceOutput output;
        StreamSink(OutputStream stream) { output = new OutputStreamSliceOutput(stream); }
        @Override public long size() { return output.longSize(); }
        @Override public long getRetainedSizeInBytes() { return output.getRetainedSize(); }
        @Override public void write(List<OrcDataOutput> data) { data.forEach(d -> d.writeData(output)); }
        @Override public void close() throws IOException { output.close(); }
    }

    public static void main(String[] args) throws IOException
    {
        for (String c : List.of("ZSTD", "NONE")) {
            Trino476WriteBenchmark b = new Trino476WriteBenchmark();
            b.compression = c; b.input = args[0]; b.setup();
            Path p = b.write();
            Path kept = Path.of("/tmp/trinocheck/trino476-" + c + ".orc");
            Files.move(p, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.println(c + " " + Files.size(kept));
            b.tearDown();
        }
    }
}
