package io.tarn.benchmarks.compare;

import io.trino.jdbc.TrinoResultSet;
import io.tarn.storage.schema.ArrayType;
import io.tarn.storage.schema.DataType;
import io.tarn.storage.schema.EventSchemas;
import io.tarn.storage.schema.Field;
import io.tarn.storage.schema.MapType;
import io.tarn.storage.schema.PrimitiveType;
import io.tarn.storage.schema.StructType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * A Trino server speaking its client protocol, through the Trino JDBC driver: the Trino 476 peer reading
 * Tarn's ORC files through its Hive connector, or {@code tarn serve} itself. Bytes scanned are the query's
 * {@code physicalInputBytes}.
 */
public final class TrinoSystem
        implements QuerySystem
{
    private final String name;
    private final String description;
    private final Connection connection;
    private final String table;

    private TrinoSystem(String name, String description, Connection connection, String table)
    {
        this.name = requireNonNull(name, "name is null");
        this.description = requireNonNull(description, "description is null");
        this.connection = requireNonNull(connection, "connection is null");
        this.table = requireNonNull(table, "table is null");
    }

    /**
     * Connects to a server and names the table queries read.
     */
    public static TrinoSystem connect(String name, String url, String table)
            throws SQLException
    {
        Properties properties = new Properties();
        properties.setProperty("user", "benchmark");
        properties.setProperty("timezone", "UTC");
        Connection connection = DriverManager.getConnection(url, properties);
        String version;
        try (Statement statement = connection.createStatement(); ResultSet resultSet = statement.executeQuery("SELECT version()")) {
            resultSet.next();
            version = resultSet.getString(1);
        }
        return new TrinoSystem(name, name + " " + version + " at " + url, connection, table);
    }

    /**
     * Makes a Hive table of the store's {@code data} directory in the Trino peer (replacing one of the same
     * name; dropping an external table leaves its files) and registers its partitions.
     */
    public static void createHiveTable(String url, String schema, String table, String dataDirectory)
            throws SQLException
    {
        Properties properties = new Properties();
        properties.setProperty("user", "benchmark");
        try (Connection connection = DriverManager.getConnection(url, properties); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS hive." + schema);
            statement.execute("DROP TABLE IF EXISTS hive." + schema + "." + table);
            statement.execute(createTable("hive." + schema + "." + table, dataDirectory));
            statement.execute("CALL hive.system.sync_partition_metadata('" + schema + "', '" + table + "', 'FULL')");
        }
    }

    /**
     * The DDL of a store's Hive table, from the CloudTrail schema (as {@code docs/trino-hive.md} has it).
     */
    static String createTable(String qualifiedName, String dataDirectory)
    {
        String columns = EventSchemas.CLOUDTRAIL.columns().stream()
                .map(column -> "    " + column.name() + " " + trinoType(column.type()))
                .collect(Collectors.joining(",\n"));
        return "CREATE TABLE " + qualifiedName + " (\n" + columns + ",\n    eventdate varchar)\n"
                + "WITH (format = 'ORC', partitioned_by = ARRAY['eventdate'], external_location = 'local://" + dataDirectory + "')";
    }

    static String trinoType(DataType type)
    {
        if (type instanceof PrimitiveType primitive) {
            return switch (primitive) {
                case STRING -> "varchar";
                case BOOLEAN -> "boolean";
                case INTEGER -> "integer";
                case BIGINT -> "bigint";
                case DOUBLE -> "double";
                case TIMESTAMP -> "timestamp(3)";
            };
        }
        if (type instanceof StructType struct) {
            return struct.fields().stream().map(TrinoSystem::trinoField).collect(Collectors.joining(", ", "row(", ")"));
        }
        if (type instanceof ArrayType array) {
            return "array(" + trinoType(array.elementType()) + ")";
        }
        MapType map = (MapType) type;
        return "map(" + trinoType(map.keyType()) + ", " + trinoType(map.valueType()) + ")";
    }

    private static String trinoField(Field field)
    {
        return "\"" + field.name() + "\" " + trinoType(field.type());
    }

    @Override
    public String name()
    {
        return name;
    }

    @Override
    public String description()
    {
        return description;
    }

    @Override
    public Dialect dialect()
    {
        return Dialect.TRINO;
    }

    @Override
    public QueryResult runSql(String sql)
            throws SQLException
    {
        try (Statement statement = connection.createStatement(); ResultSet resultSet = statement.executeQuery(sql.replace("{table}", table))) {
            QueryResult result = JdbcResults.read(resultSet, OptionalLong.empty());
            long bytes = resultSet.unwrap(TrinoResultSet.class).getStats().getPhysicalInputBytes();
            return new QueryResult(result.columns(), result.rows(), OptionalLong.of(bytes));
        }
    }

    @Override
    public void close()
            throws SQLException
    {
        connection.close();
    }
}
