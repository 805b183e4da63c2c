package io.tarn.benchmarks.jmh;

import io.tarn.storage.impl.orc.OrcFileSettings;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.orc.OrcFile;
import org.apache.orc.Reader;
import org.apache.orc.RecordReader;
import org.apache.orc.storage.ql.exec.vector.VectorizedRowBatch;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestTrinoOrcWriteBenchmark
{
    private static final int RECORDS = 2_500;

    @Test
    void testOrcCoreReadsTheSameRowsAsOrcCoreWrote()
            throws IOException
    {
        for (String compression : List.of("ZSTD", "NONE")) {
            TrinoOrcWriteBenchmark trino = new TrinoOrcWriteBenchmark();
            trino.records = RECORDS;
            trino.compression = compression;
            OrcWriteBenchmark orcCore = new OrcWriteBenchmark();
            orcCore.records = RECORDS;
            orcCore.compression = compression;
            trino.setup();
            orcCore.setup();
            try {
                assertThat(trino.writeFile()).isPositive();
                FileSystem fileSystem = orcCore.fileSystem();
                List<String> expected = rows(fileSystem, orcCore.write());
                List<String> actual = rows(fileSystem, new Path(trino.write().toString()));
                assertThat(actual).hasSize(RECORDS);
                assertThat(actual).isEqualTo(expected);
                assertThat(actual.get(0)).contains("\"eventtime\": 20");
            }
            finally {
                trino.tearDown();
                orcCore.tearDown();
            }
        }
    }

    /**
     * Every row of the file as orc-core reads it, as text.
     */
    private static List<String> rows(FileSystem fileSystem, Path path)
            throws IOException
    {
        List<String> rows = new ArrayList<>();
        try (Reader reader = OrcFile.createReader(path, OrcFileSettings.readerOptions(new Configuration(false), fileSystem));
                RecordReader records = reader.rows()) {
            assertThat(reader.getSchema().getFieldNames()).contains("eventtime", "eventname", "eventjson", "resources");
            VectorizedRowBatch batch = reader.getSchema().createRowBatch();
            while (records.nextBatch(batch)) {
                for (int row = 0; row < batch.size; row++) {
                    StringBuilder text = new StringBuilder();
                    for (int column = 0; column < batch.cols.length; column++) {
                        text.append('"').append(reader.getSchema().getFieldNames().get(column)).append("\": ");
                        batch.cols[column].stringifyValue(text, row);
                        text.append(", ");
                    }
                    rows.add(text.toString());
                }
            }
            assertThat(reader.getNumberOfRows()).isEqualTo(rows.size());
        }
        return rows;
    }
}
