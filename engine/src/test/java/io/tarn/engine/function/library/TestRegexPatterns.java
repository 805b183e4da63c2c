package io.tarn.engine.function.library;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class TestRegexPatterns
{
    @Test
    void testRequiredLiteral()
    {
        assertThat(RegexPatterns.requiredLiteral("iam::\\d+:role/")).isEqualTo(":role/");
        assertThat(RegexPatterns.requiredLiteral("^arn:aws:iam::\\d+:user/")).isEqualTo("arn:aws:iam::");
        assertThat(RegexPatterns.requiredLiteral("a\\.b\\.c")).isEqualTo("a.b.c");
        assertThat(RegexPatterns.requiredLiteral("abcd?")).isEqualTo("abc");
        assertThat(RegexPatterns.requiredLiteral("xyz*")).isEqualTo("xy");
        assertThat(RegexPatterns.requiredLiteral("abc{0,2}de")).isEqualTo("ab");
        assertThat(RegexPatterns.requiredLiteral("(ab){12}x")).isNull();
        assertThat(RegexPatterns.requiredLiteral("[abc]+defg")).isEqualTo("defg");
        assertThat(RegexPatterns.requiredLiteral("(longliteral)?xy")).isEqualTo("xy");
        assertThat(RegexPatterns.requiredLiteral("Delete|Create")).isNull();
        assertThat(RegexPatterns.requiredLiteral("(?i)delete")).isNull();
        assertThat(RegexPatterns.requiredLiteral("ab\\0101cd")).isEqualTo("ab");
        assertThat(RegexPatterns.requiredLiteral("\\Qa.b\\Ec")).isNull();
        assertThat(RegexPatterns.requiredLiteral("[[:alpha:]]+xyz")).isEqualTo("xyz");
        assertThat(RegexPatterns.requiredLiteral("a.b")).isNull();
    }

    @Test
    void testRequiredLiteralIsInEveryMatch()
    {
        String[] patterns = {"iam::\\d+:role/", "abc{0,2}de", "[abc]+defg", "x(yz)?w+vv", "ab\\.?cd", "q[)(]rst"};
        String[] subjects = {"iam::1:role/", "abde", "abcde", "bdefg", "xwvv", "xyzwwvv", "abcd", "ab.cd", "q)rst", "q(rst"};
        for (String regex : patterns) {
            String literal = RegexPatterns.requiredLiteral(regex);
            for (String subject : subjects) {
                if (literal != null && Pattern.compile(regex).matcher(subject).find()) {
                    assertThat(subject).as(regex).contains(literal);
                }
            }
        }
    }

    @Test
    void testPosixClasses()
    {
        assertThat(RegexPatterns.compile("^[[:alpha:]]+$").matcher("héllo").find()).isTrue();
        assertThat(RegexPatterns.compile("^[^[:digit:]]$").matcher("7").find()).isFalse();
        assertThat(RegexPatterns.compile("(?i)é").matcher("É").find()).isTrue();
    }
}
