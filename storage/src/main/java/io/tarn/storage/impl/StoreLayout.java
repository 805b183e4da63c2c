package io.tarn.storage.impl;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static java.util.Objects.requireNonNull;

/**
 * Where a store's files live under the lake root. Locations are Hadoop path strings (a URI or an absolute
 * path), relative paths use {@code /}.
 *
 * <pre>
 * &lt;root&gt;/stores/&lt;store-id&gt;/data/eventdate=YYYY-MM-DD/part-&lt;ingest-id&gt;-&lt;n&gt;.orc
 * &lt;root&gt;/stores/&lt;store-id&gt;/_staging/&lt;transaction-id&gt;/eventdate=YYYY-MM-DD/...
 * &lt;root&gt;/stores/&lt;store-id&gt;/rejects/&lt;ingest-id&gt;.jsonl
 * </pre>
 */
public final class StoreLayout
{
    public static final String PARTITION_KEY = "eventdate";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withZone(ZoneOffset.UTC);
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final String root;

    public StoreLayout(String root)
    {
        requireNonNull(root, "root is null");
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    public String root()
    {
        return root;
    }

    public String storeDirectory(String storeId)
    {
        return root + "/stores/" + storeId;
    }

    /**
     * The table location a Hive metastore (or Trino) would use for the store.
     */
    public String dataDirectory(String storeId)
    {
        return storeDirectory(storeId) + "/data";
    }

    public String stagingDirectory(String storeId, String transactionId)
    {
        return storeDirectory(storeId) + "/_staging/" + transactionId;
    }

    public String rejectsFile(String storeId, String ingestId)
    {
        return storeDirectory(storeId) + "/rejects/" + ingestId + ".jsonl";
    }

    /**
     * The partition directory name of an event time, e.g. {@code eventdate=2023-07-10}.
     */
    public static String partitionOf(long eventTimeMillis)
    {
        return PARTITION_KEY + "=" + DAY.format(Instant.ofEpochMilli(eventTimeMillis));
    }

    /**
     * The first instant of a partition's day, in epoch milliseconds.
     */
    public static long partitionStartMillis(String partition)
    {
        String day = partition.substring(PARTITION_KEY.length() + 1);
        return java.time.LocalDate.parse(day).toEpochDay() * MILLIS_PER_DAY;
    }

    /**
     * The first instant after a partition's day, in epoch milliseconds.
     */
    public static long partitionEndMillis(String partition)
    {
        return partitionStartMillis(partition) + MILLIS_PER_DAY;
    }
}
