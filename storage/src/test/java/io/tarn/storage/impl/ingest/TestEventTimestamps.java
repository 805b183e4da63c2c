package io.tarn.storage.impl.ingest;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

public class TestEventTimestamps
{
    @Test
    public void testAcceptedForms()
    {
        assertParses("2023-07-10T11:42:36Z", "2023-07-10T11:42:36Z");
        assertParses("2023-07-10t11:42:36z", "2023-07-10T11:42:36Z");
        assertParses("2023-07-10 11:42:36", "2023-07-10T11:42:36Z");
        assertParses("2023-07-10T11:42:36", "2023-07-10T11:42:36Z");
        assertParses("2023-07-10T11:42Z", "2023-07-10T11:42:00Z");
        assertParses("2023-07-10T11:42:36.5Z", "2023-07-10T11:42:36.500Z");
        assertParses("2024-10-17 21:48:45.000000000", "2024-10-17T21:48:45Z");
        assertParses("2023-07-10T11:42:36.123456789Z", "2023-07-10T11:42:36.123Z");
        assertParses("2023-07-10T11:42:36,25+02:00", "2023-07-10T09:42:36.250Z");
        assertParses("2023-07-10T01:42:36-0530", "2023-07-10T07:12:36Z");
        assertParses("2023-07-10T01:42:36+01", "2023-07-10T00:42:36Z");
        assertParses("20131102T010628Z", "2013-11-02T01:06:28Z");
        assertParses("2024-02-29T00:00:00Z", "2024-02-29T00:00:00Z");
        assertParses("1969-12-31T23:59:59.999Z", "1969-12-31T23:59:59.999Z");
        assertParses("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z");
        assertParses("9999-12-31T23:59:59Z", "9999-12-31T23:59:59Z");
    }

    @Test
    public void testRejectedForms()
    {
        for (String text : new String[] {"", "eventTime", "...", "2023-07-10", "2023-07-10T", "2023-02-29T00:00:00Z", "2023-13-01T00:00:00Z",
                "2023-07-10T24:00:00Z", "2023-07-10T11:60:00Z", "2023-07-10T11:42:60Z", "2023-07-10T11:42:36.Z", "2023-07-10T11:42:36ZZ",
                "2023-07-10T11:42:36+25:00", "2023/07/10T11:42:36Z", "0000-01-01T00:00:00Z", " 2023-07-10T11:42:36Z", "1688989338000"}) {
            assertThat(EventTimestamps.parse(text)).as(text).isEqualTo(EventTimestamps.INVALID);
        }
    }

    @Test
    public void testEpochDaysAgreeWithJavaTime()
    {
        Random random = new Random(3);
        for (int count = 0; count < 10_000; count++) {
            LocalDate date = LocalDate.ofEpochDay(random.nextInt(4_000_000) - 800_000);
            if (date.getYear() < 1 || date.getYear() > 9999) {
                continue;
            }
            assertThat(EventTimestamps.epochDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth())).isEqualTo(date.toEpochDay());
        }
    }

    private static void assertParses(String text, String expected)
    {
        assertThat(EventTimestamps.parse(text)).as(text).isEqualTo(Instant.parse(expected).toEpochMilli());
    }
}
