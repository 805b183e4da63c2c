package io.tarn.storage.impl.ingest;

import io.tarn.storage.EventDataStoreType;
import org.apache.orc.TypeDescription;
import org.apache.orc.storage.ql.exec.vector.VectorizedRowBatch;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Lets the benchmarks module drive ingestion's record parser, which is package-private: parses records
 * into ORC column batches exactly as an ingestion's parser threads do (parse, then {@code eventjson} and its
 * checksum), without the reading, splitting and writing around it.
 */
public final class IngestBenchmarkAccess
{
    private final EventRecordParser parser;

    public IngestBenchmarkAccess(EventDataStoreType storeType)
    {
        this.parser = new EventRecordParser(requireNonNull(storeType, "storeType is null"));
    }

    public TypeDescription orcSchema()
    {
        return parser.orcSchema();
    }

    /**
     * The records parsed so far that the direct parser left to Jackson and the value parsers.
     */
    public long fallbackRecords()
    {
        return parser.directParser().map(direct -> direct.fallbackRecords() + direct.failedRecords()).orElse(0L);
    }

    /**
     * Parses every record into batches of {@code batchRows} rows; a rejected record is an error here.
     */
    public List<VectorizedRowBatch> parse(List<byte[]> records, int batchRows)
    {
        List<VectorizedRowBatch> batches = new ArrayList<>();
        EventBatch batch = parser.newBatch(batchRows);
        for (byte[] record : records) {
            if (batch.isFull()) {
                batches.add(batch.batch());
                batch = parser.newBatch(batchRows);
            }
            try {
                parser.parse(record, 0, record.length, batch);
            }
            catch (RecordRejectedException e) {
                throw new IllegalArgumentException("record rejected: " + e.getMessage(), e);
            }
            parser.complete(record, 0, record.length, batch);
            batch.commitRow(record.length);
        }
        if (batch.size() > 0) {
            batches.add(batch.batch());
        }
        return batches;
    }
}
