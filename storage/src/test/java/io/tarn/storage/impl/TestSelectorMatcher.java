package io.tarn.storage.impl;

import io.tarn.storage.AdvancedEventSelector;
import io.tarn.storage.AdvancedEventSelectors;
import io.tarn.storage.EventCategory;
import io.tarn.storage.GuideSelectorExamples;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matcher against real events (see {@code selector-events/README.md}). Expected counts come from jq
 * over the same files, given beside each assertion.
 */
public class TestSelectorMatcher
{
    private static final String DIRECTORY = "selector-events/";
    // 178 management events of an attack simulation: S3, IAM, EC2, KMS, SSM, STS, CloudTrail
    private static final List<TestingJsonEvent> INVICTUS = Stream.of(
                    "218007301253_CloudTrail_us-east-1_20230710T1145Z_7xgocspSowgK0Gto.json",
                    "218007301253_CloudTrail_us-east-1_20230710T1205Z_UljXNp9xLp8nsAGc.json",
                    "218007301253_CloudTrail_us-east-1_20230710T1205Z_dOIWyEekdNWhkpqY.json",
                    "218007301253_CloudTrail_us-east-1_20230710T1230Z_ZtUNbBkwAu98FPZb.json")
            .flatMap(file -> TestingJsonEvent.load(DIRECTORY + file).stream())
            .toList();
    // 94 management events and 9 S3 data events (2 GetObject, 7 ListObjects)
    private static final List<TestingJsonEvent> OTRF = TestingJsonEvent.load(DIRECTORY + "ec2_proxy_s3_exfiltration_2020-09-14011940.json");

    @Test
    public void testDefaultSelectorsByCategory()
    {
        assertThat(INVICTUS).hasSize(178);
        assertThat(count(List.of(AdvancedEventSelector.allEventsOf(EventCategory.MANAGEMENT)), INVICTUS)).isEqualTo(178);
        assertThat(count(List.of(AdvancedEventSelector.allEventsOf(EventCategory.DATA)), INVICTUS)).isZero();
        assertThat(count(List.of(AdvancedEventSelector.allEventsOf(EventCategory.INSIGHT)), INVICTUS)).isZero();
        assertThat(count(List.of(AdvancedEventSelector.allEventsOf(EventCategory.MANAGEMENT)), OTRF)).isEqualTo(94);
        assertThat(count(List.of(AdvancedEventSelector.allEventsOf(EventCategory.DATA)), OTRF)).isEqualTo(9);
    }

    @Test
    public void testGuideExcludeKmsEvents()
    {
        // Spec 3.5 (L19676-19680); jq '.Records[] | select(.eventSource != "kms.amazonaws.com")' -> 174
        assertThat(count(GuideSelectorExamples.MANAGEMENT_WITHOUT_KMS, INVICTUS)).isEqualTo(174);
    }

    @Test
    public void testGuideAllS3DataEvents()
    {
        // Spec 3.5 (L11541-11550): the object resources of GetObject carry an ARN, those of ListObjects an ARNPrefix;
        // jq 'select(.eventCategory == "Data" and any(.resources[]?; .type == "AWS::S3::Object"))' -> 9
        String selectors = GuideSelectorExamples.ALL_S3_DATA_EVENTS;
        assertThat(matching(selectors, OTRF)).hasSize(9).allMatch(name -> name.equals("GetObject") || name.equals("ListObjects"));
        assertThat(count(selectors, INVICTUS)).isZero();
    }

    @Test
    public void testBucketPrefixAndObjectArn()
    {
        // Spec 3.5 (L22178-22192) with the bucket of the data set: every object event of the bucket
        assertThat(count(s3Objects("\"StartsWith\": [\"arn:aws:s3:::mordors3stack-s3bucket-llp2yingx64a/\"]"), OTRF)).isEqualTo(9);
        assertThat(count(s3Objects("\"StartsWith\": [\"arn:aws:s3:::another-bucket/\"]"), OTRF)).isZero();
        // One object: jq 'select(any(.resources[]?; .ARN == ".../ring.txt"))' -> 2 GetObject
        assertThat(matching(s3Objects("\"Equals\": [\"arn:aws:s3:::mordors3stack-s3bucket-llp2yingx64a/ring.txt\"]"), OTRF))
                .containsExactly("GetObject", "GetObject");
        // Everything but that object: the 7 ListObjects, whose prefix is the bucket's
        assertThat(matching(s3Objects("\"NotStartsWith\": [\"arn:aws:s3:::mordors3stack-s3bucket-llp2yingx64a/ring\"]"), OTRF))
                .hasSize(7).containsOnly("ListObjects");
    }

    @Test
    public void testResourceArnAppliesToResourcesOfTheSelectedType()
    {
        // Each of the 9 events also names the bucket, as an AWS::S3::Bucket resource: not an AWS::S3::Object, so it does not count
        assertThat(count(s3Objects("\"Equals\": [\"arn:aws:s3:::mordors3stack-s3bucket-llp2yingx64a\"]"), OTRF)).isZero();
        // A negative condition holds when no object resource violates it, whatever the bucket resource says
        assertThat(count(s3Objects("\"NotEquals\": [\"arn:aws:s3:::mordors3stack-s3bucket-llp2yingx64a\"]"), OTRF)).isEqualTo(9);
    }

    @Test
    public void testGuideDeleteObjectForOneBucket()
    {
        // Spec 3.5 (L12300-12335) with the bucket of the Panther fixture: DeleteObject matches, ListBucket does not
        List<TestingJsonEvent> events = TestingJsonEvent.load(DIRECTORY + "aws_s3_delete_object.jsonl");
        assertThat(matching(GuideSelectorExamples.DELETE_OBJECT_FOR_BUCKET.replace("bucketName", "example-bucket"), events)).containsExactly("DeleteObject");
        assertThat(count(GuideSelectorExamples.DELETE_OBJECT_FOR_BUCKET, events)).isZero();
    }

    @Test
    public void testGuideOutpostsSelector()
    {
        // Spec 3.5 (L22236-22246): the one S3 on Outposts data event of the AWS documentation examples
        List<TestingJsonEvent> events = TestingJsonEvent.load(DIRECTORY + "cloudtrail-logging-understanding-s3-entries.jsonl");
        assertThat(matching(GuideSelectorExamples.S3_OUTPOSTS, events)).containsExactly("PutObject");
    }

    @Test
    public void testReadOnlyAndMissingValues()
    {
        // jq '.Records[] | select(.readOnly == false)' -> 35
        assertThat(count(management("{\"Field\": \"readOnly\", \"Equals\": [\"false\"]}"), INVICTUS)).isEqualTo(35);
        // 90 OTRF records lack readOnly; jq 'select(.readOnly == true and .eventCategory == null)' -> 4
        assertThat(count(management("{\"Field\": \"readOnly\", \"Equals\": [\"true\"]}"), OTRF)).isEqualTo(4);
        assertThat(count(management("{\"Field\": \"readOnly\", \"Equals\": [\"false\"]}"), OTRF)).isZero();
    }

    @Test
    public void testErrorCodes()
    {
        // jq '.Records[] | select(.errorCode == "AccessDenied" or .errorCode == "Client.UnauthorizedOperation")' -> 17
        assertThat(count(management("{\"Field\": \"errorCode\", \"Equals\": [\"AccessDenied\", \"Client.UnauthorizedOperation\"]}"), INVICTUS)).isEqualTo(17);
        // Events without an errorCode pass a negative condition: jq 'select(.errorCode != "Client.UnauthorizedOperation")' -> 163
        assertThat(count(management("{\"Field\": \"errorCode\", \"NotEquals\": [\"Client.UnauthorizedOperation\"]}"), INVICTUS)).isEqualTo(163);
    }

    @Test
    public void testStartsWithAndEndsWith()
    {
        // jq 'select((.userIdentity.arn // "") | startswith("arn:aws:sts::"))' -> 15
        assertThat(count(management("{\"Field\": \"userIdentity.arn\", \"StartsWith\": [\"arn:aws:sts::\"]}"), INVICTUS)).isEqualTo(15);
        assertThat(count(management("{\"Field\": \"userIdentity.arn\", \"EndsWith\": [\":user/benjamin\"]}"), INVICTUS)).isEqualTo(31);
        // jq 'select((.eventName | (startswith("Get") or startswith("List") or startswith("Describe"))) | not)' -> 46
        assertThat(count(management("{\"Field\": \"eventName\", \"NotStartsWith\": [\"Get\", \"List\", \"Describe\"]}"), INVICTUS)).isEqualTo(46);
        // jq 'select(.eventName | endswith("Policy"))' -> 8
        assertThat(count(management("{\"Field\": \"eventName\", \"EndsWith\": [\"Policy\"]}"), INVICTUS)).isEqualTo(8);
        // jq 'select(.readOnly == false and ((.eventName | endswith("Policy")) | not))' -> 28
        assertThat(count(management("{\"Field\": \"readOnly\", \"Equals\": [\"false\"]}, {\"Field\": \"eventName\", \"NotEndsWith\": [\"Policy\"]}"), INVICTUS)).isEqualTo(28);
        // jq 'select(.sessionCredentialFromConsole != "true")' -> 176
        assertThat(count(management("{\"Field\": \"sessionCredentialFromConsole\", \"NotEquals\": [\"true\"]}"), INVICTUS)).isEqualTo(176);
        assertThat(count(management("{\"Field\": \"eventType\", \"Equals\": [\"AwsApiCall\"]}"), INVICTUS)).isEqualTo(178);
    }

    @Test
    public void testAnySelectorMatches()
    {
        // IAM writes (14) or S3 Put calls (5), no event is both: jq -> 19
        assertThat(count("""
                [{"Name": "IAM changes", "FieldSelectors": [{"Field": "eventCategory", "Equals": ["Management"]},
                   {"Field": "eventSource", "Equals": ["iam.amazonaws.com"]}, {"Field": "readOnly", "Equals": ["false"]}]},
                 {"Name": "S3 puts", "FieldSelectors": [{"Field": "eventCategory", "Equals": ["Management"]},
                   {"Field": "eventSource", "Equals": ["s3.amazonaws.com"]}, {"Field": "eventName", "StartsWith": ["Put"]}]}]
                """, INVICTUS)).isEqualTo(19);
    }

    private static String management(String fieldSelectors)
    {
        return "[{\"FieldSelectors\": [{\"Field\": \"eventCategory\", \"Equals\": [\"Management\"]}, " + fieldSelectors + "]}]";
    }

    private static String s3Objects(String arnCondition)
    {
        return "[{\"FieldSelectors\": [{\"Field\": \"eventCategory\", \"Equals\": [\"Data\"]}, {\"Field\": \"resources.type\", \"Equals\": [\"AWS::S3::Object\"]}, "
                + "{\"Field\": \"resources.ARN\", " + arnCondition + "}]}]";
    }

    private static long count(String selectors, List<TestingJsonEvent> events)
    {
        return count(AdvancedEventSelectors.parse(selectors), events);
    }

    private static long count(List<AdvancedEventSelector> selectors, List<TestingJsonEvent> events)
    {
        SelectorMatcher matcher = SelectorMatcher.compile(selectors);
        return events.stream().filter(matcher::matches).count();
    }

    private static List<String> matching(String selectors, List<TestingJsonEvent> events)
    {
        SelectorMatcher matcher = SelectorMatcher.compile(AdvancedEventSelectors.parse(selectors));
        return events.stream().filter(matcher::matches).map(TestingJsonEvent::eventName).toList();
    }
}
