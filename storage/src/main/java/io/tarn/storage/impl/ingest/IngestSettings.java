package io.tarn.storage.impl.ingest;

/**
 * Sizes and parallelism of ingestion.
 *
 * @param bufferBytes estimated heap bytes of one generation: the parsed events gathered before they are
 *         sorted and written as one file per partition. Heap use is about {@code writerThreads + 2} times
 *         this (a generation per writer, one waiting, one filling) plus the ORC writers' stripe buffers
 * @param maxRecordBytes records larger than this are rejected (CloudTrail events are at most 256 KB)
 * @param parserThreads threads parsing records; one more reads and splits input
 * @param writerThreads threads sorting generations and writing them as ORC, each its own generation
 * @param chunkBytes bytes of records handed to a parser thread at a time
 * @param batchRows rows of one ORC column batch
 */
public record IngestSettings(long bufferBytes, int maxRecordBytes, int parserThreads, int writerThreads, int chunkBytes, int batchRows)
{
    public static final int DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024;

    public IngestSettings
    {
        if (bufferBytes <= 0 || maxRecordBytes <= 0 || parserThreads <= 0 || writerThreads <= 0 || chunkBytes <= 0 || batchRows <= 0) {
            throw new IllegalArgumentException("ingest settings must be positive");
        }
    }

    /**
     * Defaults for this JVM: generations of a sixteenth of the maximum heap, between 16 and 256 MiB; one
     * parser thread per processor and two writers when there are two processors or more (ORC encoding
     * costs about as much as reading and parsing together).
     */
    public static IngestSettings defaults()
    {
        long buffer = Math.max(16L << 20, Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 16));
        int processors = Runtime.getRuntime().availableProcessors();
        return new IngestSettings(buffer, DEFAULT_MAX_RECORD_BYTES, processors, Math.min(2, processors), 1 << 20, 1024);
    }

    public IngestSettings withBufferBytes(long value)
    {
        return new IngestSettings(value, maxRecordBytes, parserThreads, writerThreads, chunkBytes, batchRows);
    }

    public IngestSettings withMaxRecordBytes(int value)
    {
        return new IngestSettings(bufferBytes, value, parserThreads, writerThreads, chunkBytes, batchRows);
    }

    public IngestSettings withParserThreads(int value)
    {
        return new IngestSettings(bufferBytes, maxRecordBytes, value, writerThreads, chunkBytes, batchRows);
    }

    public IngestSettings withWriterThreads(int value)
    {
        return new IngestSettings(bufferBytes, maxRecordBytes, parserThreads, value, chunkBytes, batchRows);
    }
}
