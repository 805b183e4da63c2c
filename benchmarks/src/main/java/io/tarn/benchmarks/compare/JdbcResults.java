package io.tarn.benchmarks.compare;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads a JDBC result set completely into a {@link QueryResult}.
 */
final class JdbcResults
{
    private JdbcResults() {}

    static QueryResult read(ResultSet resultSet, OptionalLong bytesScanned)
            throws SQLException
    {
        ResultSetMetaData metadata = resultSet.getMetaData();
        int count = metadata.getColumnCount();
        List<String> columns = new ArrayList<>();
        for (int column = 1; column <= count; column++) {
            columns.add(metadata.getColumnLabel(column));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (resultSet.next()) {
            List<Object> row = new ArrayList<>(count);
            for (int column = 1; column <= count; column++) {
                int type = metadata.getColumnType(column);
                Object value = type == Types.TIMESTAMP ? resultSet.getObject(column, LocalDateTime.class) : resultSet.getObject(column);
                row.add(resultSet.wasNull() ? null : value);
            }
            rows.add(row);
        }
        return new QueryResult(columns, rows, bytesScanned);
    }
}
