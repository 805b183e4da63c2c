package io.tarn.storage.impl.scan;

import io.tarn.storage.TimeRange;
import io.tarn.storage.TimeRanges;
import org.apache.orc.storage.ql.exec.vector.TimestampColumnVector;
import org.apache.orc.storage.ql.io.sarg.SearchArgument;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

final class TestEventTimeFilter
{
    @Test
    void testSelectsRowsInOneRange()
    {
        EventTimeFilter filter = new EventTimeFilter(TimeRanges.of(new TimeRange(100, 200)));
        TimestampColumnVector times = times(99, 100, 150, 199, 200, 120);
        times.noNulls = false;
        times.isNull[5] = true;

        int[] selected = new int[6];
        int count = filter.select(times, 6, selected);

        assertThat(Arrays.copyOf(selected, count)).containsExactly(1, 2, 3);
    }

    @Test
    void testSelectsRowsInSeveralRanges()
    {
        EventTimeFilter filter = new EventTimeFilter(TimeRanges.of(new TimeRange(0, 10), new TimeRange(20, 30)));
        TimestampColumnVector times = times(5, 10, 15, 20, 29, 30);

        int[] selected = new int[6];
        int count = filter.select(times, 6, selected);

        assertThat(Arrays.copyOf(selected, count)).containsExactly(0, 3, 4);
    }

    @Test
    void testRepeatingEventTime()
    {
        EventTimeFilter filter = new EventTimeFilter(TimeRanges.of(new TimeRange(0, 10)));
        TimestampColumnVector inside = times(5);
        inside.isRepeating = true;
        TimestampColumnVector outside = times(10);
        outside.isRepeating = true;
        TimestampColumnVector nulls = times(5);
        nulls.isRepeating = true;
        nulls.noNulls = false;
        nulls.isNull[0] = true;

        int[] selected = new int[3];
        assertThat(filter.select(inside, 3, selected)).isEqualTo(3);
        assertThat(selected).containsExactly(0, 1, 2);
        assertThat(filter.select(outside, 3, selected)).isZero();
        assertThat(filter.select(nulls, 3, selected)).isZero();
    }

    @Test
    void testCoversAndOverlaps()
    {
        EventTimeFilter filter = new EventTimeFilter(TimeRanges.of(new TimeRange(0, 10), new TimeRange(20, 30)));

        assertThat(filter.covers(0, 9)).isTrue();
        assertThat(filter.covers(0, 10)).isFalse();
        assertThat(filter.covers(5, 25)).isFalse();
        assertThat(filter.overlaps(10, 19)).isFalse();
        assertThat(filter.overlaps(10, 20)).isTrue();
    }

    @Test
    void testSearchArgument()
    {
        assertThat(new EventTimeFilter(TimeRanges.all()).searchArgument()).isEmpty();
        assertThat(new EventTimeFilter(TimeRanges.of(new TimeRange(100, Long.MAX_VALUE))).searchArgument().orElseThrow().getLeaves()).hasSize(1);
        assertThat(new EventTimeFilter(TimeRanges.of(new TimeRange(100, 200))).searchArgument().orElseThrow().getLeaves()).hasSize(2);

        List<TimeRange> many = new ArrayList<>();
        for (int index = 0; index < 20; index++) {
            many.add(new TimeRange(index * 100L, index * 100L + 10));
        }
        SearchArgument coarse = new EventTimeFilter(TimeRanges.of(many)).searchArgument().orElseThrow();
        // at most four ranges of two bounds each, still reaching from the first start to the last end
        assertThat(coarse.getLeaves()).hasSize(8);
        assertThat(coarse.getLeaves()).extracting(leaf -> ((Timestamp) leaf.getLiteral()).getTime()).contains(0L, 1910L);
    }

    private static TimestampColumnVector times(long... millis)
    {
        TimestampColumnVector vector = new TimestampColumnVector(millis.length);
        for (int index = 0; index < millis.length; index++) {
            vector.time[index] = millis[index];
        }
        return vector;
    }
}
