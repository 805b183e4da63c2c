package io.tarn.benchmarks.compare;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * DuckDB through its JDBC driver, either reading the gzipped CloudTrail log files on every query
 * ({@code read_json}) or over a native table loaded from them once. Both see the columns of Tarn's schema
 * under the same names (DuckDB resolves names without regard to case), with {@code eventjson} the record's
 * JSON text. Each log file is one line holding one object, so {@code read_json} reads them as
 * {@code newline_delimited}, with the columns declared; {@code maximum_sample_files = 1} stops it from
 * sampling 32 files with a 32 MiB buffer each on every query (sampling is useless with declared columns;
 * it made each query 10 to 30 times slower and needed more than 1 GB at bind).
 */
public final class DuckDbSystem
        implements QuerySystem
{
    private static final String NATIVE_TABLE = "cloudtrail";

    private final String name;
    private final String description;
    private final Connection connection;
    private final boolean overJson;
    private final Duration loadTime;

    private DuckDbSystem(String name, String description, Connection connection, boolean overJson, Duration loadTime)
    {
        this.name = requireNonNull(name, "name is null");
        this.description = requireNonNull(description, "description is null");
        this.connection = requireNonNull(connection, "connection is null");
        this.overJson = overJson;
        this.loadTime = requireNonNull(loadTime, "loadTime is null");
    }

    /**
     * DuckDB in memory with two views over the log files: {@code events_typed} (the records' fields, read
     * with a declared type) and {@code events_raw} (each record's JSON text, for queries on {@code eventjson}).
     */
    public static DuckDbSystem overJson(Path logDirectory, int threads, String memoryLimit)
            throws SQLException
    {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        configure(connection, threads, memoryLimit);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE VIEW events_typed AS SELECT " + lowerCaseFields("r") + " FROM (SELECT unnest(Records) AS r FROM read_json("
                    + glob(logDirectory) + ", format = 'newline_delimited', maximum_sample_files = 1, columns = {Records: '" + CloudTrailJsonShape.sqlType().replace("'", "''") + "[]'}))");
            statement.execute("CREATE VIEW events_raw AS SELECT rec AS eventjson, json_transform(rec, '{\"eventTime\":\"TIMESTAMP\"}').eventTime AS eventtime"
                    + " FROM (SELECT unnest(Records) AS rec FROM read_json(" + glob(logDirectory) + ", format = 'newline_delimited', maximum_sample_files = 1, columns = {Records: 'JSON[]'}))");
        }
        return new DuckDbSystem("duckdb-json", "DuckDB " + version(connection) + " over the gzipped log files (read_json on every query, " + threads + " threads)",
                connection, true, Duration.ZERO);
    }

    /**
     * DuckDB with a database file holding table {@value #NATIVE_TABLE}, loaded from the log files unless it
     * already holds {@code expectedEvents} rows.
     */
    public static DuckDbSystem nativeTable(Path databaseFile, Path logDirectory, long expectedEvents, int threads, String memoryLimit)
            throws SQLException
    {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:" + databaseFile);
        configure(connection, threads, memoryLimit);
        Duration loadTime = Duration.ZERO;
        if (rowCount(connection) != expectedEvents) {
            long start = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET preserve_insertion_order = false");
                statement.execute("DROP TABLE IF EXISTS " + NATIVE_TABLE);
                statement.execute("CREATE TABLE " + NATIVE_TABLE + " AS SELECT " + lowerCaseFields("s") + ", eventjson FROM (SELECT rec AS eventjson, json_transform(rec, '"
                        + CloudTrailJsonShape.transformStructure() + "') AS s FROM (SELECT unnest(Records) AS rec FROM read_json(" + glob(logDirectory)
                        + ", format = 'newline_delimited', maximum_sample_files = 1, columns = {Records: 'JSON[]'})))");
                statement.execute("CHECKPOINT");
                statement.execute("SET preserve_insertion_order = true");
            }
            loadTime = Duration.ofNanos(System.nanoTime() - start);
            if (rowCount(connection) != expectedEvents) {
                throw new IllegalStateException("DuckDB loaded " + rowCount(connection) + " events, expected " + expectedEvents);
            }
        }
        return new DuckDbSystem("duckdb-native", "DuckDB " + version(connection) + " over a native table loaded from the log files (" + threads + " threads)",
                connection, false, loadTime);
    }

    /**
     * How long loading the native table took in this run (zero when it was already loaded).
     */
    public Duration loadTime()
    {
        return loadTime;
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
        return Dialect.DUCKDB;
    }

    @Override
    public QueryResult runSql(String sql)
            throws SQLException
    {
        String table = overJson ? (sql.contains("eventjson") ? "events_raw" : "events_typed") : NATIVE_TABLE;
        try (Statement statement = connection.createStatement(); ResultSet resultSet = statement.executeQuery(sql.replace("{table}", table))) {
            return JdbcResults.read(resultSet, OptionalLong.empty());
        }
    }

    @Override
    public void close()
            throws SQLException
    {
        connection.close();
    }

    private static void configure(Connection connection, int threads, String memoryLimit)
            throws SQLException
    {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET threads = " + threads);
            statement.execute("SET memory_limit = '" + memoryLimit + "'");
            statement.execute("SET TimeZone = 'UTC'");
        }
    }

    private static String lowerCaseFields(String record)
    {
        return CloudTrailJsonShape.topLevelFields().stream()
                .map(field -> record + ".\"" + field + "\" AS " + field.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    private static String glob(Path logDirectory)
    {
        return "'" + logDirectory.toAbsolutePath().toString().replace("'", "''") + "/AWSLogs/**/*.json.gz'";
    }

    private static long rowCount(Connection connection)
            throws SQLException
    {
        try (Statement statement = connection.createStatement();
                ResultSet exists = statement.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = '" + NATIVE_TABLE + "'")) {
            exists.next();
            if (exists.getLong(1) == 0) {
                return -1;
            }
        }
        try (Statement statement = connection.createStatement(); ResultSet count = statement.executeQuery("SELECT count(*) FROM " + NATIVE_TABLE)) {
            count.next();
            return count.getLong(1);
        }
    }

    private static String version(Connection connection)
            throws SQLException
    {
        try (Statement statement = connection.createStatement(); ResultSet resultSet = statement.executeQuery("SELECT version()")) {
            resultSet.next();
            return resultSet.getString(1);
        }
    }
}
