package io.tarn.engine.sql;

import io.tarn.error.ErrorLocation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestSqlRewriter
{
    @Test
    void testQuotesHyphenatedStoreIds()
    {
        assertRewritten(
                "SELECT eventID FROM EXAMPLEf852-4e8f-8bd1-bcf6cEXAMPLE WHERE a - b > 1",
                "SELECT eventID FROM \"EXAMPLEf852-4e8f-8bd1-bcf6cEXAMPLE\" WHERE a - b > 1");
        assertRewritten(
                "SELECT * FROM eds-1 AS a JOIN 7bd9c2b1-1f7c-4c5a-9e2e-0d2b6f3a1c11 b ON a.x = b.x",
                "SELECT * FROM \"eds-1\" AS a JOIN \"7bd9c2b1-1f7c-4c5a-9e2e-0d2b6f3a1c11\" b ON a.x = b.x");
        assertRewritten(
                "SELECT * FROM a-1, b-2 WHERE x = 1",
                "SELECT * FROM \"a-1\", \"b-2\" WHERE x = 1");
        assertRewritten(
                "SELECT * FROM arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/abc-def",
                "SELECT * FROM \"arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/abc-def\"");
        assertRewritten("SELECT x - y FROM t", "SELECT x - y FROM t");
        assertRewritten("SELECT 'FROM a-b' FROM t", "SELECT 'FROM a-b' FROM t");
    }

    @Test
    void testQuotesFunctionsCalciteParsesSpecially()
    {
        assertRewritten(
                "SELECT date_diff('day', eventTime, current_timestamp), DATE_TRUNC('hour', x) FROM t",
                "SELECT \"date_diff\"('day', eventTime, current_timestamp), \"date_trunc\"('hour', x) FROM t");
        assertRewritten(
                "SELECT count(*) FILTER (WHERE x > 1), filter(a, x -> x > 1) FROM t",
                "SELECT count(*) FILTER (WHERE x > 1), \"filter\"(a, x -> x > 1) FROM t");
    }

    @Test
    void testQuotesTrimWithCharactersArgument()
    {
        assertRewritten("SELECT trim(x, 'ab'), TRIM(f(x, y)), trim(LEADING 'a' FROM x), trim(BOTH FROM x)",
                "SELECT \"trim\"(x, 'ab'), TRIM(f(x, y)), trim(LEADING 'a' FROM x), trim(BOTH FROM x)");
    }

    @Test
    void testTypedLiterals()
    {
        assertRewritten("SELECT BIGINT '5', DOUBLE '1.5', JSON '[1]'",
                "SELECT CAST('5' AS BIGINT), CAST('1.5' AS DOUBLE), json_parse('[1]')");
        assertRewritten("SELECT DECIMAL '12.345'", "SELECT CAST('12.345' AS DECIMAL(5, 3))");
        assertRewritten("SELECT TIMESTAMP '2020-01-01 00:00:00.123 UTC', TIMESTAMP '2020-01-01 00:00:00'",
                "SELECT CAST('2020-01-01 00:00:00.123 UTC' AS TIMESTAMP(3) WITH TIME ZONE), TIMESTAMP '2020-01-01 00:00:00'");
    }

    @Test
    void testAtTimeZone()
    {
        assertRewritten("SELECT now() AT TIME ZONE 'UTC', t.x AT TIME ZONE 'America/New_York' FROM t",
                "SELECT at_timezone(now(), 'UTC'), at_timezone(t.x, 'America/New_York') FROM t");
    }

    @Test
    void testTrinoTypesInCasts()
    {
        assertRewritten(
                "SELECT CAST(json_extract(x, '$.a') AS map(varchar, json)), TRY_CAST(y AS array(row(a varchar, b bigint)))",
                "SELECT CAST(json_extract(x, '$.a') AS MAP<varchar, json>), TRY_CAST(y AS ROW(a varchar, b bigint) ARRAY)");
        assertRewritten("SELECT CAST(x AS varchar)", "SELECT CAST(x AS varchar)");
    }

    @Test
    void testMapsPositionsBackToTheOriginal()
    {
        String sql = "SELECT date_diff('day', x, y),\n  bad + FROM EXAMPLE-1";
        SqlRewriter.RewrittenSql rewritten = SqlRewriter.rewrite(sql);
        int rewrittenOffset = rewritten.text().indexOf("bad");
        assertThat(rewritten.originalOffset(rewrittenOffset)).isEqualTo(sql.indexOf("bad"));
        int lineTwo = rewritten.text().indexOf("FROM") + 5;
        assertThat(rewritten.originalOffset(lineTwo)).isEqualTo(sql.indexOf("EXAMPLE-1"));
        assertThat(rewritten.originalLocation(2, 3)).isEqualTo(new ErrorLocation(2, 3));
    }

    private static void assertRewritten(String sql, String expected)
    {
        assertThat(SqlRewriter.rewrite(sql).text()).isEqualTo(expected);
    }
}
