package io.tarn.benchmarks.compare;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestAnswerNormalizer
{
    @Test
    void testIntegersAreDigitsWhateverTheirJavaType()
    {
        assertThat(AnswerNormalizer.normalize(42L)).isEqualTo("42");
        assertThat(AnswerNormalizer.normalize(42)).isEqualTo("42");
        assertThat(AnswerNormalizer.normalize(BigInteger.valueOf(42))).isEqualTo("42");
        assertThat(AnswerNormalizer.normalize(new BigDecimal("42.000"))).isEqualTo("42");
        assertThat(AnswerNormalizer.normalize(42.0)).isEqualTo("42");
    }

    @Test
    void testFractionsAreRoundedToNineDigits()
    {
        assertThat(AnswerNormalizer.normalize(1.0 / 3)).isEqualTo("0.333333333");
        assertThat(AnswerNormalizer.normalize(new BigDecimal("0.3333333333333"))).isEqualTo("0.333333333");
    }

    @Test
    void testTimestampsStringsAndNulls()
    {
        LocalDateTime time = LocalDateTime.of(2025, 2, 12, 14, 0, 5, 7_000_000);
        assertThat(AnswerNormalizer.normalize(time)).isEqualTo("2025-02-12 14:00:05.007");
        assertThat(AnswerNormalizer.normalize(Timestamp.valueOf(time))).isEqualTo("2025-02-12 14:00:05.007");
        assertThat(AnswerNormalizer.normalize("GetObject")).isEqualTo("GetObject");
        assertThat(AnswerNormalizer.normalize(true)).isEqualTo("true");
        assertThat(AnswerNormalizer.normalize((Object) null)).isNull();
        assertThat(AnswerNormalizer.normalize(List.of(Arrays.asList("a", null, 3L)))).containsExactly(Arrays.asList("a", null, "3"));
    }
}
