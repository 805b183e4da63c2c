package io.tarn.engine;

import io.tarn.engine.catalog.StoreTable;
import io.tarn.engine.catalog.VirtualTable;
import io.tarn.storage.schema.ArrayType;
import io.tarn.storage.schema.DataType;
import io.tarn.storage.schema.Field;
import io.tarn.storage.schema.MapType;
import io.tarn.storage.schema.PrimitiveType;
import io.tarn.storage.schema.StructType;
import org.apache.calcite.rel.type.RelDataTypeFactory;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine the golden files run against, with one table, {@code golden_events}: a few events with the
 * column types of an event data store (see {@code sql-fixtures/README.md}; the same table is created in
 * Trino from {@code sql-fixtures/golden_events.trino.sql} to get expected results).
 */
final class SqlTestFixtures
{
    private static final StructType USER_IDENTITY = new StructType(List.of(
            new Field("type", PrimitiveType.STRING), new Field("arn", PrimitiveType.STRING)));
    private static final StructType RESOURCE = new StructType(List.of(
            new Field("arn", PrimitiveType.STRING), new Field("type", PrimitiveType.STRING)));
    private static final List<Field> COLUMNS = List.of(
            new Field("eventid", PrimitiveType.STRING),
            new Field("eventtime", PrimitiveType.TIMESTAMP),
            new Field("eventname", PrimitiveType.STRING),
            new Field("useridentity", USER_IDENTITY),
            new Field("requestparameters", MapType.STRING_MAP),
            new Field("resources", new ArrayType(RESOURCE)),
            new Field("eventjson", PrimitiveType.STRING));

    private SqlTestFixtures() {}

    static Engine engine()
    {
        return Engine.withTables(Map.of("golden_events", new VirtualTable("golden_events", SqlTestFixtures::rowType, SqlTestFixtures::rows)));
    }

    private static org.apache.calcite.rel.type.RelDataType rowType(RelDataTypeFactory typeFactory)
    {
        RelDataTypeFactory.Builder builder = typeFactory.builder();
        for (Field column : COLUMNS) {
            DataType type = column.type();
            builder.add(column.name(), StoreTable.toRelType(typeFactory, type));
        }
        return builder.build();
    }

    private static List<List<Object>> rows()
    {
        return List.of(
                Arrays.asList("e1", LocalDateTime.parse("2023-01-22T16:53:53"), "GetObject",
                        Arrays.asList("IAMUser", "arn:aws:iam::111122223333:user/ann"),
                        map("bucketName", "b1", "key", "k1"),
                        List.of(List.of("arn:aws:s3:::b1", "AWS::S3::Bucket"), List.of("arn:aws:s3:::b1/k1", "AWS::S3::Object")),
                        "{\"eventVersion\":\"1.08\",\"userIdentity\":{\"type\":\"IAMUser\",\"userName\":\"ann\"},\"eventName\":\"GetObject\",\"requestParameters\":{\"bucketName\":\"b1\",\"key\":\"k1\"}}"),
                Arrays.asList("e2", LocalDateTime.parse("2023-01-23T00:00:00"), "ConsoleLogin",
                        Arrays.asList("Root", "arn:aws:iam::111122223333:root"),
                        null,
                        List.of(),
                        "{\"userIdentity\":{\"type\":\"Root\"},\"eventName\":\"ConsoleLogin\",\"additionalEventData\":{\"MFAUsed\":\"No\"}}"),
                Arrays.asList("e3", LocalDateTime.parse("2023-02-01T08:15:00.123"), "AssumeRole",
                        Arrays.asList("AWSService", null),
                        map("roleArn", "arn:aws:iam::111122223333:role/r", "roleSessionName", "s"),
                        null,
                        null),
                Arrays.asList("e4", LocalDateTime.parse("2022-12-31T23:59:59.999"), "PutObject",
                        null,
                        map("bucketName", "b2"),
                        List.of(List.of("arn:aws:s3:::b2", "AWS::S3::Bucket")),
                        "{\"userIdentity\":null,\"eventName\":\"PutObject\",\"requestParameters\":{\"bucketName\":\"b2\"},\"tags\":[\"x\",\"y\"]}"));
    }

    private static Map<Object, Object> map(String... keysAndValues)
    {
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int index = 0; index < keysAndValues.length; index += 2) {
            map.put(keysAndValues[index], keysAndValues[index + 1]);
        }
        return map;
    }
}
