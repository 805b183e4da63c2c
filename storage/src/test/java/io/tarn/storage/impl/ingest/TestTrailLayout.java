package io.tarn.storage.impl.ingest;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

public class TestTrailLayout
{
    private static final long FROM = Instant.parse("2023-07-10T12:00:00Z").toEpochMilli();
    private static final long TO = Instant.parse("2023-07-10T12:20:00Z").toEpochMilli();

    @Test
    public void testFileNames()
    {
        // delivered at 11:59 holds events before 12:00
        assertThat(TrailLayout.canSkipFile("123456789012_CloudTrail_us-east-1_20230710T1159Z_Mu0KsOhtH1ar15ZZ.json.gz", FROM, TO)).isTrue();
        assertThat(TrailLayout.canSkipFile("123456789012_CloudTrail_us-east-1_20230710T1200Z_Mu0KsOhtH1ar15ZZ.json.gz", FROM, TO)).isFalse();
        // late deliveries within an hour of the end may hold events of the range
        assertThat(TrailLayout.canSkipFile("123456789012_CloudTrail_us-west-1_20230710T1319ZHdkvFTXOA3Vnhbc.json.gz", FROM, TO)).isFalse();
        assertThat(TrailLayout.canSkipFile("123456789012_CloudTrail_us-west-1_20230710T1320ZHdkvFTXOA3Vnhbc.json.gz", FROM, TO)).isTrue();
        assertThat(TrailLayout.canSkipFile("123456789012_CloudTrail_us-west-1_20230710T1320Z_x.json.gz", FROM, Long.MAX_VALUE)).isFalse();
        // other names say nothing about delivery
        assertThat(TrailLayout.canSkipFile("export_20230101T0000Z.json", FROM, TO)).isFalse();
        assertThat(TrailLayout.canSkipFile("123456789012_CloudTrail_us-east-1_2023071T1159Z_x.json.gz", FROM, TO)).isFalse();
    }

    @Test
    public void testDirectories()
    {
        List<String> day = List.of("bucket", "AWSLogs", "o-abc123", "123456789012", "CloudTrail", "us-east-1", "2023", "07", "09");
        assertThat(TrailLayout.canSkipDirectory(day, FROM, TO)).isTrue();
        assertThat(TrailLayout.canSkipDirectory(day.subList(0, 8), FROM, TO)).isFalse();
        assertThat(TrailLayout.canSkipDirectory(List.of("AWSLogs", "123456789012", "CloudTrail", "us-east-1", "2023", "06"), FROM, TO)).isTrue();
        assertThat(TrailLayout.canSkipDirectory(List.of("AWSLogs", "123456789012", "CloudTrail", "us-east-1", "2022"), FROM, TO)).isTrue();
        assertThat(TrailLayout.canSkipDirectory(List.of("AWSLogs", "123456789012", "CloudTrail", "us-east-1", "2023", "07", "10"), FROM, TO)).isFalse();
        assertThat(TrailLayout.canSkipDirectory(List.of("AWSLogs", "123456789012", "CloudTrail", "us-east-1", "2023", "07", "11"), FROM, TO)).isTrue();
        // outside the layout nothing is skipped
        assertThat(TrailLayout.canSkipDirectory(List.of("logs", "2022"), FROM, TO)).isFalse();
        assertThat(TrailLayout.canSkipDirectory(List.of("AWSLogs", "not-an-account", "CloudTrail", "us-east-1", "2022"), FROM, TO)).isFalse();
        assertThat(TrailLayout.prefix(day)).contains("CloudTrail");
        assertThat(TrailLayout.isDigest(List.of("AWSLogs", "123456789012", "CloudTrail-Digest", "us-east-1"), "x.json.gz")).isTrue();
    }

    @Test
    public void testDayDirectories()
    {
        assertThat(TrailLayout.dayDirectoryStart(List.of("bucket", "AWSLogs", "o-abc123", "123456789012", "CloudTrail", "us-east-1", "2023", "07", "09")))
                .hasValue(Instant.parse("2023-07-09T00:00:00Z").toEpochMilli());
        assertThat(TrailLayout.dayDirectoryStart(List.of("AWSLogs", "123456789012", "CloudTrail", "us-east-1", "2024", "02", "29")))
                .hasValue(Instant.parse("2024-02-29T00:00:00Z").toEpochMilli());
        // months, years, deeper directories and other layouts are not day directories
        assertThat(TrailLayout.dayDirectoryStart(List.of("AWSLogs", "123456789012", "CloudTrail", "us-east-1", "2023", "07"))).isEmpty();
        assertThat(TrailLayout.dayDirectoryStart(List.of("AWSLogs", "123456789012", "CloudTrail", "us-east-1", "2023", "07", "09", "x"))).isEmpty();
        assertThat(TrailLayout.dayDirectoryStart(List.of("AWSLogs", "123456789012", "CloudTrail", "us-east-1", "2023", "13", "09"))).isEmpty();
        assertThat(TrailLayout.dayDirectoryStart(List.of("logs", "2023", "07", "09"))).isEmpty();
    }

    @Test
    public void testReadOrderKeys()
    {
        long day = Instant.parse("2023-07-10T00:00:00Z").toEpochMilli();
        String name = "123456789012_CloudTrail_us-east-1_20230710T1145Z_7xgocspSowgK0Gto.json.gz";
        assertThat(SourceReader.readOrderKey(name, OptionalLong.empty())).isEqualTo(Instant.parse("2023-07-10T11:45:00Z").toEpochMilli());
        assertThat(SourceReader.readOrderKey(name, OptionalLong.of(day))).isEqualTo(Instant.parse("2023-07-10T11:45:00Z").toEpochMilli());
        // a name older than its day directory is read with that day
        assertThat(SourceReader.readOrderKey(name, OptionalLong.of(day + 86_400_000L))).isEqualTo(day + 86_400_000L);
        assertThat(SourceReader.readOrderKey("notes.json", OptionalLong.of(day))).isEqualTo(day);
        assertThat(SourceReader.readOrderKey("notes.json", OptionalLong.empty())).isEqualTo(Long.MAX_VALUE);
        // paths compare segment by segment: a directory's files before those of a longer sibling name
        assertThat(SourceReader.comparePaths("/in/a/z.json", "/in/a-b/a.json")).isNegative();
        assertThat(SourceReader.comparePaths("/in/a-b/a.json", "/in/a/z.json")).isPositive();
        assertThat(SourceReader.comparePaths("/in/a/b.json", "/in/a/b.json")).isZero();
        assertThat(SourceReader.comparePaths("/in/a/b", "/in/a/b.json")).isNegative();
    }
}
