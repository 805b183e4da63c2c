package io.tarn.storage.impl.ingest;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

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
}
