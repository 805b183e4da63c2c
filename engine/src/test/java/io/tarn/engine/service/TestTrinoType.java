package io.tarn.engine.service;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class TestTrinoType
{
    @Test
    public void testParse()
    {
        assertThat(TrinoType.parse("varchar")).isEqualTo(new TrinoType("varchar", List.of()));
        assertThat(TrinoType.parse("timestamp(3)")).isEqualTo(new TrinoType("timestamp", List.of(new TrinoType.NumberArgument(3))));
        assertThat(TrinoType.parse("timestamp(3) with time zone")).isEqualTo(new TrinoType("timestamp with time zone", List.of(new TrinoType.NumberArgument(3))));
        assertThat(TrinoType.parse("interval day to second")).isEqualTo(new TrinoType("interval day to second", List.of()));
        assertThat(TrinoType.parse("decimal(10,2)").arguments()).containsExactly(new TrinoType.NumberArgument(10), new TrinoType.NumberArgument(2));

        TrinoType map = TrinoType.parse("map(varchar, array(row(arn varchar, \"Type\" varchar, \"a\"\"b\" bigint)))");
        assertThat(map.rawType()).isEqualTo("map");
        assertThat(map.typeArguments().get(0)).isEqualTo(new TrinoType("varchar", List.of()));
        TrinoType row = map.typeArguments().get(1).typeArguments().get(0);
        assertThat(row.rawType()).isEqualTo("row");
        assertThat(row.fieldNames()).containsExactly("arn", "Type", "a\"b");
        assertThat(row.arguments().get(0)).isEqualTo(new TrinoType.TypeArgument(Optional.of("arn"), new TrinoType("varchar", List.of())));

        TrinoType anonymous = TrinoType.parse("row(bigint, varchar)");
        assertThat(anonymous.arguments()).containsExactly(
                new TrinoType.TypeArgument(Optional.empty(), new TrinoType("bigint", List.of())),
                new TrinoType.TypeArgument(Optional.empty(), new TrinoType("varchar", List.of())));
    }

    @Test
    public void testRoundTrip()
    {
        for (String text : List.of("varchar", "timestamp(3)", "timestamp(3) with time zone", "decimal(10,2)", "array(map(varchar, bigint))",
                "row(arn varchar, \"Type\" varchar, at timestamp(3) with time zone)", "interval year to month")) {
            assertThat(TrinoType.parse(text).toString()).isEqualTo(text);
        }
    }

    @Test
    public void testInvalid()
    {
        assertThatThrownBy(() -> TrinoType.parse("map(varchar")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrinoType.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrinoType.parse("varchar)")).isInstanceOf(IllegalArgumentException.class);
    }
}
