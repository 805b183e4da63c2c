package io.tarn.storage.impl.orc;

import com.google.common.collect.ImmutableMap;
import org.apache.orc.OrcProto;
import org.apache.orc.Reader;
import org.apache.orc.StripeInformation;
import org.apache.orc.TypeDescription;
import org.apache.orc.impl.RecordReaderImpl;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * The bytes a data file spends on each top-level column (every stream of the column and of its nested
 * fields, index streams included, compressed as stored) and on nothing in particular (stripe footers, the
 * file footer, the postscript, the root struct's own streams). Scans estimate and prune with these figures
 * without opening the file.
 */
public record OrcColumnSizes(Map<String, Long> columnBytes, long metadataBytes)
{
    public OrcColumnSizes
    {
        columnBytes = ImmutableMap.copyOf(requireNonNull(columnBytes, "columnBytes is null"));
    }

    /**
     * Reads the stream directory of every stripe footer of an open file.
     */
    public static OrcColumnSizes read(Reader reader, long fileLength)
            throws IOException
    {
        TypeDescription schema = reader.getSchema();
        List<String> names = schema.getFieldNames();
        List<TypeDescription> children = schema.getChildren();
        long[] bytes = new long[names.size()];
        int[] topLevelOfColumn = new int[schema.getMaximumId() + 1];
        topLevelOfColumn[0] = -1;
        for (int index = 0; index < children.size(); index++) {
            TypeDescription child = children.get(index);
            for (int id = child.getId(); id <= child.getMaximumId(); id++) {
                topLevelOfColumn[id] = index;
            }
        }

        // only the root is included, so opening the record reader reads no column data
        boolean[] include = new boolean[schema.getMaximumId() + 1];
        include[0] = true;
        try (RecordReaderImpl rows = (RecordReaderImpl) reader.rows(reader.options().include(include))) {
            for (StripeInformation stripe : reader.getStripes()) {
                OrcProto.StripeFooter footer = rows.readStripeFooter(stripe);
                for (OrcProto.Stream stream : footer.getStreamsList()) {
                    int column = stream.getColumn();
                    if (column > 0 && column < topLevelOfColumn.length) {
                        bytes[topLevelOfColumn[column]] += stream.getLength();
                    }
                }
            }
        }

        ImmutableMap.Builder<String, Long> columnBytes = ImmutableMap.builder();
        long total = 0;
        for (int index = 0; index < names.size(); index++) {
            columnBytes.put(names.get(index), bytes[index]);
            total += bytes[index];
        }
        return new OrcColumnSizes(columnBytes.buildOrThrow(), fileLength - total);
    }
}
