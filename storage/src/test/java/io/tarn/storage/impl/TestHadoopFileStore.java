package io.tarn.storage.impl;

import io.tarn.storage.FileStore;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class TestHadoopFileStore
{
    @TempDir
    private Path directory;
    private FileSystem fileSystem;
    private FileStore files;

    @BeforeEach
    public void setUp()
            throws IOException
    {
        Configuration configuration = new Configuration(false);
        fileSystem = HadoopFileStore.newLocalFileSystem(configuration);
        files = new HadoopFileStore(fileSystem, configuration);
    }

    @AfterEach
    public void tearDown()
            throws IOException
    {
        fileSystem.close();
    }

    @Test
    public void testWriteAndReadWithoutChecksumFiles()
            throws IOException
    {
        String location = directory.resolve("results/q1/result.csv").toString();
        write(location, "a,b\n1,2\n");

        assertThat(Files.readString(directory.resolve("results/q1/result.csv"))).isEqualTo("a,b\n1,2\n");
        assertThat(read(location)).isEqualTo("a,b\n1,2\n");
        assertThat(read("file:" + location)).isEqualTo("a,b\n1,2\n");
        try (Stream<Path> paths = Files.walk(directory)) {
            assertThat(paths.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.endsWith(".crc"));
        }
    }

    @Test
    public void testCreateReplacesExistingFile()
            throws IOException
    {
        String location = directory.resolve("file.txt").toString();
        write(location, "first version, longer");
        write(location, "second");

        assertThat(read(location)).isEqualTo("second");
    }

    @Test
    public void testExistsListAndDelete()
            throws IOException
    {
        String results = directory.resolve("results").toString();
        assertThat(files.exists(results)).isFalse();
        assertThat(files.list(results)).isEmpty();

        write(files.resolve(results, "b.csv"), "b");
        write(files.resolve(results, "a.csv"), "a");
        write(files.resolve(results, "nested/c.csv"), "c");

        assertThat(files.exists(results)).isTrue();
        assertThat(files.list(results)).containsExactly("file:" + directory.resolve("results/a.csv"), "file:" + directory.resolve("results/b.csv"));

        files.delete(files.resolve(results, "a.csv"), false);
        assertThat(Files.exists(directory.resolve("results/a.csv"))).isFalse();
        files.delete(files.resolve(results, "missing.csv"), false);
        files.delete(results, true);
        assertThat(Files.exists(directory.resolve("results"))).isFalse();
    }

    @Test
    public void testResolve()
    {
        assertThat(files.resolve("file:/var/lib/tarn", "results/q1.csv")).isEqualTo("file:/var/lib/tarn/results/q1.csv");
        assertThat(files.resolve("hdfs://namenode:8020/lake", "stores/x")).isEqualTo("hdfs://namenode:8020/lake/stores/x");
        assertThat(files.resolve(directory.toString(), "a b.csv")).isEqualTo("file:" + directory.resolve("a b.csv"));
        assertThatThrownBy(() -> files.resolve("file:/var/lib/tarn", "/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> files.resolve("file:/var/lib/tarn", "hdfs://other/x")).isInstanceOf(IllegalArgumentException.class);
    }

    private void write(String location, String text)
            throws IOException
    {
        try (OutputStream output = files.create(location)) {
            output.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private String read(String location)
            throws IOException
    {
        try (InputStream input = files.open(location)) {
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
