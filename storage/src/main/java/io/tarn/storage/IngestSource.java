package io.tarn.storage;

import com.google.common.collect.ImmutableList;

import java.io.InputStream;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Where events come from. A file source may be a local path or any Hadoop URI, and may name a directory,
 * which is walked recursively. Files may be CloudTrail log files ({@code {"Records":[...]}}), JSON lines or
 * single event objects, plain or gzipped (recognised by content, not by name).
 */
public sealed interface IngestSource
{
    /**
     * A name for reports and rejects: the path, or what the caller calls the stream.
     */
    String name();

    record FileSource(String path)
            implements IngestSource
    {
        public FileSource
        {
            requireNonNull(path, "path is null");
        }

        @Override
        public String name()
        {
            return path;
        }
    }

    /**
     * A stream such as standard input; read to its end, not closed.
     */
    record StreamSource(String name, InputStream stream)
            implements IngestSource
    {
        public StreamSource
        {
            requireNonNull(name, "name is null");
            requireNonNull(stream, "stream is null");
        }
    }

    /**
     * Complete event records already in memory, one JSON object each (PutAuditEvents builds these).
     */
    record RecordsSource(String name, List<byte[]> records)
            implements IngestSource
    {
        public RecordsSource
        {
            requireNonNull(name, "name is null");
            records = ImmutableList.copyOf(requireNonNull(records, "records is null"));
        }
    }

    static IngestSource file(String path)
    {
        return new FileSource(path);
    }
}
