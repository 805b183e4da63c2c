package io.tarn.storage;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.tarn.error.TarnAssertions.assertTarnExceptionThrownBy;
import static io.tarn.storage.SelectorOperator.EQUALS;
import static io.tarn.storage.SelectorOperator.NOT_STARTS_WITH;
import static io.tarn.storage.SelectorOperator.STARTS_WITH;
import static io.tarn.storage.StorageErrorCode.INVALID_EVENT_SELECTORS;
import static org.assertj.core.api.Assertions.assertThat;

public class TestAdvancedEventSelectors
{
    @Test
    public void testParseGuideExample()
    {
        List<AdvancedEventSelector> selectors = AdvancedEventSelectors.parse(GuideSelectorExamples.DELETE_OBJECT_FOR_BUCKET);

        assertThat(selectors).containsExactly(new AdvancedEventSelector(
                Optional.of("Log DeleteObject API calls for a specific S3 bucket"),
                List.of(
                        FieldSelector.of("eventCategory", EQUALS, "Data"),
                        FieldSelector.of("eventName", EQUALS, "DeleteObject"),
                        FieldSelector.of("resources.ARN", STARTS_WITH, "arn:aws:s3:::bucketName"),
                        FieldSelector.of("readOnly", EQUALS, "false"),
                        FieldSelector.of("resources.type", EQUALS, "AWS::S3::Object"))));
    }

    @Test
    public void testParseSeveralOperatorsAndValuesWithoutName()
    {
        List<AdvancedEventSelector> selectors = AdvancedEventSelectors.parse("""
                [{"FieldSelectors": [
                   {"Field": "eventCategory", "Equals": ["Data"]},
                   {"Field": "eventName", "Equals": ["PutObject", "DeleteObject"]},
                   {"Field": "resources.ARN", "StartsWith": ["arn:aws:s3:::a/"], "NotStartsWith": ["arn:aws:s3:::a/tmp/", "arn:aws:s3:::a/cache/"]}]}]
                """);

        assertThat(selectors).hasSize(1);
        assertThat(selectors.get(0).name()).isEmpty();
        assertThat(selectors.get(0).fieldSelectors().get(1).conditions()).isEqualTo(Map.of(EQUALS, List.of("PutObject", "DeleteObject")));
        assertThat(selectors.get(0).fieldSelectors().get(2).conditions()).containsExactly(
                Map.entry(STARTS_WITH, List.of("arn:aws:s3:::a/")),
                Map.entry(NOT_STARTS_WITH, List.of("arn:aws:s3:::a/tmp/", "arn:aws:s3:::a/cache/")));
    }

    @Test
    public void testWriteLakeShape()
    {
        List<AdvancedEventSelector> selectors = List.of(
                AdvancedEventSelector.allEventsOf(EventCategory.MANAGEMENT),
                new AdvancedEventSelector(Optional.empty(), List.of(
                        FieldSelector.of("eventCategory", EQUALS, "Data"),
                        new FieldSelector("resources.ARN", Map.of(STARTS_WITH, List.of("arn:aws:s3:::a/", "arn:aws:s3:::b/"))))));

        assertThat(AdvancedEventSelectors.toJson(selectors)).isEqualTo(
                "[{\"Name\":\"Default management events\",\"FieldSelectors\":[{\"Field\":\"eventCategory\",\"Equals\":[\"Management\"]}]},"
                        + "{\"FieldSelectors\":[{\"Field\":\"eventCategory\",\"Equals\":[\"Data\"]},"
                        + "{\"Field\":\"resources.ARN\",\"StartsWith\":[\"arn:aws:s3:::a/\",\"arn:aws:s3:::b/\"]}]}]");
    }

    @Test
    public void testRoundTripKeepsOrder()
    {
        List<AdvancedEventSelector> selectors = AdvancedEventSelectors.parse(GuideSelectorExamples.DELETE_OBJECT_FOR_BUCKET);

        assertThat(AdvancedEventSelectors.parse(AdvancedEventSelectors.toJson(selectors))).isEqualTo(selectors);
    }

    @Test
    public void testRejectUnknownOperator()
    {
        assertTarnExceptionThrownBy(() -> AdvancedEventSelectors.parse("""
                [{"Name": "mine", "FieldSelectors": [{"Field": "eventCategory", "Equals": ["Data"]}, {"Field": "eventName", "Equal": ["PutObject"]}]}]
                """), INVALID_EVENT_SELECTORS)
                .hasMessage("Advanced event selector 'mine', field selector #2 (eventName): unknown operator \"Equal\"; "
                        + "operators are Equals, NotEquals, StartsWith, NotStartsWith, EndsWith, NotEndsWith");
    }

    @Test
    public void testRejectMalformedJson()
    {
        assertTarnExceptionThrownBy(() -> AdvancedEventSelectors.parse("[{\"FieldSelectors\": [}]"), INVALID_EVENT_SELECTORS)
                .hasMessageStartingWith("Advanced event selectors are not valid JSON: ");
        assertTarnExceptionThrownBy(() -> AdvancedEventSelectors.parse(""), INVALID_EVENT_SELECTORS)
                .hasMessageStartingWith("Advanced event selectors must be a JSON array of selectors");
    }

    @Test
    public void testRejectWrongShapes()
    {
        assertTarnExceptionThrownBy(() -> AdvancedEventSelectors.parse("{\"FieldSelectors\": []}"), INVALID_EVENT_SELECTORS)
                .hasMessageStartingWith("Advanced event selectors must be a JSON array of selectors");
        assertTarnExceptionThrownBy(() -> AdvancedEventSelectors.parse("[{\"Name\": \"x\"}]"), INVALID_EVENT_SELECTORS)
                .hasMessage("Advanced event selector 'x': \"FieldSelectors\" must be an array of field selectors");
        assertTarnExceptionThrownBy(() -> AdvancedEventSelectors.parse("[{\"FieldSelectors\": [], \"Names\": \"x\"}]"), INVALID_EVENT_SELECTORS)
                .hasMessage("Advanced event selector #1: unknown key \"Names\"; a selector has \"Name\" and \"FieldSelectors\"");
        assertTarnExceptionThrownBy(() -> AdvancedEventSelectors.parse("[{\"Name\": 7, \"FieldSelectors\": []}]"), INVALID_EVENT_SELECTORS)
                .hasMessage("Advanced event selector #1: \"Name\" must be a string");
        assertTarnExceptionThrownBy(() -> AdvancedEventSelectors.parse("[{\"FieldSelectors\": [{\"Equals\": [\"Data\"]}]}]"), INVALID_EVENT_SELECTORS)
                .hasMessage("Advanced event selector #1, field selector #1: \"Field\" must be a string naming the event field");
        assertTarnExceptionThrownBy(() -> AdvancedEventSelectors.parse("[{\"FieldSelectors\": [{\"Field\": \"readOnly\", \"Equals\": [false]}]}]"), INVALID_EVENT_SELECTORS)
                .hasMessage("Advanced event selector #1, field selector #1 (readOnly), Equals: values must be strings, not false");
        assertTarnExceptionThrownBy(() -> AdvancedEventSelectors.parse("[{\"FieldSelectors\": [{\"Field\": \"eventName\", \"Equals\": \"PutObject\"}]}]"), INVALID_EVENT_SELECTORS)
                .hasMessage("Advanced event selector #1, field selector #1 (eventName), Equals: values must be an array of strings");
    }

    @Test
    public void testRejectRepeatedKeys()
    {
        assertTarnExceptionThrownBy(() -> AdvancedEventSelectors.parse("[{\"FieldSelectors\": [{\"Field\": \"eventName\", \"Equals\": [\"a\"], \"Equals\": [\"b\"]}]}]"),
                INVALID_EVENT_SELECTORS)
                .hasMessageContaining("Duplicate field 'Equals'");
    }
}
