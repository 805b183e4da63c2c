package io.tarn.storage.impl.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tarn.storage.impl.ingest.JsonRecordSplitter.Event;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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

    @Test
    public void testSpecialBytesAtEveryOffsetOfAWord()
            throws IOException
    {
        // each piece lands at every offset of an eight-byte word, inside strings, and brackets outside them
        List<String> pieces = List.of("\\\"", "\\\\", "\\\\\\\"", "}", "]", "{[", "é", "日本", "\uD83D\uDE00", "\\u00e9", "\n", "\r");
        for (String piece : pieces) {
            String inString = piece.equals("\n") || piece.equals("\r") ? "\\n" : piece;
            List<String> records = new ArrayList<>();
            for (int offset = 0; offset < 2 * Long.BYTES; offset++) {
                records.add("{\"k\":\"" + "x".repeat(offset) + inString + "\"}");
                records.add("{\"k\":" + " ".repeat(offset) + "[1,{\"x\":\"" + inString + "\"}],\"y\":[[]],\"" + "é".repeat(offset) + "\":\"\"}");
                // a blank after a line break: a brace opening a line would end a concatenated record early
                String whitespace = piece.replaceAll("\\S", "") + " ";
                records.add("{\"z\":" + whitespace + "[".repeat(offset % 5) + "{\"a\":{}}" + whitespace + "]".repeat(offset % 5) + "}");
            }
            StringBuilder lines = new StringBuilder();
            for (int index = 0; index < records.size(); index++) {
                lines.append(records.get(index)).append(" ".repeat(index % 3)).append(index % 2 == 0 ? "\n" : "");
            }
            assertSplitsLikeJackson(lines.toString(), Layout.CONCATENATED);
            assertSplitsLikeJackson("{\"Records\":[" + String.join(",", records) + "]}", Layout.LOG_FILE);
        }
    }

    @Test
    public void testGeneratedRecordsSplitLikeJackson()
            throws IOException
    {
        for (long seed = 0; seed < 12; seed++) {
            Random random = new Random(seed);
            List<String> records = new ArrayList<>();
            for (int index = 0; index < 30; index++) {
                StringBuilder record = new StringBuilder();
                appendObject(record, random, 0);
                records.add(record.toString());
            }
            StringBuilder lines = new StringBuilder();
            for (String record : records) {
                lines.append(record).append(List.of("\n", "\r\n", " ", "", "\n\n  ").get(random.nextInt(5)));
            }
            assertSplitsLikeJackson(lines.toString(), Layout.CONCATENATED);
            assertSplitsLikeJackson("{\"Records\":[\n" + String.join(",\n", records) + "]}", Layout.LOG_FILE);
            assertSplitsLikeJackson("{\"Records\":[" + String.join(",", records) + "],\"x\":\"}\"}", Layout.LOG_FILE);
            assertSplitsLikeJackson("[" + String.join(" , ", records) + "]", Layout.ARRAY);
        }
    }

    @Test
    public void testRecordsLargerThanTheBuffer()
            throws IOException
    {
        // multi-byte characters and escapes straddle every buffer refill and growth
        String text = "ab\\\"é日\uD83D\uDE00\\\\{[".repeat(20_000);
        List<String> records = List.of(
                "{\"a\":1}",
                "{\"big\":\"" + text + "\",\"n\":[{\"x\":\"" + text + "\"}]}",
                "{\"b\":\"é\"}",
                "{\"c\":[" + "{\"d\":\"é\"},".repeat(10_000) + "{}]}",
                "{\"e\":3}");
        assertSplitsLikeJackson(String.join("\n", records), Layout.CONCATENATED);
        assertSplitsLikeJackson("{\"Records\":[" + String.join(",", records) + "]}", Layout.LOG_FILE);
    }

    @Test
    public void testDamagedLinesAtEveryOffsetOfAWord()
            throws IOException
    {
        for (int offset = 0; offset < 2 * Long.BYTES; offset++) {
            String unterminatedString = "{\"a\":\"" + "é".repeat(offset) + "open";
            String unclosedArray = "{\"b\":[1," + " ".repeat(offset);
            String first = "{\"c\":\"" + "日".repeat(offset) + "\"}";
            String second = "{\"d\":\"" + "y".repeat(offset) + "\\\\\"}";
            String input = unterminatedString + "\n" + unclosedArray + "\n" + first + " " + second + "\n";
            for (int readSize : new int[] {Integer.MAX_VALUE, 1, 3, 8}) {
                Split split = split(input, 1 << 20, readSize);
                assertThat(split.records).containsExactly(
                        "1 1:1 " + unterminatedString + "\n",
                        "2 2:1 " + unclosedArray + "\n",
                        "3 3:1 " + first,
                        "4 3:" + (first.codePointCount(0, first.length()) + 2) + " " + second);
                assertThat(split.truncation).isNull();
            }
        }
    }

    @Test
    public void testTruncationColumnAfterMultiByteCharacters()
            throws IOException
    {
        for (int offset = 0; offset < 2 * Long.BYTES; offset++) {
            String complete = "{\"a\":\"" + "é".repeat(offset) + "日\uD83D\uDE00\"}";
            String prefix = "{\"Records\":[" + complete + ",";
            for (int readSize : new int[] {Integer.MAX_VALUE, 1, 5}) {
                Split split = split(prefix + "{\"b\":\"" + "é".repeat(offset), 1 << 20, readSize);
                assertThat(split.records).containsExactly("1 1:13 " + complete);
                assertThat(split.truncation).isEqualTo("the input ended inside record 2 (line 1, column " + (prefix.codePointCount(0, prefix.length()) + 1) + ")");
            }
        }
    }

    private enum Layout
    {
        CONCATENATED, LOG_FILE, ARRAY
    }

    /**
     * Splits the input with buffer boundaries in many places, and compares the records with those Jackson
     * finds: their text, and their lines and columns counted in the input (characters, lines ended by a line
     * feed only).
     */
    private static void assertSplitsLikeJackson(String input, Layout layout)
            throws IOException
    {
        List<String> expected = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(new StringReader(input))) {
            if (layout == Layout.LOG_FILE) {
                assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
                assertThat(parser.nextFieldName()).isEqualTo("Records");
            }
            if (layout != Layout.CONCATENATED) {
                assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            }
            while (true) {
                JsonToken token = parser.nextToken();
                if (token == null || token == JsonToken.END_ARRAY) {
                    break;
                }
                assertThat(token).isEqualTo(JsonToken.START_OBJECT);
                int start = (int) parser.currentTokenLocation().getCharOffset();
                parser.skipChildren();
                int end = (int) parser.currentTokenLocation().getCharOffset() + 1;
                int lineStart = input.lastIndexOf('\n', start - 1) + 1;
                long line = input.substring(0, start).chars().filter(character -> character == '\n').count() + 1;
                expected.add((expected.size() + 1) + " " + line + ":" + (input.codePointCount(lineStart, start) + 1) + " " + input.substring(start, end));
            }
        }
        assertThat(expected).isNotEmpty();
        for (int readSize : new int[] {Integer.MAX_VALUE, 1, 2, 3, 7, 8, 9, 13}) {
            Split split = split(input, 1 << 20, readSize);
            assertThat(split.records).as("read size %s of %s", readSize, input).isEqualTo(expected);
            assertThat(split.truncation).isNull();
            assertThat(split.logFile).isEqualTo(layout == Layout.LOG_FILE);
        }
    }

    private static void appendObject(StringBuilder out, Random random, int depth)
    {
        out.append('{');
        int members = random.nextInt(depth == 0 ? 8 : 4) + (depth == 0 ? 1 : 0);
        for (int member = 0; member < members; member++) {
            appendWhitespace(out, random);
            appendString(out, random);
            appendWhitespace(out, random);
            out.append(':');
            appendWhitespace(out, random);
            appendValue(out, random, depth + 1);
            appendWhitespace(out, random);
            if (member < members - 1) {
                out.append(',');
            }
        }
        out.append('}');
    }

    private static void appendValue(StringBuilder out, Random random, int depth)
    {
        switch (random.nextInt(depth >= 3 ? 3 : 5)) {
            case 0 -> appendString(out, random);
            case 1 -> out.append(random.nextInt(1_000_000) - 1000);
            case 2 -> out.append(List.of("true", "false", "null").get(random.nextInt(3)));
            case 3 -> {
                out.append('[');
                int elements = random.nextInt(4);
                for (int element = 0; element < elements; element++) {
                    appendWhitespace(out, random);
                    appendValue(out, random, depth + 1);
                    appendWhitespace(out, random);
                    if (element < elements - 1) {
                        out.append(',');
                    }
                }
                out.append(']');
            }
            default -> appendObject(out, random, depth);
        }
    }

    private static final List<String> STRING_PIECES = List.of(
            "a", "bcdefghijk", "\\\"", "\\\\", "\\\\\\\"", "\\/", "}", "]", "{", "[", "é", "日本", "\uD83D\uDE00", "\\n", "\\u00e9", ",", ":", " ");

    private static void appendString(StringBuilder out, Random random)
    {
        out.append('"');
        int pieces = random.nextInt(6);
        for (int piece = 0; piece < pieces; piece++) {
            out.append(STRING_PIECES.get(random.nextInt(STRING_PIECES.size())));
        }
        out.append('"');
    }

    /**
     * Whitespace inside a record; a line break is followed by a blank so that no brace opens a line (that
     * would end a concatenated record early, which is the splitter's recovery from damaged lines).
     */
    private static void appendWhitespace(StringBuilder out, Random random)
    {
        out.append(List.of("", "", "", " ", "   ", "\t", "\n ", "\r\n\t").get(random.nextInt(8)));
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
