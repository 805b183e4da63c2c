package io.tarn.storage.impl.scan;

import io.tarn.storage.ScanStatistics;
import io.tarn.storage.impl.HadoopFileStore;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileRange;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

final class TestCountingInputStream
{
    @TempDir
    java.nio.file.Path directory;

    @Test
    void testEveryKindOfReadIsCounted()
            throws IOException
    {
        byte[] content = new byte[1000];
        for (int index = 0; index < content.length; index++) {
            content[index] = (byte) index;
        }
        java.nio.file.Path file = Files.write(directory.resolve("data"), content);
        ScanStatistics statistics = new ScanStatistics();
        try (FileSystem base = HadoopFileStore.newLocalFileSystem(new Configuration(false));
                FSDataInputStream input = new CountingFileSystem(base, statistics).open(new Path(file.toString()))) {
            assertThat(input.read()).isEqualTo(0);
            assertThat(statistics.snapshot().bytesRead()).isEqualTo(1);

            input.seek(990);
            byte[] buffer = new byte[100];
            assertThat(input.read(buffer, 0, 100)).isEqualTo(10);
            assertThat(statistics.snapshot().bytesRead()).isEqualTo(11);

            input.readFully(100, buffer, 0, 50);
            assertThat(buffer[0]).isEqualTo((byte) 100);
            assertThat(statistics.snapshot().bytesRead()).isEqualTo(61);

            assertThat(input.read(500, buffer, 0, 20)).isEqualTo(20);
            assertThat(statistics.snapshot().bytesRead()).isEqualTo(81);

            List<FileRange> ranges = List.of(FileRange.createFileRange(0, 10), FileRange.createFileRange(200, 300));
            input.readVectored(ranges, ByteBuffer::allocateDirect);
            ByteBuffer second = ranges.get(1).getData().join();
            assertThat(second.remaining()).isEqualTo(300);
            assertThat(second.get(0)).isEqualTo((byte) 200);
            assertThat(statistics.snapshot().bytesRead()).isEqualTo(391);

            input.seek(0);
            assertThat(input.skip(500)).isEqualTo(500);
            assertThat(statistics.snapshot().bytesRead()).isEqualTo(391);
        }
    }
}
