package io.tarn.engine.service;

import io.tarn.engine.Engine;
import io.tarn.engine.Session;
import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;
import io.tarn.storage.TestingClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;

import static io.tarn.engine.StandardErrorCode.COLUMN_NOT_FOUND;
import static io.tarn.engine.StandardErrorCode.EXCEEDED_TIME_LIMIT;
import static io.tarn.engine.StandardErrorCode.INVALID_SESSION_PROPERTY;
import static io.tarn.engine.service.QueryErrorCode.INACTIVE_QUERY;
import static io.tarn.engine.service.QueryErrorCode.INVALID_DATE_RANGE;
import static io.tarn.engine.service.QueryErrorCode.INVALID_MAX_RESULTS;
import static io.tarn.engine.service.QueryErrorCode.INVALID_NEXT_TOKEN;
import static io.tarn.engine.service.QueryErrorCode.INVALID_QUERY_REQUEST;
import static io.tarn.engine.service.QueryErrorCode.MAX_CONCURRENT_QUERIES;
import static io.tarn.engine.service.QueryErrorCode.QUERY_NOT_FOUND;
import static io.tarn.engine.service.QueryErrorCode.QUERY_RESULTS_TOO_LARGE;
import static io.tarn.engine.service.QueryErrorCode.QUERY_SERVICE_SHUT_DOWN;
import static io.tarn.error.TarnAssertions.assertTarnExceptionThrownBy;
import static io.tarn.storage.StorageErrorCode.EVENT_DATA_STORE_NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;

public class TestQueryService
{
    private static final Instant START = Instant.parse("2024-03-01T10:15:30.123Z");
    private static final Duration WAIT = Duration.ofMinutes(1);

    @TempDir
    private Path directory;
    private final TestingClock clock = new TestingClock(START);
    private final List<AutoCloseable> resources = new ArrayList<>();
    private Lake lake;

    @AfterEach
    public void tearDown()
            throws Exception
    {
        Collections.reverse(resources);
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }

    @Test
    public void testFinishedQuery()
    {
        QueryService service = service(options());
        String queryId = service.startQuery(StartQueryRequest.of("SELECT n, label FROM numbers WHERE n <= 3 ORDER BY n DESC"));
        assertThat(queryId).hasSize(36).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

        QueryInfo info = service.awaitQuery(queryId, WAIT);
        assertThat(info.status()).isEqualTo(QueryStatus.FINISHED);
        assertThat(info.queryString()).isEqualTo("SELECT n, label FROM numbers WHERE n <= 3 ORDER BY n DESC");
        assertThat(info.error()).isEmpty();
        assertThat(info.deliveryLocation()).isEmpty();
        assertThat(info.deliveryStatus()).isEmpty();
        assertThat(info.statistics().creationTime()).isEqualTo(START);
        assertThat(info.endTime()).contains(START);
        assertThat(service.describeQuery(queryId)).isEqualTo(info);

        QueryResultsPage page = service.getQueryResults(queryId, Optional.empty(), OptionalInt.empty());
        assertThat(page.status()).isEqualTo(QueryStatus.FINISHED);
        assertThat(page.columns()).containsExactly(new QueryColumn("n", "bigint"), new QueryColumn("label", "varchar"));
        assertThat(page.lakeRows()).containsExactly(List.of("3", "name-3"), List.of("2", "name-2"), List.of("1", "name-1"));
        assertThat(page.rows().get(0).toString()).isEqualTo("[3,\"name-3\"]");
        assertThat(page.resultsCount()).isEqualTo(3);
        assertThat(page.totalResultsCount()).isEqualTo(3);
        assertThat(page.nextToken()).isEmpty();
    }

    @Test
    public void testFailedQuery()
    {
        QueryService service = service(options());
        String queryId = service.startQuery(StartQueryRequest.of("SELECT missing FROM numbers"));

        QueryInfo info = service.awaitQuery(queryId, WAIT);
        assertThat(info.status()).isEqualTo(QueryStatus.FAILED);
        assertThat(info.error()).isPresent();
        assertThat(info.error().get().errorCode()).isEqualTo(COLUMN_NOT_FOUND.toErrorCode());
        assertThat(info.error().get().message()).contains("missing");
        QueryResultsPage page = service.getQueryResults(queryId, Optional.empty(), OptionalInt.empty());
        assertThat(page.status()).isEqualTo(QueryStatus.FAILED);
        assertThat(page.rows()).isEmpty();
        assertThat(page.error()).isEqualTo(info.error());
        assertThat(page.nextToken()).isEmpty();
    }

    @Test
    public void testQueuedQueryIsCancelledAtOnce()
    {
        QueryService service = service(options().withRunningQueries(1));
        String running = service.startQuery(StartQueryRequest.of(TestingQueries.SLOW));
        String queued = service.startQuery(StartQueryRequest.of("SELECT 1"));

        assertThat(service.describeQuery(queued).status()).isEqualTo(QueryStatus.QUEUED);
        assertThat(awaitStatus(service, running, QueryStatus.RUNNING)).isEqualTo(QueryStatus.RUNNING);

        QueryInfo cancelled = service.cancelQuery(queued);
        assertThat(cancelled.status()).isEqualTo(QueryStatus.CANCELLED);
        assertThat(service.describeQuery(queued).status()).isEqualTo(QueryStatus.CANCELLED);
        assertThat(service.describeQuery(queued).statistics().executionTimeMillis()).isZero();
        assertThat(service.getQueryResults(queued, Optional.empty(), OptionalInt.empty()).columns()).isEmpty();

        service.cancelQuery(running);
        assertThat(service.awaitQuery(running, WAIT).status()).isEqualTo(QueryStatus.CANCELLED);
        // The freed thread skips the cancelled query
        assertThat(service.describeQuery(queued).status()).isEqualTo(QueryStatus.CANCELLED);
    }

    @Test
    public void testCancelStopsRunningQuery()
    {
        QueryService service = service(options());
        String queryId = service.startQuery(StartQueryRequest.of(TestingQueries.SLOW));
        awaitStatus(service, queryId, QueryStatus.RUNNING);

        long start = System.nanoTime();
        QueryInfo cancelled = service.cancelQuery(queryId);
        assertThat(cancelled.status()).isEqualTo(QueryStatus.CANCELLED);
        // The query would run for minutes; it ends because its scan stops
        QueryInfo ended = service.awaitQuery(queryId, Duration.ofSeconds(20));
        long stopMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(ended.status()).isEqualTo(QueryStatus.CANCELLED);
        assertThat(ended.error()).isEmpty();
        assertThat(service.getQueryResults(queryId, Optional.empty(), OptionalInt.empty()).nextToken()).isEmpty();
        System.out.println("cancelled query stopped after " + stopMillis + " ms");

        assertTarnExceptionThrownBy(() -> service.cancelQuery(queryId), INACTIVE_QUERY)
                .hasMessage("Query '" + queryId + "' is CANCELLED and cannot be cancelled");
    }

    @Test
    public void testCancelOfFinishedAndUnknownQueries()
    {
        QueryService service = service(options());
        String queryId = service.startQuery(StartQueryRequest.of("SELECT 1"));
        service.awaitQuery(queryId, WAIT);

        assertTarnExceptionThrownBy(() -> service.cancelQuery(queryId), INACTIVE_QUERY)
                .hasMessage("Query '" + queryId + "' is FINISHED and cannot be cancelled");
        assertTarnExceptionThrownBy(() -> service.cancelQuery("00000000-0000-0000-0000-000000000000"), QUERY_NOT_FOUND)
                .hasMessage("Query '00000000-0000-0000-0000-000000000000' not found");
        assertTarnExceptionThrownBy(() -> service.describeQuery("nope"), QUERY_NOT_FOUND);
        assertTarnExceptionThrownBy(() -> service.getQueryResults("nope", Optional.empty(), OptionalInt.empty()), QUERY_NOT_FOUND);
    }

    @Test
    public void testTimeoutKeepsPartialResults()
    {
        QueryService service = service(options().withQueryTimeout(Duration.ofMillis(3000)));
        String queryId = service.startQuery(StartQueryRequest.of(TestingQueries.LONG_TRICKLE));

        QueryInfo info = service.awaitQuery(queryId, WAIT);
        assertThat(info.status()).isEqualTo(QueryStatus.TIMED_OUT);
        assertThat(info.error().orElseThrow().errorCode()).isEqualTo(EXCEEDED_TIME_LIMIT.toErrorCode());
        assertThat(info.error().orElseThrow().message()).isEqualTo("Query exceeded the maximum run time of 3s");
        assertThat(info.statistics().executionTimeMillis()).isGreaterThanOrEqualTo(3000);

        List<List<String>> rows = allRows(service, queryId, 100);
        assertThat(rows).hasSizeGreaterThan(0).hasSizeLessThan(800);
        assertThat(rows).allSatisfy(row -> assertThat((Long.parseLong(row.get(0)) * 2000 + Long.parseLong(row.get(1))) % 50000).isZero());
    }

    @Test
    public void testSessionRunTimeLimit()
    {
        QueryService service = service(options());
        Session session = Session.defaults().withProperties(Map.of("query_max_run_time", "300ms"));
        String queryId = service.startQuery(StartQueryRequest.of(TestingQueries.SLOW).withSession(session));
        QueryInfo info = service.awaitQuery(queryId, WAIT);
        assertThat(info.status()).isEqualTo(QueryStatus.TIMED_OUT);
        assertThat(info.error().orElseThrow().message()).isEqualTo("Query exceeded the maximum run time of 300ms");

        Session invalid = Session.defaults().withProperties(Map.of("query_max_run_time", "soon"));
        assertTarnExceptionThrownBy(() -> service.startQuery(StartQueryRequest.of("SELECT 1").withSession(invalid)), INVALID_SESSION_PROPERTY);
    }

    @Test
    public void testConcurrencyLimit()
    {
        QueryService service = service(options().withMaxConcurrentQueries(2).withRunningQueries(1));
        String first = service.startQuery(StartQueryRequest.of(TestingQueries.SLOW));
        String second = service.startQuery(StartQueryRequest.of(TestingQueries.SLOW));

        assertTarnExceptionThrownBy(() -> service.startQuery(StartQueryRequest.of("SELECT 1")), MAX_CONCURRENT_QUERIES)
                .hasMessage("The lake is already running the maximum number of concurrent queries (2 queued or running); wait for a query to end or cancel one");

        // A second service on the lake shares the limit
        QueryService other = service(options().withMaxConcurrentQueries(2));
        assertTarnExceptionThrownBy(() -> other.startQuery(StartQueryRequest.of("SELECT 1")), MAX_CONCURRENT_QUERIES);

        service.cancelQuery(second);
        String third = service.startQuery(StartQueryRequest.of("SELECT 1"));
        service.cancelQuery(first);
        assertThat(service.awaitQuery(third, WAIT).status()).isEqualTo(QueryStatus.FINISHED);
    }

    @Test
    public void testPaging()
    {
        QueryService service = service(options());
        String queryId = service.startQuery(StartQueryRequest.of("SELECT n FROM numbers WHERE n <= 2500 ORDER BY n"));
        service.awaitQuery(queryId, WAIT);

        QueryResultsPage first = service.getQueryResults(queryId, Optional.empty(), OptionalInt.empty());
        assertThat(first.resultsCount()).isEqualTo(QueryService.MAX_RESULTS_PER_PAGE);
        assertThat(first.totalResultsCount()).isEqualTo(2500);
        assertThat(first.lakeRows().get(0)).containsExactly("1");
        assertThat(first.nextToken()).isPresent();

        QueryResultsPage second = service.getQueryResults(queryId, first.nextToken(), OptionalInt.of(1000));
        assertThat(second.lakeRows().get(0)).containsExactly("1001");
        QueryResultsPage third = service.getQueryResults(queryId, second.nextToken(), OptionalInt.of(1000));
        assertThat(third.resultsCount()).isEqualTo(500);
        assertThat(third.lakeRows().get(499)).containsExactly("2500");
        assertThat(third.nextToken()).isEmpty();

        // Reading a token again gives the same page
        assertThat(service.getQueryResults(queryId, first.nextToken(), OptionalInt.of(1000))).isEqualTo(second);

        List<List<String>> small = allRows(service, queryId, 7);
        assertThat(small).isEqualTo(IntStream.rangeClosed(1, 2500).mapToObj(value -> List.of(Integer.toString(value))).toList());

        assertTarnExceptionThrownBy(() -> service.getQueryResults(queryId, Optional.empty(), OptionalInt.of(0)), INVALID_MAX_RESULTS);
        assertTarnExceptionThrownBy(() -> service.getQueryResults(queryId, Optional.empty(), OptionalInt.of(1001)), INVALID_MAX_RESULTS);
        assertTarnExceptionThrownBy(() -> service.getQueryResults(queryId, Optional.of("garbage"), OptionalInt.empty()), INVALID_NEXT_TOKEN);
        String otherQuery = service.startQuery(StartQueryRequest.of("SELECT n FROM numbers WHERE n <= 2500"));
        service.awaitQuery(otherQuery, WAIT);
        assertTarnExceptionThrownBy(() -> service.getQueryResults(otherQuery, first.nextToken(), OptionalInt.empty()), INVALID_NEXT_TOKEN);
    }

    @Test
    public void testPagingWhileRunning()
    {
        QueryService service = service(options());
        String queryId = service.startQuery(StartQueryRequest.of(TestingQueries.TRICKLE));

        List<List<String>> rows = new ArrayList<>();
        Optional<String> token = Optional.empty();
        int pagesWithRowsWhileRunning = 0;
        while (true) {
            QueryResultsPage page = service.getQueryResults(queryId, token, OptionalInt.of(5));
            rows.addAll(page.lakeRows());
            if (page.status() == QueryStatus.RUNNING && page.resultsCount() > 0) {
                pagesWithRowsWhileRunning++;
            }
            if (page.status() == QueryStatus.RUNNING || page.status() == QueryStatus.QUEUED) {
                assertThat(page.nextToken()).isPresent();
            }
            if (page.nextToken().isEmpty()) {
                assertThat(page.status()).isEqualTo(QueryStatus.FINISHED);
                assertThat(page.totalResultsCount()).isEqualTo(TestingQueries.TRICKLE_ROWS);
                break;
            }
            token = page.nextToken();
            if (page.resultsCount() == 0) {
                sleep(20);
            }
        }
        assertThat(pagesWithRowsWhileRunning).isGreaterThan(1);
        assertThat(rows).hasSize((int) TestingQueries.TRICKLE_ROWS);
        assertThat(Set.copyOf(rows)).hasSize(rows.size());
        assertThat(rows).isEqualTo(allRows(service, queryId, 1000));
    }

    @Test
    public void testStatisticsWhileRunning()
    {
        QueryService service = service(options());
        String queryId = service.startQuery(StartQueryRequest.of(TestingQueries.SLOW));
        awaitStatus(service, queryId, QueryStatus.RUNNING);
        long first = service.describeQuery(queryId).statistics().executionTimeMillis();
        sleep(200);
        long second = service.describeQuery(queryId).statistics().executionTimeMillis();
        assertThat(second).isGreaterThan(first);
        service.cancelQuery(queryId);
        long ended = service.awaitQuery(queryId, WAIT).statistics().executionTimeMillis();
        sleep(50);
        assertThat(service.describeQuery(queryId).statistics().executionTimeMillis()).isEqualTo(ended);
    }

    @Test
    public void testDescribeByAlias()
    {
        QueryService service = service(options());
        String first = service.startQuery(StartQueryRequest.of("SELECT 1").withAlias("daily/report"));
        service.awaitQuery(first, WAIT);
        clock.advance(Duration.ofSeconds(1));
        String second = service.startQuery(StartQueryRequest.of("SELECT 2").withAlias("daily/report"));
        service.awaitQuery(second, WAIT);

        assertThat(service.describeQueryByAlias("daily/report").queryId()).isEqualTo(second);
        assertThat(service.describeQueryByAlias("daily/report").alias()).contains("daily/report");
        assertTarnExceptionThrownBy(() -> service.describeQueryByAlias("weekly"), QUERY_NOT_FOUND);
        assertTarnExceptionThrownBy(() -> service.startQuery(StartQueryRequest.of("SELECT 1").withAlias("no spaces")), INVALID_QUERY_REQUEST);
    }

    @Test
    public void testRequestLimits()
    {
        QueryService service = service(options());
        String longStatement = "SELECT 1" + " ".repeat(QueryService.MAX_STATEMENT_LENGTH - 8);
        assertThat(service.awaitQuery(service.startQuery(StartQueryRequest.of(longStatement)), WAIT).status()).isEqualTo(QueryStatus.FINISHED);
        assertTarnExceptionThrownBy(() -> service.startQuery(StartQueryRequest.of(longStatement + " ")), INVALID_QUERY_REQUEST)
                .hasMessage("The query statement has 10001 characters; the maximum is 10000");
        assertTarnExceptionThrownBy(() -> service.startQuery(StartQueryRequest.of(" ")), INVALID_QUERY_REQUEST);

        List<Object> eleven = new ArrayList<>(Collections.nCopies(11, 1L));
        assertTarnExceptionThrownBy(() -> service.startQuery(StartQueryRequest.of("SELECT 1").withParameters(eleven)), INVALID_QUERY_REQUEST)
                .hasMessage("The query has 11 parameters; the maximum is 10");
    }

    @Test
    public void testParameters()
    {
        QueryService service = service(options());
        List<Object> values = new ArrayList<>();
        values.add("7");
        values.add("name-9");
        values.add(null);
        String queryId = service.startQuery(StartQueryRequest.of("SELECT n FROM numbers WHERE n = ? OR label = ? OR label = ? ORDER BY n").withParameters(values));
        QueryInfo info = service.awaitQuery(queryId, WAIT);
        assertThat(info.status()).isEqualTo(QueryStatus.FINISHED);
        assertThat(info.parameters()).containsExactly("7", "name-9", "null");
        assertThat(service.getQueryResults(queryId, Optional.empty(), OptionalInt.empty()).lakeRows()).containsExactly(List.of("7"), List.of("9"));
    }

    @Test
    public void testResultSizeLimit()
    {
        QueryService service = service(options().withMaxResultBytes(1000));
        String queryId = service.startQuery(StartQueryRequest.of("SELECT n FROM numbers WHERE n <= 2000 ORDER BY n"));
        QueryInfo info = service.awaitQuery(queryId, WAIT);
        assertThat(info.status()).isEqualTo(QueryStatus.FAILED);
        assertThat(info.error().orElseThrow().errorCode()).isEqualTo(QUERY_RESULTS_TOO_LARGE.toErrorCode());
        // Lines "[1]\n" to "[9]\n" take 4 bytes, "[10]\n" to "[99]\n" 5 and "[100]\n" on 6: 36 + 450 + 6 * 85 = 996 bytes hold 184 rows
        assertThat(info.error().orElseThrow().message()).isEqualTo("Query results exceed the limit of 1000B of stored results; 184 rows were kept");
        List<List<String>> rows = allRows(service, queryId, 1000);
        assertThat(rows).hasSize(184);
        assertThat(rows.get(183)).containsExactly("184");
    }

    @Test
    public void testHistorySurvivesRestart()
    {
        QueryService service = service(options());
        String queryId = service.startQuery(StartQueryRequest.of("SELECT n FROM numbers WHERE n <= 1500 ORDER BY n"));
        QueryInfo before = service.awaitQuery(queryId, WAIT);
        service.close();

        QueryService reopened = service(options());
        assertThat(reopened.describeQuery(queryId)).isEqualTo(before);
        QueryResultsPage first = reopened.getQueryResults(queryId, Optional.empty(), OptionalInt.empty());
        assertThat(first.totalResultsCount()).isEqualTo(1500);
        assertThat(reopened.getQueryResults(queryId, first.nextToken(), OptionalInt.empty()).lakeRows().get(499)).containsExactly("1500");
    }

    @Test
    public void testCloseEndsRunningQueries()
    {
        QueryService service = service(options().withRunningQueries(1));
        String running = service.startQuery(StartQueryRequest.of(TestingQueries.SLOW));
        String queued = service.startQuery(StartQueryRequest.of(TestingQueries.SLOW));
        awaitStatus(service, running, QueryStatus.RUNNING);
        service.close();
        assertTarnExceptionThrownBy(() -> service.startQuery(StartQueryRequest.of("SELECT 1")), QUERY_SERVICE_SHUT_DOWN);

        QueryService reopened = service(options());
        for (String queryId : List.of(running, queued)) {
            QueryInfo info = reopened.describeQuery(queryId);
            assertThat(info.status()).isEqualTo(QueryStatus.FAILED);
            assertThat(info.error().orElseThrow().errorCode()).isEqualTo(QUERY_SERVICE_SHUT_DOWN.toErrorCode());
        }
    }

    @Test
    public void testRetentionPurge()
            throws Exception
    {
        QueryService service = service(options());
        String old = service.startQuery(StartQueryRequest.of("SELECT n FROM numbers WHERE n <= 10"));
        service.awaitQuery(old, WAIT);
        clock.advance(Duration.ofDays(3));
        String recent = service.startQuery(StartQueryRequest.of("SELECT n FROM numbers WHERE n <= 10"));
        service.awaitQuery(recent, WAIT);
        Path results = lake.metadataDirectory().resolve(QueryService.RESULTS_DIRECTORY);
        assertThat(results.resolve(old)).isDirectory();

        clock.advance(Duration.ofDays(4).minusMinutes(1));
        assertThat(service.purgeExpired()).isZero();
        assertThat(service.describeQuery(old).status()).isEqualTo(QueryStatus.FINISHED);

        clock.advance(Duration.ofMinutes(2));
        assertThat(service.purgeExpired()).isEqualTo(1);
        assertTarnExceptionThrownBy(() -> service.describeQuery(old), QUERY_NOT_FOUND);
        assertThat(results.resolve(old)).doesNotExist();
        assertThat(service.getQueryResults(recent, Optional.empty(), OptionalInt.empty()).totalResultsCount()).isEqualTo(10);

        // A result directory without a query (left by a crash) goes too, also when a service opens
        Files.createDirectories(results.resolve("stray"));
        service.close();
        service(options());
        assertThat(results.resolve("stray")).doesNotExist();
        clock.advance(Duration.ofDays(4));
        service(options());
        assertThat(results.resolve(recent)).doesNotExist();
    }

    @Test
    public void testListQueries()
    {
        lake().catalog().create(CreateEventDataStoreRequest.withDefaults("audit"));
        lake().catalog().create(CreateEventDataStoreRequest.withDefaults("other"));
        String auditId = lake().catalog().get("audit").id();
        QueryService service = service(options(), Engine.withTables(Map.of(
                "audit", TestingTables.numbers("audit", 10),
                "other", TestingTables.numbers("other", 10))));

        String first = service.startQuery(StartQueryRequest.of("SELECT count(*) FROM audit"));
        service.awaitQuery(first, WAIT);
        clock.advance(Duration.ofHours(1));
        String failed = service.startQuery(StartQueryRequest.of("SELECT missing FROM tarn.default.audit"));
        service.awaitQuery(failed, WAIT);
        clock.advance(Duration.ofHours(1));
        String joined = service.startQuery(StartQueryRequest.of("SELECT count(*) FROM other o JOIN \"audit\" a ON o.n = a.n"));
        service.awaitQuery(joined, WAIT);
        clock.advance(Duration.ofMillis(1));
        String otherOnly = service.startQuery(StartQueryRequest.of("SELECT 'audit' FROM other -- audit"));
        service.awaitQuery(otherOnly, WAIT);

        assertThat(service.describeQuery(joined).eventDataStoreIds()).containsExactlyInAnyOrder(auditId, lake().catalog().get("other").id());
        assertThat(ids(service.listQueries(ListQueriesRequest.of("audit")))).containsExactly(joined, failed, first);
        assertThat(ids(service.listQueries(ListQueriesRequest.of(auditId).withStatus(QueryStatus.FAILED)))).containsExactly(failed);
        assertThat(service.listQueries(ListQueriesRequest.of("audit").withStatus(QueryStatus.FAILED)).queries().get(0).creationTime())
                .isEqualTo(START.plus(Duration.ofHours(1)));
        assertThat(ids(service.listQueries(ListQueriesRequest.of("audit")
                .withTimeRange(Optional.of(START.plusSeconds(1)), Optional.of(START.plus(Duration.ofMinutes(90)))))))
                .containsExactly(failed);
        assertThat(ids(service.listQueries(ListQueriesRequest.of("other")))).containsExactly(otherOnly, joined);

        // One at a time
        List<String> paged = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            QueryList page = service.listQueries(ListQueriesRequest.of("audit").withMaxResults(1).withNextToken(token));
            paged.addAll(ids(page));
            token = page.nextToken();
        }
        while (token.isPresent());
        assertThat(paged).containsExactly(joined, failed, first);

        assertTarnExceptionThrownBy(() -> service.listQueries(ListQueriesRequest.of("audit").withNextToken(
                service.listQueries(ListQueriesRequest.of("other").withMaxResults(1)).nextToken())), INVALID_NEXT_TOKEN);
        assertTarnExceptionThrownBy(() -> service.listQueries(ListQueriesRequest.of("audit").withMaxResults(1001)), INVALID_MAX_RESULTS);
        assertTarnExceptionThrownBy(() -> service.listQueries(ListQueriesRequest.of("audit")
                .withTimeRange(Optional.of(START.plusSeconds(10)), Optional.of(START))), INVALID_DATE_RANGE);
        assertTarnExceptionThrownBy(() -> service.listQueries(ListQueriesRequest.of("missing")), EVENT_DATA_STORE_NOT_FOUND);

        // Seven days back only
        clock.set(START.plus(Duration.ofDays(7)).plus(Duration.ofMinutes(30)));
        assertThat(ids(service.listQueries(ListQueriesRequest.of("other")))).containsExactly(otherOnly, joined);
        assertThat(ids(service.listQueries(ListQueriesRequest.of("audit")))).containsExactly(joined, failed);
    }

    private static List<String> ids(QueryList list)
    {
        return list.queries().stream().map(QuerySummary::queryId).toList();
    }

    private QueryStatus awaitStatus(QueryService service, String queryId, QueryStatus status)
    {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            QueryStatus current = service.describeQuery(queryId).status();
            if (current == status) {
                return current;
            }
            sleep(10);
        }
        throw new AssertionError("query " + queryId + " did not reach " + status);
    }

    static List<List<String>> allRows(QueryService service, String queryId, int pageSize)
    {
        List<List<String>> rows = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            QueryResultsPage page = service.getQueryResults(queryId, token, OptionalInt.of(pageSize));
            rows.addAll(page.lakeRows());
            token = page.nextToken();
        }
        while (token.isPresent());
        return rows;
    }

    private static void sleep(long millis)
    {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private QueryServiceOptions options()
    {
        return QueryServiceOptions.defaults().withClock(clock).withProgressInterval(Duration.ofMillis(100));
    }

    private Lake lake()
    {
        if (lake == null) {
            lake = Lake.open(LakeOptions.at(directory.resolve("lake").toString()).withClock(clock));
            resources.add(lake);
        }
        return lake;
    }

    private QueryService service(QueryServiceOptions options)
    {
        return service(options, TestingTables.engine());
    }

    private QueryService service(QueryServiceOptions options, Engine engine)
    {
        resources.add(engine);
        QueryService service = QueryService.open(engine, lake(), options);
        resources.add(service);
        return service;
    }
}
