package io.tarn.engine.service;

import io.tarn.engine.Engine;
import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;
import io.tarn.storage.TestingClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.tarn.engine.service.QueryErrorCode.INVALID_SAVED_QUERY;
import static io.tarn.engine.service.QueryErrorCode.MISSING_QUERY_PARAMETER;
import static io.tarn.engine.service.QueryErrorCode.SAMPLE_QUERY_READ_ONLY;
import static io.tarn.engine.service.QueryErrorCode.SAVED_QUERY_ALREADY_EXISTS;
import static io.tarn.engine.service.QueryErrorCode.SAVED_QUERY_NOT_FOUND;
import static io.tarn.engine.service.QueryErrorCode.UNKNOWN_QUERY_PARAMETER;
import static io.tarn.engine.service.QueryErrorCode.WRONG_EVENT_DATA_STORE_TYPE;
import static io.tarn.error.TarnAssertions.assertTarnExceptionThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

public class TestSavedQueries
{
    private static final Instant START = Instant.parse("2024-03-01T10:15:30.123Z");
    private static final Duration WAIT = Duration.ofMinutes(1);

    @TempDir
    private Path directory;
    private final TestingClock clock = new TestingClock(START);
    private Lake lake;
    private EventDataStore audit;
    private Engine engine;
    private QueryService service;

    @BeforeEach
    public void setUp()
    {
        lake = Lake.open(LakeOptions.at(directory.resolve("lake").toString()).withClock(clock));
        audit = lake.catalog().create(CreateEventDataStoreRequest.withDefaults("audit"));
        // The store's table is computed: the numbers 1 to 10 under the store's id
        engine = Engine.withTables(Map.of("numbers", TestingTables.numbers("numbers", 20), audit.id(), TestingTables.numbers(audit.id(), 10)));
        service = QueryService.open(engine, lake, QueryServiceOptions.defaults().withClock(clock));
    }

    @AfterEach
    public void tearDown()
    {
        service.close();
        engine.close();
        lake.close();
    }

    @Test
    public void testCreateListGetUpdateDelete()
    {
        SavedQueries saved = service.savedQueries();
        SavedQuery created = saved.create(SavedQueryRequest.create("Errors by user", "SELECT * FROM :eds WHERE eventTime > :start AND errorCode = :code")
                .withDescription("Who got errors")
                .withDefaults(Map.of("code", "AccessDenied")));
        assertThat(created.id()).hasSize(36);
        assertThat(created.parameters()).containsExactly("eds", "start", "code");
        assertThat(created.defaults()).isEqualTo(Map.of("code", "AccessDenied"));
        assertThat(created.createdTime()).isEqualTo(START);
        saved.create(SavedQueryRequest.create("another", "SELECT 1"));

        assertThat(saved.list()).extracting(SavedQuery::name).containsExactly("another", "Errors by user");
        assertThat(saved.get(created.id())).isEqualTo(created);
        assertThat(saved.get("errors BY user")).isEqualTo(created);

        clock.advance(Duration.ofMinutes(5));
        SavedQuery updated = saved.update("Errors by user", SavedQueryRequest.change().withName("Denied calls").withSql("SELECT * FROM :eds WHERE errorCode = :code"));
        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(updated.description()).isEqualTo("Who got errors");
        assertThat(updated.parameters()).containsExactly("eds", "code");
        assertThat(updated.defaults()).isEqualTo(Map.of("code", "AccessDenied"));
        assertThat(updated.createdTime()).isEqualTo(START);
        assertThat(updated.updatedTime()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(saved.find("Errors by user")).isEmpty();

        // Defaults of parameters the new SQL drops go with them
        assertThat(saved.update("Denied calls", SavedQueryRequest.change().withSql("SELECT * FROM :eds")).defaults()).isEmpty();

        // Survives a restart, as every client of the lake sees it
        service.close();
        service = QueryService.open(engine, lake, QueryServiceOptions.defaults().withClock(clock));
        assertThat(service.savedQueries().get(created.id()).name()).isEqualTo("Denied calls");

        assertThat(service.savedQueries().delete("Denied calls").id()).isEqualTo(created.id());
        assertTarnExceptionThrownBy(() -> service.savedQueries().get(created.id()), SAVED_QUERY_NOT_FOUND)
                .hasMessage("Saved query '" + created.id() + "' not found");
        assertTarnExceptionThrownBy(() -> service.savedQueries().delete("Denied calls"), SAVED_QUERY_NOT_FOUND);
    }

    @Test
    public void testRules()
    {
        SavedQueries saved = service.savedQueries();
        saved.create(SavedQueryRequest.create("Daily", "SELECT 1"));
        saved.create(SavedQueryRequest.create("Weekly", "SELECT 2"));
        assertTarnExceptionThrownBy(() -> saved.create(SavedQueryRequest.create("DAILY", "SELECT 3")), SAVED_QUERY_ALREADY_EXISTS)
                .hasMessage("A saved query named 'Daily' already exists");
        assertTarnExceptionThrownBy(() -> saved.update("Weekly", SavedQueryRequest.change().withName("daily")), SAVED_QUERY_ALREADY_EXISTS);
        assertThat(saved.update("Daily", SavedQueryRequest.change().withName("daily")).name()).isEqualTo("daily");

        assertTarnExceptionThrownBy(() -> saved.create(SavedQueryRequest.create(" padded", "SELECT 1")), INVALID_SAVED_QUERY);
        assertTarnExceptionThrownBy(() -> saved.create(SavedQueryRequest.create("x".repeat(129), "SELECT 1")), INVALID_SAVED_QUERY);
        assertTarnExceptionThrownBy(() -> saved.create(SavedQueryRequest.create("empty", " ")), INVALID_SAVED_QUERY);
        assertTarnExceptionThrownBy(() -> saved.create(SavedQueryRequest.create("long", "SELECT 1" + " ".repeat(10_000))), INVALID_SAVED_QUERY);
        assertTarnExceptionThrownBy(() -> saved.create(SavedQueryRequest.create("open", "SELECT 'unterminated")), INVALID_SAVED_QUERY);
        assertTarnExceptionThrownBy(() -> saved.create(SavedQueryRequest.create("defaults", "SELECT :a").withDefaults(Map.of("b", "1"))), UNKNOWN_QUERY_PARAMETER)
                .hasMessage("A default is given for b, which is not a parameter of the query (its parameters are a)");
    }

    @Test
    public void testValuesAreBoundNeverSpliced()
    {
        SavedQueries saved = service.savedQueries();
        saved.create(SavedQueryRequest.create("by label", "SELECT n FROM numbers WHERE label = :label ORDER BY n"));

        assertThat(run(saved.prepare("by label", Map.of("label", "name-5")))).containsExactly(List.of("5"));
        // Spliced into the text, this would be label = 'x' OR '1'='1' and match every row
        assertThat(run(saved.prepare("by label", Map.of("label", "x' OR '1'='1")))).isEmpty();
        assertThat(run(saved.prepare("by label", Map.of("label", "name-5' --")))).isEmpty();

        assertTarnExceptionThrownBy(() -> saved.prepare("by label", Map.of()), MISSING_QUERY_PARAMETER);
        assertTarnExceptionThrownBy(() -> saved.prepare("by label", Map.of("label", "a", "other", "b")), UNKNOWN_QUERY_PARAMETER);
    }

    @Test
    public void testTypedParametersAndTableParameter()
    {
        SavedQueries saved = service.savedQueries();
        SavedQuery query = saved.create(SavedQueryRequest.create("small numbers", "SELECT count(*) AS c FROM :eds WHERE n <= :max")
                .withDefaults(Map.of("max", "3")));

        // "4" is cast to bigint where the query compares it with n
        StartQueryRequest request = saved.prepare(query.name(), Map.of("eds", "audit", "max", "4"));
        assertThat(request.statement()).isEqualTo("SELECT count(*) AS c FROM \"" + audit.id() + "\" WHERE n <= ?");
        assertThat(request.alias()).contains("saved:" + query.id());
        assertThat(run(request)).containsExactly(List.of("4"));
        assertThat(run(saved.prepare(query.name(), Map.of("eds", audit.arn())))).containsExactly(List.of("3"));
        String queryId = service.startQuery(saved.prepare(query.id(), Map.of("eds", audit.id())));
        service.awaitQuery(queryId, WAIT);
        // Recorded as a query of the store, and findable as the saved query's latest run
        assertThat(service.describeQuery(queryId).eventDataStoreIds()).containsExactly(audit.id());
        assertThat(service.describeQueryByAlias("saved:" + query.id()).queryId()).isEqualTo(queryId);
    }

    @Test
    public void testSamples()
    {
        List<SampleQuery> samples = SampleQueries.all();
        assertThat(samples.stream().map(SampleQuery::id).collect(Collectors.toSet())).hasSize(samples.size());
        assertThat(samples).extracting(SampleQuery::id).contains("guide-q1", "guide-q16", "console-changes", "user-actions", "access-denied", "root-activity",
                "console-sign-ins-without-mfa", "top-error-codes", "activity-by-ip", "s3-bucket-policy-changes", "security-group-changes", "iam-changes");
        assertThat(samples.stream().filter(sample -> sample.id().startsWith("guide-"))).hasSize(16);
        for (SampleQuery sample : samples) {
            assertThat(sample.storeTypes().keySet()).as(sample.id()).isNotEmpty().isSubsetOf(Set.copyOf(sample.parameters()));
            assertThat(sample.sql()).as(sample.id()).doesNotContain("event_data_store_ID", "eds-ID", "EDS1", "EXAMPLE");
        }
        SampleQuery q7 = SampleQueries.get("guide-q7");
        assertThat(q7.source()).isEqualTo("guide Q7 [L10420-10434]");
        assertThat(q7.sql()).contains("FROM\n     :eds\n").contains("eventName='CreateBucket'");
        assertThat(SampleQueries.get("Investigate who made console changes").id()).isEqualTo("console-changes");
        assertThat(SampleQueries.get("user-actions").parameters()).containsExactly("eds", "user", "start", "end");

        SavedQueries saved = service.savedQueries();
        assertTarnExceptionThrownBy(() -> saved.update("guide-q7", SavedQueryRequest.change().withName("mine")), SAMPLE_QUERY_READ_ONLY)
                .hasMessage("'guide-q7' is a sample query, which cannot be changed or deleted; copy it into a saved query first");
        assertTarnExceptionThrownBy(() -> saved.delete("Investigate user actions"), SAMPLE_QUERY_READ_ONLY);

        SavedQuery copy = saved.copySample("user-actions", "My user actions");
        assertThat(copy.sql()).isEqualTo(SampleQueries.get("user-actions").sql());
        assertThat(copy.description()).isEqualTo(SampleQueries.get("user-actions").description());
        assertThat(saved.update("My user actions", SavedQueryRequest.change().withDescription("changed")).description()).isEqualTo("changed");
        assertThat(SampleQueries.get("user-actions").description()).isNotEqualTo("changed");

        assertTarnExceptionThrownBy(() -> saved.prepareSample("guide-q2", Map.of("eds", "audit")), WRONG_EVENT_DATA_STORE_TYPE);
        assertTarnExceptionThrownBy(() -> SampleQueries.get("nope"), SAVED_QUERY_NOT_FOUND);
    }

    private List<List<String>> run(StartQueryRequest request)
    {
        String queryId = service.startQuery(request);
        QueryInfo info = service.awaitQuery(queryId, WAIT);
        assertThat(info.status()).as("%s", info.error()).isEqualTo(QueryStatus.FINISHED);
        return TestQueryService.allRows(service, queryId, 1000);
    }
}
