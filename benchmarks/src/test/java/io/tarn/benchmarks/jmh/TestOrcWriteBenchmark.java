package io.tarn.benchmarks.jmh;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.orc.OrcFile;
import org.apache.orc.Reader;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class TestOrcWriteBenchmark
{
    @Test
    void testWritesEveryEventToOneFile()
            throws IOException
    {
        OrcWriteBenchmark benchmark = new OrcWriteBenchmark();
        benchmark.records = 700;
        benchmark.setup();
        try {
            assertThat(benchmark.writeFile()).isPositive();
            Path path = benchmark.write();
            try (Reader reader = OrcFile.createReader(path, OrcFile.readerOptions(new Configuration(false)).filesystem(benchmark.fileSystem()))) {
                assertThat(reader.getNumberOfRows()).isEqualTo(700);
                assertThat(reader.getSchema().getFieldNames()).contains("eventtime", "eventname", "eventjson");
            }
        }
        finally {
            benchmark.tearDown();
        }
    }
}
