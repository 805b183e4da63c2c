package io.tarn.storage.impl.catalog;

import io.tarn.storage.AdvancedEventSelector;
import io.tarn.storage.AdvancedEventSelectors;
import io.tarn.storage.EventDataStoreType;
import io.tarn.storage.FieldSelector;
import io.tarn.storage.GuideSelectorExamples;
import io.tarn.storage.SelectorOperator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static io.tarn.error.TarnAssertions.assertTarnExceptionThrownBy;
import static io.tarn.storage.StorageErrorCode.INVALID_EVENT_SELECTORS;
import static io.tarn.storage.impl.catalog.AdvancedEventSelectorValidator.validate;
import static org.assertj.core.api.Assertions.assertThat;

public class TestAdvancedEventSelectorValidator
{
    @Test
    public void testGuideExamples()
    {
        assertThat(validateJson(GuideSelectorExamples.ALL_S3_DATA_EVENTS)).isEqualTo(EventDataStoreType.CLOUDTRAIL);
        assertThat(validateJson(GuideSelectorExamples.DELETE_OBJECT_FOR_BUCKET)).isEqualTo(EventDataStoreType.CLOUDTRAIL);
        assertThat(validateJson(GuideSelectorExamples.S3_BUCKET)).isEqualTo(EventDataStoreType.CLOUDTRAIL);
        assertThat(validateJson(GuideSelectorExamples.S3_OUTPOSTS)).isEqualTo(EventDataStoreType.CLOUDTRAIL);
        assertThat(validateJson(GuideSelectorExamples.MANAGEMENT_WITHOUT_KMS)).isEqualTo(EventDataStoreType.CLOUDTRAIL);
        assertThat(validateJson(GuideSelectorExamples.CONFIGURATION_ITEMS)).isEqualTo(EventDataStoreType.CONFIGURATION_ITEMS);
        assertThat(validateJson(GuideSelectorExamples.INSIGHTS)).isEqualTo(EventDataStoreType.INSIGHTS);
        assertThat(validateJson(GuideSelectorExamples.EXTERNAL_EVENTS)).isEqualTo(EventDataStoreType.ACTIVITY_AUDIT_LOG);
    }

    @Test
    public void testManagementAndDataSelectorsMakeOneCloudTrailStore()
    {
        assertThat(validateJson("""
                [{"Name": "management", "FieldSelectors": [{"Field": "eventCategory", "Equals": ["Management"]}, {"Field": "readOnly", "Equals": ["false"]}]},
                 {"Name": "lambda", "FieldSelectors": [{"Field": "eventCategory", "Equals": ["Data"]}, {"Field": "resources.type", "Equals": ["AWS::Lambda::Function"]},
                   {"Field": "resources.ARN", "Equals": ["arn:aws:lambda:us-east-2:111122223333:function/MyLambdaFunction"]}]},
                 {"FieldSelectors": [{"Field": "eventCategory", "Equals": ["Management", "Data"]}, {"Field": "errorCode", "Equals": ["AccessDenied"]},
                   {"Field": "userIdentity.arn", "EndsWith": [":root"]}, {"Field": "sessionCredentialFromConsole", "NotEquals": ["true"]},
                   {"Field": "eventType", "Equals": ["AwsApiCall"]}, {"Field": "eventName", "NotStartsWith": ["Get", "List"], "NotEndsWith": ["Tags"]}]}]
                """)).isEqualTo(EventDataStoreType.CLOUDTRAIL);
    }

    @Test
    public void testEverySelectorNeedsEventCategoryEquals()
    {
        assertInvalid("[]", "At least one advanced event selector is required");
        assertInvalid("[{\"Name\": \"empty\", \"FieldSelectors\": []}]",
                "Advanced event selector 'empty' has no field selectors; it must at least set eventCategory with Equals");
        assertInvalid("""
                [{"Name": "first", "FieldSelectors": [{"Field": "eventCategory", "Equals": ["Management"]}]},
                 {"FieldSelectors": [{"Field": "eventName", "Equals": ["PutObject"]}]}]
                """, "Advanced event selector #2 does not set eventCategory; every selector must set eventCategory with Equals, such as \"Equals\": [\"Management\"]");
        assertInvalid("[{\"Name\": \"s\", \"FieldSelectors\": [{\"Field\": \"eventCategory\", \"NotEquals\": [\"Data\"]}]}]",
                "Advanced event selector 's': field 'eventCategory' does not support NotEquals; use Equals");
        assertInvalid("[{\"Name\": \"s\", \"FieldSelectors\": [{\"Field\": \"eventCategory\", \"Equals\": [\"management\"]}]}]",
                "Advanced event selector 's': 'management' is not an event category; did you mean 'Management'?");
        assertInvalid("[{\"Name\": \"s\", \"FieldSelectors\": [{\"Field\": \"eventCategory\", \"Equals\": [\"Audit\"]}]}]",
                "Advanced event selector 's': 'Audit' is not an event category; categories are Management, Data, Insight, ConfigurationItem, Evidence, ActivityAuditLog");
    }

    @Test
    public void testOneStoreTypeOnly()
    {
        assertInvalid("[{\"Name\": \"mixed\", \"FieldSelectors\": [{\"Field\": \"eventCategory\", \"Equals\": [\"Management\", \"Insight\"]}]}]",
                "Advanced event selector 'mixed' mixes event categories of different store types (Management, Insight); an event data store holds one type of events");
        assertInvalid("""
                [{"Name": "trail", "FieldSelectors": [{"Field": "eventCategory", "Equals": ["Management"]}]},
                 {"FieldSelectors": [{"Field": "eventCategory", "Equals": ["ConfigurationItem"]}]}]
                """, "Advanced event selector #2 selects configuration items (ConfigurationItem), but Advanced event selector 'trail' selects "
                + "CloudTrail events (Management, Data); an event data store holds one type of events");
    }

    @Test
    public void testFieldNames()
    {
        assertInvalid("[{\"Name\": \"s\", \"FieldSelectors\": [{\"Field\": \"eventCategory\", \"Equals\": [\"Management\"]}, {\"Field\": \"eventname\", \"Equals\": [\"x\"]}]}]",
                "Advanced event selector 's': unknown field 'eventname'; did you mean 'eventName'?");
        assertInvalid("[{\"Name\": \"s\", \"FieldSelectors\": [{\"Field\": \"eventCategory\", \"Equals\": [\"Management\"]}, {\"Field\": \"sourceIPAddress\", \"Equals\": [\"x\"]}]}]",
                "Advanced event selector 's': unknown field 'sourceIPAddress'; fields are eventCategory, eventSource, eventName, eventType, readOnly, "
                        + "resources.type, resources.ARN, errorCode, userIdentity.arn, sessionCredentialFromConsole");
        assertInvalid("[{\"Name\": \"s\", \"FieldSelectors\": [{\"Field\": \"eventCategory\", \"Equals\": [\"Management\"]}, {\"Field\": \"eventName\"}]}]",
                "Advanced event selector 's': field 'eventName' has no operator; give one such as \"Equals\": [...]");
    }

    @Test
    public void testBooleanFields()
    {
        assertInvalid(management("{\"Field\": \"readOnly\", \"NotEquals\": [\"true\"]}"),
                "Advanced event selector 's': field 'readOnly' does not support NotEquals; use Equals with \"true\" or \"false\"");
        assertInvalid(management("{\"Field\": \"readOnly\", \"Equals\": [\"yes\"]}"),
                "Advanced event selector 's': field 'readOnly' takes \"true\" or \"false\", not 'yes'");
        assertInvalid(management("{\"Field\": \"sessionCredentialFromConsole\", \"StartsWith\": [\"t\"]}"),
                "Advanced event selector 's': field 'sessionCredentialFromConsole' does not support StartsWith; use Equals or NotEquals with \"true\" or \"false\"");
        assertThat(validateJson(management("{\"Field\": \"readOnly\", \"Equals\": [\"true\"]}"))).isEqualTo(EventDataStoreType.CLOUDTRAIL);
    }

    @Test
    public void testResourceFields()
    {
        assertInvalid(data("{\"Field\": \"resources.type\", \"Equals\": [\"AWS::S3::Bucket\"]}"),
                "Advanced event selector 's': 'AWS::S3::Bucket' is not a data event resource type (such as AWS::S3::Object or AWS::Lambda::Function)");
        assertInvalid(data("{\"Field\": \"resources.type\", \"Equals\": [\"aws::s3::object\"]}"),
                "Advanced event selector 's': 'aws::s3::object' is not a data event resource type; did you mean 'AWS::S3::Object'?");
        assertInvalid(data("{\"Field\": \"resources.type\", \"StartsWith\": [\"AWS::S3\"]}"),
                "Advanced event selector 's': field 'resources.type' does not support StartsWith; use Equals with data event resource types such as \"AWS::S3::Object\"");
        assertInvalid(data("{\"Field\": \"resources.ARN\", \"StartsWith\": [\"arn:aws:s3:::bucket/\"]}"),
                "Advanced event selector 's': field 'resources.ARN' needs 'resources.type' in the same selector to say which resources it filters");
        assertInvalid(data("{\"Field\": \"resources.type\", \"Equals\": [\"AWS::XRay::Trace\"]}, {\"Field\": \"resources.ARN\", \"StartsWith\": [\"arn:\"]}"),
                "Advanced event selector 's': resources of type 'AWS::XRay::Trace' have no ARN, so field 'resources.ARN' cannot filter them");
        assertInvalid(management("{\"Field\": \"resources.type\", \"Equals\": [\"AWS::S3::Object\"]}"),
                "Advanced event selector 's': field 'resources.type' applies to data events only; its eventCategory must be Equals [\"Data\"]");
    }

    @Test
    public void testNonCloudTrailStoresTakeEventCategoryOnly()
    {
        assertInvalid("[{\"Name\": \"s\", \"FieldSelectors\": [{\"Field\": \"eventCategory\", \"Equals\": [\"ConfigurationItem\"]}, {\"Field\": \"eventName\", \"Equals\": [\"x\"]}]}]",
                "Advanced event selector 's': field 'eventName' cannot filter configuration items (ConfigurationItem); their selectors may set eventCategory only");
        assertInvalid("[{\"Name\": \"s\", \"FieldSelectors\": [{\"Field\": \"eventCategory\", \"Equals\": [\"ActivityAuditLog\"]}, {\"Field\": \"eventSource\", \"Equals\": [\"x\"]}]}]",
                "Advanced event selector 's': field 'eventSource' cannot filter events from integrations (ActivityAuditLog); their selectors may set eventCategory only");
    }

    @Test
    public void testValueLists()
    {
        assertInvalid(management("{\"Field\": \"eventName\", \"Equals\": []}"), "Advanced event selector 's': field 'eventName' Equals has no values");
        assertInvalid(management("{\"Field\": \"eventName\", \"Equals\": [\"\"]}"), "Advanced event selector 's': field 'eventName' Equals has an empty value");
        assertInvalid(management("{\"Field\": \"eventName\", \"Equals\": [\"a\", \"b\", \"a\"]}"), "Advanced event selector 's': field 'eventName' Equals lists 'a' twice");
        assertInvalid(management("{\"Field\": \"eventName\", \"Equals\": [\"" + "x".repeat(2049) + "\"]}"),
                "Advanced event selector 's': field 'eventName' Equals has a value longer than 2048 characters");
    }

    @Test
    public void testConflictingConditions()
    {
        assertInvalid(management("{\"Field\": \"eventName\", \"StartsWith\": [\"Get\"]}, {\"Field\": \"eventName\", \"StartsWith\": [\"List\"]}"),
                "Advanced event selector 's': field 'eventName' has StartsWith twice; put all its values in one list");
        assertInvalid(management("{\"Field\": \"eventName\", \"Equals\": [\"GetObject\", \"PutObject\"]}, {\"Field\": \"eventName\", \"NotEquals\": [\"PutObject\"]}"),
                "Advanced event selector 's': field 'eventName' lists 'PutObject' under both Equals and NotEquals");
        // The same field with different operators in two field selectors is a conjunction, which is fine
        assertThat(validateJson(management("{\"Field\": \"eventName\", \"StartsWith\": [\"Get\"]}, {\"Field\": \"eventName\", \"NotEquals\": [\"GetObject\"]}")))
                .isEqualTo(EventDataStoreType.CLOUDTRAIL);
    }

    @Test
    public void testAtMost500ConditionValues()
    {
        // eventCategory takes one value; 499 event names make 500
        assertThat(validate(List.of(selectorWithEventNames(499)))).isEqualTo(EventDataStoreType.CLOUDTRAIL);
        assertTarnExceptionThrownBy(() -> validate(List.of(selectorWithEventNames(250), selectorWithEventNames(250))), INVALID_EVENT_SELECTORS)
                .hasMessage("Advanced event selectors have 502 condition values in total; at most 500 are allowed");
    }

    @Test
    public void testSelectorNameLength()
    {
        AdvancedEventSelector selector = new AdvancedEventSelector(Optional.of("n".repeat(1001)), List.of(FieldSelector.of("eventCategory", SelectorOperator.EQUALS, "Data")));
        assertTarnExceptionThrownBy(() -> validate(List.of(selector)), INVALID_EVENT_SELECTORS)
                .hasMessageEndingWith(": the name is longer than 1000 characters");
    }

    private static AdvancedEventSelector selectorWithEventNames(int count)
    {
        String[] names = IntStream.range(0, count).mapToObj(index -> "Event" + index).toArray(String[]::new);
        return new AdvancedEventSelector(Optional.empty(), List.of(
                FieldSelector.of("eventCategory", SelectorOperator.EQUALS, "Management"),
                FieldSelector.of("eventName", SelectorOperator.EQUALS, names)));
    }

    private static String management(String fieldSelectors)
    {
        return "[{\"Name\": \"s\", \"FieldSelectors\": [{\"Field\": \"eventCategory\", \"Equals\": [\"Management\"]}, " + fieldSelectors + "]}]";
    }

    private static String data(String fieldSelectors)
    {
        return "[{\"Name\": \"s\", \"FieldSelectors\": [{\"Field\": \"eventCategory\", \"Equals\": [\"Data\"]}, " + fieldSelectors + "]}]";
    }

    private static EventDataStoreType validateJson(String json)
    {
        return validate(AdvancedEventSelectors.parse(json));
    }

    private static void assertInvalid(String json, String message)
    {
        List<AdvancedEventSelector> selectors = AdvancedEventSelectors.parse(json);
        assertTarnExceptionThrownBy(() -> validate(selectors), INVALID_EVENT_SELECTORS).hasMessage(message);
    }
}
