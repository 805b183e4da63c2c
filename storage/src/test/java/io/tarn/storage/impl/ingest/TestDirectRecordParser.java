package io.tarn.storage.impl.ingest;

import io.tarn.storage.EventDataStoreType;
import org.apache.orc.storage.ql.exec.vector.BytesColumnVector;
import org.apache.orc.storage.ql.exec.vector.ColumnVector;
import org.apache.orc.storage.ql.exec.vector.DoubleColumnVector;
import org.apache.orc.storage.ql.exec.vector.ListColumnVector;
import org.apache.orc.storage.ql.exec.vector.LongColumnVector;
import org.apache.orc.storage.ql.exec.vector.MapColumnVector;
import org.apache.orc.storage.ql.exec.vector.StructColumnVector;
import org.apache.orc.storage.ql.exec.vector.TimestampColumnVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parses records with the direct parser (falling back to the value parsers) and with the value parsers
 * alone, and checks that every stored value and every reject reason is the same, and that the direct
 * parser handled the records it is meant to handle.
 */
public class TestDirectRecordParser
{
    private static final String TIME = "\"eventTime\":\"2024-01-02T03:04:05Z\"";
    private static final String INSIGHT = "\"eventCategory\":\"Insight\",\"eventType\":\"AwsCloudTrailInsight\"";

    @Test
    public void testSampleEventsOfEveryStoreType()
    {
        Map<EventDataStoreType, Comparison> comparisons = comparisons();
        int records = 0;
        for (Path file : sampleFiles()) {
            for (byte[] record : records(read(file))) {
                records++;
                int accepted = 0;
                for (Comparison comparison : comparisons.values()) {
                    if (comparison.compare(record).accepted()) {
                        accepted++;
                    }
                }
                assertThat(accepted).as("stores accepting a record of %s", file).isLessThanOrEqualTo(1);
            }
        }
        assertThat(records).isGreaterThan(1000);
        for (Comparison comparison : comparisons.values()) {
            assertThat(comparison.acceptedRecords).as("records accepted by %s", comparison.storeType).isPositive();
            assertThat(comparison.directParser().failedRecords()).isZero();
        }
        // every record of the samples is strict JSON of valid UTF-8; only Insights' insightDetails blocks
        // and records rejected by the value parsers go to the value parsers
        Comparison cloudTrail = comparisons.get(EventDataStoreType.CLOUDTRAIL);
        assertThat(cloudTrail.acceptedRecords).isGreaterThan(1000);
        assertThat(cloudTrail.fallbacksOfAcceptedRecords).isZero();
        for (EventDataStoreType type : List.of(EventDataStoreType.CONFIGURATION_ITEMS, EventDataStoreType.AUDIT_MANAGER_EVIDENCE, EventDataStoreType.ACTIVITY_AUDIT_LOG)) {
            assertThat(comparisons.get(type).fallbacksOfAcceptedRecords).as("fallbacks of %s", type).isZero();
        }
    }

    @Test
    public void testGeneratedEvents(@TempDir Path directory)
    {
        TestingEventGenerator generator = new TestingEventGenerator();
        List<Path> files = generator.writeLogFiles(directory, 3000, 500, Instant.parse("2024-05-01T00:00:00Z"), 86_400_000L, 20261121);
        Comparison comparison = new Comparison(EventDataStoreType.CLOUDTRAIL);
        for (Path file : files) {
            for (byte[] record : records(IngestTests.gunzip(file))) {
                assertThat(comparison.compare(record).accepted()).isTrue();
            }
        }
        assertThat(comparison.acceptedRecords).isEqualTo(3000);
        assertThat(comparison.directParser().handledRecords()).isEqualTo(3000);
        assertThat(comparison.directParser().fallbackRecords()).isZero();
    }

    @Test
    public void testStringsHandled()
    {
        Comparison comparison = new Comparison(EventDataStoreType.CLOUDTRAIL);
        List<String> values = List.of(
                "\"plain\"",
                "\"\"",
                "\"quote \\\" backslash \\\\ slash \\/ controls \\b\\f\\n\\r\\t end\"",
                "\"caf\\u00e9 \\u0041 \\u0000 \\u07FF \\u0800 \\uFFFF \\u20AC\"",
                "\"pair \\uD83D\\uDE00 lone high \\uD800x lone low \\uDC00 two highs \\uD800\\uD83D\\uDE00 high then raw \\uD83D\uD83D\uDE00\"",
                "\"raw non-ASCII é 日本 \uD83D\uDE00 \u0080 \u07FF \u0800 \uFFFD \uDBFF\uDFFF\"",
                "\"delete \u007F and escaped low then raw \uD83D\uDE00\\uDE00\"",
                "12", "-0", "1.50", "1e3", "1E+3", "-2.5e-10", "0.0", "-0.0", "123456789012345678901234567890",
                "true", "false",
                "{}", "[]", "{\"a\":[1,{\"b\":null}],\"c\":\"x } \\\" y\"}",
                "{ \"a\" : [ 1 , 2 ] ,\n\t\"b\" : \"in string  \\\" spaces \" }",
                "[ \"x }\" , {\"y\" : \"\\\" ]\"} ]",
                "{\"escaped\\u0041\":\"\\u00e9\\/\"}",
                "null");
        values = new ArrayList<>(values);
        // special bytes at every offset of the eight-byte words the string scan reads
        for (int offset = 0; offset < 20; offset++) {
            for (String special : List.of("\\\"", "\\u00e9", "é", "\uD83D\uDE00", "\\\\", "\\n")) {
                values.add("\"" + "a".repeat(offset) + special + "b".repeat(20 - offset) + "\"");
                values.add("\"" + "a".repeat(offset) + special + "\"");
            }
        }
        for (String value : values) {
            String record = "{" + TIME + ",\"eventName\":" + value + ",\"errorMessage\" : \t" + value + " ,\"requestParameters\":{\"k\":" + value + ",\"é\":" + value + "}}";
            assertHandled(comparison, record);
        }
    }

    @Test
    public void testStructuresHandled()
    {
        Comparison comparison = new Comparison(EventDataStoreType.CLOUDTRAIL);
        List<String> records = List.of(
                // member names in any case, unknown members with any content, computed columns in the input
                "{" + TIME + ",\"EVENTNAME\":\"a\",\"eventname\":\"b\",\"EventSource\":\"s\",\"unknown\":{\"eventName\":[1,{\"x\":\"\\u00e9\"}]},\"eventJson\":\"{}\",\"eventjsonchecksum\":5}",
                // duplicate struct members: the last one wins, nested values of the first stay unused
                "{" + TIME + ",\"userIdentity\":{\"type\":\"a\",\"arn\":\"x\"},\"userIdentity\":{\"type\":\"b\"},\"resources\":[{\"type\":\"t1\"}],\"resources\":[{\"type\":\"t2\"},{\"ARN\":\"a2\"}]}",
                // duplicate map keys: first place, last value
                "{" + TIME + ",\"requestParameters\":{\"a\":\"1\",\"b\":null,\"a\":null,\"b\":\"2\",\"c\":{},\"c\":[1]},\"responseElements\":{}}",
                // an array where a struct is expected stands for its first element
                "{" + TIME + ",\"userIdentity\":[{\"type\":\"first\"},{\"type\":\"second\"},3,\"x\",[]]}",
                "{" + TIME + ",\"userIdentity\":[]}",
                "{" + TIME + ",\"userIdentity\":[null,{\"type\":\"second\"}]}",
                "{" + TIME + ",\"userIdentity\":null,\"resources\":null,\"requestParameters\":null,\"readOnly\":null}",
                // a lone object where an array is expected is a one-element array
                "{" + TIME + ",\"resources\":{\"type\":\"AWS::S3::Object\",\"arn\":\"arn:1\"}}",
                "{" + TIME + ",\"resources\":[],\"tlsDetails\":{}}",
                // booleans as strings in any case, nested timestamps
                "{" + TIME + ",\"readOnly\":\"TRUE\",\"managementEvent\":\"False\",\"userIdentity\":{\"sessionContext\":{\"attributes\":{\"creationDate\":\"20131102T010628Z\",\"mfaAuthenticated\":\"false\"}}}}",
                "{" + TIME + ",\"readOnly\":true,\"managementEvent\":false}",
                // whitespace everywhere between tokens, and around the record
                " \n\t{ \"eventTime\" : \"2024-01-02T03:04:05.123+01:00\" ,\r\n \"userIdentity\" : { \"type\" : \"Root\" , \"sessionContext\" : { \"attributes\" : { } } } , \"resources\" : [ { \"type\" : \"t\" } , { } ] } \n ",
                "{" + TIME + "}",
                "{\"eventTime\":\"2024-01-02 03:04\"}");
        for (String record : records) {
            assertHandled(comparison, record);
        }
        // many rows in one batch, so the nested vectors grow while rows refer to earlier children
        for (int index = 0; index < 3000; index++) {
            assertHandled(comparison, records.get(index % records.size()));
        }
    }

    @Test
    public void testInsightsNumbers()
    {
        Comparison comparison = new Comparison(EventDataStoreType.INSIGHTS);
        List<String> numbers = List.of("1", "-0", "1.50", "1e3", "-0.0", "0.1", "9.82222E-5", "123456789012345678", "\"2.5\"", "\" 7 \"", "\"NaN\"", "\"-Infinity\"", "\"0x1p3\"", "null");
        for (String number : numbers) {
            assertHandled(comparison, "{" + TIME + "," + INSIGHT + ",\"insightContext\":{\"baselineAverage\":" + number + ",\"attributions\":{\"insightAverage\":" + number + "}}}");
        }
        List<String> integers = List.of("1", "-0", "2147483647", "-2147483648", "\"42\"", "\" -3 \"", "\"+5\"", "null");
        for (String integer : integers) {
            assertHandled(comparison, "{" + TIME + "," + INSIGHT + ",\"insightContext\":{\"baselineDuration\":" + integer + ",\"insightDuration\":" + integer + "}}");
        }
    }

    @Test
    public void testFallbacks()
    {
        Comparison cloudTrail = new Comparison(EventDataStoreType.CLOUDTRAIL);
        List<String> accepted = List.of(
                // member names that are escaped or not ASCII
                "{" + TIME + ",\"event\\u004eame\":\"a\"}",
                "{" + TIME + ",\"événement\":\"a\"}",
                "{" + TIME + ",\"eventName\":\"Kelvin\",\"\u212Aey\":1}",
                // escaped map keys
                "{" + TIME + ",\"requestParameters\":{\"k\\u0041\":\"v\",\"kA\":\"w\"}}",
                // deep nesting
                "{" + TIME + ",\"requestParameters\":{\"deep\":" + "[".repeat(DirectRecordParser.MAX_DEPTH + 5) + "]".repeat(DirectRecordParser.MAX_DEPTH + 5) + "}}",
                // long member names and map keys, which Jackson limits
                "{" + TIME + ",\"unknown\":{\"" + "n".repeat(DirectRecordParser.MAX_NAME_LENGTH + 1) + "\":1}}",
                "{" + TIME + ",\"requestParameters\":{\"" + "k".repeat(DirectRecordParser.MAX_NAME_LENGTH + 1) + "\":1}}",
                // long numbers
                "{" + TIME + ",\"eventName\":" + "9".repeat(DirectRecordParser.MAX_NUMBER_LENGTH + 1) + "}");
        accepted = new ArrayList<>(accepted);
        // escaped timestamps
        accepted.add("{\"eventTime\":\"2024-01-02T03:04:05\\u005a\"}");
        for (String record : accepted) {
            assertFallsBack(cloudTrail, record, true);
        }
        List<String> rejected = List.of(
                // wrong types
                "{" + TIME + ",\"userIdentity\":\"root\"}",
                "{" + TIME + ",\"userIdentity\":[\"root\"]}",
                "{" + TIME + ",\"readOnly\":7}",
                "{" + TIME + ",\"readOnly\":\"yes\"}",
                "{" + TIME + ",\"resources\":\"arn\"}",
                "{" + TIME + ",\"requestParameters\":[{\"a\":1}]}",
                "{\"eventTime\":1704164645}",
                "{\"eventTime\":\"2024-02-30T00:00:00Z\"}",
                // malformed or not strict JSON
                "{" + TIME + ",\"eventName\":\"a\",}",
                "{" + TIME + ",\"eventName\":01}",
                "{" + TIME + ",\"eventName\":1.}",
                "{" + TIME + ",\"eventName\":.5}",
                "{" + TIME + ",\"eventName\":+1}",
                "{" + TIME + ",\"eventName\":NaN}",
                "{" + TIME + ",\"eventName\":tru}",
                "{" + TIME + ",\"eventName\":truex}",
                "{" + TIME + ",\"eventName\":\"a\tb\"}",
                "{" + TIME + ",\"eventName\":\"bad escape \\x\"}",
                "{" + TIME + ",\"eventName\":\"short \\u12\"}",
                "{" + TIME + ",'eventName':'a'}",
                "{" + TIME + ",eventName:\"a\"}",
                "{" + TIME + ",\"requestParameters\":{\"a\" 1}}",
                "{" + TIME + ",\"unknown\":[1 2]}",
                "{" + TIME + ",\"unknown\":{\"a\":1,}}",
                "{" + TIME + ",\"eventName\":\"a\"} x",
                "{" + TIME + ",\"eventName\":\"a\"}{}",
                "[{" + TIME + "}]",
                "\"x\"",
                "",
                "   ",
                // names beyond Jackson's limit
                "{" + TIME + ",\"requestParameters\":{\"" + "k".repeat(60_000) + "\":1}}",
                // truncated records
                "{" + TIME + ",\"eventName\":\"a",
                "{" + TIME + ",\"eventName\":",
                "{" + TIME + ",\"requestParameters\":{\"a\":[1,",
                "{" + TIME,
                "{");
        for (String record : rejected) {
            assertFallsBack(cloudTrail, record, false);
        }
        // checks after parsing reject what the direct parser parsed, with the same reasons
        assertRejectedAfterParsing(cloudTrail, "{\"eventTime\":null}");
        assertRejectedAfterParsing(cloudTrail, "{\"eventName\":\"a\"}");
        assertRejectedAfterParsing(cloudTrail, "{" + TIME + ",\"eventCategory\":\"ConfigurationItem\"}");
        Comparison insights = new Comparison(EventDataStoreType.INSIGHTS);
        // Insights' insightDetails block has a parser of its own
        assertFallsBack(insights, "{" + TIME + "," + INSIGHT + ",\"insightDetails\":{\"state\":\"Start\",\"insightContext\":{\"statistics\":{\"baseline\":{\"average\":1.5}}}}}", true);
        assertFallsBack(insights, "{" + TIME + "," + INSIGHT + ",\"insightdetails\":null}", true);
        assertFallsBack(insights, "{" + TIME + "," + INSIGHT + ",\"insightDetails\":\"x\"}", false);
        // fractions and long integers in integer columns, integers out of range
        assertFallsBack(insights, "{" + TIME + "," + INSIGHT + ",\"insightContext\":{\"baselineDuration\":2.0}}", true);
        assertFallsBack(insights, "{" + TIME + "," + INSIGHT + ",\"insightContext\":{\"baselineDuration\":2.5}}", false);
        assertFallsBack(insights, "{" + TIME + "," + INSIGHT + ",\"insightContext\":{\"baselineDuration\":-0000000000000000001}}", false);
        assertFallsBack(insights, "{" + TIME + "," + INSIGHT + ",\"insightContext\":{\"baselineDuration\":2147483648}}", false);
        assertFallsBack(insights, "{" + TIME + "," + INSIGHT + ",\"insightContext\":{\"baselineDuration\":\"2147483648\"}}", false);
        assertFallsBack(insights, "{" + TIME + "," + INSIGHT + ",\"insightContext\":{\"baselineDuration\":\"x\"}}", false);
        assertFallsBack(insights, "{" + TIME + "," + INSIGHT + ",\"insightContext\":{\"baselineAverage\":1234567890123456789012}}", true);
        assertFallsBack(insights, "{" + TIME + "," + INSIGHT + ",\"insightContext\":{\"baselineAverage\":\"x\"}}", false);
        assertFallsBack(insights, "{" + TIME + "," + INSIGHT + ",\"insightContext\":{\"baselineAverage\":\"１\"}}", false);
    }

    @Test
    public void testInvalidUtf8FallsBack()
    {
        Comparison comparison = new Comparison(EventDataStoreType.CLOUDTRAIL);
        List<byte[]> sequences = List.of(
                new byte[] {(byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xC3},
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xFF});
        for (byte[] sequence : sequences) {
            for (String template : List.of("{" + TIME + ",\"eventName\":\"a%sb\"}", "{" + TIME + ",\"requestParameters\":{\"k\":[\"a%sb\"]}}", "{" + TIME + ",\"unknown\":\"a%sb\"}", "{" + TIME + ",\"requestParameters\":{\"a%sb\":\"v\"}}")) {
                String[] parts = template.split("%s");
                byte[] record = concat(parts[0].getBytes(UTF_8), sequence, parts[1].getBytes(UTF_8));
                long fallbacks = comparison.directParser().fallbackRecords();
                comparison.compare(record);
                assertThat(comparison.directParser().fallbackRecords()).as(HexFormat.of().formatHex(sequence)).isEqualTo(fallbacks + 1);
            }
        }
        assertThat(comparison.directParser().failedRecords()).isZero();
    }

    private static void assertHandled(Comparison comparison, String record)
    {
        long handled = comparison.directParser().handledRecords();
        Outcome outcome = comparison.compare(record.getBytes(UTF_8));
        assertThat(outcome.reason()).as(record).isNull();
        assertThat(comparison.directParser().handledRecords()).as("handled: %s", record).isEqualTo(handled + 1);
    }

    private static void assertRejectedAfterParsing(Comparison comparison, String record)
    {
        long handled = comparison.directParser().handledRecords();
        Outcome outcome = comparison.compare(record.getBytes(UTF_8));
        assertThat(outcome.accepted()).as(record).isFalse();
        assertThat(comparison.directParser().handledRecords()).as("handled: %s", record).isEqualTo(handled + 1);
    }

    private static void assertFallsBack(Comparison comparison, String record, boolean accepted)
    {
        long fallbacks = comparison.directParser().fallbackRecords();
        Outcome outcome = comparison.compare(record.getBytes(UTF_8));
        assertThat(outcome.accepted()).as("accepted: %s (%s)", record, outcome.reason()).isEqualTo(accepted);
        assertThat(comparison.directParser().fallbackRecords()).as("fell back: %s", record).isEqualTo(fallbacks + 1);
        assertThat(comparison.directParser().failedRecords()).isZero();
    }

    private static Map<EventDataStoreType, Comparison> comparisons()
    {
        Map<EventDataStoreType, Comparison> comparisons = new EnumMap<>(EventDataStoreType.class);
        for (EventDataStoreType type : EventDataStoreType.values()) {
            comparisons.put(type, new Comparison(type));
        }
        return comparisons;
    }

    private static List<Path> sampleFiles()
    {
        try (Stream<Path> files = Files.walk(IngestTests.resource(""))) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".json.gz");
            }).sorted().toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file)
    {
        if (file.getFileName().toString().endsWith(".gz")) {
            return IngestTests.gunzip(file);
        }
        try {
            return Files.readAllBytes(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The records of a log file or JSON-lines file, cut as ingestion cuts them.
     */
    private static List<byte[]> records(byte[] content)
    {
        List<byte[]> records = new ArrayList<>();
        JsonRecordSplitter splitter = new JsonRecordSplitter(new ByteArrayInputStream(content), 1 << 30);
        try {
            while (splitter.next() == JsonRecordSplitter.Event.RECORD) {
                records.add(Arrays.copyOfRange(splitter.buffer(), splitter.recordOffset(), splitter.recordOffset() + splitter.recordLength()));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    private static byte[] concat(byte[]... parts)
    {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] result = new byte[length];
        int position = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, result, position, part.length);
            position += part.length;
        }
        return result;
    }

    private record Outcome(String reason)
    {
        boolean accepted()
        {
            return reason == null;
        }
    }

    /**
     * One store type's record parser with the direct parser and one without, each filling batches of its
     * own; every record goes through both and must come out the same.
     */
    private static final class Comparison
    {
        private static final int BATCH_ROWS = 1024;
        // bytes around each record, so that a parser reading past the record's end would show
        private static final byte[] BEFORE = "{\"eventTime\":\"1999-01-01T00:00:00Z\"} [".getBytes(UTF_8);
        private static final byte[] AFTER = "\"}]} \"x".getBytes(UTF_8);

        private final EventDataStoreType storeType;
        private final EventRecordParser direct;
        private final EventRecordParser reference;
        private EventBatch directBatch;
        private EventBatch referenceBatch;
        private int acceptedRecords;
        private int fallbacksOfAcceptedRecords;

        Comparison(EventDataStoreType storeType)
        {
            this.storeType = storeType;
            this.direct = new EventRecordParser(storeType);
            this.reference = new EventRecordParser(storeType, false);
            this.directBatch = direct.newBatch(BATCH_ROWS);
            this.referenceBatch = reference.newBatch(BATCH_ROWS);
        }

        DirectRecordParser directParser()
        {
            return direct.directParser().orElseThrow();
        }

        Outcome compare(byte[] record)
        {
            if (directBatch.isFull()) {
                directBatch = direct.newBatch(BATCH_ROWS);
                referenceBatch = reference.newBatch(BATCH_ROWS);
            }
            byte[] data = concat(BEFORE, record, AFTER);
            long fallbacks = directParser().fallbackRecords();
            String directReason = parse(direct, directBatch, data);
            String referenceReason = parse(reference, referenceBatch, data);
            String description = new String(record, UTF_8);
            assertThat(directReason).as("reason for %s", description).isEqualTo(referenceReason);
            assertThat(directBatch.size()).isEqualTo(referenceBatch.size());
            if (directReason == null) {
                acceptedRecords++;
                if (directParser().fallbackRecords() != fallbacks) {
                    fallbacksOfAcceptedRecords++;
                }
                int row = directBatch.size() - 1;
                assertSameValue(directBatch.root(), referenceBatch.root(), row, description);
                assertSameChildCounts(directBatch.root(), referenceBatch.root(), description);
            }
            return new Outcome(directReason);
        }

        private static String parse(EventRecordParser parser, EventBatch batch, byte[] data)
        {
            int offset = BEFORE.length;
            int length = data.length - BEFORE.length - AFTER.length;
            try {
                parser.parse(data, offset, length, batch);
            }
            catch (RecordRejectedException e) {
                return e.reason();
            }
            parser.complete(data, offset, length, batch);
            batch.commitRow(length);
            return null;
        }
    }

    /**
     * Asserts that two vectors hold the same value at {@code row}: the same NULLs, and below a non-NULL the
     * same bytes, numbers, timestamps, fields, elements and entries.
     */
    private static void assertSameValue(ColumnVector actual, ColumnVector expected, int row, String path)
    {
        boolean actualNull = !actual.noNulls && actual.isNull[row];
        boolean expectedNull = !expected.noNulls && expected.isNull[row];
        assertThat(actualNull).as("NULL at %s", path).isEqualTo(expectedNull);
        if (expectedNull) {
            return;
        }
        assertThat(actual.isRepeating).isFalse();
        if (expected instanceof BytesColumnVector expectedBytes) {
            BytesColumnVector actualBytes = (BytesColumnVector) actual;
            assertThat(Arrays.copyOfRange(actualBytes.vector[row], actualBytes.start[row], actualBytes.start[row] + actualBytes.length[row]))
                    .as("bytes at %s", path)
                    .isEqualTo(Arrays.copyOfRange(expectedBytes.vector[row], expectedBytes.start[row], expectedBytes.start[row] + expectedBytes.length[row]));
        }
        else if (expected instanceof LongColumnVector expectedLongs) {
            assertThat(((LongColumnVector) actual).vector[row]).as("long at %s", path).isEqualTo(expectedLongs.vector[row]);
        }
        else if (expected instanceof DoubleColumnVector expectedDoubles) {
            assertThat(Double.doubleToRawLongBits(((DoubleColumnVector) actual).vector[row]))
                    .as("double at %s: %s", path, ((DoubleColumnVector) actual).vector[row])
                    .isEqualTo(Double.doubleToRawLongBits(expectedDoubles.vector[row]));
        }
        else if (expected instanceof TimestampColumnVector expectedTimestamps) {
            TimestampColumnVector actualTimestamps = (TimestampColumnVector) actual;
            assertThat(actualTimestamps.time[row]).as("time at %s", path).isEqualTo(expectedTimestamps.time[row]);
            assertThat(actualTimestamps.nanos[row]).as("nanos at %s", path).isEqualTo(expectedTimestamps.nanos[row]);
        }
        else if (expected instanceof StructColumnVector expectedStruct) {
            StructColumnVector actualStruct = (StructColumnVector) actual;
            for (int field = 0; field < expectedStruct.fields.length; field++) {
                assertSameValue(actualStruct.fields[field], expectedStruct.fields[field], row, path + "." + field);
            }
        }
        else if (expected instanceof ListColumnVector expectedList) {
            ListColumnVector actualList = (ListColumnVector) actual;
            assertThat(actualList.offsets[row]).as("offset at %s", path).isEqualTo(expectedList.offsets[row]);
            assertThat(actualList.lengths[row]).as("length at %s", path).isEqualTo(expectedList.lengths[row]);
            for (int index = 0; index < expectedList.lengths[row]; index++) {
                assertSameValue(actualList.child, expectedList.child, (int) (expectedList.offsets[row] + index), path + "[" + index + "]");
            }
        }
        else if (expected instanceof MapColumnVector expectedMap) {
            MapColumnVector actualMap = (MapColumnVector) actual;
            assertThat(actualMap.offsets[row]).as("offset at %s", path).isEqualTo(expectedMap.offsets[row]);
            assertThat(actualMap.lengths[row]).as("length at %s", path).isEqualTo(expectedMap.lengths[row]);
            for (int index = 0; index < expectedMap.lengths[row]; index++) {
                int child = (int) (expectedMap.offsets[row] + index);
                assertSameValue(actualMap.keys, expectedMap.keys, child, path + " key " + index);
                assertSameValue(actualMap.values, expectedMap.values, child, path + " value " + index);
            }
        }
        else {
            throw new AssertionError("unexpected vector " + expected.getClass());
        }
    }

    /**
     * Asserts that both batches' nested vectors hold as many children, so that rows stay aligned.
     */
    private static void assertSameChildCounts(ColumnVector actual, ColumnVector expected, String path)
    {
        if (expected instanceof StructColumnVector expectedStruct) {
            for (int field = 0; field < expectedStruct.fields.length; field++) {
                assertSameChildCounts(((StructColumnVector) actual).fields[field], expectedStruct.fields[field], path + "." + field);
            }
        }
        else if (expected instanceof ListColumnVector expectedList) {
            assertThat(((ListColumnVector) actual).childCount).as("children of %s", path).isEqualTo(expectedList.childCount);
            assertSameChildCounts(((ListColumnVector) actual).child, expectedList.child, path + "[]");
        }
        else if (expected instanceof MapColumnVector expectedMap) {
            assertThat(((MapColumnVector) actual).childCount).as("entries of %s", path).isEqualTo(expectedMap.childCount);
        }
    }
}
