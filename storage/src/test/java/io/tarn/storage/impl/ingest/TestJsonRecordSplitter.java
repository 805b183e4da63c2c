package io.tarn.storage.impl.ingest;

import io.tarn.storage.impl.ingest.JsonRecordSplitter.Event;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

public class TestJsonRecordSplitter
{
    @Test
    public void testLogFileOnOneLine()
            throws IOException
    {
        String input = "{\"Records\":[{\"a\":1},{\"b\":\"x}\\\"{\"},{\"c\":[{}]}]}";
        Split split = split(input);
        assertThat(split.records).containsExactly(
                "1 1:13 {\"a\":1}",
                "2 1:21 {\"b\":\"x}\\\"{\"}",
                "3 1:35 {\"c\":[{}]}");
        assertThat(split.logFile).isTrue();
        assertThat(split.truncation).isNull();
        assertThat(split.bytesRead).isEqualTo(input.length());
    }

    @Test
    public void testPrettyPrintedLogFile()
            throws IOException
    {
        String input = """
                {
                  "Records" : [
                    {
                      "a": 1
                    },
                    {"b": 2}
                  ]
                }
                """;
        assertThat(split(input).records).containsExactly(
                "1 3:5 {\n      \"a\": 1\n    }",
                "2 6:5 {\"b\": 2}");
    }

    @Test
    public void testConcatenatedLogFiles()
            throws IOException
    {
        String input = "{\"Records\":[{\"a\":1}],\"other\":{\"x\":[1]}}\n{\"Records\":[{\"b\":2}]}";
        assertThat(split(input).records).containsExactly("1 1:13 {\"a\":1}", "2 2:13 {\"b\":2}");
    }

    @Test
    public void testRecordsKeyNotFirstIsOneRecord()
            throws IOException
    {
        Split split = split("{\"x\":1,\"Records\":[{\"a\":1}]}");
        assertThat(split.records).containsExactly("1 1:1 {\"x\":1,\"Records\":[{\"a\":1}]}");
        assertThat(split.logFile).isFalse();
    }

    @Test
    public void testJsonLinesWithBlankLinesAndUnicode()
            throws IOException
    {
        String input = "{\"a\":\"é\"}\r\n\n  {\"b\":\"日本\"} {\"c\":3}\n";
        assertThat(split(input).records).containsExactly(
                "1 1:1 {\"a\":\"é\"}",
                "2 3:3 {\"b\":\"日本\"}",
                "3 3:14 {\"c\":3}");
    }

    @Test
    public void testPrettyPrintedObjects()
            throws IOException
    {
        String input = "{\n  \"a\": {\n    \"b\": 1\n  }\n}\n{\n  \"c\": 2\n}\n";
        assertThat(split(input).records).containsExactly(
                "1 1:1 {\n  \"a\": {\n    \"b\": 1\n  }\n}",
                "2 6:1 {\n  \"c\": 2\n}");
    }

    @Test
    public void testTopLevelArray()
            throws IOException
    {
        Split split = split("[{\"a\":1}, {\"b\":[1,2]} , 42, \"s,]\", null]");
        assertThat(split.records).containsExactly(
                "1 1:2 {\"a\":1}",
                "2 1:11 {\"b\":[1,2]}",
                "3 1:25 42",
                "4 1:29 \"s,]\"",
                "5 1:36 null");
        assertThat(split.logFile).isFalse();
        assertThat(split.truncation).isNull();
    }

    @Test
    public void testJunkLineIsOneRecord()
            throws IOException
    {
        String input = "{\"a\":1}\nnot json at all\n{\"b\":2}\n";
        Split split = split(input);
        assertThat(split.records).containsExactly("1 1:1 {\"a\":1}", "2 2:1 not json at all", "3 3:1 {\"b\":2}");
        assertThat(split.firstSignificantByte).isEqualTo('{');
    }

    @Test
    public void testDamagedLinesCostOneRecordEach()
            throws IOException
    {
        String input = "{\"a\":{\"x\":1}\n{\"b\":\"unterminated\n{\"c\":3}\n";
        Split split = split(input);
        assertThat(split.records).containsExactly(
                "1 1:1 {\"a\":{\"x\":1}\n",
                "2 2:1 {\"b\":\"unterminated\n",
                "3 3:1 {\"c\":3}");
        assertThat(split.truncation).isNull();
    }

    @Test
    public void testTruncatedLogFile()
            throws IOException
    {
        Split split = split("{\"Records\":[{\"a\":1},{\"b\":2},{\"c\":");
        assertThat(split.records).containsExactly("1 1:13 {\"a\":1}", "2 1:21 {\"b\":2}");
        assertThat(split.truncation).isEqualTo("the input ended inside record 3 (line 1, column 29)");
    }

    @Test
    public void testUnclosedRecordsArray()
            throws IOException
    {
        Split split = split("{\"Records\":[{\"a\":1},");
        assertThat(split.records).containsExactly("1 1:13 {\"a\":1}");
        assertThat(split.truncation).isEqualTo("the input ended inside the Records array");
    }

    @Test
    public void testOversizedRecordIsSkipped()
            throws IOException
    {
        String big = "{\"big\":\"" + "x".repeat(1000) + "\"}";
        Split split = split("{\"Records\":[{\"a\":1}," + big + ",{\"b\":2}]}", 100, Integer.MAX_VALUE);
        assertThat(split.records).containsExactly("1 1:13 {\"a\":1}", "2 1:21 OVERSIZED " + big.length(), "3 1:" + (21 + big.length() + 1) + " {\"b\":2}");
    }

    @Test
    public void testByteOrderMark()
            throws IOException
    {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] json = "{\"a\":1}".getBytes(UTF_8);
        byte[] input = new byte[bom.length + json.length];
        System.arraycopy(bom, 0, input, 0, 3);
        System.arraycopy(json, 0, input, 3, json.length);
        Split split = split(new ByteArrayInputStream(input), 1 << 20);
        assertThat(split.records).containsExactly("1 1:1 {\"a\":1}");
    }

    @Test
    public void testSameResultWhateverTheReadSizes()
            throws IOException
    {
        StringBuilder input = new StringBuilder("{\n\"Records\" :\n[");
        for (int index = 0; index < 200; index++) {
            input.append(index == 0 ? "" : ",\n").append("{\"i\":").append(index).append(",\"s\":\"a\\\\b\\\"c}{ é ").append("y".repeat(index % 17)).append("\"}");
        }
        input.append("]}\n{\"tail\":true}\n[{\"x\":1}]\n{\"y\":\"é\"}");
        Split whole = split(input.toString());
        assertThat(whole.records).hasSize(203);
        for (int readSize : new int[] {1, 2, 3, 7, 64}) {
            Split pieces = split(input.toString(), 1 << 20, readSize);
            assertThat(pieces.records).isEqualTo(whole.records);
            assertThat(pieces.truncation).isNull();
        }
    }

    private static Split split(String input)
            throws IOException
    {
        return split(input, 1 << 20, Integer.MAX_VALUE);
    }

    private static Split split(String input, int maxRecordBytes, int readSize)
            throws IOException
    {
        return split(new ChunkedInputStream(input.getBytes(UTF_8), readSize), maxRecordBytes);
    }

    private static Split split(InputStream input, int maxRecordBytes)
            throws IOException
    {
        JsonRecordSplitter splitter = new JsonRecordSplitter(input, maxRecordBytes);
        List<String> records = new ArrayList<>();
        while (true) {
            Event event = splitter.next();
            String position = splitter.recordNumber() + " " + splitter.line() + ":" + splitter.column() + " ";
            if (event == Event.END) {
                return new Split(records, splitter.isLogFile(), splitter.truncation(), splitter.firstSignificantByte(), splitter.bytesRead());
            }
            if (event == Event.OVERSIZED_RECORD) {
                records.add(position + "OVERSIZED " + splitter.recordLength());
            }
            else {
                records.add(position + new String(splitter.buffer(), splitter.recordOffset(), splitter.recordLength(), UTF_8));
            }
        }
    }

    private record Split(List<String> records, boolean logFile, String truncation, int firstSignificantByte, long bytesRead) {}

    /**
     * Returns at most {@code readSize} bytes per read, to put buffer boundaries everywhere.
     */
    private static final class ChunkedInputStream
            extends InputStream
    {
        private final byte[] data;
        private final int readSize;
        private int position;

        ChunkedInputStream(byte[] data, int readSize)
        {
            this.data = data;
            this.readSize = readSize;
        }

        @Override
        public int read()
        {
            return position < data.length ? data[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length)
        {
            if (position >= data.length) {
                return -1;
            }
            int count = Math.min(Math.min(length, readSize), data.length - position);
            System.arraycopy(data, position, buffer, offset, count);
            position += count;
            return count;
        }
    }
}
