package io.tarn.storage.impl.ingest;

/**
 * Sizes and parallelism of ingestion.
 *
 * @param bufferBytes estimated heap bytes of parsed events gathered before they are sorted and written as
 *         one file per partition; heap use is about twice this (one generation written while the next
 *         fills) plus the ORC writer's stripe buffers
 * @param maxRecordBytes records larger than this are rejected (CloudTrail events are at most 256 KB)
 * @param parserThreads threads parsing records; one more reads and splits input, one more writes ORC
 * @param chunkBytes bytes of records handed to a parser thread at a time
 * @param batchRows rows of one ORC column batch
 */
public record IngestSettings(long bufferBytes, int maxRecordBytes, int parserThreads, int chunkBytes, int batchRows)
{
    public static final int DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024;

    public IngestSettings
    {
        if (bufferBytes <= 0 || maxRecordBytes <= 0 || parserThreads <= 0 || chunkBytes <= 0 || batchRows <= 0) {
            throw new IllegalArgumentException("ingest settings must be positive");
        }
    }

    /**
     * Defaults for this JVM: a buffer of an eighth of the maximum heap, between 16 and 256 MiB, and one
     * parser thread per processor.
     */
    public static IngestSettings defaults()
    {
        long buffer = Math.max(16L << 20, Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 8));
        return new IngestSettings(buffer, DEFAULT_MAX_RECORD_BYTES, Runtime.getRuntime().availableProcessors(), 1 << 20, 1024);
    }

    public IngestSettings withBufferBytes(long value)
    {
        return new IngestSettings(value, maxRecordBytes, parserThreads, chunkBytes, batchRows);
    }

    public IngestSettings withMaxRecordBytes(int value)
    {
        return new IngestSettings(bufferBytes, value, parserThreads, chunkBytes, batchRows);
    }

    public IngestSettings withParserThreads(int value)
    {
        return new IngestSettings(bufferBytes, maxRecordBytes, value, chunkBytes, batchRows);
    }
}
