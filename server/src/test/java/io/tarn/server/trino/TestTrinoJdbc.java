package io.tarn.server.trino;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.engine.service.QueryInfo;
import io.tarn.engine.service.QueryStatus;
import io.tarn.server.ServerOptions;
import io.tarn.server.TestingSamples;
import io.tarn.server.TestingTarnServer;
import io.tarn.storage.EventDataStore;
import io.trino.jdbc.QueryStats;
import io.trino.jdbc.Row;
import io.trino.jdbc.TrinoResultSet;
import io.trino.jdbc.TrinoStatement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS;

/**
 * The real Trino JDBC driver against a real server over a lake holding the sample CloudTrail events.
 */
@TestInstance(PER_CLASS)
class TestTrinoJdbc
{
    private static final String STORE = "cloudtrail";

    private TestingTarnServer server;
    private EventDataStore store;
    private List<JsonNode> records;

    @BeforeAll
    void setUp(@TempDir Path directory)
    {
        server = TestingTarnServer.start(directory.resolve("lake"), ServerOptions.defaults());
        store = TestingSamples.ingest(server.lake(), STORE);
        records = TestingSamples.records();
    }

    @AfterAll
    void tearDown()
    {
        server.close();
    }

    private Connection connect()
            throws SQLException
    {
        Properties properties = new Properties();
        properties.setProperty("user", "analyst");
        return DriverManager.getConnection("jdbc:trino://127.0.0.1:" + server.server().port() + "/tarn/default", properties);
    }

    @Test
    void testQueryOverStore()
            throws SQLException
    {
        Map<String, Long> expected = new TreeMap<>();
        records.forEach(record -> expected.merge(record.get("eventSource").textValue(), 1L, Long::sum));

        Map<String, Long> actual = new TreeMap<>();
        String queryId;
        QueryStats stats;
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet resultSet = statement.executeQuery("SELECT eventSource, count(*) AS events FROM " + STORE + " GROUP BY eventSource")) {
            ResultSetMetaData metaData = resultSet.getMetaData();
            assertThat(metaData.getColumnCount()).isEqualTo(2);
            assertThat(metaData.getColumnLabel(1)).isEqualTo("eventsource");
            assertThat(metaData.getColumnType(1)).isEqualTo(Types.VARCHAR);
            assertThat(metaData.getColumnType(2)).isEqualTo(Types.BIGINT);
            while (resultSet.next()) {
                actual.put(resultSet.getString(1), resultSet.getLong("events"));
            }
            queryId = resultSet.unwrap(TrinoResultSet.class).getQueryId();
            stats = resultSet.unwrap(TrinoResultSet.class).getStats();
        }
        assertThat(actual).isEqualTo(expected);

        // Recorded in Lake's history under the id the driver saw, with the statistics the driver saw
        QueryInfo info = server.server().queryService().describeQuery(queryId);
        assertThat(info.status()).isEqualTo(QueryStatus.FINISHED);
        assertThat(info.eventDataStoreIds()).containsExactly(store.id());
        assertThat(info.statistics().eventsScanned()).isEqualTo(records.size());
        assertThat(stats.getState()).isEqualTo("FINISHED");
        assertThat(stats.getProcessedRows()).isEqualTo(records.size());
        assertThat(stats.getPhysicalInputBytes()).isPositive().isEqualTo(info.statistics().bytesScanned());
        assertThat(stats.getProcessedBytes()).isEqualTo(info.statistics().bytesScanned());
    }

    @Test
    void testManyPages()
            throws SQLException
    {
        List<String> expected = records.stream().map(record -> record.get("eventID").textValue()).sorted().toList();
        List<String> actual = new ArrayList<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet resultSet = statement.executeQuery("SELECT eventid, eventjson FROM \"" + store.id() + "\" ORDER BY eventid")) {
            while (resultSet.next()) {
                actual.add(resultSet.getString(1));
                assertThat(resultSet.getString(2)).contains(resultSet.getString(1));
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void testEveryColumnOfEveryEventDecodes()
            throws Exception
    {
        Map<String, JsonNode> expected = new TreeMap<>();
        records.forEach(record -> expected.put(record.get("eventID").textValue(), record));
        int rows = 0;
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet resultSet = statement.executeQuery("SELECT * FROM " + STORE)) {
            ResultSetMetaData metaData = resultSet.getMetaData();
            while (resultSet.next()) {
                rows++;
                for (int column = 1; column <= metaData.getColumnCount(); column++) {
                    // Every value decodes with the driver's decoder for the column's type signature
                    resultSet.getObject(column);
                }
                JsonNode record = expected.get(resultSet.getString("eventid"));
                assertThat(record).isNotNull();
                assertThat(resultSet.getString("eventname")).isEqualTo(record.get("eventName").textValue());
                assertThat(resultSet.getBoolean("readonly")).isEqualTo(record.path("readOnly").asBoolean(false));
                assertThat(resultSet.getString("awsregion")).isEqualTo(record.get("awsRegion").textValue());
            }
        }
        assertThat(rows).isEqualTo(records.size());
    }

    @Test
    void testBasicTypes()
            throws SQLException
    {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet resultSet = statement.executeQuery("SELECT true, TINYINT '-7', SMALLINT '300', 70000, BIGINT '9000000000', REAL '1.5', DOUBLE '2.25', "
                        + "DECIMAL '12.345', 'text é', X'0102ff', DATE '2023-07-10', TIMESTAMP '2023-07-10 11:42:18.123', 1e300, CAST(NULL AS varchar), "
                        + "JSON '{\"a\": [1, 2]}', nan(), -infinity(), 5.0E0")) {
            assertThat(resultSet.next()).isTrue();
            ResultSetMetaData metaData = resultSet.getMetaData();
            assertThat(List.of(metaData.getColumnTypeName(1), metaData.getColumnTypeName(2), metaData.getColumnTypeName(3), metaData.getColumnTypeName(4),
                    metaData.getColumnTypeName(5), metaData.getColumnTypeName(6), metaData.getColumnTypeName(7), metaData.getColumnTypeName(8),
                    metaData.getColumnTypeName(9), metaData.getColumnTypeName(10), metaData.getColumnTypeName(11), metaData.getColumnTypeName(12)))
                    .containsExactly("boolean", "tinyint", "smallint", "integer", "bigint", "real", "double", "decimal(5,3)", "varchar(6)", "varbinary", "date", "timestamp(3)");
            assertThat(resultSet.getObject(1)).isEqualTo(true);
            assertThat(resultSet.getObject(2)).isEqualTo((byte) -7);
            assertThat(resultSet.getObject(3)).isEqualTo((short) 300);
            assertThat(resultSet.getObject(4)).isEqualTo(70000);
            assertThat(resultSet.getObject(5)).isEqualTo(9_000_000_000L);
            assertThat(resultSet.getObject(6)).isEqualTo(1.5f);
            assertThat(resultSet.getObject(7)).isEqualTo(2.25);
            assertThat(resultSet.getObject(8)).isEqualTo(new BigDecimal("12.345"));
            assertThat(resultSet.getObject(9)).isEqualTo("text é");
            assertThat(resultSet.getBytes(10)).containsExactly(1, 2, 0xff);
            assertThat(resultSet.getObject(11, LocalDate.class)).isEqualTo(LocalDate.of(2023, 7, 10));
            assertThat(resultSet.getObject(12, LocalDateTime.class)).isEqualTo(LocalDateTime.of(2023, 7, 10, 11, 42, 18, 123_000_000));
            assertThat(resultSet.getString(12)).isEqualTo("2023-07-10 11:42:18.123");
            assertThat(resultSet.getDouble(13)).isEqualTo(1e300);
            assertThat(resultSet.getObject(14)).isNull();
            assertThat(resultSet.wasNull()).isTrue();
            assertThat(resultSet.getString(15)).isEqualTo("{\"a\":[1,2]}");
            assertThat(resultSet.getDouble(16)).isNaN();
            assertThat(resultSet.getDouble(17)).isEqualTo(Double.NEGATIVE_INFINITY);
            assertThat(resultSet.getObject(18)).isEqualTo(5.0);
            assertThat(resultSet.next()).isFalse();
        }
    }

    @Test
    void testNestedTypes()
            throws SQLException
    {
        JsonNode record = records.stream()
                .filter(candidate -> candidate.has("resources") && candidate.get("requestParameters").has("bucketName"))
                .findFirst()
                .orElseThrow();
        JsonNode identity = record.get("userIdentity");
        JsonNode resource = record.get("resources").get(0);
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement("SELECT useridentity, resources, requestparameters, eventtime, "
                        + "ARRAY[1, NULL, 3], MAP(ARRAY['k'], ARRAY[ROW(1, 'x')]), ROW(2.5E0, ARRAY['y']) FROM " + STORE + " WHERE eventid = ?")) {
            statement.setString(1, record.get("eventID").textValue());
            try (ResultSet resultSet = statement.executeQuery()) {
                assertThat(resultSet.next()).isTrue();
                Row userIdentity = (Row) resultSet.getObject(1);
                Map<String, Object> fields = new LinkedHashMap<>();
                userIdentity.getFields().forEach(field -> fields.put(field.getName().orElseThrow(), field.getValue()));
                assertThat(fields).contains(entry("type", identity.get("type").textValue()), entry("arn", identity.get("arn").textValue()),
                        entry("accountid", identity.get("accountId").textValue()));

                Array resources = resultSet.getArray(2);
                Object[] elements = (Object[]) resources.getArray();
                assertThat(elements).hasSize(record.get("resources").size());
                Row first = (Row) elements[0];
                assertThat(first.getFields().stream().filter(field -> field.getName().orElseThrow().equals("arn")).findFirst().orElseThrow().getValue())
                        .isEqualTo(resource.get("ARN").textValue());

                @SuppressWarnings("unchecked")
                Map<String, String> parameters = (Map<String, String>) resultSet.getObject(3);
                assertThat(parameters).containsEntry("bucketName", record.get("requestParameters").get("bucketName").textValue());

                assertThat(resultSet.getString(4).replace(' ', 'T').replace(".000", "") + "Z").isEqualTo(record.get("eventTime").textValue());
                assertThat((Object[]) resultSet.getArray(5).getArray()).containsExactly(1, null, 3);
                @SuppressWarnings("unchecked")
                Map<String, Row> map = (Map<String, Row>) resultSet.getObject(6);
                assertThat(map.get("k").getFields().get(0).getValue()).isEqualTo(1);
                assertThat(map.get("k").getFields().get(1).getValue()).isEqualTo("x");
                Row row = (Row) resultSet.getObject(7);
                assertThat(row.getFields().get(0).getValue()).isEqualTo(2.5);
                assertThat(row.getFields().get(1).getValue()).isEqualTo(List.of("y"));
                assertThat(resultSet.next()).isFalse();
            }
        }
    }

    @Test
    void testDatabaseMetaData()
            throws SQLException
    {
        try (Connection connection = connect()) {
            DatabaseMetaData metaData = connection.getMetaData();
            assertThat(metaData.getDatabaseProductName()).isEqualTo("Trino");
            assertThat(metaData.getDatabaseProductVersion()).isEqualTo("476");
            assertThat(metaData.getDatabaseMajorVersion()).isEqualTo(476);

            assertThat(strings(metaData.getCatalogs(), "TABLE_CAT")).contains("tarn");
            assertThat(strings(metaData.getSchemas("tarn", null), "TABLE_SCHEM")).contains("default", "information_schema");
            assertThat(strings(metaData.getSchemas(), "TABLE_SCHEM")).contains("default");

            // Every store appears by its name and by its id
            List<String> tables = strings(metaData.getTables("tarn", "default", "%", new String[] {"TABLE"}), "TABLE_NAME");
            assertThat(tables).contains(STORE, store.id());
            assertThat(strings(metaData.getTables("tarn", "default", "cloud%", null), "TABLE_NAME")).containsExactly(STORE);
            assertThat(strings(metaData.getTableTypes(), "TABLE_TYPE")).contains("TABLE");

            Map<String, Integer> columnTypes = new LinkedHashMap<>();
            List<Integer> positions = new ArrayList<>();
            try (ResultSet columns = metaData.getColumns("tarn", "default", STORE, "%")) {
                while (columns.next()) {
                    assertThat(columns.getString("TABLE_NAME")).isEqualTo(STORE);
                    columnTypes.put(columns.getString("COLUMN_NAME"), columns.getInt("DATA_TYPE"));
                    positions.add(columns.getInt("ORDINAL_POSITION"));
                }
            }
            assertThat(columnTypes).contains(entry("eventtime", Types.TIMESTAMP), entry("eventname", Types.VARCHAR), entry("useridentity", Types.JAVA_OBJECT),
                    entry("resources", Types.ARRAY), entry("requestparameters", Types.JAVA_OBJECT));
            assertThat(positions).isSortedAccordingTo(Integer::compare).startsWith(1);
            assertThat(strings(metaData.getColumns("tarn", "default", STORE, "event_ime"), "COLUMN_NAME")).containsExactly("eventtime");

            assertThat(metaData.getPrimaryKeys("tarn", "default", STORE).next()).isFalse();
            assertThat(metaData.getTypeInfo().next()).isTrue();
        }
    }

    @Test
    void testPreparedStatementWithParameters()
            throws SQLException
    {
        String source = "iam.amazonaws.com";
        LocalDateTime from = LocalDateTime.of(2023, 7, 10, 12, 0);
        long expected = records.stream()
                .filter(record -> record.get("eventSource").textValue().equals(source))
                .filter(record -> !LocalDateTime.parse(record.get("eventTime").textValue().replace("Z", "")).isBefore(from))
                .count();
        assertThat(expected).isPositive();

        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement("SELECT count(*) AS events, max(eventname) FROM " + STORE
                        + " WHERE eventsource = ? AND eventtime >= ? AND readonly = ?")) {
            assertThat(statement.getMetaData().getColumnCount()).isEqualTo(2);
            assertThat(statement.getMetaData().getColumnType(1)).isEqualTo(Types.BIGINT);
            assertThat(statement.getParameterMetaData().getParameterCount()).isEqualTo(3);

            long readOnly = records.stream()
                    .filter(record -> record.get("eventSource").textValue().equals(source))
                    .filter(record -> !LocalDateTime.parse(record.get("eventTime").textValue().replace("Z", "")).isBefore(from))
                    .filter(record -> record.get("readOnly").booleanValue())
                    .count();
            statement.setString(1, source);
            statement.setObject(2, from);
            statement.setBoolean(3, true);
            String queryId;
            try (ResultSet resultSet = statement.executeQuery()) {
                assertThat(resultSet.next()).isTrue();
                assertThat(resultSet.getLong(1)).isEqualTo(readOnly);
                queryId = resultSet.unwrap(TrinoResultSet.class).getQueryId();
            }
            // Recorded as the prepared text with its values
            QueryInfo info = server.server().queryService().describeQuery(queryId);
            assertThat(info.queryString()).startsWith("SELECT count(*) AS events, max(eventname) FROM " + STORE);
            assertThat(info.parameters()).containsExactly(source, "2023-07-10T12:00", "true");

            statement.setBoolean(3, false);
            try (ResultSet resultSet = statement.executeQuery()) {
                assertThat(resultSet.next()).isTrue();
                assertThat(resultSet.getLong(1)).isEqualTo(expected - readOnly);
            }
        }
    }

    @Test
    void testParametersAreValuesNotText()
            throws SQLException
    {
        String eventId = records.get(0).get("eventID").textValue();
        List<String> attempts = List.of("' OR '1' = '1", eventId + "' OR eventname <> '", "x'; SELECT 1 --", "\\' OR 1=1 --");
        for (boolean explicitPrepare : List.of(true, false)) {
            Properties properties = new Properties();
            properties.setProperty("user", "analyst");
            properties.setProperty("explicitPrepare", String.valueOf(explicitPrepare));
            try (Connection connection = DriverManager.getConnection("jdbc:trino://127.0.0.1:" + server.server().port() + "/tarn/default", properties);
                    PreparedStatement statement = connection.prepareStatement("SELECT count(*), max(eventid) FROM " + STORE + " WHERE eventid = ?")) {
                for (String attempt : attempts) {
                    statement.setString(1, attempt);
                    try (ResultSet resultSet = statement.executeQuery()) {
                        assertThat(resultSet.next()).isTrue();
                        assertThat(resultSet.getLong(1)).as("%s (explicitPrepare=%s)", attempt, explicitPrepare).isZero();
                        // Recorded with the value as given
                        QueryInfo info = server.server().queryService().describeQuery(resultSet.unwrap(TrinoResultSet.class).getQueryId());
                        assertThat(info.parameters()).containsExactly(attempt);
                        assertThat(info.queryString()).doesNotContain(attempt);
                    }
                }
                statement.setString(1, eventId);
                try (ResultSet resultSet = statement.executeQuery()) {
                    assertThat(resultSet.next()).isTrue();
                    assertThat(resultSet.getLong(1)).isEqualTo(1);
                    assertThat(resultSet.getString(2)).isEqualTo(eventId);
                }
            }
        }
    }

    @Test
    void testParametersTypedByTheirValues()
            throws SQLException
    {
        for (boolean explicitPrepare : List.of(true, false)) {
            Properties properties = new Properties();
            properties.setProperty("user", "analyst");
            properties.setProperty("explicitPrepare", String.valueOf(explicitPrepare));
            try (Connection connection = DriverManager.getConnection("jdbc:trino://127.0.0.1:" + server.server().port() + "/tarn/default", properties);
                    PreparedStatement statement = connection.prepareStatement("SELECT ? || 'x', ? + 1, ?, ? AS day")) {
                statement.setString(1, "it's ");
                statement.setLong(2, 41);
                statement.setBoolean(3, true);
                statement.setObject(4, LocalDate.of(2023, 7, 10));
                try (ResultSet resultSet = statement.executeQuery()) {
                    assertThat(resultSet.next()).isTrue();
                    assertThat(resultSet.getString(1)).isEqualTo("it's x");
                    assertThat(resultSet.getLong(2)).isEqualTo(42);
                    assertThat(resultSet.getObject(3)).isEqualTo(true);
                    assertThat(resultSet.getObject(4, LocalDate.class)).isEqualTo(LocalDate.of(2023, 7, 10));
                    assertThat(resultSet.getMetaData().getColumnType(4)).isEqualTo(Types.DATE);
                }
            }
        }
    }

    @Test
    void testPreparedStatementMetadata()
            throws SQLException
    {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement("SELECT eventname, eventtime AS at, useridentity.arn FROM " + STORE
                        + " WHERE eventsource = ? AND eventtime > ? AND readonly = ?")) {
            ResultSetMetaData metaData = statement.getMetaData();
            assertThat(metaData.getColumnCount()).isEqualTo(3);
            assertThat(List.of(metaData.getColumnLabel(1), metaData.getColumnLabel(2), metaData.getColumnLabel(3))).containsExactly("eventname", "at", "arn");
            assertThat(List.of(metaData.getColumnType(1), metaData.getColumnType(2), metaData.getColumnType(3)))
                    .containsExactly(Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR);
            java.sql.ParameterMetaData parameters = statement.getParameterMetaData();
            assertThat(parameters.getParameterCount()).isEqualTo(3);
            // The driver reports the raw type names of DESCRIBE INPUT's types
            assertThat(List.of(parameters.getParameterTypeName(1), parameters.getParameterTypeName(2), parameters.getParameterTypeName(3)))
                    .containsExactly("varchar", "timestamp", "boolean");
            assertThat(List.of(parameters.getParameterType(1), parameters.getParameterType(2), parameters.getParameterType(3)))
                    .containsExactly(Types.VARCHAR, Types.TIMESTAMP, Types.BOOLEAN);
        }
    }

    @Test
    void testMetadataStatements()
            throws SQLException
    {
        List<String> columnNames = new ArrayList<>();
        records.get(0).fieldNames().forEachRemaining(name -> columnNames.add(name.toLowerCase(java.util.Locale.ROOT)));
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            assertThat(strings(statement.executeQuery("SHOW CATALOGS"), "Catalog")).containsExactly("system", "tarn");
            assertThat(strings(statement.executeQuery("SHOW SCHEMAS FROM tarn"), "Schema")).containsExactly("default", "information_schema");
            assertThat(strings(statement.executeQuery("SHOW TABLES"), "Table")).containsExactlyInAnyOrder(STORE, store.id());
            assertThat(strings(statement.executeQuery("SHOW TABLES FROM system.jdbc LIKE 'c%'"), "Table")).containsExactly("catalogs", "columns");
            // DESCRIBE by name, by id and qualified; the sample records' top-level fields are columns
            List<String> described = strings(statement.executeQuery("DESCRIBE " + STORE), "Column");
            assertThat(described).containsAll(columnNames);
            assertThat(strings(statement.executeQuery("DESCRIBE \"" + store.id() + "\""), "Column")).isEqualTo(described);
            assertThat(strings(statement.executeQuery("SHOW COLUMNS FROM tarn.default." + STORE), "Column")).isEqualTo(described);
            // information_schema and system.jdbc, in the session's catalog or fully qualified
            assertThat(strings(statement.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_schema = 'default' AND table_name = '"
                    + STORE + "' ORDER BY ordinal_position"), "column_name")).isEqualTo(described);
            assertThat(strings(statement.executeQuery("SELECT table_name FROM tarn.information_schema.tables WHERE table_schema = 'default'"), "table_name"))
                    .containsExactlyInAnyOrder(STORE, store.id());
            assertThat(strings(statement.executeQuery("SELECT column_name FROM system.jdbc.columns WHERE table_name = '" + store.id() + "' ORDER BY ordinal_position"),
                    "column_name")).isEqualTo(described);
            // Queries by three-part names
            try (ResultSet resultSet = statement.executeQuery("SELECT count(*) FROM tarn.default." + STORE + " JOIN tarn.\"default\".\"" + store.id() + "\" USING (eventid)")) {
                assertThat(resultSet.next()).isTrue();
                assertThat(resultSet.getLong(1)).isEqualTo(records.size());
            }
            assertThat(strings(statement.executeQuery("SHOW FUNCTIONS LIKE 'json_extract_scalar'"), "Function")).containsOnly("json_extract_scalar").isNotEmpty();
            // A missing table is named where it was looked for
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM information_schema.no_such_table"))
                    .hasMessageContaining("Table 'tarn.information_schema.no_such_table' does not exist");
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM system.jdbc.no_such_table"))
                    .hasMessageContaining("Table 'system.jdbc.no_such_table' does not exist");
        }
    }

    @Test
    void testMetadataQueriesAreNotRecorded()
            throws SQLException
    {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet resultSet = statement.executeQuery("SELECT version()")) {
            assertThat(resultSet.next()).isTrue();
            assertThat(resultSet.getString(1)).isEqualTo("476");
            String queryId = resultSet.unwrap(TrinoResultSet.class).getQueryId();
            assertThatThrownBy(() -> server.server().queryService().describeQuery(queryId)).hasMessageContaining("not found");
        }
    }

    @Test
    void testSessionStatements()
            throws SQLException
    {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("USE tarn.information_schema");
            assertThat(connection.getSchema()).isEqualTo("information_schema");
            try (ResultSet resultSet = statement.executeQuery("SELECT table_name FROM tables WHERE table_schema = 'default' AND table_name = '" + STORE + "'")) {
                assertThat(resultSet.next()).isTrue();
            }
            try (ResultSet resultSet = statement.executeQuery("SELECT current_user, current_catalog, current_schema")) {
                assertThat(resultSet.next()).isTrue();
                assertThat(List.of(resultSet.getString(1), resultSet.getString(2), resultSet.getString(3))).containsExactly("analyst", "tarn", "information_schema");
            }
            statement.execute("USE tarn.default");
            assertThat(connection.getSchema()).isEqualTo("default");
            try (ResultSet resultSet = statement.executeQuery("SELECT current_schema, count(*) FROM " + STORE + " WHERE useridentity.username <> current_user")) {
                assertThat(resultSet.next()).isTrue();
                assertThat(resultSet.getString(1)).isEqualTo("default");
                assertThat(resultSet.getLong(2)).isEqualTo(records.stream()
                        .filter(record -> record.get("userIdentity").has("userName") && !record.get("userIdentity").get("userName").textValue().equals("analyst"))
                        .count());
            }

            statement.execute("SET SESSION query_max_run_time = '42m'");
            assertThat(sessionProperty(statement, "query_max_run_time")).isEqualTo("42m");
            statement.execute("RESET SESSION query_max_run_time");
            assertThat(sessionProperty(statement, "query_max_run_time")).isEmpty();

            assertThatThrownBy(() -> statement.execute("SET SESSION no_such_property = 'x'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Session property 'no_such_property' does not exist");
        }
    }

    @Test
    void testTransactions()
            throws SQLException
    {
        // Tools that turn auto-commit off get START TRANSACTION, COMMIT and ROLLBACK accepted; nothing is written
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            for (int attempt = 0; attempt < 2; attempt++) {
                try (Statement statement = connection.createStatement();
                        ResultSet resultSet = statement.executeQuery("SELECT count(*) FROM " + STORE)) {
                    assertThat(resultSet.next()).isTrue();
                    assertThat(resultSet.getLong(1)).isEqualTo(records.size());
                }
                if (attempt == 0) {
                    connection.commit();
                }
                else {
                    connection.rollback();
                }
            }
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement();
                    ResultSet resultSet = statement.executeQuery("SELECT 1")) {
                assertThat(resultSet.next()).isTrue();
            }
        }
    }

    @Test
    void testTimeLimitFromSessionProperty()
            throws SQLException
    {
        Properties properties = new Properties();
        properties.setProperty("user", "analyst");
        properties.setProperty("sessionProperties", "query_max_run_time:200ms");
        try (Connection connection = DriverManager.getConnection("jdbc:trino://127.0.0.1:" + server.server().port() + "/tarn/default", properties);
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> {
                try (ResultSet resultSet = statement.executeQuery("SELECT count(*) FROM " + STORE + " a CROSS JOIN " + STORE + " b CROSS JOIN " + STORE
                        + " c WHERE a.eventname || b.eventname || c.eventname = 'x'")) {
                    resultSet.next();
                }
            })
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(131075))
                    .hasMessageContaining("Query exceeded the maximum run time of 200ms");
        }
    }

    @Test
    void testCancel()
            throws Exception
    {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            // The driver's result set fetches pages on a worker thread. Cancelled before that worker starts, the
            // driver (476) never wakes a next() already waiting on it: wait for the worker's first progress report.
            // Until the columns are known the driver reports progress on the thread that executes the query.
            CountDownLatch fetching = new CountDownLatch(1);
            Thread executing = Thread.currentThread();
            statement.unwrap(TrinoStatement.class).setProgressMonitor(stats -> {
                if (Thread.currentThread() != executing) {
                    fetching.countDown();
                }
            });
            // Minutes of work: 2,900 x 2,900 x 2,900 combinations; the result set opens once the columns are known
            ResultSet resultSet = statement.executeQuery("SELECT count(*) FROM " + STORE + " a CROSS JOIN " + STORE + " b CROSS JOIN " + STORE
                    + " c WHERE a.eventname || b.eventname || c.eventname = 'x'");
            String queryId = resultSet.unwrap(TrinoResultSet.class).getQueryId();
            CompletableFuture<Throwable> running = CompletableFuture.supplyAsync(() -> {
                try (resultSet) {
                    resultSet.next();
                    return null;
                }
                catch (SQLException e) {
                    return e;
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (server.server().queryService().describeQuery(queryId).status() != QueryStatus.RUNNING && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(fetching.await(30, TimeUnit.SECONDS)).isTrue();
            statement.cancel();
            Throwable failure = running.get(30, TimeUnit.SECONDS);
            assertThat(failure).isInstanceOf(SQLException.class);
            QueryInfo info = server.server().queryService().awaitQuery(queryId, java.time.Duration.ofSeconds(30));
            assertThat(info.status()).isEqualTo(QueryStatus.CANCELLED);
            assertThat(info.statistics().bytesScanned()).isPositive();
        }
    }

    @Test
    void testErrorsWithPositions()
            throws SQLException
    {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT eventname,\n       no_such_column FROM " + STORE))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(47);
                        assertThat(e.getMessage()).contains("line 2:8: Column 'no_such_column' cannot be resolved");
                    });
            assertThatThrownBy(() -> statement.executeQuery("SELECT count(*) FROM no_such_table"))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(46);
                        assertThat(e.getMessage()).contains("line 1:22: ").contains("no_such_table");
                    });
            assertThatThrownBy(() -> statement.executeQuery("SELEC 1"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(1))
                    .hasMessageContaining("line 1:1: ");
            // The connection still works after errors
            try (ResultSet resultSet = statement.executeQuery("SELECT 1")) {
                assertThat(resultSet.next()).isTrue();
            }
        }
    }

    private static String sessionProperty(Statement statement, String name)
            throws SQLException
    {
        try (ResultSet resultSet = statement.executeQuery("SHOW SESSION LIKE '" + name + "'")) {
            assertThat(resultSet.next()).isTrue();
            return resultSet.getString("Value");
        }
    }

    private static List<String> strings(ResultSet resultSet, String column)
            throws SQLException
    {
        List<String> values = new ArrayList<>();
        try (resultSet) {
            while (resultSet.next()) {
                values.add(resultSet.getString(column));
            }
        }
        return values.stream().collect(Collectors.toList());
    }
}
