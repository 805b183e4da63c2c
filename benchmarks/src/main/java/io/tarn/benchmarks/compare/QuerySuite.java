package io.tarn.benchmarks.compare;

import com.google.common.collect.ImmutableList;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static io.tarn.benchmarks.compare.BenchmarkQuery.AnswerCheck.ANY_MATCHING_ROWS;
import static io.tarn.benchmarks.compare.BenchmarkQuery.AnswerCheck.EXACT_ROWS;

/**
 * The typical audit questions the comparison asks, with windows placed inside the generated span: a
 * Wednesday in the middle of it (a busy day) and its 14:00 UTC hour (a busy hour), the 30 days around it.
 * Every result is ordered completely (ties broken by name) so answers can be compared row by row. Tarn and
 * Trino run the same text; DuckDB's differs where its dialect does ({@code map['k']} gives JSON,
 * {@code date_sub} is Trino's {@code date_diff}, {@code unnest} is a function).
 */
public final class QuerySuite
{
    /**
     * The query whose rows are checked against the hour's event ids instead of a reference answer.
     */
    public static final String SELECT_STAR_LIMIT = "select_star_limit";

    private QuerySuite() {}

    /**
     * The suite for events generated from {@code start} over {@code days} days.
     */
    public static List<BenchmarkQuery> create(LocalDate start, int days)
    {
        LocalDate day = start.plusDays(days / 2);
        while (day.getDayOfWeek() != java.time.DayOfWeek.WEDNESDAY) {
            day = day.minusDays(1);
        }
        LocalDateTime hour = day.atTime(14, 0);
        String hourStart = literal(hour);
        String hourEnd = literal(hour.plusHours(1));
        String dayStart = literal(day.atStartOfDay());
        String dayEnd = literal(day.plusDays(1).atStartOfDay());
        String weekStart = literal(day.minusDays(6).atStartOfDay());
        String monthStart = literal(day.minusDays(29).atStartOfDay());
        String inHour = "eventtime >= " + hourStart + " AND eventtime < " + hourEnd;
        String inDay = "eventtime >= " + dayStart + " AND eventtime < " + dayEnd;
        String inWeek = "eventtime >= " + weekStart + " AND eventtime < " + dayEnd;
        String inMonth = "eventtime >= " + monthStart + " AND eventtime < " + dayEnd;
        String loginInMonth = "l.eventtime >= " + monthStart + " AND l.eventtime < " + dayEnd;
        String changeInMonth = "c.eventtime >= " + monthStart + " AND c.eventtime < " + dayEnd;

        return ImmutableList.of(
                query("count_1h", "Events in one hour",
                        "SELECT count(*) AS events FROM {table} WHERE " + inHour,
                        "SELECT count(*) AS events FROM {table} WHERE " + inHour),
                query("count_1d", "Events in one day",
                        "SELECT count(*) AS events FROM {table} WHERE " + inDay,
                        "SELECT count(*) AS events FROM {table} WHERE " + inDay),
                query("top_events_1d", "The ten most frequent event names of a day",
                        "SELECT eventname, count(*) AS events FROM {table} WHERE " + inDay + " GROUP BY eventname ORDER BY events DESC, eventname LIMIT 10",
                        "SELECT eventname, count(*) AS events FROM {table} WHERE " + inDay + " GROUP BY eventname ORDER BY events DESC, eventname LIMIT 10"),
                query("top_error_users_30d", "The ten callers with the most failed calls in 30 days",
                        "SELECT useridentity.arn AS arn, count(*) AS errors FROM {table} WHERE " + inMonth
                                + " AND errorcode IS NOT NULL GROUP BY useridentity.arn ORDER BY errors DESC, arn ASC NULLS LAST LIMIT 10",
                        "SELECT useridentity.arn AS arn, count(*) AS errors FROM {table} WHERE " + inMonth
                                + " AND errorcode IS NOT NULL GROUP BY useridentity.arn ORDER BY errors DESC, arn ASC NULLS LAST LIMIT 10"),
                query("element_at_7d", "Buckets of S3 calls in 7 days, from requestParameters",
                        "SELECT element_at(requestparameters, 'bucketName') AS bucket, count(*) AS calls FROM {table} WHERE " + inWeek
                                + " AND eventsource = 's3.amazonaws.com' GROUP BY 1 ORDER BY calls DESC, bucket ASC NULLS LAST LIMIT 10",
                        "SELECT requestparameters['bucketName'] AS bucket, count(*) AS calls FROM {table} WHERE " + inWeek
                                + " AND eventsource = 's3.amazonaws.com' GROUP BY 1 ORDER BY calls DESC, bucket ASC NULLS LAST LIMIT 10"),
                query("json_extract_1d", "Session issuers of a day, from the event's JSON",
                        "SELECT json_extract_scalar(eventjson, '$.userIdentity.sessionContext.sessionIssuer.userName') AS issuer, count(*) AS events FROM {table} WHERE " + inDay
                                + " GROUP BY 1 ORDER BY events DESC, issuer ASC NULLS LAST LIMIT 10",
                        "SELECT json_extract_string(eventjson, '$.userIdentity.sessionContext.sessionIssuer.userName') AS issuer, count(*) AS events FROM {table} WHERE " + inDay
                                + " GROUP BY 1 ORDER BY events DESC, issuer ASC NULLS LAST LIMIT 10"),
                query("unnest_resources_1d", "Types of the resources touched in a day",
                        "SELECT r.type AS type, count(*) AS uses FROM {table} CROSS JOIN UNNEST(resources) AS r(accountid, type, arn, arnprefix) WHERE " + inDay
                                + " GROUP BY r.type ORDER BY uses DESC, type LIMIT 10",
                        "SELECT r.type AS type, count(*) AS uses FROM (SELECT unnest(resources) AS r FROM {table} WHERE " + inDay
                                + ") GROUP BY r.type ORDER BY uses DESC, type LIMIT 10"),
                query("self_join_30d", "Callers who created access keys, users or policy attachments within an hour of a console sign-in, over 30 days",
                        "SELECT l.useridentity.arn AS arn, count(*) AS changes FROM {table} l JOIN {table} c ON c.useridentity.arn = l.useridentity.arn"
                                + " WHERE l.eventname = 'ConsoleLogin' AND c.eventname IN ('CreateAccessKey', 'CreateUser', 'AttachUserPolicy', 'PutUserPolicy')"
                                + " AND " + loginInMonth + " AND " + changeInMonth
                                + " AND c.eventtime >= l.eventtime AND date_diff('minute', l.eventtime, c.eventtime) <= 60"
                                + " GROUP BY l.useridentity.arn ORDER BY changes DESC, arn LIMIT 10",
                        "SELECT l.useridentity.arn AS arn, count(*) AS changes FROM {table} l JOIN {table} c ON c.useridentity.arn = l.useridentity.arn"
                                + " WHERE l.eventname = 'ConsoleLogin' AND c.eventname IN ('CreateAccessKey', 'CreateUser', 'AttachUserPolicy', 'PutUserPolicy')"
                                + " AND " + loginInMonth + " AND " + changeInMonth
                                + " AND c.eventtime >= l.eventtime AND date_sub('minute', l.eventtime, c.eventtime) <= 60"
                                + " GROUP BY l.useridentity.arn ORDER BY changes DESC, arn LIMIT 10"),
                query("full_scan_aggregate", "Calls and failures per service over the whole store",
                        "SELECT eventsource, count(*) AS calls, count_if(errorcode IS NOT NULL) AS failures FROM {table} GROUP BY eventsource ORDER BY calls DESC, eventsource",
                        "SELECT eventsource, count(*) AS calls, count_if(errorcode IS NOT NULL) AS failures FROM {table} GROUP BY eventsource ORDER BY calls DESC, eventsource"),
                new BenchmarkQuery(SELECT_STAR_LIMIT, "Any ten whole events of one hour", Map.of(
                        Dialect.TRINO, "SELECT * FROM {table} WHERE " + inHour + " LIMIT 10",
                        Dialect.DUCKDB, "SELECT * FROM {table} WHERE " + inHour + " LIMIT 10"), ANY_MATCHING_ROWS));
    }

    /**
     * The event ids of the hour {@code select_star_limit} reads, to check its rows.
     */
    public static String hourEventIds(List<BenchmarkQuery> suite)
    {
        String text = suite.stream().filter(query -> query.id().equals(SELECT_STAR_LIMIT)).findFirst().orElseThrow().texts().get(Dialect.TRINO);
        return text.replace("SELECT * ", "SELECT eventid ").replace(" LIMIT 10", "");
    }

    private static BenchmarkQuery query(String id, String description, String trino, String duckdb)
    {
        return new BenchmarkQuery(id, description, Map.of(Dialect.TRINO, trino, Dialect.DUCKDB, duckdb), EXACT_ROWS);
    }

    private static String literal(LocalDateTime time)
    {
        return "TIMESTAMP '" + time.toLocalDate() + " " + time.toLocalTime() + ":00'";
    }
}
