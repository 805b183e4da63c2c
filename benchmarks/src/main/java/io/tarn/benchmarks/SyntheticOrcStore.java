package io.tarn.benchmarks;

import io.tarn.storage.impl.DataFile;
import io.tarn.storage.impl.DataFileRegistry;
import io.tarn.storage.impl.DefaultLake;
import io.tarn.storage.impl.StoreLayout;
import io.tarn.storage.schema.EventSchemas;
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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Writes a store's data files straight with ORC (not through ingestion), a million rows per day from
 * {@link #START}: a few columns filled ({@code eventname}, {@code eventsource}, {@code eventtime},
 * {@code awsregion}...), the rest null, committed through the lake's data-file registry. For scan
 * benchmarks that need many rows quickly.
 */
public final class SyntheticOrcStore
{
    public static final long START = Instant.parse("2024-03-01T00:00:00Z").toEpochMilli();
    public static final int ROWS_PER_FILE = 1_000_000;
    private static final long DAY = 86_400_000L;
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
    private static final String[] REGIONS = {"us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2"};

    private SyntheticOrcStore() {}

    public static void write(DefaultLake lake, String storeId, long rows)
            throws IOException
    {
        write(lake.fileSystem(), lake.layout(), lake.dataFiles(), storeId, rows);
    }

    private static void write(FileSystem fileSystem, StoreLayout layout, DataFileRegistry registry, String storeId, long rows)
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
