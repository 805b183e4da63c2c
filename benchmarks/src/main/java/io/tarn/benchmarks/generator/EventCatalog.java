package io.tarn.benchmarks.generator;

import com.google.common.collect.ImmutableList;
import io.tarn.benchmarks.generator.EventKind.Actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event kinds the generator draws from: over three hundred API events of about forty services, ranked
 * by how often real trails record them. The most frequent are listed by hand (S3 object reads, KMS
 * decryption, role assumption...); the rest follow, services interleaved. Frequencies fall off as
 * {@code 1 / rank^}{@value #ZIPF_EXPONENT}.
 */
final class EventCatalog
{
    static final double ZIPF_EXPONENT = 1.05;

    private static final String[] READ_ONLY_PREFIXES = {
            "Get", "List", "Describe", "Head", "Lookup", "Search", "Filter", "Check", "Validate", "Select", "BatchGet",
            "Query", "Scan", "Decrypt", "Encrypt", "GenerateDataKey", "GenerateRandom", "GenerateMac", "Sign", "Verify",
            "ReEncrypt", "Assume", "Decode", "Discover", "Receive", "Access",
    };

    /**
     * The most frequent events in order, as {@code service:EventName}.
     */
    private static final List<String> MOST_FREQUENT = List.of(
            "s3:GetObject", "kms:Decrypt", "sts:AssumeRole", "s3:PutObject", "ec2:DescribeInstances", "s3:HeadObject",
            "kms:GenerateDataKey", "lambda:Invoke", "dynamodb:GetItem", "s3:ListObjects", "sts:GetCallerIdentity",
            "logs:CreateLogStream", "ssm:GetParameter", "dynamodb:Query", "secretsmanager:GetSecretValue",
            "ecr:GetAuthorizationToken", "dynamodb:PutItem", "s3:DeleteObject", "ec2:DescribeSecurityGroups",
            "iam:GetRole", "sqs:ReceiveMessage", "sqs:SendMessage", "ecr:BatchGetImage", "sns:Publish",
            "ecs:DescribeTasks", "s3:GetBucketAcl", "ec2:DescribeVolumes", "kms:DescribeKey", "sts:AssumeRoleWithWebIdentity",
            "cloudtrail:LookupEvents", "ec2:DescribeNetworkInterfaces", "monitoring:GetMetricData", "s3:GetBucketLocation",
            "ssm:GetParameters", "dynamodb:UpdateItem", "ecr:GetDownloadUrlForLayer", "kinesis:PutRecords",
            "ec2:DescribeSubnets", "logs:DescribeLogGroups", "signin:ConsoleLogin", "iam:ListRoles", "ec2:CreateTags",
            "s3:CopyObject", "sqs:DeleteMessage", "ecs:ListTasks", "ssm:UpdateInstanceInformation", "sso:GetRoleCredentials",
            "kms:Encrypt", "iam:ListAttachedRolePolicies", "ec2:DescribeImages", "cloudformation:DescribeStacks",
            "eks:DescribeCluster", "autoscaling:DescribeAutoScalingGroups", "elasticloadbalancing:DescribeTargetHealth",
            "s3:ListBuckets", "sts:AssumeRoleWithSAML", "ec2:RunInstances", "iam:CreateAccessKey", "iam:AttachRolePolicy",
            "s3:PutBucketPolicy");

    private final List<EventKind> kinds;
    private final WeightedChoice<EventKind> choice;

    private EventCatalog(List<EventKind> kinds)
    {
        this.kinds = ImmutableList.copyOf(kinds);
        this.choice = WeightedChoice.zipf(kinds, ZIPF_EXPONENT);
    }

    static EventCatalog create()
    {
        Map<String, List<EventKind>> byService = new LinkedHashMap<>();
        Builder builder = new Builder(byService);
        describeServices(builder);

        Map<String, EventKind> byName = new LinkedHashMap<>();
        byService.values().forEach(list -> list.forEach(kind -> byName.put(kind.service() + ":" + kind.eventName(), kind)));
        List<EventKind> ranked = new ArrayList<>();
        for (String name : MOST_FREQUENT) {
            EventKind kind = byName.remove(name);
            if (kind == null) {
                throw new IllegalStateException("Unknown frequent event: " + name);
            }
            ranked.add(kind);
        }
        // the rest: services interleaved, each service's events in the order they are listed
        List<List<EventKind>> remaining = new ArrayList<>();
        for (List<EventKind> list : byService.values()) {
            List<EventKind> left = new ArrayList<>();
            for (EventKind kind : list) {
                if (byName.containsKey(kind.service() + ":" + kind.eventName())) {
                    left.add(kind);
                }
            }
            remaining.add(left);
        }
        for (int index = 0; ; index++) {
            boolean any = false;
            for (List<EventKind> left : remaining) {
                if (index < left.size()) {
                    ranked.add(left.get(index));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return new EventCatalog(ranked);
    }

    List<EventKind> kinds()
    {
        return kinds;
    }

    EventKind next(java.util.SplittableRandom random)
    {
        return choice.next(random);
    }

    static boolean isReadOnly(String eventName)
    {
        for (String prefix : READ_ONLY_PREFIXES) {
            if (eventName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static void describeServices(Builder builder)
    {
        builder.service("s3", false)
                .data("GetObject", Shape.S3_OBJECT).data("PutObject", Shape.S3_OBJECT).data("HeadObject", Shape.S3_OBJECT)
                .data("DeleteObject", Shape.S3_OBJECT).data("ListObjects", Shape.S3_LIST_OBJECTS).data("CopyObject", Shape.S3_OBJECT_COPY)
                .data("CreateMultipartUpload", Shape.S3_MULTIPART).data("UploadPart", Shape.S3_MULTIPART)
                .data("CompleteMultipartUpload", Shape.S3_MULTIPART).data("DeleteObjects", Shape.S3_OBJECTS_DELETE)
                .data("GetObjectTagging", Shape.S3_OBJECT).data("PutObjectTagging", Shape.S3_OBJECT).data("GetObjectAcl", Shape.S3_OBJECT)
                .data("PutObjectAcl", Shape.S3_OBJECT).data("ListObjectVersions", Shape.S3_LIST_OBJECTS).data("RestoreObject", Shape.S3_OBJECT)
                .management("ListBuckets", Shape.S3_LIST_BUCKETS).management("GetBucketAcl", Shape.S3_BUCKET)
                .management("GetBucketLocation", Shape.S3_BUCKET).management("GetBucketPolicy", Shape.S3_BUCKET)
                .management("GetBucketVersioning", Shape.S3_BUCKET).management("GetBucketEncryption", Shape.S3_BUCKET)
                .management("GetBucketPublicAccessBlock", Shape.S3_BUCKET).management("GetBucketTagging", Shape.S3_BUCKET)
                .management("GetBucketLogging", Shape.S3_BUCKET).management("GetBucketLifecycle", Shape.S3_BUCKET)
                .management("GetBucketCors", Shape.S3_BUCKET).management("GetBucketReplication", Shape.S3_BUCKET)
                .management("GetBucketOwnershipControls", Shape.S3_BUCKET).management("HeadBucket", Shape.S3_BUCKET)
                .management("PutBucketPolicy", Shape.S3_BUCKET_POLICY).management("PutBucketAcl", Shape.S3_BUCKET)
                .management("PutBucketTagging", Shape.S3_BUCKET).management("PutBucketEncryption", Shape.S3_BUCKET)
                .management("PutBucketPublicAccessBlock", Shape.S3_BUCKET).management("PutBucketVersioning", Shape.S3_BUCKET)
                .management("PutBucketLifecycle", Shape.S3_BUCKET).management("CreateBucket", Shape.S3_BUCKET)
                .management("DeleteBucket", Shape.S3_BUCKET).management("DeleteBucketPolicy", Shape.S3_BUCKET);
        builder.service("sts", true)
                .management("AssumeRole", Shape.STS_ASSUME_ROLE, Actors.MOSTLY_SERVICES)
                .management("GetCallerIdentity", Shape.STS_CALLER_IDENTITY)
                .management("AssumeRoleWithWebIdentity", Shape.STS_ASSUME_ROLE_WEB_IDENTITY, Actors.WEB_IDENTITY_USERS)
                .management("AssumeRoleWithSAML", Shape.STS_ASSUME_ROLE_SAML, Actors.SAML_USERS)
                .management("GetSessionToken", Shape.STS_SESSION_TOKEN, Actors.IAM_USERS)
                .management("GetFederationToken", Shape.STS_FEDERATION_TOKEN, Actors.IAM_USERS)
                .management("DecodeAuthorizationMessage", Shape.GENERIC).management("GetAccessKeyInfo", Shape.GENERIC);
        builder.service("kms", false)
                .management("Decrypt", Shape.KMS_CRYPTO, Actors.MOSTLY_SERVICES).management("GenerateDataKey", Shape.KMS_CRYPTO, Actors.MOSTLY_SERVICES)
                .management("Encrypt", Shape.KMS_CRYPTO).management("DescribeKey", Shape.KMS_KEY).management("ListAliases", Shape.GENERIC)
                .management("ListKeys", Shape.GENERIC).management("GetKeyPolicy", Shape.KMS_KEY).management("GetKeyRotationStatus", Shape.KMS_KEY)
                .management("ReEncrypt", Shape.KMS_CRYPTO).management("GenerateDataKeyWithoutPlaintext", Shape.KMS_CRYPTO)
                .management("CreateKey", Shape.GENERIC).management("ScheduleKeyDeletion", Shape.KMS_KEY).management("DisableKey", Shape.KMS_KEY)
                .management("EnableKey", Shape.KMS_KEY).management("CreateGrant", Shape.KMS_KEY).management("RetireGrant", Shape.KMS_KEY)
                .management("ListGrants", Shape.KMS_KEY).management("PutKeyPolicy", Shape.KMS_KEY).management("Sign", Shape.KMS_KEY)
                .management("Verify", Shape.KMS_KEY).management("CreateAlias", Shape.GENERIC).management("TagResource", Shape.KMS_KEY)
                .serviceEvent("RotateKey", Shape.KMS_SERVICE_EVENT).serviceEvent("DeleteExpiredKeyMaterial", Shape.KMS_SERVICE_EVENT);
        builder.service("ec2", false)
                .management("DescribeInstances", Shape.EC2_DESCRIBE_INSTANCES).management("DescribeSecurityGroups", Shape.EC2_DESCRIBE_FILTERED)
                .management("DescribeVolumes", Shape.EC2_DESCRIBE_FILTERED).management("DescribeNetworkInterfaces", Shape.EC2_DESCRIBE_FILTERED)
                .management("DescribeSubnets", Shape.EC2_DESCRIBE_FILTERED).management("DescribeImages", Shape.EC2_DESCRIBE_FILTERED)
                .management("DescribeVpcs", Shape.EC2_DESCRIBE_FILTERED).management("DescribeSnapshots", Shape.EC2_DESCRIBE_FILTERED)
                .management("DescribeRegions", Shape.GENERIC).management("DescribeAvailabilityZones", Shape.GENERIC)
                .management("DescribeInstanceStatus", Shape.EC2_DESCRIBE_INSTANCES).management("DescribeTags", Shape.EC2_DESCRIBE_FILTERED)
                .management("DescribeAddresses", Shape.EC2_DESCRIBE_FILTERED).management("DescribeRouteTables", Shape.EC2_DESCRIBE_FILTERED)
                .management("DescribeKeyPairs", Shape.GENERIC).management("DescribeLaunchTemplates", Shape.GENERIC)
                .management("DescribeInstanceTypes", Shape.GENERIC).management("RunInstances", Shape.EC2_RUN_INSTANCES)
                .management("StartInstances", Shape.EC2_INSTANCE_STATE).management("StopInstances", Shape.EC2_INSTANCE_STATE)
                .management("TerminateInstances", Shape.EC2_INSTANCE_STATE).management("RebootInstances", Shape.EC2_INSTANCE_STATE)
                .management("CreateTags", Shape.EC2_CREATE_TAGS).management("DeleteTags", Shape.EC2_CREATE_TAGS)
                .management("CreateSecurityGroup", Shape.GENERIC).management("AuthorizeSecurityGroupIngress", Shape.EC2_SECURITY_GROUP_RULE)
                .management("RevokeSecurityGroupIngress", Shape.EC2_SECURITY_GROUP_RULE)
                .management("AuthorizeSecurityGroupEgress", Shape.EC2_SECURITY_GROUP_RULE)
                .management("CreateVolume", Shape.EC2_VOLUME).management("AttachVolume", Shape.EC2_VOLUME).management("DetachVolume", Shape.EC2_VOLUME)
                .management("DeleteVolume", Shape.EC2_VOLUME).management("CreateSnapshot", Shape.EC2_VOLUME)
                .management("DeleteSnapshot", Shape.GENERIC).management("ModifySnapshotAttribute", Shape.EC2_SNAPSHOT_ATTRIBUTE)
                .management("CreateKeyPair", Shape.GENERIC).management("ImportKeyPair", Shape.GENERIC).management("AllocateAddress", Shape.GENERIC)
                .management("AssociateAddress", Shape.GENERIC).management("CreateNetworkInterface", Shape.GENERIC)
                .management("DeleteNetworkInterface", Shape.GENERIC).management("ModifyInstanceAttribute", Shape.EC2_INSTANCE_STATE)
                .management("GetConsoleOutput", Shape.EC2_INSTANCE_STATE).management("GetPasswordData", Shape.EC2_INSTANCE_STATE)
                .management("CreateLaunchTemplateVersion", Shape.GENERIC);
        builder.service("iam", true)
                .management("GetRole", Shape.IAM_ROLE).management("ListRoles", Shape.IAM_LIST).management("ListAttachedRolePolicies", Shape.IAM_ROLE)
                .management("GetUser", Shape.IAM_USER).management("ListUsers", Shape.IAM_LIST).management("ListPolicies", Shape.IAM_LIST)
                .management("GetPolicy", Shape.IAM_POLICY_ATTACHMENT).management("GetPolicyVersion", Shape.IAM_POLICY_ATTACHMENT)
                .management("ListAttachedUserPolicies", Shape.IAM_USER).management("ListRolePolicies", Shape.IAM_ROLE)
                .management("GetRolePolicy", Shape.IAM_ROLE).management("ListAccessKeys", Shape.IAM_USER)
                .management("GetAccessKeyLastUsed", Shape.IAM_ACCESS_KEY).management("ListGroups", Shape.IAM_LIST)
                .management("ListGroupsForUser", Shape.IAM_USER).management("ListMFADevices", Shape.IAM_USER)
                .management("GetAccountAuthorizationDetails", Shape.IAM_LIST).management("GetAccountSummary", Shape.GENERIC)
                .management("ListInstanceProfiles", Shape.IAM_LIST).management("GenerateCredentialReport", Shape.GENERIC)
                .management("GetCredentialReport", Shape.GENERIC).management("CreateUser", Shape.IAM_CREATE_USER, Actors.PEOPLE)
                .management("DeleteUser", Shape.IAM_USER, Actors.PEOPLE).management("CreateRole", Shape.IAM_CREATE_ROLE)
                .management("DeleteRole", Shape.IAM_ROLE).management("AttachRolePolicy", Shape.IAM_POLICY_ATTACHMENT)
                .management("DetachRolePolicy", Shape.IAM_POLICY_ATTACHMENT).management("AttachUserPolicy", Shape.IAM_POLICY_ATTACHMENT, Actors.PEOPLE)
                .management("DetachUserPolicy", Shape.IAM_POLICY_ATTACHMENT).management("PutRolePolicy", Shape.IAM_INLINE_POLICY)
                .management("PutUserPolicy", Shape.IAM_INLINE_POLICY, Actors.PEOPLE).management("CreatePolicy", Shape.IAM_INLINE_POLICY)
                .management("CreatePolicyVersion", Shape.IAM_INLINE_POLICY).management("DeletePolicy", Shape.IAM_POLICY_ATTACHMENT)
                .management("CreateAccessKey", Shape.IAM_CREATE_ACCESS_KEY, Actors.PEOPLE).management("DeleteAccessKey", Shape.IAM_ACCESS_KEY)
                .management("UpdateAccessKey", Shape.IAM_ACCESS_KEY).management("CreateLoginProfile", Shape.IAM_USER, Actors.PEOPLE)
                .management("UpdateLoginProfile", Shape.IAM_USER, Actors.PEOPLE).management("AddUserToGroup", Shape.IAM_USER, Actors.PEOPLE)
                .management("UpdateAssumeRolePolicy", Shape.IAM_INLINE_POLICY).management("TagRole", Shape.IAM_ROLE)
                .management("CreateServiceLinkedRole", Shape.GENERIC).management("DeactivateMFADevice", Shape.IAM_USER, Actors.PEOPLE)
                .management("EnableMFADevice", Shape.IAM_USER, Actors.PEOPLE).management("CreateVirtualMFADevice", Shape.GENERIC, Actors.PEOPLE);
        builder.service("lambda", false)
                .data("Invoke", Shape.LAMBDA_INVOKE)
                .management("GetFunction", Shape.LAMBDA_FUNCTION).management("ListFunctions20150331", Shape.GENERIC)
                .management("GetFunctionConfiguration", Shape.LAMBDA_FUNCTION).management("UpdateFunctionCode20150331v2", Shape.LAMBDA_FUNCTION)
                .management("UpdateFunctionConfiguration20150331v2", Shape.LAMBDA_FUNCTION)
                .management("CreateFunction20150331", Shape.LAMBDA_FUNCTION).management("DeleteFunction20150331", Shape.LAMBDA_FUNCTION)
                .management("AddPermission20150331v2", Shape.LAMBDA_FUNCTION).management("ListEventSourceMappings20150331", Shape.GENERIC)
                .management("CreateEventSourceMapping20150331", Shape.LAMBDA_FUNCTION).management("GetPolicy20150331v2", Shape.LAMBDA_FUNCTION)
                .management("PublishVersion20150331", Shape.LAMBDA_FUNCTION).management("ListTags20170331", Shape.LAMBDA_FUNCTION)
                .management("GetAccountSettings20160819", Shape.GENERIC);
        builder.service("logs", false)
                .management("CreateLogStream", Shape.LOGS_STREAM, Actors.MOSTLY_SERVICES).management("DescribeLogGroups", Shape.GENERIC)
                .management("CreateLogGroup", Shape.LOGS_GROUP).management("DescribeLogStreams", Shape.LOGS_GROUP)
                .management("FilterLogEvents", Shape.LOGS_GROUP).management("GetLogEvents", Shape.LOGS_STREAM)
                .management("PutRetentionPolicy", Shape.LOGS_GROUP).management("DeleteLogGroup", Shape.LOGS_GROUP)
                .management("PutSubscriptionFilter", Shape.LOGS_GROUP).management("StartQuery", Shape.LOGS_QUERY)
                .management("GetQueryResults", Shape.GENERIC).management("DescribeSubscriptionFilters", Shape.LOGS_GROUP)
                .management("PutMetricFilter", Shape.LOGS_GROUP).management("TagLogGroup", Shape.LOGS_GROUP);
        builder.service("dynamodb", false)
                .data("GetItem", Shape.DYNAMODB_ITEM).data("Query", Shape.DYNAMODB_QUERY).data("PutItem", Shape.DYNAMODB_ITEM)
                .data("UpdateItem", Shape.DYNAMODB_ITEM).data("DeleteItem", Shape.DYNAMODB_ITEM).data("BatchGetItem", Shape.DYNAMODB_TABLE)
                .data("BatchWriteItem", Shape.DYNAMODB_TABLE).data("Scan", Shape.DYNAMODB_QUERY)
                .management("DescribeTable", Shape.DYNAMODB_TABLE).management("ListTables", Shape.GENERIC)
                .management("CreateTable", Shape.DYNAMODB_TABLE).management("DeleteTable", Shape.DYNAMODB_TABLE)
                .management("UpdateTable", Shape.DYNAMODB_TABLE).management("DescribeContinuousBackups", Shape.DYNAMODB_TABLE)
                .management("DescribeTimeToLive", Shape.DYNAMODB_TABLE).management("ListTagsOfResource", Shape.DYNAMODB_TABLE)
                .management("CreateBackup", Shape.DYNAMODB_TABLE);
        builder.service("ssm", false)
                .management("GetParameter", Shape.SSM_PARAMETER).management("GetParameters", Shape.SSM_PARAMETER)
                .management("UpdateInstanceInformation", Shape.GENERIC).management("GetParametersByPath", Shape.SSM_PARAMETERS_BY_PATH)
                .management("PutParameter", Shape.SSM_PUT_PARAMETER).management("DescribeParameters", Shape.GENERIC)
                .management("DeleteParameter", Shape.SSM_PARAMETER).management("DescribeInstanceInformation", Shape.GENERIC)
                .management("SendCommand", Shape.SSM_SEND_COMMAND).management("GetCommandInvocation", Shape.GENERIC)
                .management("ListCommands", Shape.GENERIC).management("StartSession", Shape.SSM_SESSION, Actors.PEOPLE)
                .management("TerminateSession", Shape.SSM_SESSION, Actors.PEOPLE).management("ListAssociations", Shape.GENERIC)
                .management("DescribeAssociation", Shape.GENERIC).management("GetDocument", Shape.GENERIC);
        builder.service("secretsmanager", false)
                .management("GetSecretValue", Shape.SECRETS_SECRET).management("DescribeSecret", Shape.SECRETS_SECRET)
                .management("ListSecrets", Shape.GENERIC).management("PutSecretValue", Shape.SECRETS_SECRET)
                .management("CreateSecret", Shape.SECRETS_SECRET).management("DeleteSecret", Shape.SECRETS_SECRET)
                .management("UpdateSecret", Shape.SECRETS_SECRET).management("RotateSecret", Shape.SECRETS_SECRET)
                .management("GetResourcePolicy", Shape.SECRETS_SECRET).management("TagResource", Shape.SECRETS_SECRET);
        builder.service("cloudtrail", false)
                .management("LookupEvents", Shape.CLOUDTRAIL_LOOKUP).management("DescribeTrails", Shape.GENERIC)
                .management("GetTrailStatus", Shape.CLOUDTRAIL_TRAIL).management("GetEventSelectors", Shape.CLOUDTRAIL_TRAIL)
                .management("ListTrails", Shape.GENERIC).management("StopLogging", Shape.CLOUDTRAIL_TRAIL, Actors.PEOPLE)
                .management("StartLogging", Shape.CLOUDTRAIL_TRAIL).management("DeleteTrail", Shape.CLOUDTRAIL_TRAIL, Actors.PEOPLE)
                .management("UpdateTrail", Shape.CLOUDTRAIL_TRAIL).management("CreateTrail", Shape.CLOUDTRAIL_TRAIL)
                .management("PutEventSelectors", Shape.CLOUDTRAIL_TRAIL).management("ListEventDataStores", Shape.GENERIC);
        builder.service("signin", true)
                .consoleSignIn("ConsoleLogin", Shape.CONSOLE_LOGIN).consoleSignIn("CheckMfa", Shape.SIGNIN_OTHER)
                .consoleSignIn("SwitchRole", Shape.SIGNIN_OTHER).consoleSignIn("RenewRole", Shape.SIGNIN_OTHER)
                .consoleSignIn("ExitRole", Shape.SIGNIN_OTHER).consoleSignIn("CredentialChallenge", Shape.SIGNIN_OTHER);
        builder.service("sso", false)
                .management("GetRoleCredentials", Shape.SSO_PORTAL, Actors.PEOPLE).management("ListAccounts", Shape.SSO_PORTAL, Actors.PEOPLE)
                .management("ListAccountRoles", Shape.SSO_PORTAL, Actors.PEOPLE).management("Federate", Shape.SSO_PORTAL, Actors.PEOPLE)
                .management("Authenticate", Shape.SSO_PORTAL, Actors.PEOPLE).management("Logout", Shape.SSO_PORTAL, Actors.PEOPLE);
        builder.service("sns", false)
                .data("Publish", Shape.SNS_PUBLISH).management("ListTopics", Shape.GENERIC).management("GetTopicAttributes", Shape.SNS_TOPIC)
                .management("Subscribe", Shape.SNS_TOPIC).management("CreateTopic", Shape.SNS_TOPIC).management("DeleteTopic", Shape.SNS_TOPIC)
                .management("SetTopicAttributes", Shape.SNS_TOPIC).management("ListSubscriptionsByTopic", Shape.SNS_TOPIC);
        builder.service("sqs", false)
                .data("ReceiveMessage", Shape.SQS_MESSAGE).data("SendMessage", Shape.SQS_MESSAGE).data("DeleteMessage", Shape.SQS_MESSAGE)
                .data("SendMessageBatch", Shape.SQS_MESSAGE).data("ChangeMessageVisibility", Shape.SQS_MESSAGE)
                .management("ListQueues", Shape.GENERIC).management("GetQueueAttributes", Shape.SQS_QUEUE)
                .management("CreateQueue", Shape.SQS_QUEUE).management("DeleteQueue", Shape.SQS_QUEUE)
                .management("SetQueueAttributes", Shape.SQS_QUEUE).management("PurgeQueue", Shape.SQS_QUEUE);
        builder.service("rds", false)
                .management("DescribeDBInstances", Shape.RDS_INSTANCE).management("DescribeDBClusters", Shape.GENERIC)
                .management("DescribeDBSnapshots", Shape.RDS_INSTANCE).management("CreateDBSnapshot", Shape.RDS_INSTANCE)
                .management("ModifyDBInstance", Shape.RDS_INSTANCE).management("DeleteDBInstance", Shape.RDS_INSTANCE)
                .management("StartDBInstance", Shape.RDS_INSTANCE).management("StopDBInstance", Shape.RDS_INSTANCE)
                .management("DescribeDBEngineVersions", Shape.GENERIC).management("DescribeEvents", Shape.GENERIC)
                .management("CreateDBInstance", Shape.RDS_INSTANCE).management("RebootDBInstance", Shape.RDS_INSTANCE)
                .management("DescribeDBParameterGroups", Shape.GENERIC);
        builder.service("ecs", false)
                .management("DescribeTasks", Shape.ECS_TASKS).management("ListTasks", Shape.ECS_TASKS)
                .management("DescribeServices", Shape.ECS_SERVICE).management("DescribeClusters", Shape.GENERIC)
                .management("ListClusters", Shape.GENERIC).management("RunTask", Shape.ECS_TASKS).management("UpdateService", Shape.ECS_SERVICE)
                .management("RegisterTaskDefinition", Shape.GENERIC).management("DescribeTaskDefinition", Shape.GENERIC)
                .management("ListServices", Shape.ECS_SERVICE).management("StopTask", Shape.ECS_TASKS).management("CreateService", Shape.ECS_SERVICE)
                .management("DeregisterTaskDefinition", Shape.GENERIC).management("SubmitTaskStateChange", Shape.ECS_TASKS, Actors.MOSTLY_SERVICES);
        builder.service("eks", false)
                .management("DescribeCluster", Shape.EKS_CLUSTER).management("ListClusters", Shape.GENERIC)
                .management("ListNodegroups", Shape.EKS_CLUSTER).management("DescribeNodegroup", Shape.EKS_CLUSTER)
                .management("CreateNodegroup", Shape.EKS_CLUSTER).management("UpdateClusterConfig", Shape.EKS_CLUSTER)
                .management("DescribeAddon", Shape.EKS_CLUSTER).management("ListAddons", Shape.EKS_CLUSTER);
        builder.service("ecr", false)
                .management("GetAuthorizationToken", Shape.ECR_TOKEN).management("BatchGetImage", Shape.ECR_IMAGE)
                .management("GetDownloadUrlForLayer", Shape.ECR_IMAGE).management("BatchCheckLayerAvailability", Shape.ECR_IMAGE)
                .management("DescribeRepositories", Shape.GENERIC).management("DescribeImages", Shape.ECR_IMAGE)
                .management("PutImage", Shape.ECR_IMAGE).management("InitiateLayerUpload", Shape.ECR_IMAGE)
                .management("CompleteLayerUpload", Shape.ECR_IMAGE).management("ListImages", Shape.ECR_IMAGE)
                .management("CreateRepository", Shape.ECR_IMAGE).management("SetRepositoryPolicy", Shape.ECR_IMAGE);
        builder.service("cloudformation", false)
                .management("DescribeStacks", Shape.CLOUDFORMATION_STACK).management("ListStacks", Shape.GENERIC)
                .management("DescribeStackEvents", Shape.CLOUDFORMATION_STACK).management("DescribeStackResources", Shape.CLOUDFORMATION_STACK)
                .management("GetTemplate", Shape.CLOUDFORMATION_STACK).management("CreateStack", Shape.CLOUDFORMATION_STACK)
                .management("UpdateStack", Shape.CLOUDFORMATION_STACK).management("DeleteStack", Shape.CLOUDFORMATION_STACK)
                .management("CreateChangeSet", Shape.CLOUDFORMATION_STACK).management("ExecuteChangeSet", Shape.CLOUDFORMATION_STACK)
                .management("DescribeChangeSet", Shape.CLOUDFORMATION_STACK).management("ValidateTemplate", Shape.GENERIC)
                .management("ListStackResources", Shape.CLOUDFORMATION_STACK).management("GetTemplateSummary", Shape.GENERIC);
        builder.service("monitoring", false)
                .management("GetMetricData", Shape.CLOUDWATCH_METRICS).management("DescribeAlarms", Shape.CLOUDWATCH_ALARM)
                .management("PutMetricAlarm", Shape.CLOUDWATCH_ALARM).management("DeleteAlarms", Shape.CLOUDWATCH_ALARM)
                .management("ListMetrics", Shape.CLOUDWATCH_METRICS).management("GetMetricStatistics", Shape.CLOUDWATCH_METRICS)
                .management("DescribeAlarmHistory", Shape.CLOUDWATCH_ALARM).management("PutDashboard", Shape.GENERIC)
                .management("GetDashboard", Shape.GENERIC).management("ListDashboards", Shape.GENERIC).management("SetAlarmState", Shape.CLOUDWATCH_ALARM);
        builder.service("config", false)
                .management("PutEvaluations", Shape.GENERIC, Actors.MOSTLY_SERVICES).management("DescribeConfigRules", Shape.GENERIC)
                .management("DescribeConfigurationRecorders", Shape.GENERIC).management("GetResourceConfigHistory", Shape.GENERIC)
                .management("DescribeComplianceByConfigRule", Shape.GENERIC).management("PutConfigRule", Shape.GENERIC)
                .management("StopConfigurationRecorder", Shape.GENERIC, Actors.PEOPLE).management("DeleteConfigurationRecorder", Shape.GENERIC)
                .management("DescribeDeliveryChannels", Shape.GENERIC).management("SelectResourceConfig", Shape.GENERIC);
        builder.service("guardduty", false)
                .management("ListDetectors", Shape.GENERIC).management("GetDetector", Shape.GUARDDUTY).management("ListFindings", Shape.GUARDDUTY)
                .management("GetFindings", Shape.GUARDDUTY).management("CreateDetector", Shape.GENERIC)
                .management("DeleteDetector", Shape.GUARDDUTY, Actors.PEOPLE).management("UpdateDetector", Shape.GUARDDUTY)
                .management("ArchiveFindings", Shape.GUARDDUTY).management("ListIPSets", Shape.GUARDDUTY)
                .management("GetFindingsStatistics", Shape.GUARDDUTY);
        builder.service("route53", true)
                .management("ListHostedZones", Shape.GENERIC).management("ListResourceRecordSets", Shape.GENERIC)
                .management("ChangeResourceRecordSets", Shape.GENERIC).management("GetHostedZone", Shape.GENERIC)
                .management("GetChange", Shape.GENERIC).management("CreateHostedZone", Shape.GENERIC).management("ListHealthChecks", Shape.GENERIC);
        builder.service("elasticloadbalancing", false)
                .management("DescribeTargetHealth", Shape.GENERIC).management("DescribeLoadBalancers", Shape.GENERIC)
                .management("DescribeTargetGroups", Shape.GENERIC).management("RegisterTargets", Shape.GENERIC)
                .management("DeregisterTargets", Shape.GENERIC).management("DescribeListeners", Shape.GENERIC)
                .management("CreateLoadBalancer", Shape.GENERIC).management("ModifyLoadBalancerAttributes", Shape.GENERIC);
        builder.service("autoscaling", false)
                .management("DescribeAutoScalingGroups", Shape.GENERIC).management("UpdateAutoScalingGroup", Shape.GENERIC)
                .management("SetDesiredCapacity", Shape.GENERIC).management("DescribeScalingActivities", Shape.GENERIC)
                .management("DescribeLaunchConfigurations", Shape.GENERIC).management("CreateAutoScalingGroup", Shape.GENERIC)
                .management("DescribeLifecycleHooks", Shape.GENERIC).management("CompleteLifecycleAction", Shape.GENERIC);
        builder.service("organizations", true)
                .management("DescribeOrganization", Shape.ORGANIZATIONS).management("ListAccounts", Shape.ORGANIZATIONS)
                .management("ListRoots", Shape.ORGANIZATIONS).management("ListPolicies", Shape.ORGANIZATIONS)
                .management("DescribeAccount", Shape.ORGANIZATIONS).management("ListOrganizationalUnitsForParent", Shape.ORGANIZATIONS)
                .management("ListAWSServiceAccessForOrganization", Shape.ORGANIZATIONS).management("AttachPolicy", Shape.ORGANIZATIONS, Actors.PEOPLE)
                .management("CreateAccount", Shape.ORGANIZATIONS, Actors.PEOPLE).management("LeaveOrganization", Shape.ORGANIZATIONS, Actors.PEOPLE);
        builder.service("athena", false)
                .management("StartQueryExecution", Shape.ATHENA_QUERY).management("GetQueryExecution", Shape.ATHENA_QUERY)
                .management("GetQueryResults", Shape.ATHENA_QUERY).management("ListWorkGroups", Shape.GENERIC)
                .management("GetWorkGroup", Shape.GENERIC).management("ListQueryExecutions", Shape.GENERIC)
                .management("StopQueryExecution", Shape.ATHENA_QUERY).management("GetDataCatalog", Shape.GENERIC);
        builder.service("glue", false)
                .management("GetTable", Shape.GLUE_TABLE).management("GetPartitions", Shape.GLUE_TABLE).management("GetDatabase", Shape.GENERIC)
                .management("GetTables", Shape.GLUE_TABLE).management("CreateTable", Shape.GLUE_TABLE).management("UpdateTable", Shape.GLUE_TABLE)
                .management("GetDatabases", Shape.GENERIC).management("StartCrawler", Shape.GENERIC).management("GetCrawler", Shape.GENERIC)
                .management("BatchCreatePartition", Shape.GLUE_TABLE).management("StartJobRun", Shape.GENERIC).management("GetJobRun", Shape.GENERIC);
        builder.service("kinesis", false)
                .data("PutRecords", Shape.KINESIS_RECORD).data("PutRecord", Shape.KINESIS_RECORD).data("GetRecords", Shape.KINESIS_RECORD)
                .data("GetShardIterator", Shape.KINESIS_RECORD)
                .management("DescribeStreamSummary", Shape.KINESIS_RECORD).management("ListStreams", Shape.GENERIC)
                .management("ListShards", Shape.KINESIS_RECORD).management("CreateStream", Shape.KINESIS_RECORD)
                .management("DeleteStream", Shape.KINESIS_RECORD).management("IncreaseStreamRetentionPeriod", Shape.KINESIS_RECORD);
        builder.service("events", false)
                .management("ListRules", Shape.GENERIC).management("DescribeRule", Shape.GENERIC).management("PutRule", Shape.GENERIC)
                .management("PutTargets", Shape.GENERIC).management("DeleteRule", Shape.GENERIC).management("DisableRule", Shape.GENERIC)
                .management("EnableRule", Shape.GENERIC).management("ListTargetsByRule", Shape.GENERIC);
        builder.service("states", false)
                .management("StartExecution", Shape.GENERIC).management("DescribeExecution", Shape.GENERIC)
                .management("ListExecutions", Shape.GENERIC).management("DescribeStateMachine", Shape.GENERIC)
                .management("ListStateMachines", Shape.GENERIC).management("CreateStateMachine", Shape.GENERIC)
                .management("UpdateStateMachine", Shape.GENERIC).management("StopExecution", Shape.GENERIC)
                .management("GetExecutionHistory", Shape.GENERIC);
        builder.service("apigateway", false)
                .management("GetRestApis", Shape.GENERIC).management("GetRestApi", Shape.GENERIC).management("CreateDeployment", Shape.GENERIC)
                .management("GetStages", Shape.GENERIC).management("UpdateStage", Shape.GENERIC).management("CreateRestApi", Shape.GENERIC)
                .management("DeleteRestApi", Shape.GENERIC).management("GetResources", Shape.GENERIC);
        builder.service("securityhub", false)
                .management("BatchImportFindings", Shape.GENERIC, Actors.MOSTLY_SERVICES).management("GetFindings", Shape.GENERIC)
                .management("BatchUpdateFindings", Shape.GENERIC).management("DescribeHub", Shape.GENERIC)
                .management("GetEnabledStandards", Shape.GENERIC).management("DisableSecurityHub", Shape.GENERIC, Actors.PEOPLE);
        builder.service("access-analyzer", false)
                .management("ListAnalyzers", Shape.GENERIC).management("ListFindings", Shape.GENERIC).management("ValidatePolicy", Shape.GENERIC)
                .management("GetFinding", Shape.GENERIC).management("StartResourceScan", Shape.GENERIC);
        builder.service("cloudfront", true)
                .management("ListDistributions", Shape.GENERIC).management("GetDistribution", Shape.GENERIC)
                .management("CreateInvalidation", Shape.GENERIC).management("UpdateDistribution", Shape.GENERIC)
                .management("GetDistributionConfig", Shape.GENERIC);
        builder.service("acm", false)
                .management("DescribeCertificate", Shape.GENERIC).management("ListCertificates", Shape.GENERIC)
                .management("RequestCertificate", Shape.GENERIC).management("DeleteCertificate", Shape.GENERIC);
        builder.service("tagging", false)
                .management("GetResources", Shape.GENERIC).management("TagResources", Shape.GENERIC).management("GetTagKeys", Shape.GENERIC);
        builder.service("health", true)
                .management("DescribeEvents", Shape.GENERIC).management("DescribeEventAggregates", Shape.GENERIC)
                .management("DescribeAffectedEntities", Shape.GENERIC);
        builder.service("backup", false)
                .management("StartBackupJob", Shape.GENERIC, Actors.MOSTLY_SERVICES).management("ListBackupJobs", Shape.GENERIC)
                .management("DescribeBackupJob", Shape.GENERIC).management("ListRecoveryPointsByBackupVault", Shape.GENERIC);
        builder.service("codebuild", false)
                .management("BatchGetBuilds", Shape.GENERIC).management("StartBuild", Shape.GENERIC).management("BatchGetProjects", Shape.GENERIC);
        builder.service("wafv2", false)
                .management("ListWebACLs", Shape.GENERIC).management("GetWebACL", Shape.GENERIC).management("UpdateWebACL", Shape.GENERIC);
        builder.service("elasticache", false)
                .management("DescribeCacheClusters", Shape.GENERIC).management("DescribeReplicationGroups", Shape.GENERIC)
                .management("ModifyReplicationGroup", Shape.GENERIC);
    }

    /**
     * Collects event kinds service by service.
     */
    private static final class Builder
    {
        private final Map<String, List<EventKind>> byService;
        private String service;
        private boolean global;

        private Builder(Map<String, List<EventKind>> byService)
        {
            this.byService = byService;
        }

        Builder service(String name, boolean isGlobal)
        {
            this.service = name;
            this.global = isGlobal;
            byService.computeIfAbsent(name, key -> new ArrayList<>());
            return this;
        }

        Builder management(String eventName, Shape shape)
        {
            return management(eventName, shape, Actors.ANYONE);
        }

        Builder management(String eventName, Shape shape, Actors actors)
        {
            return add(eventName, EventCatalog.isReadOnly(eventName), false, "AwsApiCall", shape, actors);
        }

        Builder data(String eventName, Shape shape)
        {
            return add(eventName, EventCatalog.isReadOnly(eventName), true, "AwsApiCall", shape, Actors.ANYONE);
        }

        Builder consoleSignIn(String eventName, Shape shape)
        {
            return add(eventName, false, false, "AwsConsoleSignIn", shape, Actors.CONSOLE_SIGN_IN);
        }

        Builder serviceEvent(String eventName, Shape shape)
        {
            return add(eventName, false, false, "AwsServiceEvent", shape, Actors.AWS_INTERNAL);
        }

        private Builder add(String eventName, boolean readOnly, boolean data, String eventType, Shape shape, Actors actors)
        {
            byService.get(service).add(new EventKind(service, service + ".amazonaws.com", eventName, readOnly, data, global, eventType, shape, actors));
            return this;
        }
    }
}
