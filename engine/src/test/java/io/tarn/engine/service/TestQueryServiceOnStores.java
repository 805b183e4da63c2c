package io.tarn.engine.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.engine.Engine;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreType;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

import static io.tarn.engine.StandardErrorCode.EXCEEDED_SCAN_LIMIT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query service over a real store: the invictus-ir CloudTrail events ingested into ORC files.
 */
public class TestQueryServiceOnStores
{
    private static final Duration WAIT = Duration.ofMinutes(1);

    private static Lake lake;
    private static Engine engine;
    private static QueryService service;
    private static EventDataStore store;
    private static List<JsonNode> events;

    @BeforeAll
    public static void setUp(@TempDir Path directory)
    {
        lake = Lake.open(LakeOptions.at(directory.resolve("lake").toString()));
        store = TestingEvents.createStore(lake, "audit");
        events = TestingEvents.events();
        engine = new Engine(lake);
        service = QueryService.open(engine, lake, QueryServiceOptions.defaults());
    }

    @AfterAll
    public static void tearDown()
    {
        if (service != null) {
            service.close();
            engine.close();
        }
        lake.close();
    }

    @Test
    public void testStatistics()
    {
        long expected = events.stream().filter(event -> event.path("eventName").asText().equals("ListBuckets")).count();
        assertThat(expected).isPositive();
        QueryInfo info = run("SELECT count(*) FROM audit WHERE eventName = 'ListBuckets'");

        assertThat(info.status()).isEqualTo(QueryStatus.FINISHED);
        assertThat(info.statistics().eventsScanned()).isEqualTo(events.size());
        assertThat(info.statistics().eventsMatched()).isEqualTo(expected);
        assertThat(info.statistics().bytesScanned()).isPositive();
        assertThat(info.eventDataStoreIds()).containsExactly(store.id());
        assertThat(TestQueryService.allRows(service, info.queryId(), 10)).containsExactly(List.of(Long.toString(expected)));
        assertThat(service.getQueryResults(info.queryId(), Optional.empty(), OptionalInt.empty()).bytesScanned()).isEqualTo(info.statistics().bytesScanned());
        assertThat(service.listQueries(ListQueriesRequest.of(store.arn())).queries()).extracting(QuerySummary::queryId).contains(info.queryId());
    }

    @Test
    public void testScanLimitStopsQuery()
    {
        long total = run("SELECT * FROM audit").statistics().bytesScanned();
        long limit = total / 4;
        String queryId = service.startQuery(StartQueryRequest.of("SELECT * FROM audit").withMaxBytesScanned(limit));
        QueryInfo info = service.awaitQuery(queryId, WAIT);

        assertThat(info.status()).isEqualTo(QueryStatus.FAILED);
        assertThat(info.error().orElseThrow().errorCode()).isEqualTo(EXCEEDED_SCAN_LIMIT.toErrorCode());
        long scanned = info.statistics().bytesScanned();
        assertThat(scanned).isGreaterThan(limit).isLessThan(total);
        // the message tells the bytes scanned when the limit was found exceeded (by the service's monitor
        // thread or after a batch); reads already under way may still add to the query's statistics
        String message = info.error().orElseThrow().message();
        String prefix = "Query exceeded the scan limit of " + DataSizes.format(limit) + " (" + limit + " bytes): ";
        assertThat(message).startsWith(prefix).endsWith(" bytes scanned");
        long reported = Long.parseLong(message.substring(prefix.length(), message.length() - " bytes scanned".length()));
        assertThat(reported).isGreaterThan(limit).isLessThanOrEqualTo(scanned);
        // The rows read before it stopped are kept
        assertThat(service.getQueryResults(queryId, Optional.empty(), OptionalInt.empty()).totalResultsCount()).isLessThan(events.size());
    }

    @Test
    public void testCancelKeepsBytesScanned()
    {
        // Reads the store three times at once, then combines its events for minutes
        String queryId = service.startQuery(StartQueryRequest.of("SELECT count(*) FROM audit a CROSS JOIN audit b CROSS JOIN audit c "
                + "WHERE a.eventTime < b.eventTime AND b.eventTime < c.eventTime AND a.eventName <> c.eventName"));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (service.describeQuery(queryId).statistics().eventsScanned() < 3L * events.size() && System.nanoTime() < deadline) {
            sleep();
        }
        QueryInfo cancelled = service.cancelQuery(queryId);
        QueryInfo ended = service.awaitQuery(queryId, WAIT);

        assertThat(cancelled.status()).isEqualTo(QueryStatus.CANCELLED);
        assertThat(ended.status()).isEqualTo(QueryStatus.CANCELLED);
        assertThat(ended.statistics().eventsScanned()).isEqualTo(3L * events.size());
        assertThat(ended.statistics().bytesScanned()).isPositive();
        assertThat(service.describeQuery(queryId).statistics().bytesScanned()).isEqualTo(ended.statistics().bytesScanned());
    }

    @Test
    public void testSamplesOnRealEvents()
    {
        Map<String, String> window = Map.of("eds", "audit", "start", "2023-07-10 00:00:00", "end", "2023-07-11 00:00:00");
        for (SampleQuery sample : SampleQueries.all()) {
            if (!sample.storeTypes().values().stream().allMatch(type -> type == EventDataStoreType.CLOUDTRAIL)) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (String parameter : sample.parameters()) {
                values.put(parameter, window.getOrDefault(parameter, parameter.startsWith("eds") ? "audit" : "nobody"));
            }
            QueryInfo info = service.awaitQuery(service.startQuery(service.savedQueries().prepareSample(sample.id(), values)), WAIT);
            assertThat(info.status()).as("%s: %s", sample.id(), info.error()).isEqualTo(QueryStatus.FINISHED);
        }

        // Top error codes, counted from the JSON independently
        Map<List<String>, Long> expected = new TreeMap<>(Comparator.comparing((List<String> key) -> key.get(0)).thenComparing(key -> key.get(1)));
        for (JsonNode event : events) {
            if (event.hasNonNull("errorCode")) {
                expected.merge(List.of(event.get("errorCode").asText(), event.get("eventSource").asText()), 1L, Long::sum);
            }
        }
        List<List<String>> rows = rows(service.savedQueries().prepareSample("top-error-codes", window));
        Map<List<String>, Long> actual = new HashMap<>();
        rows.forEach(row -> actual.put(List.of(row.get(0), row.get(1)), Long.parseLong(row.get(2))));
        assertThat(actual).isEqualTo(expected);

        // A user's actions, and the injection attempt that must match nothing
        String userName = events.stream()
                .map(event -> event.path("userIdentity").path("userName").asText(""))
                .filter(name -> !name.isEmpty())
                .findFirst()
                .orElseThrow();
        long actions = events.stream().filter(event -> event.path("userIdentity").path("userName").asText("").equals(userName)).count();
        Map<String, String> user = new HashMap<>(window);
        user.put("user", userName);
        assertThat(rows(service.savedQueries().prepareSample("user-actions", user))).hasSize((int) actions);
        user.put("user", "x' OR '1'='1");
        assertThat(rows(service.savedQueries().prepareSample("user-actions", user))).isEmpty();
    }

    private static List<List<String>> rows(StartQueryRequest request)
    {
        QueryInfo info = service.awaitQuery(service.startQuery(request), WAIT);
        assertThat(info.status()).as("%s", info.error()).isEqualTo(QueryStatus.FINISHED);
        return new ArrayList<>(TestQueryService.allRows(service, info.queryId(), 1000));
    }

    private static QueryInfo run(String sql)
    {
        return service.awaitQuery(service.startQuery(StartQueryRequest.of(sql)), WAIT);
    }

    private static void sleep()
    {
        try {
            Thread.sleep(10);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
