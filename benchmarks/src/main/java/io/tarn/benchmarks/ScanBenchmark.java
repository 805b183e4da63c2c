package io.tarn.benchmarks;

import io.tarn.storage.BatchReader;
import io.tarn.storage.BillingMode;
import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;
import io.tarn.storage.ScanPlan;
import io.tarn.storage.ScanRequest;
import io.tarn.storage.ScanSplit;
import io.tarn.storage.ScanStatistics;
import io.tarn.storage.StoreScanner;
import io.tarn.storage.TimeRanges;
import io.tarn.storage.impl.DataFile;
import io.tarn.storage.impl.DataFileRegistry;
import io.tarn.storage.impl.DefaultLake;
import io.tarn.storage.impl.StoreLayout;
import io.tarn.storage.schema.EventSchemas;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.LongVector;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.orc.CompressionKind;
import org.apache.orc.OrcFile;
import org.apache.orc.TypeDescription;
import org.apache.orc.Writer;
import org.apache.orc.storage.ql.exec.vector.BytesColumnVector;
import org.apache.orc.storage.ql.exec.vector.LongColumnVector;
import org.apache.orc.storage.ql.exec.vector.TimestampColumnVector;
import org.apache.orc.storage.ql.exec.vector.VectorizedRowBatch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import static java.lang.String.format;

/**
 * Scans {@code eventname} and {@code eventtime} of N million generated CloudTrail events through
 * the lake's {@link StoreScanner} and reports wall and CPU time (the scan runs on the calling thread, so CPU time is
 * the steadier figure on a shared machine), rows per second and bytes read, for batch sizes 1024 and 4096:
 * first the scan alone, then the scan feeding a loop like the engine's {@code GROUP BY eventname} hot loop
 * (hash each name into an open-addressing table of counts, track the time range), so the batch size's
 * effect on such loops shows.
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -DskipTests
 * java -Xmx2g -cp benchmarks/target/classes:$(cat benchmarks/target/classpath.txt) io.tarn.benchmarks.ScanBenchmark [millions of rows] [repetitions] [directory to keep the data in]
 * </pre>
 */
public final class ScanBenchmark
{
    private static final long START = Instant.parse("2024-03-01T00:00:00Z").toEpochMilli();
    private static final long DAY = 86_400_000L;
    private static final int ROWS_PER_FILE = 1_000_000;
    private static final String[][] EVENTS = {
            {"s3.amazonaws.com", "GetObject"}, {"s3.amazonaws.com", "PutObject"}, {"s3.amazonaws.com", "ListBucket"},
            {"s3.amazonaws.com", "GetBucketPublicAccessBlock"}, {"s3.amazonaws.com", "HeadBucket"},
            {"sts.amazonaws.com", "AssumeRole"}, {"sts.amazonaws.com", "GetCallerIdentity"},
            {"ec2.amazonaws.com", "DescribeInstances"}, {"ec2.amazonaws.com", "RunInstances"}, {"ec2.amazonaws.com", "DescribeRegions"},
            {"ec2.amazonaws.com", "DescribeSecurityGroups"}, {"ec2.amazonaws.com", "AuthorizeSecurityGroupIngress"},
            {"iam.amazonaws.com", "ListUsers"}, {"iam.amazonaws.com", "CreateAccessKey"}, {"iam.amazonaws.com", "AttachUserPolicy"},
            {"iam.amazonaws.com", "GetUser"}, {"iam.amazonaws.com", "ListRoles"}, {"kms.amazonaws.com", "Decrypt"},
            {"kms.amazonaws.com", "GenerateDataKey"}, {"lambda.amazonaws.com", "Invoke"}, {"lambda.amazonaws.com", "ListFunctions20150331"},
            {"logs.amazonaws.com", "CreateLogStream"}, {"logs.amazonaws.com", "PutLogEvents"}, {"signin.amazonaws.com", "ConsoleLogin"},
            {"cloudtrail.amazonaws.com", "LookupEvents"}, {"cloudtrail.amazonaws.com", "StopLogging"},
            {"guardduty.amazonaws.com", "ListDetectors"}, {"secretsmanager.amazonaws.com", "GetSecretValue"},
            {"dynamodb.amazonaws.com", "DescribeTable"}, {"rds.amazonaws.com", "DescribeDBInstances"},
    };
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String[] REGIONS = {"us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2"};

    private ScanBenchmark() {}

    public static void main(String[] args)
            throws IOException
    {
        double millions = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long rows = (long) (millions * 1_000_000);
        boolean keep = args.length > 2;
        java.nio.file.Path directory = keep ? java.nio.file.Path.of(args[2]) : Files.createTempDirectory("tarn-scan-benchmark");
        try (DefaultLake lake = (DefaultLake) Lake.open(LakeOptions.at(directory.toString()))) {
            String name = "benchmark-" + rows;
            EventDataStore store = lake.catalog().find(name).orElseGet(() -> lake.catalog().create(CreateEventDataStoreRequest.withDefaults(name)
                    .withRetentionPeriodDays(BillingMode.EXTENDABLE_RETENTION_PRICING.maximumRetentionDays())));
            DataFileRegistry registry = lake.dataFiles();
            if (registry.liveFiles(store.id()).isEmpty()) {
                long generateStart = System.nanoTime();
                generate(lake.fileSystem(), lake.layout(), registry, store.id(), rows);
                System.out.printf(Locale.ROOT, "generated %,d rows in %.1f s%n", rows, (System.nanoTime() - generateStart) / 1e9);
            }
            long bytesOnDisk = registry.liveFiles(store.id()).stream().mapToLong(DataFile::sizeBytes).sum();
            System.out.printf(Locale.ROOT, "%,d rows in %,d files of %,d bytes%n", rows, registry.liveFiles(store.id()).size(), bytesOnDisk);

            StoreScanner scanner = lake.scanner();
            for (boolean aggregate : new boolean[] {false, true}) {
                for (int batchSize : new int[] {1024, 4096, 1024, 4096}) {
                    List<Double> seconds = new ArrayList<>();
                    List<Double> cpuSeconds = new ArrayList<>();
                    ScanStatistics.Snapshot statistics = null;
                    for (int repetition = 0; repetition < repetitions; repetition++) {
                        ScanRequest request = new ScanRequest(store.id(), List.of("eventname", "eventtime"), Map.of(), TimeRanges.all(), batchSize);
                        long start = System.nanoTime();
                        long cpuStart = THREADS.getCurrentThreadCpuTime();
                        statistics = scan(scanner, request, rows, aggregate);
                        cpuSeconds.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
                        seconds.add((System.nanoTime() - start) / 1e9);
                    }
                    seconds.sort(Comparator.naturalOrder());
                    cpuSeconds.sort(Comparator.naturalOrder());
                    System.out.printf(Locale.ROOT, "%-15s batch %5d: wall best %.3f s median %.3f s; cpu best %.3f s median %.3f s; %,.0f rows/s (best cpu); %,d bytes read (%.1f%% of files); %,d events read%n",
                            aggregate ? "scan+aggregate" : "scan", batchSize, seconds.get(0), seconds.get(seconds.size() / 2), cpuSeconds.get(0), cpuSeconds.get(cpuSeconds.size() / 2),
                            rows / cpuSeconds.get(0), statistics.bytesRead(), 100.0 * statistics.bytesRead() / bytesOnDisk, statistics.eventsRead());
                }
            }
        }
        finally {
            if (!keep) {
                try (Stream<java.nio.file.Path> files = Files.walk(directory)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    /**
     * Scans every split and, when {@code aggregate}, counts events per name in an open-addressing table
     * keyed by the name's bytes, as a hash aggregation would, and tracks the time range.
     */
    private static ScanStatistics.Snapshot scan(StoreScanner scanner, ScanRequest request, long expectedRows, boolean aggregate)
            throws IOException
    {
        ScanPlan plan = scanner.plan(request);
        ScanStatistics statistics = new ScanStatistics();
        byte[][] keys = new byte[1024][];
        long[] counts = new long[1024];
        long rows = 0;
        long minTime = Long.MAX_VALUE;
        long maxTime = Long.MIN_VALUE;
        for (ScanSplit split : plan.splits()) {
            try (BatchReader reader = scanner.open(plan, split, statistics)) {
                for (ColumnBatch batch = reader.nextBatch(); batch != null; batch = reader.nextBatch()) {
                    rows += batch.size();
                    if (!aggregate) {
                        continue;
                    }
                    BytesVector names = (BytesVector) batch.column(0);
                    LongVector times = (LongVector) batch.column(1);
                    for (int row = 0; row < batch.size(); row++) {
                        int position = batch.position(row);
                        int slot = names.hashValue(position) & (keys.length - 1);
                        while (keys[slot] != null && !names.valueEquals(position, keys[slot])) {
                            slot = (slot + 1) & (keys.length - 1);
                        }
                        if (keys[slot] == null) {
                            keys[slot] = names.getBytes(position);
                        }
                        counts[slot]++;
                        long time = times.values[position];
                        minTime = Math.min(minTime, time);
                        maxTime = Math.max(maxTime, time);
                    }
                }
            }
        }
        if (rows != expectedRows || (aggregate && (Arrays.stream(counts).sum() != expectedRows || minTime < START))) {
            throw new IllegalStateException(format("scanned %s rows, expected %s", rows, expectedRows));
        }
        return statistics.snapshot();
    }

    private static void generate(FileSystem fileSystem, StoreLayout layout, DataFileRegistry registry, String storeId, long rows)
            throws IOException
    {
        TypeDescription schema = TypeDescription.fromString(EventSchemas.CLOUDTRAIL.asStruct().hiveName());
        List<String> names = schema.getFieldNames();
        Random random = new Random(42);
        String transactionId = UUID.randomUUID().toString();
        registry.begin(storeId, transactionId, DataFileRegistry.TransactionKind.INGEST, layout.stagingDirectory(storeId, transactionId), System.currentTimeMillis());
        List<DataFile> files = new ArrayList<>();
        long time = START;
        for (long first = 0; first < rows; first += ROWS_PER_FILE) {
            long fileRows = Math.min(ROWS_PER_FILE, rows - first);
            // a day per file: the partition is the day of its first event
            long dayStart = START + (first / ROWS_PER_FILE) * DAY;
            long step = DAY / fileRows;
            time = dayStart;
            String partition = StoreLayout.partitionOf(dayStart);
            String relativePath = partition + "/part-" + transactionId + "-" + files.size() + ".orc";
            Path path = new Path(layout.dataDirectory(storeId) + "/" + relativePath);
            long minTime = time;
            try (Writer writer = OrcFile.createWriter(path, OrcFile.writerOptions(new Configuration(false))
                    .fileSystem(fileSystem)
                    .setSchema(schema)
                    .compress(CompressionKind.ZSTD)
                    .bufferSize(64 * 1024)
                    .enforceBufferSize()
                    .stripeSize(64L << 20)
                    .rowIndexStride(10_000)
                    .useUTCTimestamp(true))) {
                VectorizedRowBatch batch = schema.createRowBatch(1024);
                for (int column = 0; column < batch.cols.length; column++) {
                    batch.cols[column].noNulls = false;
                    Arrays.fill(batch.cols[column].isNull, true);
                }
                for (long row = 0; row < fileRows; row++) {
                    int position = batch.size++;
                    String[] event = EVENTS[(int) Math.min(EVENTS.length - 1, Math.abs(random.nextGaussian()) * EVENTS.length / 3)];
                    setString(batch, names.indexOf("eventversion"), position, "1.09");
                    setString(batch, names.indexOf("eventsource"), position, event[0]);
                    setString(batch, names.indexOf("eventname"), position, event[1]);
                    setString(batch, names.indexOf("awsregion"), position, REGIONS[random.nextInt(REGIONS.length)]);
                    setString(batch, names.indexOf("sourceipaddress"), position, "10.0." + random.nextInt(256) + "." + random.nextInt(256));
                    setString(batch, names.indexOf("eventtype"), position, "AwsApiCall");
                    setString(batch, names.indexOf("eventcategory"), position, "Management");
                    setString(batch, names.indexOf("recipientaccountid"), position, "123456789012");
                    LongColumnVector readOnly = (LongColumnVector) batch.cols[names.indexOf("readonly")];
                    readOnly.isNull[position] = false;
                    readOnly.vector[position] = event[1].startsWith("Get") || event[1].startsWith("List") || event[1].startsWith("Describe") ? 1 : 0;
                    TimestampColumnVector eventTime = (TimestampColumnVector) batch.cols[names.indexOf("eventtime")];
                    eventTime.isNull[position] = false;
                    eventTime.time[position] = time;
                    eventTime.nanos[position] = (int) (time % 1000) * 1_000_000;
                    time += random.nextInt((int) Math.max(1, 2 * step));
                    time = Math.min(time, dayStart + DAY - 1);
                    if (batch.size == batch.getMaxSize()) {
                        writer.addRowBatch(batch);
                        batch.size = 0;
                        for (int column = 0; column < batch.cols.length; column++) {
                            if (batch.cols[column] instanceof BytesColumnVector strings) {
                                strings.initBuffer();
                            }
                        }
                    }
                }
                if (batch.size > 0) {
                    writer.addRowBatch(batch);
                }
            }
            long size = fileSystem.getFileStatus(path).getLen();
            files.add(new DataFile(storeId, partition, relativePath, fileRows, size, minTime, time, Map.of(), 0, transactionId));
        }
        registry.commit(transactionId, files, List.of());
        registry.finish(transactionId);
    }

    private static void setString(VectorizedRowBatch batch, int column, int position, String value)
    {
        BytesColumnVector vector = (BytesColumnVector) batch.cols[column];
        vector.isNull[position] = false;
        vector.setVal(position, value.getBytes(StandardCharsets.UTF_8));
    }
}
