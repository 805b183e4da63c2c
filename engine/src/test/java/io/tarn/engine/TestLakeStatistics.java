package io.tarn.engine;

import io.tarn.engine.exec.QueryStatistics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BytesScanned over the fixture lake's real stores: a narrower time window and fewer columns read fewer
 * compressed bytes, and the same query always reads the same bytes.
 */
class TestLakeStatistics
{
    @Test
    void testNarrowerWindowScansFewerBytes()
    {
        String awsdocs = LakeFixture.get().store("awsdocs").id();
        QueryStatistics.Snapshot all = statistics("SELECT count(eventName) FROM " + awsdocs, List.of("108"));
        // 31 of the 108 events are of 2022 (their eventTime in the input files)
        QueryStatistics.Snapshot recent = statistics("SELECT count(eventName) FROM " + awsdocs + " WHERE eventTime >= '2022-01-01'", List.of("31"));
        QueryStatistics.Snapshot day = statistics("SELECT count(eventName) FROM " + awsdocs + " WHERE eventTime >= '2022-11-10' AND eventTime < '2022-11-11'", List.of("10"));
        assertThat(all.eventsScanned()).isEqualTo(108);
        assertThat(recent.eventsScanned()).isEqualTo(31);
        assertThat(day.eventsScanned()).isEqualTo(10);
        assertThat(recent.bytesScanned()).isPositive().isLessThan(all.bytesScanned());
        assertThat(day.bytesScanned()).isPositive().isLessThan(recent.bytesScanned());
    }

    @Test
    void testFewerColumnsScanFewerBytes()
    {
        String invictus = LakeFixture.get().store("invictus").id();
        QueryStatistics.Snapshot one = statistics("SELECT count(eventName) FROM " + invictus, List.of("2900"));
        QueryStatistics.Snapshot two = statistics("SELECT count(eventName), count(userAgent) FROM " + invictus, List.of("2900 | 2900"));
        QueryStatistics.Snapshot json = statistics("SELECT count(eventName), count(eventJson) FROM " + invictus, List.of("2900 | 2900"));
        QueryStatistics.Snapshot nested = statistics("SELECT count(userIdentity.arn) FROM " + invictus, List.of("2823"));
        QueryStatistics.Snapshot whole = statistics("SELECT count(userIdentity) FROM " + invictus, List.of("2900"));
        assertThat(one.bytesScanned()).isPositive().isLessThan(two.bytesScanned());
        assertThat(two.bytesScanned()).isLessThan(json.bytesScanned());
        assertThat(nested.bytesScanned()).isPositive().isLessThan(whole.bytesScanned());
        assertThat(statistics("SELECT count(eventName) FROM " + invictus, List.of("2900")).bytesScanned()).isEqualTo(one.bytesScanned());
    }

    @Test
    void testColumnsReadOnlyInLambdasAreTheOnlyOnesScanned()
    {
        // a lambda whose body reads a column of the row (recipientAccountId, awsRegion) used to keep every
        // column in the scan, eventJson among them
        String invictus = LakeFixture.get().store("invictus").id();
        QueryStatistics.Snapshot json = statistics("SELECT count(eventJson) FROM " + invictus, List.of("2900"));

        Answer inFilter = answer("SELECT count(*) FROM " + invictus + " WHERE any_match(resources, r -> r.accountId = recipientAccountId)");
        Answer unnested = answer("SELECT count(DISTINCT eventId) FROM " + invictus + " CROSS JOIN UNNEST(resources) AS t(r) WHERE r.accountId = recipientAccountId");
        assertThat(inFilter.rows()).isEqualTo(unnested.rows()).isNotEqualTo(List.of("0"));
        assertThat(inFilter.statistics().bytesScanned()).isPositive().isLessThan(json.bytesScanned() / 4);

        Answer inProjection = answer("SELECT max(element_at(transform(resources, r -> r.arn || awsRegion), 1)) FROM " + invictus);
        Answer withoutLambda = answer("SELECT max(resources[1].arn || awsRegion) FROM " + invictus);
        assertThat(inProjection.rows()).isEqualTo(withoutLambda.rows());
        assertThat(inProjection.statistics().bytesScanned()).isPositive().isLessThan(json.bytesScanned() / 4);

        Answer nested = answer("SELECT count_if(any_match(resources, r -> any_match(ARRAY[r.arn], arn -> strpos(arn, awsRegion) > 0))) FROM " + invictus);
        Answer nestedWithoutLambda = answer("SELECT count(DISTINCT eventId) FROM " + invictus + " CROSS JOIN UNNEST(resources) AS t(r) WHERE strpos(r.arn, awsRegion) > 0");
        assertThat(nested.rows()).isEqualTo(nestedWithoutLambda.rows()).isNotEqualTo(List.of("0"));
        assertThat(nested.statistics().bytesScanned()).isPositive().isLessThan(json.bytesScanned() / 4);
    }

    private static QueryStatistics.Snapshot statistics(String sql, List<String> expectedRows)
    {
        Answer answer = answer(sql);
        assertThat(answer.rows()).as(sql).containsExactlyElementsOf(expectedRows);
        return answer.statistics();
    }

    private static Answer answer(String sql)
    {
        try (QueryExecution execution = LakeFixture.get().engine().execute(Session.defaults(), sql)) {
            List<String> rows = execution.remainingRows().stream()
                    .map(row -> String.join(" | ", row.stream().map(String::valueOf).toList()))
                    .toList();
            return new Answer(rows, execution.statistics());
        }
    }

    private record Answer(List<String> rows, QueryStatistics.Snapshot statistics) {}
}
