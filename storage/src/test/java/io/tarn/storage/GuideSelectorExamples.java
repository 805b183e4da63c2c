package io.tarn.storage;

/**
 * The advanced event selectors the guide shows for event data stores, verbatim from spec 3.5.
 */
public final class GuideSelectorExamples
{
    // L11541-11550
    public static final String ALL_S3_DATA_EVENTS = """
            [{"Name": "Select all S3 data events", "FieldSelectors": [
               { "Field": "eventCategory", "Equals": ["Data"] },
               { "Field": "resources.type", "Equals": ["AWS::S3::Object"] },
               { "Field": "resources.ARN", "StartsWith": ["arn:aws:s3"] } ]}]
            """;

    // L12300-12335; "bucketName" stands for a bucket
    public static final String DELETE_OBJECT_FOR_BUCKET = """
            [{"Name": "Log DeleteObject API calls for a specific S3 bucket", "FieldSelectors": [
               { "Field": "eventCategory", "Equals": ["Data"] },
               { "Field": "eventName", "Equals": ["DeleteObject"] },
               { "Field": "resources.ARN", "StartsWith": ["arn:aws:s3:::bucketName"] },
               { "Field": "readOnly", "Equals": ["false"] },
               { "Field": "resources.type", "Equals": ["AWS::S3::Object"] } ]}]
            """;

    // L22178-22192
    public static final String S3_BUCKET = """
            [{"Name": "S3EventSelector", "FieldSelectors": [
               { "Field": "eventCategory", "Equals": ["Data"] },
               { "Field": "resources.type", "Equals": ["AWS::S3::Object"] },
               { "Field": "resources.ARN", "StartsWith": ["arn:partition:s3:::bucket_name/"] } ]}]
            """;

    // L22236-22246
    public static final String S3_OUTPOSTS = """
            [{"Name": "OutpostsEventSelector", "FieldSelectors": [
               { "Field": "eventCategory", "Equals": ["Data"] },
               { "Field": "resources.type", "Equals": ["AWS::S3Outposts::Object"] } ]}]
            """;

    // L19676-19680
    public static final String MANAGEMENT_WITHOUT_KMS = """
            [{"Name": "Management events selector", "FieldSelectors": [
               {"Field": "eventCategory","Equals": ["Management"]},
               {"Field": "eventSource","NotEquals": ["kms.amazonaws.com"]} ]}]
            """;

    // L11604-11615
    public static final String CONFIGURATION_ITEMS = """
            [{"Name": "Select AWS Config configuration items", "FieldSelectors": [ { "Field": "eventCategory", "Equals": ["ConfigurationItem"] } ]}]
            """;

    // L11701-11708
    public static final String INSIGHTS = """
            [{"Name": "Select Insights events", "FieldSelectors": [ { "Field": "eventCategory", "Equals": ["Insight"] } ]}]
            """;

    // L12048-12056
    public static final String EXTERNAL_EVENTS = """
            [{"Name": "Select all external events", "FieldSelectors": [ { "Field": "eventCategory", "Equals": ["ActivityAuditLog"] } ]}]
            """;

    private GuideSelectorExamples() {}
}
