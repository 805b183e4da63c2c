package io.tarn.storage.impl.orc;

import io.tarn.storage.schema.EventSchema;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.orc.CompressionKind;
import org.apache.orc.OrcConf;
import org.apache.orc.OrcFile;
import org.apache.orc.TypeDescription;

import java.util.List;

/**
 * How every data file is written and read.
 *
 * <ul>
 * <li>ZSTD with 64 KiB compression chunks: a narrow event-time window then decompresses a few chunks
 *     instead of 256 KiB ones (the stack spike measured 7x fewer bytes for one day out of thirty). Level 1
 *     rather than ORC's 3: writing took about 15% less CPU for 1.3% more bytes on generated CloudTrail
 *     events.</li>
 * <li>Stripes cut when ORC's estimate of the buffered stripe reaches {@value #STRIPE_SIZE_BYTES} bytes.
 *     About 10 MB of that estimate are the 64 KiB buffers of the CloudTrail schema's streams, so 8 MB cut
 *     a stripe at every memory check (5,120 rows, 1.3 MB on disk, one row group per stripe) and 32 MB
 *     made 17 MB stripes; 16 MB gives stripes of 20,480 generated CloudTrail events, 5.3 MB on disk,
 *     each with its own event-time statistics and two row groups.</li>
 * <li>A row-index stride of {@value #ROW_INDEX_STRIDE} rows, so row groups can be skipped inside a stripe.</li>
 * <li>Timestamps as UTC instants ({@code useUTCTimestamp}), written and read in the same way whatever the
 *     JVM's time zone.</li>
 * <li>Direct (not dictionary) encoding for columns whose values are (nearly) unique per event: the ids,
 *     {@code eventjson} and its checksum, {@code errormessage}, and the maps of request and response
 *     details. ORC would otherwise build a dictionary for the first 10,000 rows of every stripe before
 *     giving up on it; with these columns direct, writing costs about a quarter less CPU for 7% more
 *     bytes (measured on generated CloudTrail events). Also direct: the columns that repeat only a little
 *     (a distinct value for every 3 to 20 rows of generated CloudTrail events: resource ARNs, source
 *     addresses, access key ids, TLS host headers, the principal's id and ARN), where the dictionary saved
 *     4% of the bytes written and cost about 10% of ingestion's CPU.</li>
 * <li>No block padding: padding only helps HDFS block alignment and costs space elsewhere.</li>
 * <li>Dictionaries built in ORC's red-black tree, not its hash table: the hash table allocates 4,096
 *     buckets (about 2 MB) per dictionary column when the writer opens and again for every stripe, which
 *     kept about 170 MB of the heap busy with two writers of the CloudTrail schema and, with the garbage it
 *     makes, cost more CPU than the red-black tree saves (an ingestion of 97,000 generated events took 17%
 *     less CPU, half the collection time and 230 MB less heap with red-black trees throughout).</li>
 * </ul>
 */
public final class OrcFileSettings
{
    public static final CompressionKind COMPRESSION = CompressionKind.ZSTD;
    public static final int ZSTD_LEVEL = 1;
    public static final int COMPRESSION_CHUNK_BYTES = 64 * 1024;
    public static final long STRIPE_SIZE_BYTES = 16L * 1024 * 1024;
    public static final int ROW_INDEX_STRIDE = 10_000;
    public static final List<String> DIRECT_ENCODING_COLUMNS = List.of(
            EventSchema.EVENT_JSON,
            EventSchema.EVENT_JSON_CHECKSUM,
            "eventid",
            "requestid",
            "sharedeventid",
            "errormessage",
            "requestparameters",
            "responseelements",
            "additionaleventdata",
            "serviceeventdetails",
            "sourceipaddress",
            "useridentity.principalid",
            "useridentity.arn",
            "useridentity.accesskeyid",
            "tlsdetails.clientprovidedhostheader",
            "resources._elem.arn");

    private OrcFileSettings() {}

    public static OrcFile.WriterOptions writerOptions(Configuration configuration, FileSystem fileSystem, TypeDescription schema)
    {
        Configuration writerConfiguration = new Configuration(configuration);
        OrcConf.DICTIONARY_IMPL.setString(writerConfiguration, "rbtree");
        OrcFile.WriterOptions options = OrcFile.writerOptions(writerConfiguration);
        options.getZstdCompressOptions().setCompressionZstdLevel(ZSTD_LEVEL);
        return options
                .fileSystem(fileSystem)
                .setSchema(schema)
                .compress(COMPRESSION)
                .bufferSize(COMPRESSION_CHUNK_BYTES)
                .enforceBufferSize()
                .stripeSize(STRIPE_SIZE_BYTES)
                .rowIndexStride(ROW_INDEX_STRIDE)
                .blockPadding(false)
                .useUTCTimestamp(true)
                .directEncodingColumns(directEncodingColumns(schema))
                .overwrite(false);
    }

    public static OrcFile.ReaderOptions readerOptions(Configuration configuration, FileSystem fileSystem)
    {
        return OrcFile.readerOptions(configuration)
                .filesystem(fileSystem)
                .useUTCTimestamp(true);
    }

    private static String directEncodingColumns(TypeDescription schema)
    {
        return String.join(",", DIRECT_ENCODING_COLUMNS.stream()
                .filter(name -> hasColumn(schema, name))
                .toList());
    }

    /**
     * Whether the schema has the (possibly nested, dotted) column, in ORC's naming of nested columns.
     */
    private static boolean hasColumn(TypeDescription schema, String name)
    {
        try {
            schema.findSubtype(name);
            return true;
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }
}
