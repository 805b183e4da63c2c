package io.tarn.storage.impl.ingest;

import io.tarn.storage.EventDataStoreType;
import org.apache.orc.storage.ql.exec.vector.BytesColumnVector;
import org.apache.orc.storage.ql.exec.vector.ColumnVector;
import org.apache.orc.storage.ql.exec.vector.MapColumnVector;
import org.apache.orc.storage.ql.exec.vector.StructColumnVector;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class TestEventRecordParser
{
    private static final String TIME = "\"eventTime\":\"2024-01-02T03:04:05Z\"";

    @Test
    public void testTextIsStoredAsUtf8()
            throws Exception
    {
        EventRecordParser parser = new EventRecordParser(EventDataStoreType.CLOUDTRAIL);
        EventBatch batch = parser.newBatch(16);
        String record = "{" + TIME + ",\"eventName\":\"caf\\u00e9 日本 \uD83D\uDE00 \\\"q\\\" \\n\",\"userAgent\":\"\\uD800x\",\"errorCode\":\"plain\"}";
        byte[] bytes = record.getBytes(UTF_8);
        parser.parse(bytes, 0, bytes.length, batch);
        assertThat(string(batch, "eventname")).isEqualTo("café 日本 \uD83D\uDE00 \"q\" \n");
        assertThat(string(batch, "useragent")).isEqualTo("\uFFFDx");
        assertThat(string(batch, "errorcode")).isEqualTo("plain");
    }

    @Test
    public void testStringsOfARecordInsideALargerArray()
            throws Exception
    {
        // records are parsed where they stand in a chunk of records; plain strings are referred to there
        EventRecordParser parser = new EventRecordParser(EventDataStoreType.CLOUDTRAIL);
        EventBatch batch = parser.newBatch(16);
        String before = "{\"eventName\":\"other\"},\n";
        String record = "{" + TIME + ",\"eventName\":\"GetObject\",\"errorCode\":\"\",\"userAgent\":\"a\\tb\",\"requestParameters\":{\"k\":\"v w\"}}";
        byte[] bytes = (before + record + ",{\"eventName\":\"next\"}").getBytes(UTF_8);
        parser.parse(bytes, before.length(), record.length(), batch);
        assertThat(string(batch, "eventname")).isEqualTo("GetObject");
        assertThat(string(batch, "errorcode")).isEmpty();
        assertThat(string(batch, "useragent")).isEqualTo("a\tb");
        assertThat(map(batch, "requestparameters", 0)).containsExactly(Map.entry("k", "v w"));

        // a raw control character is not allowed inside a JSON string
        byte[] bad = ("{" + TIME + ",\"eventName\":\"a\tb\"}").getBytes(UTF_8);
        assertThatThrownBy(() -> parser.parse(bad, 0, bad.length, batch))
                .isInstanceOfSatisfying(RecordRejectedException.class, e -> assertThat(e.reason()).startsWith("malformed JSON"));
    }

    @Test
    public void testMapValues()
            throws Exception
    {
        EventRecordParser parser = new EventRecordParser(EventDataStoreType.CLOUDTRAIL);
        EventBatch batch = parser.newBatch(16);
        String record = "{" + TIME + ",\"requestParameters\":{ \"a\" : 1.50, \"b\" : [ \"x }\" , {\"y\" : \"\\\" ]\"} ], \"c\":null, \"d\":false, \"a\":\"again\", \"é\":\"ü\"}}";
        byte[] bytes = record.getBytes(UTF_8);
        parser.parse(bytes, 0, bytes.length, batch);
        Map<String, String> map = map(batch, "requestparameters", 0);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("a", "again");
        expected.put("b", "[\"x }\",{\"y\":\"\\\" ]\"}]");
        expected.put("c", null);
        expected.put("d", "false");
        expected.put("é", "ü");
        assertThat(map).isEqualTo(expected);
        assertThat(map.keySet()).containsExactlyElementsOf(expected.keySet());
    }

    @Test
    public void testMembersInAnyOrder()
            throws Exception
    {
        // member names are first matched against the order of the records before: records that change it,
        // leave members out, spell them in another case, escape them or repeat map keys must parse the same
        EventRecordParser parser = new EventRecordParser(EventDataStoreType.CLOUDTRAIL);
        EventBatch batch = parser.newBatch(16);
        Random random = new Random(20261121);
        List<Map.Entry<String, String>> mapKeys = List.of(Map.entry("bucketName", "bucketName"), Map.entry("Host", "Host"), Map.entry("k\\u0041", "kA"),
                Map.entry("kA", "kA"), Map.entry("key", "key"));
        for (int iteration = 0; iteration < 2000; iteration++) {
            List<String> members = new ArrayList<>(List.of(TIME));
            Map<String, String> expectedStrings = new HashMap<>();
            for (String column : List.of("eventName", "errorCode", "userAgent")) {
                if (random.nextBoolean()) {
                    String name = random.nextInt(4) == 0 ? column.toUpperCase(Locale.ROOT) : column;
                    String value = column + random.nextInt(3);
                    members.add("\"" + name + "\":\"" + value + "\"");
                    expectedStrings.put(column.toLowerCase(Locale.ROOT), value);
                }
            }
            if (random.nextBoolean()) {
                members.add("\"notInTheSchema\":{\"eventName\":[1,2]}");
            }
            Map<String, String> expectedMap = null;
            if (random.nextBoolean()) {
                expectedMap = new LinkedHashMap<>();
                List<String> entries = new ArrayList<>();
                int count = random.nextInt(6);
                for (int entry = 0; entry < count; entry++) {
                    Map.Entry<String, String> key = mapKeys.get(random.nextInt(mapKeys.size()));
                    String value = "v" + random.nextInt(10);
                    entries.add("\"" + key.getKey() + "\":\"" + value + "\"");
                    // a repeated key keeps its first place and its last value
                    expectedMap.put(key.getValue(), value);
                }
                members.add("\"requestParameters\":{" + String.join(",", entries) + "}");
            }
            Collections.shuffle(members, random);
            byte[] bytes = ("{" + String.join(",", members) + "}").getBytes(UTF_8);

            parser.parse(bytes, 0, bytes.length, batch);

            for (String column : List.of("eventname", "errorcode", "useragent")) {
                String expected = expectedStrings.get(column);
                assertThat(column(batch, column).isNull[batch.size()]).as(column).isEqualTo(expected == null);
                if (expected != null) {
                    assertThat(string(batch, column)).as(column).isEqualTo(expected);
                }
            }
            assertThat(column(batch, "requestparameters").isNull[batch.size()]).isEqualTo(expectedMap == null);
            if (expectedMap != null) {
                assertThat(map(batch, "requestparameters", batch.size())).containsExactlyEntriesOf(expectedMap);
            }
            batch.rollback();
        }
    }

    @Test
    public void testNameOfInvalidUtf8DoesNotBreakTheNextRecord()
            throws Exception
    {
        // F4 90 80 80 (above U+10FFFF) decodes to a lone surrogate, which the next record's guess of its
        // member names could not encode
        EventRecordParser parser = new EventRecordParser(EventDataStoreType.CLOUDTRAIL);
        EventBatch batch = parser.newBatch(16);
        byte[] prefix = ("{" + TIME + ",\"requestParameters\":{\"a").getBytes(UTF_8);
        byte[] suffix = "\":\"v\"}}".getBytes(UTF_8);
        byte[] bad = new byte[prefix.length + 4 + suffix.length];
        System.arraycopy(prefix, 0, bad, 0, prefix.length);
        System.arraycopy(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0, bad, prefix.length, 4);
        System.arraycopy(suffix, 0, bad, prefix.length + 4, suffix.length);
        for (int iteration = 0; iteration < 2; iteration++) {
            parser.parse(bad, 0, bad.length, batch);
            batch.rollback();
            byte[] good = ("{" + TIME + ",\"requestParameters\":{\"b\":\"w\"}}").getBytes(UTF_8);
            parser.parse(good, 0, good.length, batch);
            assertThat(map(batch, "requestparameters", 0)).containsExactly(Map.entry("b", "w"));
            batch.rollback();
        }
    }

    @Test
    public void testRejectedRowLeavesNoTrace()
            throws Exception
    {
        EventRecordParser parser = new EventRecordParser(EventDataStoreType.CLOUDTRAIL);
        EventBatch batch = parser.newBatch(16);
        byte[] bad = ("{" + TIME + ",\"requestParameters\":{\"a\":\"1\",\"b\":\"2\"},\"readOnly\":7}").getBytes(UTF_8);
        assertThatThrownBy(() -> parser.parse(bad, 0, bad.length, batch))
                .isInstanceOfSatisfying(RecordRejectedException.class, e -> assertThat(e.reason()).isEqualTo("readOnly: expected a boolean, found 7"));
        byte[] good = ("{" + TIME + ",\"requestParameters\":{\"c\":\"3\"}}").getBytes(UTF_8);
        parser.parse(good, 0, good.length, batch);
        parser.complete(good, 0, good.length, batch);
        batch.commitRow(1);
        assertThat(batch.size()).isEqualTo(1);
        MapColumnVector map = (MapColumnVector) column(batch, "requestparameters");
        assertThat(map.childCount).isEqualTo(1);
        assertThat(map.offsets[0]).isZero();
        assertThat(map(batch, "requestparameters", 0)).containsExactly(Map.entry("c", "3"));
    }

    @Test
    public void testWholeRecordChecks()
    {
        EventRecordParser parser = new EventRecordParser(EventDataStoreType.CLOUDTRAIL);
        EventBatch batch = parser.newBatch(16);
        assertThat(reason(parser, batch, "[1]")).isEqualTo("the record is not a JSON object");
        assertThat(reason(parser, batch, "{" + TIME + "} {}")).isEqualTo("unexpected content after the record's object");
        assertThat(reason(parser, batch, "{\"eventTime\":null}")).isEqualTo("missing eventTime");
        assertThat(reason(parser, batch, "{\"eventTime\":\"2024-02-30T00:00:00Z\"}")).isEqualTo("eventTime: \"2024-02-30T00:00:00Z\" is not a timestamp");
        assertThat(reason(parser, batch, "{" + TIME + ",\"userIdentity\":\"root\"}")).isEqualTo("userIdentity: expected an object, found \"root\"");
        assertThat(reason(parser, batch, "{" + TIME + ",\"eventCategory\":\"ConfigurationItem\"}"))
                .isEqualTo("record of category ConfigurationItem cannot go into a CloudTrail event data store");
        assertThat(reason(parser, batch, "{" + TIME + ",\"eventType\":\"ActivityLog\"}"))
                .isEqualTo("record of category ActivityAuditLog cannot go into a CloudTrail event data store");
        assertThat(batch.size()).isZero();
    }

    private static String reason(EventRecordParser parser, EventBatch batch, String record)
    {
        byte[] bytes = record.getBytes(UTF_8);
        try {
            parser.parse(bytes, 0, bytes.length, batch);
        }
        catch (RecordRejectedException e) {
            return e.reason();
        }
        return "accepted";
    }

    private static ColumnVector column(EventBatch batch, String name)
    {
        StructColumnVector root = batch.root();
        return root.fields[EventDataStoreType.CLOUDTRAIL.schema().columnIndex(name).orElseThrow()];
    }

    private static String string(EventBatch batch, String name)
    {
        BytesColumnVector vector = (BytesColumnVector) column(batch, name);
        int row = batch.size();
        return new String(vector.vector[row], vector.start[row], vector.length[row], UTF_8);
    }

    private static Map<String, String> map(EventBatch batch, String name, int row)
    {
        MapColumnVector map = (MapColumnVector) column(batch, name);
        BytesColumnVector keys = (BytesColumnVector) map.keys;
        BytesColumnVector values = (BytesColumnVector) map.values;
        Map<String, String> result = new LinkedHashMap<>();
        for (long child = map.offsets[row]; child < map.offsets[row] + map.lengths[row]; child++) {
            int index = (int) child;
            String value = values.isNull[index] ? null : new String(values.vector[index], values.start[index], values.length[index], UTF_8);
            result.put(new String(keys.vector[index], keys.start[index], keys.length[index], UTF_8), value);
        }
        return result;
    }
}
