package io.tarn.storage.impl;

import io.tarn.storage.LakeOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static io.tarn.error.TarnAssertions.assertTarnExceptionThrownBy;
import static io.tarn.storage.StorageErrorCode.INVALID_PARAMETER;
import static io.tarn.storage.impl.LakeLocation.toHadoopPath;
import static org.assertj.core.api.Assertions.assertThat;

public class TestLakeLocation
{
    @Test
    public void testLocalLocations()
    {
        Path workingDirectory = Path.of("").toAbsolutePath();
        assertThat(toHadoopPath("lake").toString()).isEqualTo("file:" + workingDirectory.resolve("lake"));
        assertThat(toHadoopPath("./a/../lake/").toString()).isEqualTo("file:" + workingDirectory.resolve("lake"));
        assertThat(toHadoopPath("/var/lib/tarn/lake").toString()).isEqualTo("file:/var/lib/tarn/lake");
        assertThat(toHadoopPath("file:/var/lib/tarn/lake").toString()).isEqualTo("file:/var/lib/tarn/lake");
        assertThat(toHadoopPath("file:///var/lib/tarn/old/../lake").toString()).isEqualTo("file:/var/lib/tarn/lake");
        assertThat(toHadoopPath("/tmp/my lake").toString()).isEqualTo("file:/tmp/my lake");
        assertTarnExceptionThrownBy(() -> toHadoopPath("file://server/share"), INVALID_PARAMETER);
    }

    @Test
    public void testHadoopLocations()
    {
        assertThat(toHadoopPath("hdfs://namenode:8020/data/lake/").toString()).isEqualTo("hdfs://namenode:8020/data/lake");
        assertThat(toHadoopPath("s3a://bucket").toString()).isEqualTo("s3a://bucket/");
        assertThat(LakeLocation.isLocal(toHadoopPath("s3a://bucket/lake"))).isFalse();
    }

    @Test
    public void testMetadataDirectory()
    {
        LakeLocation local = LakeLocation.resolve(LakeOptions.at("/var/lib/tarn/lake"));
        assertThat(local.local()).isTrue();
        assertThat(local.metadataDirectory()).isEqualTo(Path.of("/var/lib/tarn/lake"));

        LakeLocation remote = LakeLocation.resolve(LakeOptions.at("hdfs://namenode/lake").withMetadataDirectory(Path.of("metadata")));
        assertThat(remote.local()).isFalse();
        assertThat(remote.metadataDirectory()).isEqualTo(Path.of("").toAbsolutePath().resolve("metadata"));
    }
}
