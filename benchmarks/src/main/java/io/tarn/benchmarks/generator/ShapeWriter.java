package io.tarn.benchmarks.generator;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static io.tarn.benchmarks.generator.Randoms.chance;
import static io.tarn.benchmarks.generator.Randoms.hex;
import static io.tarn.benchmarks.generator.Randoms.pick;

/**
 * The service-specific parts of a record, per {@link Shape}: which resource a call acts on, and its
 * {@code requestParameters}, {@code responseElements}, {@code additionalEventData}, {@code resources} and
 * {@code serviceEventDetails}, modelled on real records (invictus-ir's trail, the CloudTrail user guide's
 * examples).
 */
final class ShapeWriter
{
    private static final String HIDDEN = "HIDDEN_DUE_TO_SECURITY_REASONS";

    EventState prepare(SplittableRandom random, Account account, String region, EventKind kind, Identity identity, long timeMillis)
    {
        String id = account.id();
        String name = "";
        String arn = "";
        String type = "";
        String container = "";
        String secondary = "";
        switch (kind.shape()) {
            case S3_OBJECT, S3_OBJECT_COPY, S3_MULTIPART -> {
                container = skewed(random, account.buckets);
                name = objectKey(random, timeMillis);
                arn = "arn:aws:s3:::" + container + "/" + name;
                type = "AWS::S3::Object";
                if (kind.shape() == Shape.S3_OBJECT_COPY) {
                    secondary = skewed(random, account.buckets) + "/" + objectKey(random, timeMillis - 86_400_000L);
                }
            }
            case S3_LIST_OBJECTS, S3_OBJECTS_DELETE, S3_BUCKET, S3_BUCKET_POLICY -> {
                container = skewed(random, account.buckets);
                name = container;
                arn = "arn:aws:s3:::" + container;
                type = "AWS::S3::Bucket";
                if (kind.shape() == Shape.S3_LIST_OBJECTS) {
                    secondary = pick(random, Vocabulary.WORKLOADS) + "/" + Timestamps.datePath(timeMillis).substring(0, 7) + "/";
                }
            }
            case STS_ASSUME_ROLE, STS_ASSUME_ROLE_SAML, STS_ASSUME_ROLE_WEB_IDENTITY, IAM_ROLE -> {
                Identity role = account.anyRole(random);
                name = role.sessionIssuer().orElseThrow().userName();
                arn = role.sessionIssuer().orElseThrow().arn();
                type = "AWS::IAM::Role";
                secondary = role.principalId();
            }
            case IAM_USER, IAM_CREATE_ACCESS_KEY, IAM_ACCESS_KEY -> {
                Identity user = account.anyUser(random);
                name = user.userName().orElseThrow();
                arn = user.arn();
                type = "AWS::IAM::User";
                secondary = user.accessKeyIds().get(0);
            }
            case IAM_POLICY_ATTACHMENT, IAM_INLINE_POLICY -> {
                boolean toUser = kind.eventName().contains("User");
                Identity target = toUser ? account.anyUser(random) : account.anyRole(random);
                name = toUser ? target.userName().orElseThrow() : target.sessionIssuer().orElseThrow().userName();
                arn = toUser ? target.arn() : target.sessionIssuer().orElseThrow().arn();
                type = toUser ? "AWS::IAM::User" : "AWS::IAM::Role";
                secondary = skewed(random, account.managedPolicies);
            }
            case IAM_CREATE_ROLE, IAM_CREATE_USER -> {
                name = pick(random, Vocabulary.WORKLOADS) + "-" + Randoms.lowerAlphanumeric(random, 6);
                boolean user = kind.shape() == Shape.IAM_CREATE_USER;
                arn = "arn:aws:iam::" + id + (user ? ":user/" : ":role/") + name;
                type = user ? "AWS::IAM::User" : "AWS::IAM::Role";
            }
            case KMS_CRYPTO, KMS_KEY, KMS_SERVICE_EVENT -> {
                name = skewed(random, account.keys);
                arn = "arn:aws:kms:" + region + ":" + id + ":key/" + name;
                type = "AWS::KMS::Key";
            }
            case EC2_DESCRIBE_INSTANCES, EC2_INSTANCE_STATE, EC2_CREATE_TAGS -> {
                name = skewed(random, account.instances);
                arn = "arn:aws:ec2:" + region + ":" + id + ":instance/" + name;
                type = "AWS::EC2::Instance";
            }
            case EC2_RUN_INSTANCES -> {
                name = "i-0" + hex(random, 16);
                arn = "arn:aws:ec2:" + region + ":" + id + ":instance/" + name;
                type = "AWS::EC2::Instance";
                secondary = pick(random, account.images);
            }
            case EC2_SECURITY_GROUP_RULE -> {
                name = skewed(random, account.securityGroups);
                arn = "arn:aws:ec2:" + region + ":" + id + ":security-group/" + name;
                type = "AWS::EC2::SecurityGroup";
            }
            case EC2_VOLUME -> {
                name = skewed(random, account.volumes);
                arn = "arn:aws:ec2:" + region + ":" + id + ":volume/" + name;
                type = "AWS::EC2::Volume";
                secondary = skewed(random, account.instances);
            }
            case EC2_SNAPSHOT_ATTRIBUTE -> {
                name = "snap-0" + hex(random, 16);
                arn = "arn:aws:ec2:" + region + "::snapshot/" + name;
                type = "AWS::EC2::Snapshot";
            }
            case LAMBDA_INVOKE, LAMBDA_FUNCTION -> {
                name = skewed(random, account.functions);
                arn = "arn:aws:lambda:" + region + ":" + id + ":function:" + name;
                type = "AWS::Lambda::Function";
            }
            case LOGS_STREAM, LOGS_GROUP -> {
                name = skewed(random, account.logGroups);
                arn = "arn:aws:logs:" + region + ":" + id + ":log-group:" + name;
                type = "AWS::Logs::LogGroup";
            }
            case DYNAMODB_ITEM, DYNAMODB_QUERY, DYNAMODB_TABLE -> {
                name = skewed(random, account.tables);
                arn = "arn:aws:dynamodb:" + region + ":" + id + ":table/" + name;
                type = "AWS::DynamoDB::Table";
            }
            case SSM_PARAMETER, SSM_PUT_PARAMETER, SSM_PARAMETERS_BY_PATH -> {
                name = skewed(random, account.parameters);
                arn = "arn:aws:ssm:" + region + ":" + id + ":parameter" + name;
                type = "AWS::SSM::Parameter";
            }
            case SSM_SEND_COMMAND, SSM_SESSION -> {
                name = skewed(random, account.instances);
                arn = "arn:aws:ec2:" + region + ":" + id + ":instance/" + name;
                type = "AWS::EC2::Instance";
            }
            case SECRETS_SECRET -> {
                name = skewed(random, account.secrets);
                arn = "arn:aws:secretsmanager:" + region + ":" + id + ":secret:" + name;
                type = "AWS::SecretsManager::Secret";
            }
            case CLOUDTRAIL_TRAIL -> {
                name = "organization-trail";
                arn = "arn:aws:cloudtrail:us-east-1:" + id + ":trail/" + name;
                type = "AWS::CloudTrail::Trail";
            }
            case SNS_PUBLISH, SNS_TOPIC -> {
                name = skewed(random, account.topics);
                arn = "arn:aws:sns:" + region + ":" + id + ":" + name;
                type = "AWS::SNS::Topic";
            }
            case SQS_MESSAGE, SQS_QUEUE -> {
                name = skewed(random, account.queues);
                arn = "arn:aws:sqs:" + region + ":" + id + ":" + name;
                type = "AWS::SQS::Queue";
            }
            case ECR_IMAGE -> {
                name = skewed(random, account.repositories);
                arn = "arn:aws:ecr:" + region + ":" + id + ":repository/" + name;
                type = "AWS::ECR::Repository";
            }
            case ECS_TASKS, ECS_SERVICE -> {
                container = pick(random, account.clusters);
                name = skewed(random, account.repositories);
                arn = "arn:aws:ecs:" + region + ":" + id + ":service/" + container + "/" + name;
                type = "AWS::ECS::Service";
            }
            case EKS_CLUSTER -> {
                name = account.name() + "-eks";
                arn = "arn:aws:eks:" + region + ":" + id + ":cluster/" + name;
                type = "AWS::EKS::Cluster";
            }
            case CLOUDFORMATION_STACK -> {
                name = skewed(random, account.stacks);
                arn = "arn:aws:cloudformation:" + region + ":" + id + ":stack/" + name + "/" + Randoms.uuid(random);
                type = "AWS::CloudFormation::Stack";
            }
            case RDS_INSTANCE -> {
                name = skewed(random, account.databases);
                arn = "arn:aws:rds:" + region + ":" + id + ":db:" + name;
                type = "AWS::RDS::DBInstance";
            }
            case KINESIS_RECORD -> {
                name = skewed(random, account.streams);
                arn = "arn:aws:kinesis:" + region + ":" + id + ":stream/" + name;
                type = "AWS::Kinesis::Stream";
            }
            case GLUE_TABLE -> {
                container = pick(random, Vocabulary.WORKLOADS) + "_lake";
                name = pick(random, List.of("events", "orders", "daily_summary", "sessions", "clicks"));
                arn = "arn:aws:glue:" + region + ":" + id + ":table/" + container + "/" + name;
                type = "AWS::Glue::Table";
            }
            case GENERIC -> {
                name = pick(random, Vocabulary.WORKLOADS) + "-" + kebab(noun(kind.eventName()));
                if (name.endsWith("-")) {
                    name = name.substring(0, name.length() - 1);
                }
            }
            case S3_LIST_BUCKETS, STS_CALLER_IDENTITY, STS_FEDERATION_TOKEN, STS_SESSION_TOKEN, IAM_LIST, LOGS_QUERY, CLOUDTRAIL_LOOKUP,
                    CONSOLE_LOGIN, SIGNIN_OTHER, SSO_PORTAL, ECR_TOKEN, CLOUDWATCH_METRICS, CLOUDWATCH_ALARM, GUARDDUTY, ATHENA_QUERY,
                    EC2_DESCRIBE_FILTERED, ORGANIZATIONS -> {
                // no single resource
            }
        }
        return new EventState(random, account, region, kind, identity, timeMillis, name, arn, type, container, secondary);
    }

    void writeRequest(JsonGenerator json, EventState event)
            throws IOException
    {
        SplittableRandom random = event.random();
        String eventName = event.eventName();
        String region = event.region();
        String account = event.accountId();
        switch (event.kind().shape()) {
            case S3_OBJECT, S3_MULTIPART -> {
                json.writeStartObject();
                s3Bucket(json, event);
                json.writeStringField("key", event.resourceName());
                switch (eventName) {
                    case "GetObjectTagging", "PutObjectTagging" -> json.writeStringField("tagging", "");
                    case "GetObjectAcl", "PutObjectAcl" -> json.writeStringField("acl", "");
                    case "CreateMultipartUpload" -> json.writeStringField("uploads", "");
                    case "UploadPart", "CompleteMultipartUpload" -> {
                        json.writeStringField("uploadId", Randoms.alphanumeric(random, 64));
                        if (eventName.equals("UploadPart")) {
                            json.writeNumberField("partNumber", 1 + random.nextInt(40));
                        }
                    }
                    case "PutObject" -> {
                        if (chance(random, 0.5)) {
                            json.writeStringField("x-amz-server-side-encryption", "aws:kms");
                            json.writeStringField("x-amz-server-side-encryption-aws-kms-key-id", "arn:aws:kms:" + region + ":" + account + ":key/" + event.account().keys.get(0));
                        }
                    }
                    case "GetObject" -> {
                        if (chance(random, 0.2)) {
                            json.writeStringField("x-id", "GetObject");
                        }
                    }
                    default -> {
                    }
                }
                json.writeEndObject();
            }
            case S3_OBJECT_COPY -> {
                json.writeStartObject();
                s3Bucket(json, event);
                json.writeStringField("key", event.resourceName());
                json.writeStringField("x-amz-copy-source", event.secondary());
                json.writeEndObject();
            }
            case S3_OBJECTS_DELETE -> {
                json.writeStartObject();
                s3Bucket(json, event);
                json.writeStringField("delete", "");
                json.writeEndObject();
            }
            case S3_LIST_OBJECTS -> {
                json.writeStartObject();
                s3Bucket(json, event);
                if (eventName.equals("ListObjectVersions")) {
                    json.writeStringField("versions", "");
                }
                else {
                    json.writeStringField("list-type", "2");
                }
                json.writeStringField("prefix", event.secondary());
                json.writeStringField("max-keys", "1000");
                json.writeStringField("encoding-type", "url");
                if (chance(random, 0.4)) {
                    json.writeStringField("delimiter", "/");
                }
                json.writeEndObject();
            }
            case S3_BUCKET -> writeS3BucketRequest(json, event);
            case S3_BUCKET_POLICY -> {
                json.writeStartObject();
                json.writeObjectFieldStart("bucketPolicy");
                json.writeStringField("Version", "2012-10-17");
                json.writeArrayFieldStart("Statement");
                json.writeStartObject();
                json.writeStringField("Sid", "AllowReadFromPartner");
                json.writeStringField("Effect", "Allow");
                json.writeObjectFieldStart("Principal");
                json.writeStringField("AWS", chance(random, 0.1) ? "*" : "arn:aws:iam::" + partnerAccount(event) + ":root");
                json.writeEndObject();
                json.writeStringField("Action", "s3:GetObject");
                json.writeStringField("Resource", "arn:aws:s3:::" + event.container() + "/*");
                json.writeEndObject();
                json.writeStartObject();
                json.writeStringField("Sid", "DenyInsecureTransport");
                json.writeStringField("Effect", "Deny");
                json.writeStringField("Principal", "*");
                json.writeStringField("Action", "s3:*");
                json.writeArrayFieldStart("Resource");
                json.writeString("arn:aws:s3:::" + event.container());
                json.writeString("arn:aws:s3:::" + event.container() + "/*");
                json.writeEndArray();
                json.writeObjectFieldStart("Condition");
                json.writeObjectFieldStart("Bool");
                json.writeStringField("aws:SecureTransport", "false");
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
                s3Bucket(json, event);
                json.writeStringField("policy", "");
                json.writeEndObject();
            }
            case S3_LIST_BUCKETS -> {
                json.writeStartObject();
                json.writeStringField("Host", "s3." + region + ".amazonaws.com");
                json.writeEndObject();
            }
            case STS_ASSUME_ROLE -> {
                json.writeStartObject();
                json.writeStringField("roleArn", event.resourceArn());
                json.writeStringField("roleSessionName", sessionName(event));
                if (chance(random, 0.6)) {
                    json.writeNumberField("durationSeconds", pick(random, List.of(900, 3600, 3600, 43200)));
                }
                if (chance(random, 0.1)) {
                    json.writeStringField("externalId", hex(random, 20));
                }
                json.writeEndObject();
            }
            case STS_ASSUME_ROLE_SAML -> {
                json.writeStartObject();
                json.writeStringField("sAMLAssertionID", "_" + hex(random, 32));
                json.writeStringField("roleSessionName", event.identity().userName().orElse("saml-user"));
                json.writeNumberField("durationSeconds", 3600);
                json.writeStringField("roleArn", event.resourceArn());
                json.writeStringField("principalArn", "arn:aws:iam::" + account + ":saml-provider/Okta");
                json.writeEndObject();
            }
            case STS_ASSUME_ROLE_WEB_IDENTITY -> {
                json.writeStartObject();
                json.writeStringField("roleArn", event.resourceArn());
                json.writeStringField("roleSessionName", "botocore-session-" + (event.timeMillis() / 1000));
                json.writeNumberField("durationSeconds", 3600);
                json.writeEndObject();
            }
            case STS_CALLER_IDENTITY, ECR_TOKEN, CONSOLE_LOGIN, SIGNIN_OTHER, KMS_SERVICE_EVENT -> json.writeNull();
            case STS_FEDERATION_TOKEN -> {
                json.writeStartObject();
                json.writeStringField("name", event.identity().userName().orElse("user") + "-federated");
                json.writeNumberField("durationSeconds", 43200);
                json.writeStringField("policy", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}");
                json.writeEndObject();
            }
            case STS_SESSION_TOKEN -> {
                json.writeStartObject();
                json.writeNumberField("durationSeconds", 43200);
                if (event.identity().mfa()) {
                    json.writeStringField("serialNumber", "arn:aws:iam::" + account + ":mfa/" + event.identity().userName().orElse("device"));
                }
                json.writeEndObject();
            }
            case KMS_CRYPTO -> {
                json.writeStartObject();
                if (!eventName.equals("Decrypt") || chance(random, 0.3)) {
                    json.writeStringField("keyId", chance(random, 0.5) ? event.resourceArn() : "alias/" + pick(random, Vocabulary.WORKLOADS) + "-key");
                }
                if (eventName.startsWith("GenerateDataKey")) {
                    json.writeStringField("keySpec", "AES_256");
                }
                else {
                    json.writeStringField("encryptionAlgorithm", "SYMMETRIC_DEFAULT");
                }
                json.writeObjectFieldStart("encryptionContext");
                String invoker = event.identity().invokedBy().orElse("");
                if (invoker.equals("s3.amazonaws.com") || chance(random, 0.4)) {
                    json.writeStringField("aws:s3:arn", "arn:aws:s3:::" + skewed(random, event.account().buckets) + "/" + objectKey(random, event.timeMillis()));
                }
                else if (invoker.equals("secretsmanager.amazonaws.com") || chance(random, 0.4)) {
                    json.writeStringField("SecretARN", "arn:aws:secretsmanager:" + region + ":" + account + ":secret:" + skewed(random, event.account().secrets));
                    json.writeStringField("SecretVersionId", Randoms.uuid(random));
                }
                else {
                    json.writeStringField("aws:lambda:FunctionArn", "arn:aws:lambda:" + region + ":" + account + ":function:" + skewed(random, event.account().functions));
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            case KMS_KEY -> {
                json.writeStartObject();
                json.writeStringField("keyId", chance(random, 0.5) ? event.resourceArn() : event.resourceName());
                switch (eventName) {
                    case "Sign", "Verify" -> {
                        json.writeStringField("signingAlgorithm", "RSASSA_PSS_SHA_256");
                        json.writeStringField("messageType", "RAW");
                    }
                    case "CreateGrant" -> {
                        json.writeStringField("granteePrincipal", event.account().anyRole(random).sessionIssuer().orElseThrow().arn());
                        json.writeArrayFieldStart("operations");
                        json.writeString("Decrypt");
                        json.writeString("GenerateDataKey");
                        json.writeEndArray();
                        json.writeObjectFieldStart("constraints");
                        json.writeObjectFieldStart("encryptionContextSubset");
                        json.writeStringField("aws:ebs:id", pick(random, event.account().volumes));
                        json.writeEndObject();
                        json.writeEndObject();
                    }
                    case "PutKeyPolicy" -> {
                        json.writeStringField("policyName", "default");
                        json.writeStringField("policy", "{\"Version\":\"2012-10-17\",\"Id\":\"key-default-1\",\"Statement\":[{\"Sid\":\"Enable IAM User Permissions\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
                                + account + ":root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}]}");
                        json.writeBooleanField("bypassPolicyLockoutSafetyCheck", false);
                    }
                    case "ScheduleKeyDeletion" -> json.writeNumberField("pendingWindowInDays", 7);
                    case "RetireGrant" -> json.writeStringField("grantId", hex(random, 64));
                    default -> {
                    }
                }
                json.writeEndObject();
            }
            case EC2_DESCRIBE_INSTANCES -> {
                json.writeStartObject();
                json.writeObjectFieldStart("instancesSet");
                if (chance(random, 0.6)) {
                    json.writeArrayFieldStart("items");
                    json.writeStartObject();
                    json.writeStringField("instanceId", event.resourceName());
                    json.writeEndObject();
                    json.writeEndArray();
                }
                json.writeEndObject();
                json.writeObjectFieldStart("filterSet");
                if (chance(random, 0.3)) {
                    ec2Filter(json, "tag:team", pick(random, Vocabulary.WORKLOADS));
                }
                json.writeEndObject();
                if (eventName.equals("DescribeInstanceStatus")) {
                    json.writeBooleanField("includeAllInstances", false);
                }
                json.writeEndObject();
            }
            case EC2_DESCRIBE_FILTERED -> {
                json.writeStartObject();
                json.writeObjectFieldStart(ec2SetName(eventName));
                json.writeEndObject();
                json.writeObjectFieldStart("filterSet");
                if (chance(random, 0.5)) {
                    ec2Filter(json, "vpc-id", pick(random, event.account().vpcs));
                }
                json.writeEndObject();
                if (eventName.equals("DescribeImages") || eventName.equals("DescribeSnapshots")) {
                    json.writeObjectFieldStart("ownersSet");
                    json.writeArrayFieldStart("items");
                    json.writeStartObject();
                    json.writeStringField("owner", "self");
                    json.writeEndObject();
                    json.writeEndArray();
                    json.writeEndObject();
                }
                if (chance(random, 0.3)) {
                    json.writeNumberField("maxResults", 1000);
                }
                json.writeEndObject();
            }
            case EC2_INSTANCE_STATE -> {
                json.writeStartObject();
                if (eventName.startsWith("Get") || eventName.startsWith("Modify")) {
                    json.writeStringField("instanceId", event.resourceName());
                    if (eventName.startsWith("Modify")) {
                        json.writeObjectFieldStart("disableApiTermination");
                        json.writeBooleanField("value", chance(random, 0.5));
                        json.writeEndObject();
                    }
                }
                else {
                    json.writeObjectFieldStart("instancesSet");
                    json.writeArrayFieldStart("items");
                    json.writeStartObject();
                    json.writeStringField("instanceId", event.resourceName());
                    json.writeEndObject();
                    json.writeEndArray();
                    json.writeEndObject();
                    if (eventName.equals("StopInstances")) {
                        json.writeBooleanField("force", false);
                    }
                }
                json.writeEndObject();
            }
            case EC2_RUN_INSTANCES -> {
                json.writeStartObject();
                json.writeObjectFieldStart("instancesSet");
                json.writeArrayFieldStart("items");
                json.writeStartObject();
                json.writeStringField("imageId", event.secondary());
                json.writeNumberField("minCount", 1);
                json.writeNumberField("maxCount", 1);
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
                json.writeStringField("instanceType", pick(random, List.of("t3.micro", "t3.medium", "m6i.large", "c6g.xlarge", "r6i.2xlarge", "p4d.24xlarge")));
                json.writeObjectFieldStart("blockDeviceMapping");
                json.writeEndObject();
                json.writeObjectFieldStart("monitoring");
                json.writeBooleanField("enabled", false);
                json.writeEndObject();
                json.writeBooleanField("disableApiTermination", false);
                json.writeStringField("clientToken", Randoms.uuid(random).toUpperCase(Locale.ROOT));
                json.writeObjectFieldStart("networkInterfaceSet");
                json.writeArrayFieldStart("items");
                json.writeStartObject();
                json.writeNumberField("deviceIndex", 0);
                json.writeStringField("subnetId", pick(random, event.account().subnets));
                json.writeBooleanField("associatePublicIpAddress", chance(random, 0.2));
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
                json.writeObjectFieldStart("iamInstanceProfile");
                json.writeStringField("name", pick(random, Vocabulary.WORKLOADS) + "-instance-profile");
                json.writeEndObject();
                json.writeBooleanField("ebsOptimized", true);
                json.writeObjectFieldStart("tagSpecificationSet");
                json.writeArrayFieldStart("items");
                json.writeStartObject();
                json.writeStringField("resourceType", "instance");
                json.writeArrayFieldStart("tags");
                tag(json, "Name", pick(random, Vocabulary.WORKLOADS) + "-" + event.account().name());
                tag(json, "ManagedBy", "terraform");
                json.writeEndArray();
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
                json.writeObjectFieldStart("metadataOptions");
                json.writeStringField("httpTokens", "required");
                json.writeNumberField("httpPutResponseHopLimit", 2);
                json.writeEndObject();
                json.writeEndObject();
            }
            case EC2_SECURITY_GROUP_RULE -> {
                json.writeStartObject();
                json.writeStringField("groupId", event.resourceName());
                json.writeObjectFieldStart("ipPermissions");
                json.writeArrayFieldStart("items");
                json.writeStartObject();
                int port = pick(random, List.of(22, 443, 3389, 5432, 8080, 0));
                json.writeStringField("ipProtocol", port == 0 ? "-1" : "tcp");
                json.writeNumberField("fromPort", port);
                json.writeNumberField("toPort", port);
                json.writeObjectFieldStart("groups");
                json.writeEndObject();
                json.writeObjectFieldStart("ipRanges");
                json.writeArrayFieldStart("items");
                json.writeStartObject();
                json.writeStringField("cidrIp", chance(random, 0.3) ? "0.0.0.0/0" : "10." + random.nextInt(256) + ".0.0/16");
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
                json.writeObjectFieldStart("ipv6Ranges");
                json.writeEndObject();
                json.writeObjectFieldStart("prefixListIds");
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
                json.writeEndObject();
            }
            case EC2_CREATE_TAGS -> {
                json.writeStartObject();
                json.writeObjectFieldStart("resourcesSet");
                json.writeArrayFieldStart("items");
                json.writeStartObject();
                json.writeStringField("resourceId", event.resourceName());
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
                json.writeObjectFieldStart("tagSet");
                json.writeArrayFieldStart("items");
                ec2Tag(json, "team", pick(random, Vocabulary.WORKLOADS));
                ec2Tag(json, "environment", event.account().name());
                json.writeEndArray();
                json.writeEndObject();
                json.writeEndObject();
            }
            case EC2_VOLUME -> {
                json.writeStartObject();
                switch (eventName) {
                    case "CreateVolume" -> {
                        json.writeNumberField("size", pick(random, List.of(8, 20, 100, 500)));
                        json.writeStringField("zone", region + pick(random, List.of("a", "b", "c")));
                        json.writeStringField("volumeType", "gp3");
                        json.writeBooleanField("encrypted", true);
                    }
                    case "CreateSnapshot" -> {
                        json.writeStringField("volumeId", event.resourceName());
                        json.writeStringField("description", "backup of " + event.resourceName());
                    }
                    default -> {
                        json.writeStringField("volumeId", event.resourceName());
                        if (!eventName.equals("DeleteVolume")) {
                            json.writeStringField("instanceId", event.secondary());
                            json.writeStringField("device", "/dev/sdf");
                        }
                    }
                }
                json.writeEndObject();
            }
            case EC2_SNAPSHOT_ATTRIBUTE -> {
                json.writeStartObject();
                json.writeStringField("snapshotId", event.resourceName());
                json.writeObjectFieldStart("createVolumePermission");
                json.writeObjectFieldStart("add");
                json.writeArrayFieldStart("items");
                json.writeStartObject();
                json.writeStringField(chance(random, 0.2) ? "group" : "userId", "all");
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
                json.writeEndObject();
                json.writeStringField("attributeType", "CREATE_VOLUME_PERMISSION");
                json.writeEndObject();
            }
            case IAM_ROLE -> {
                json.writeStartObject();
                json.writeStringField("roleName", event.resourceName());
                if (eventName.equals("GetRolePolicy")) {
                    json.writeStringField("policyName", event.resourceName() + "-inline");
                }
                if (eventName.equals("TagRole")) {
                    json.writeArrayFieldStart("tags");
                    iamTag(json, "owner", pick(random, Vocabulary.PEOPLE));
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
            case IAM_USER -> {
                json.writeStartObject();
                switch (eventName) {
                    case "AddUserToGroup" -> json.writeStringField("groupName", pick(random, List.of("Developers", "Admins", "ReadOnly", "Billing")));
                    case "EnableMFADevice", "DeactivateMFADevice" -> json.writeStringField("serialNumber", "arn:aws:iam::" + account + ":mfa/" + event.resourceName());
                    default -> {
                    }
                }
                json.writeStringField("userName", event.resourceName());
                if (eventName.endsWith("LoginProfile")) {
                    json.writeBooleanField("passwordResetRequired", true);
                }
                json.writeEndObject();
            }
            case IAM_CREATE_USER -> {
                json.writeStartObject();
                json.writeStringField("path", "/");
                json.writeStringField("userName", event.resourceName());
                json.writeArrayFieldStart("tags");
                iamTag(json, "team", team(event.resourceName()));
                json.writeEndArray();
                json.writeEndObject();
            }
            case IAM_CREATE_ROLE -> {
                json.writeStartObject();
                json.writeStringField("path", "/");
                json.writeStringField("roleName", event.resourceName());
                json.writeStringField("assumeRolePolicyDocument", trustPolicy(random, account));
                json.writeNumberField("maxSessionDuration", 3600);
                json.writeArrayFieldStart("tags");
                iamTag(json, "ManagedBy", "terraform");
                json.writeEndArray();
                json.writeEndObject();
            }
            case IAM_POLICY_ATTACHMENT -> {
                json.writeStartObject();
                if (eventName.contains("User")) {
                    json.writeStringField("userName", event.resourceName());
                }
                else if (eventName.contains("Role")) {
                    json.writeStringField("roleName", event.resourceName());
                }
                json.writeStringField("policyArn", event.secondary());
                if (eventName.equals("GetPolicyVersion")) {
                    json.writeStringField("versionId", "v" + (1 + random.nextInt(5)));
                }
                json.writeEndObject();
            }
            case IAM_INLINE_POLICY -> {
                json.writeStartObject();
                if (eventName.equals("CreatePolicy") || eventName.equals("CreatePolicyVersion")) {
                    if (eventName.equals("CreatePolicy")) {
                        json.writeStringField("policyName", event.resourceName() + "-policy");
                        json.writeStringField("path", "/");
                    }
                    else {
                        json.writeStringField("policyArn", "arn:aws:iam::" + account + ":policy/" + event.resourceName() + "-policy");
                        json.writeBooleanField("setAsDefault", true);
                    }
                }
                else {
                    json.writeStringField(eventName.contains("User") ? "userName" : "roleName", event.resourceName());
                    if (!eventName.equals("UpdateAssumeRolePolicy")) {
                        json.writeStringField("policyName", event.resourceName() + "-inline");
                    }
                }
                json.writeStringField("policyDocument", eventName.equals("UpdateAssumeRolePolicy") ? trustPolicy(random, account) : permissionPolicy(random, event));
                json.writeEndObject();
            }
            case IAM_ACCESS_KEY -> {
                json.writeStartObject();
                json.writeStringField("accessKeyId", event.secondary());
                if (!eventName.startsWith("Get")) {
                    json.writeStringField("userName", event.resourceName());
                }
                if (eventName.equals("UpdateAccessKey")) {
                    json.writeStringField("status", "Inactive");
                }
                json.writeEndObject();
            }
            case IAM_CREATE_ACCESS_KEY -> {
                json.writeStartObject();
                json.writeStringField("userName", event.resourceName());
                json.writeEndObject();
            }
            case IAM_LIST -> {
                if (chance(random, 0.3)) {
                    json.writeNull();
                }
                else {
                    json.writeStartObject();
                    if (eventName.equals("GetAccountAuthorizationDetails")) {
                        json.writeArrayFieldStart("filter");
                        json.writeString("Role");
                        json.writeString("User");
                        json.writeString("LocalManagedPolicy");
                        json.writeEndArray();
                    }
                    else if (eventName.equals("ListPolicies")) {
                        json.writeStringField("scope", "Local");
                        json.writeBooleanField("onlyAttached", false);
                    }
                    else {
                        json.writeStringField("pathPrefix", "/");
                    }
                    json.writeNumberField("maxItems", 100);
                    json.writeEndObject();
                }
            }
            case LAMBDA_INVOKE -> {
                json.writeStartObject();
                json.writeStringField("functionName", event.resourceArn());
                if (chance(random, 0.3)) {
                    json.writeStringField("sourceArn", "arn:aws:sqs:" + region + ":" + account + ":" + pick(random, event.account().queues));
                }
                json.writeEndObject();
            }
            case LAMBDA_FUNCTION -> {
                json.writeStartObject();
                json.writeStringField("functionName", event.resourceName());
                if (eventName.startsWith("UpdateFunctionCode")) {
                    json.writeBooleanField("publish", true);
                    json.writeBooleanField("dryRun", false);
                    json.writeStringField("s3Bucket", event.account().buckets.get(0));
                    json.writeStringField("s3Key", "lambda/" + event.resourceName() + "/" + hex(random, 12) + ".zip");
                }
                else if (eventName.startsWith("AddPermission")) {
                    json.writeStringField("statementId", "AllowExecutionFrom" + pick(random, List.of("EventBridge", "S3", "ApiGateway")));
                    json.writeStringField("action", "lambda:InvokeFunction");
                    json.writeStringField("principal", pick(random, List.of("events.amazonaws.com", "s3.amazonaws.com", "apigateway.amazonaws.com")));
                }
                else if (eventName.startsWith("UpdateFunctionConfiguration")) {
                    json.writeNumberField("timeout", pick(random, List.of(30, 60, 300, 900)));
                    json.writeNumberField("memorySize", pick(random, List.of(256, 512, 1024, 2048)));
                }
                json.writeEndObject();
            }
            case LOGS_STREAM -> {
                json.writeStartObject();
                json.writeStringField("logGroupName", event.resourceName());
                json.writeStringField("logStreamName", Timestamps.datePath(event.timeMillis()) + "/[$LATEST]" + hex(random, 32));
                json.writeEndObject();
            }
            case LOGS_GROUP -> {
                json.writeStartObject();
                json.writeStringField("logGroupName", event.resourceName());
                switch (eventName) {
                    case "PutRetentionPolicy" -> json.writeNumberField("retentionInDays", pick(random, List.of(7, 30, 90, 365)));
                    case "FilterLogEvents" -> {
                        json.writeNumberField("startTime", event.timeMillis() - 3_600_000L);
                        json.writeNumberField("endTime", event.timeMillis());
                        json.writeStringField("filterPattern", pick(random, List.of("ERROR", "\"Task timed out\"", "{ $.level = \"error\" }")));
                    }
                    case "PutSubscriptionFilter", "PutMetricFilter" -> {
                        json.writeStringField("filterName", "errors");
                        json.writeStringField("filterPattern", "ERROR");
                    }
                    case "DescribeLogStreams" -> {
                        json.writeStringField("orderBy", "LastEventTime");
                        json.writeBooleanField("descending", true);
                    }
                    default -> {
                    }
                }
                json.writeEndObject();
            }
            case LOGS_QUERY -> {
                json.writeStartObject();
                json.writeArrayFieldStart("logGroupNames");
                json.writeString(skewed(random, event.account().logGroups));
                json.writeEndArray();
                json.writeNumberField("startTime", event.timeMillis() / 1000 - 3600);
                json.writeNumberField("endTime", event.timeMillis() / 1000);
                json.writeStringField("queryString", "fields @timestamp, @message | filter @message like /ERROR/ | sort @timestamp desc | limit 100");
                json.writeEndObject();
            }
            case DYNAMODB_ITEM -> {
                json.writeStartObject();
                json.writeStringField("tableName", event.resourceName());
                json.writeObjectFieldStart("key");
                json.writeStringField("pk", HIDDEN);
                json.writeStringField("sk", HIDDEN);
                json.writeEndObject();
                switch (eventName) {
                    case "GetItem" -> json.writeBooleanField("consistentRead", chance(random, 0.2));
                    case "UpdateItem" -> {
                        json.writeStringField("updateExpression", "SET #status = :status, #updatedAt = :updatedAt");
                        json.writeStringField("conditionExpression", "attribute_exists(pk)");
                        json.writeStringField("returnValues", "ALL_NEW");
                    }
                    case "PutItem" -> {
                        json.writeArrayFieldStart("item");
                        for (String attribute : List.of("pk", "sk", "status", "createdAt", "payload")) {
                            json.writeString(attribute);
                        }
                        json.writeEndArray();
                    }
                    default -> {
                    }
                }
                json.writeEndObject();
            }
            case DYNAMODB_QUERY -> {
                json.writeStartObject();
                json.writeStringField("tableName", event.resourceName());
                if (eventName.equals("Query")) {
                    json.writeStringField("keyConditionExpression", "pk = :pk AND begins_with(sk, :prefix)");
                    json.writeBooleanField("scanIndexForward", false);
                    if (chance(random, 0.3)) {
                        json.writeStringField("indexName", "gsi1");
                    }
                }
                else {
                    json.writeStringField("select", "ALL_ATTRIBUTES");
                }
                json.writeNumberField("limit", pick(random, List.of(25, 100, 1000)));
                json.writeEndObject();
            }
            case DYNAMODB_TABLE -> {
                json.writeStartObject();
                if (eventName.startsWith("Batch")) {
                    json.writeObjectFieldStart("requestItems");
                    json.writeObjectFieldStart(event.resourceName());
                    json.writeArrayFieldStart("keys");
                    for (int index = 0; index < 1 + random.nextInt(3); index++) {
                        json.writeStartObject();
                        json.writeStringField("pk", HIDDEN);
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                    json.writeEndObject();
                }
                else {
                    json.writeStringField("tableName", event.resourceName());
                    if (eventName.equals("CreateBackup")) {
                        json.writeStringField("backupName", event.resourceName() + "-" + Timestamps.compactMinute(event.timeMillis()));
                    }
                }
                json.writeEndObject();
            }
            case SSM_PARAMETER -> {
                json.writeStartObject();
                if (eventName.equals("GetParameters")) {
                    json.writeArrayFieldStart("names");
                    json.writeString(event.resourceName());
                    json.writeString(skewed(random, event.account().parameters));
                    json.writeEndArray();
                }
                else {
                    json.writeStringField("name", event.resourceName());
                }
                if (!eventName.startsWith("Delete")) {
                    json.writeBooleanField("withDecryption", chance(random, 0.7));
                }
                json.writeEndObject();
            }
            case SSM_PARAMETERS_BY_PATH -> {
                json.writeStartObject();
                json.writeStringField("path", event.resourceName().substring(0, event.resourceName().indexOf('/', 1) + 1));
                json.writeBooleanField("recursive", true);
                json.writeBooleanField("withDecryption", true);
                json.writeEndObject();
            }
            case SSM_PUT_PARAMETER -> {
                json.writeStartObject();
                json.writeStringField("name", event.resourceName());
                json.writeStringField("type", "SecureString");
                json.writeStringField("keyId", "alias/aws/ssm");
                json.writeBooleanField("overwrite", true);
                json.writeStringField("tier", "Standard");
                json.writeEndObject();
            }
            case SSM_SEND_COMMAND -> {
                json.writeStartObject();
                json.writeArrayFieldStart("instanceIds");
                json.writeString(event.resourceName());
                json.writeEndArray();
                json.writeStringField("documentName", pick(random, List.of("AWS-RunShellScript", "AWS-RunPatchBaseline", "AWS-UpdateSSMAgent")));
                json.writeStringField("parameters", HIDDEN);
                json.writeBooleanField("interactive", false);
                json.writeEndObject();
            }
            case SSM_SESSION -> {
                json.writeStartObject();
                if (eventName.equals("StartSession")) {
                    json.writeStringField("target", event.resourceName());
                }
                else {
                    json.writeStringField("sessionId", sessionName(event) + "-" + hex(random, 17));
                }
                json.writeEndObject();
            }
            case SECRETS_SECRET -> {
                json.writeStartObject();
                if (eventName.equals("CreateSecret")) {
                    json.writeStringField("name", event.resourceName().substring(0, event.resourceName().length() - 7));
                    json.writeStringField("clientRequestToken", Randoms.uuid(random));
                    json.writeStringField("description", "managed by terraform");
                }
                else {
                    json.writeStringField("secretId", chance(random, 0.6) ? event.resourceArn() : event.resourceName());
                    if (eventName.equals("GetSecretValue") && chance(random, 0.3)) {
                        json.writeStringField("versionStage", "AWSCURRENT");
                    }
                    if (eventName.equals("PutSecretValue")) {
                        json.writeStringField("clientRequestToken", Randoms.uuid(random));
                    }
                    if (eventName.equals("DeleteSecret")) {
                        json.writeNumberField("recoveryWindowInDays", 30);
                    }
                }
                json.writeEndObject();
            }
            case CLOUDTRAIL_LOOKUP -> {
                json.writeStartObject();
                json.writeNumberField("maxResults", 50);
                if (chance(random, 0.6)) {
                    json.writeArrayFieldStart("lookupAttributes");
                    json.writeStartObject();
                    json.writeStringField("attributeKey", "EventName");
                    json.writeStringField("attributeValue", pick(random, List.of("ConsoleLogin", "CreateUser", "AssumeRole", "DeleteBucket")));
                    json.writeEndObject();
                    json.writeEndArray();
                }
                json.writeStringField("startTime", Timestamps.verbose(event.timeMillis() - 86_400_000L));
                json.writeEndObject();
            }
            case CLOUDTRAIL_TRAIL -> {
                json.writeStartObject();
                json.writeStringField("name", event.resourceArn());
                if (eventName.equals("UpdateTrail") || eventName.equals("CreateTrail")) {
                    json.writeStringField("s3BucketName", event.account().buckets.get(event.account().buckets.size() - 4));
                    json.writeBooleanField("isMultiRegionTrail", true);
                    json.writeBooleanField("enableLogFileValidation", true);
                }
                json.writeEndObject();
            }
            case SSO_PORTAL -> {
                if (eventName.equals("GetRoleCredentials") || eventName.equals("Federate")) {
                    json.writeStartObject();
                    json.writeStringField("accountId", account);
                    json.writeStringField("roleName", pick(random, List.of("AdministratorAccess", "ReadOnlyAccess", "PowerUserAccess")));
                    json.writeEndObject();
                }
                else {
                    json.writeNull();
                }
            }
            case SNS_PUBLISH -> {
                json.writeStartObject();
                json.writeStringField("topicArn", event.resourceArn());
                json.writeStringField("message", HIDDEN);
                if (chance(random, 0.3)) {
                    json.writeStringField("subject", HIDDEN);
                }
                json.writeEndObject();
            }
            case SNS_TOPIC -> {
                json.writeStartObject();
                if (eventName.equals("CreateTopic")) {
                    json.writeStringField("name", event.resourceName());
                }
                else {
                    json.writeStringField("topicArn", event.resourceArn());
                }
                if (eventName.equals("Subscribe")) {
                    json.writeStringField("protocol", "sqs");
                    json.writeStringField("endpoint", "arn:aws:sqs:" + region + ":" + account + ":" + pick(random, event.account().queues));
                    json.writeBooleanField("returnSubscriptionArn", true);
                }
                json.writeEndObject();
            }
            case SQS_MESSAGE, SQS_QUEUE -> {
                json.writeStartObject();
                if (eventName.equals("CreateQueue")) {
                    json.writeStringField("queueName", event.resourceName());
                    json.writeObjectFieldStart("attributes");
                    json.writeStringField("VisibilityTimeout", "30");
                    json.writeStringField("MessageRetentionPeriod", "345600");
                    json.writeEndObject();
                }
                else {
                    json.writeStringField("queueUrl", "https://sqs." + region + ".amazonaws.com/" + account + "/" + event.resourceName());
                }
                switch (eventName) {
                    case "ReceiveMessage" -> {
                        json.writeNumberField("maxNumberOfMessages", 10);
                        json.writeNumberField("waitTimeSeconds", 20);
                    }
                    case "SendMessage" -> {
                        json.writeStringField("messageBody", HIDDEN);
                        json.writeNumberField("delaySeconds", 0);
                    }
                    case "DeleteMessage", "ChangeMessageVisibility" -> json.writeStringField("receiptHandle", HIDDEN);
                    case "GetQueueAttributes" -> {
                        json.writeArrayFieldStart("attributeNames");
                        json.writeString("All");
                        json.writeEndArray();
                    }
                    default -> {
                    }
                }
                json.writeEndObject();
            }
            case ECR_IMAGE -> {
                json.writeStartObject();
                json.writeStringField("repositoryName", event.resourceName());
                json.writeStringField("registryId", account);
                switch (eventName) {
                    case "BatchGetImage", "DescribeImages", "PutImage" -> {
                        json.writeArrayFieldStart("imageIds");
                        json.writeStartObject();
                        json.writeStringField("imageTag", "v1." + random.nextInt(40) + "." + random.nextInt(10));
                        json.writeEndObject();
                        json.writeEndArray();
                    }
                    case "GetDownloadUrlForLayer" -> json.writeStringField("layerDigest", "sha256:" + hex(random, 64));
                    default -> {
                    }
                }
                json.writeEndObject();
            }
            case ECS_TASKS -> {
                json.writeStartObject();
                json.writeStringField("cluster", event.container());
                String taskArn = "arn:aws:ecs:" + region + ":" + account + ":task/" + event.container() + "/" + hex(random, 32);
                switch (eventName) {
                    case "DescribeTasks" -> {
                        json.writeArrayFieldStart("tasks");
                        json.writeString(taskArn);
                        json.writeEndArray();
                    }
                    case "ListTasks" -> {
                        json.writeStringField("serviceName", event.resourceName());
                        json.writeStringField("desiredStatus", "RUNNING");
                    }
                    case "RunTask" -> {
                        json.writeStringField("taskDefinition", event.resourceName() + ":" + (1 + random.nextInt(80)));
                        json.writeNumberField("count", 1);
                        json.writeStringField("launchType", "FARGATE");
                    }
                    default -> {
                        json.writeStringField("task", taskArn);
                        json.writeStringField("status", "RUNNING");
                    }
                }
                json.writeEndObject();
            }
            case ECS_SERVICE -> {
                json.writeStartObject();
                json.writeStringField("cluster", event.container());
                if (eventName.equals("DescribeServices")) {
                    json.writeArrayFieldStart("services");
                    json.writeString(event.resourceName());
                    json.writeEndArray();
                }
                else if (!eventName.equals("ListServices")) {
                    json.writeStringField(eventName.equals("CreateService") ? "serviceName" : "service", event.resourceName());
                    json.writeNumberField("desiredCount", 1 + random.nextInt(6));
                    json.writeBooleanField("forceNewDeployment", chance(random, 0.5));
                }
                json.writeEndObject();
            }
            case EKS_CLUSTER -> {
                json.writeStartObject();
                json.writeStringField("name", event.resourceName());
                if (eventName.contains("Nodegroup") && !eventName.startsWith("List")) {
                    json.writeStringField("nodegroupName", pick(random, List.of("general", "spot", "gpu")));
                }
                if (eventName.equals("DescribeAddon")) {
                    json.writeStringField("addonName", pick(random, List.of("vpc-cni", "coredns", "kube-proxy", "aws-ebs-csi-driver")));
                }
                json.writeEndObject();
            }
            case CLOUDFORMATION_STACK -> {
                json.writeStartObject();
                json.writeStringField("stackName", eventName.startsWith("Describe") && chance(random, 0.5) ? event.resourceArn() : event.resourceName());
                if (eventName.equals("CreateStack") || eventName.equals("UpdateStack") || eventName.equals("CreateChangeSet")) {
                    json.writeStringField("templateURL", "https://s3.amazonaws.com/" + event.account().buckets.get(event.account().buckets.size() - 1) + "/" + hex(random, 12) + "-template.yaml");
                    json.writeArrayFieldStart("capabilities");
                    json.writeString("CAPABILITY_NAMED_IAM");
                    json.writeEndArray();
                    json.writeArrayFieldStart("parameters");
                    json.writeStartObject();
                    json.writeStringField("parameterKey", "Environment");
                    json.writeStringField("parameterValue", event.account().name());
                    json.writeEndObject();
                    json.writeEndArray();
                    if (eventName.equals("CreateChangeSet")) {
                        json.writeStringField("changeSetName", "deploy-" + hex(random, 8));
                    }
                }
                json.writeEndObject();
            }
            case CLOUDWATCH_METRICS -> {
                json.writeStartObject();
                String namespace = pick(random, List.of("AWS/EC2", "AWS/Lambda", "AWS/RDS", "AWS/ApplicationELB", "AWS/SQS"));
                if (eventName.equals("ListMetrics")) {
                    json.writeStringField("namespace", namespace);
                }
                else {
                    if (eventName.equals("GetMetricData")) {
                        json.writeArrayFieldStart("metricDataQueries");
                        json.writeStartObject();
                        json.writeStringField("id", "m1");
                        json.writeObjectFieldStart("metricStat");
                        json.writeObjectFieldStart("metric");
                        json.writeStringField("namespace", namespace);
                        json.writeStringField("metricName", pick(random, List.of("CPUUtilization", "Invocations", "Errors", "Duration")));
                        json.writeEndObject();
                        json.writeNumberField("period", 300);
                        json.writeStringField("stat", "Average");
                        json.writeEndObject();
                        json.writeBooleanField("returnData", true);
                        json.writeEndObject();
                        json.writeEndArray();
                    }
                    else {
                        json.writeStringField("namespace", namespace);
                        json.writeStringField("metricName", "CPUUtilization");
                        json.writeNumberField("period", 60);
                        json.writeArrayFieldStart("statistics");
                        json.writeString("Average");
                        json.writeEndArray();
                    }
                    json.writeStringField("startTime", Timestamps.verbose(event.timeMillis() - 10_800_000L));
                    json.writeStringField("endTime", Timestamps.verbose(event.timeMillis()));
                }
                json.writeEndObject();
            }
            case CLOUDWATCH_ALARM -> {
                json.writeStartObject();
                String alarm = pick(random, Vocabulary.WORKLOADS) + "-" + pick(random, List.of("high-error-rate", "latency-p99", "queue-depth", "cpu-high"));
                if (eventName.equals("DescribeAlarms") && chance(random, 0.5)) {
                    json.writeStringField("stateValue", "ALARM");
                }
                else if (eventName.equals("DeleteAlarms") || eventName.equals("DescribeAlarms")) {
                    json.writeArrayFieldStart("alarmNames");
                    json.writeString(alarm);
                    json.writeEndArray();
                }
                else {
                    json.writeStringField("alarmName", alarm);
                    if (eventName.equals("SetAlarmState")) {
                        json.writeStringField("stateValue", "ALARM");
                        json.writeStringField("stateReason", "testing notifications");
                    }
                    if (eventName.equals("PutMetricAlarm")) {
                        json.writeStringField("metricName", "Errors");
                        json.writeStringField("namespace", "AWS/Lambda");
                        json.writeNumberField("threshold", 5.0);
                        json.writeStringField("comparisonOperator", "GreaterThanThreshold");
                        json.writeNumberField("evaluationPeriods", 3);
                    }
                }
                json.writeEndObject();
            }
            case RDS_INSTANCE -> {
                json.writeStartObject();
                json.writeStringField("dBInstanceIdentifier", event.resourceName());
                switch (eventName) {
                    case "CreateDBSnapshot" -> json.writeStringField("dBSnapshotIdentifier", event.resourceName() + "-" + Timestamps.compactMinute(event.timeMillis()).toLowerCase(Locale.ROOT));
                    case "ModifyDBInstance" -> {
                        json.writeBooleanField("applyImmediately", true);
                        json.writeNumberField("backupRetentionPeriod", pick(random, List.of(1, 7, 35)));
                        if (chance(random, 0.1)) {
                            json.writeBooleanField("publiclyAccessible", true);
                        }
                    }
                    case "DeleteDBInstance" -> json.writeBooleanField("skipFinalSnapshot", chance(random, 0.3));
                    case "CreateDBInstance" -> {
                        json.writeStringField("engine", "postgres");
                        json.writeStringField("dBInstanceClass", "db.r6g.large");
                        json.writeNumberField("allocatedStorage", 100);
                        json.writeBooleanField("storageEncrypted", true);
                    }
                    default -> {
                    }
                }
                json.writeEndObject();
            }
            case KINESIS_RECORD -> {
                json.writeStartObject();
                json.writeStringField("streamName", event.resourceName());
                switch (eventName) {
                    case "PutRecord" -> json.writeStringField("partitionKey", HIDDEN);
                    case "GetShardIterator" -> {
                        json.writeStringField("shardId", "shardId-00000000000" + random.nextInt(4));
                        json.writeStringField("shardIteratorType", "LATEST");
                    }
                    case "IncreaseStreamRetentionPeriod" -> json.writeNumberField("retentionPeriodHours", 168);
                    case "CreateStream" -> json.writeNumberField("shardCount", 4);
                    default -> {
                    }
                }
                json.writeEndObject();
            }
            case GUARDDUTY -> {
                json.writeStartObject();
                json.writeStringField("detectorId", hex(new SplittableRandom(event.accountId().hashCode()), 32));
                if (eventName.equals("GetFindings") || eventName.equals("ArchiveFindings")) {
                    json.writeArrayFieldStart("findingIds");
                    json.writeString(hex(random, 32));
                    json.writeEndArray();
                }
                if (eventName.equals("ListFindings")) {
                    json.writeObjectFieldStart("findingCriteria");
                    json.writeObjectFieldStart("criterion");
                    json.writeObjectFieldStart("severity");
                    json.writeNumberField("gte", 7);
                    json.writeEndObject();
                    json.writeEndObject();
                    json.writeEndObject();
                    json.writeNumberField("maxResults", 50);
                }
                json.writeEndObject();
            }
            case ATHENA_QUERY -> {
                json.writeStartObject();
                if (eventName.equals("StartQueryExecution")) {
                    json.writeStringField("queryString", "SELECT eventname, count(*) FROM cloudtrail_logs WHERE eventtime > '" + Timestamps.iso(event.timeMillis() - 86_400_000L)
                            + "' GROUP BY 1 ORDER BY 2 DESC LIMIT 20");
                    json.writeStringField("clientRequestToken", Randoms.uuid(random));
                    json.writeObjectFieldStart("queryExecutionContext");
                    json.writeStringField("database", "security_lake");
                    json.writeEndObject();
                    json.writeStringField("workGroup", "primary");
                }
                else {
                    json.writeStringField("queryExecutionId", Randoms.uuid(random));
                }
                json.writeEndObject();
            }
            case GLUE_TABLE -> {
                json.writeStartObject();
                json.writeStringField("databaseName", event.container());
                if (eventName.equals("GetTables")) {
                    json.writeNumberField("maxResults", 100);
                }
                else if (eventName.equals("GetPartitions") || eventName.equals("BatchCreatePartition")) {
                    json.writeStringField("tableName", event.resourceName());
                    json.writeStringField("expression", "dt='" + Timestamps.iso(event.timeMillis()).substring(0, 10) + "'");
                }
                else {
                    json.writeStringField("name", event.resourceName());
                }
                json.writeEndObject();
            }
            case ORGANIZATIONS -> {
                switch (eventName) {
                    case "ListOrganizationalUnitsForParent", "ListPolicies" -> {
                        json.writeStartObject();
                        if (eventName.equals("ListPolicies")) {
                            json.writeStringField("filter", "SERVICE_CONTROL_POLICY");
                        }
                        else {
                            json.writeStringField("parentId", "r-" + Randoms.lowerAlphanumeric(random, 4));
                        }
                        json.writeEndObject();
                    }
                    case "DescribeAccount", "AttachPolicy" -> {
                        json.writeStartObject();
                        if (eventName.equals("AttachPolicy")) {
                            json.writeStringField("policyId", "p-" + Randoms.lowerAlphanumeric(random, 8));
                            json.writeStringField("targetId", account);
                        }
                        else {
                            json.writeStringField("accountId", account);
                        }
                        json.writeEndObject();
                    }
                    case "CreateAccount" -> {
                        json.writeStartObject();
                        json.writeStringField("email", "aws+" + Randoms.lowerAlphanumeric(random, 6) + "@example.com");
                        json.writeStringField("accountName", pick(random, Vocabulary.WORKLOADS) + "-sandbox");
                        json.writeEndObject();
                    }
                    default -> json.writeNull();
                }
            }
            case GENERIC -> writeGenericRequest(json, event);
        }
    }

    void writeResponse(JsonGenerator json, EventState event, boolean failed)
            throws IOException
    {
        SplittableRandom random = event.random();
        String eventName = event.eventName();
        long time = event.timeMillis();
        switch (event.kind().shape()) {
            case CONSOLE_LOGIN -> {
                json.writeStartObject();
                json.writeStringField("ConsoleLogin", failed ? "Failure" : "Success");
                json.writeEndObject();
            }
            case SIGNIN_OTHER -> {
                json.writeStartObject();
                json.writeStringField(eventName, "Success");
                json.writeEndObject();
            }
            case STS_ASSUME_ROLE, STS_ASSUME_ROLE_SAML, STS_ASSUME_ROLE_WEB_IDENTITY -> {
                json.writeStartObject();
                credentials(json, random, time);
                json.writeObjectFieldStart("assumedRoleUser");
                String session = event.kind().shape() == Shape.STS_ASSUME_ROLE ? sessionName(event) : "botocore-session-" + (time / 1000);
                String roleId = event.secondary().substring(0, event.secondary().indexOf(':'));
                json.writeStringField("assumedRoleId", roleId + ":" + session);
                json.writeStringField("arn", "arn:aws:sts::" + event.accountId() + ":assumed-role/" + event.resourceName() + "/" + session);
                json.writeEndObject();
                if (event.kind().shape() == Shape.STS_ASSUME_ROLE_SAML) {
                    json.writeNumberField("packedPolicySize", 6);
                    json.writeStringField("subject", event.identity().userName().orElse(""));
                    json.writeStringField("subjectType", "persistent");
                    json.writeStringField("issuer", "http://www.okta.com/exk" + Randoms.alphanumeric(random, 17));
                    json.writeStringField("audience", "https://signin.aws.amazon.com/saml");
                    json.writeStringField("nameQualifier", event.identity().identityProvider().orElse(""));
                }
                if (event.kind().shape() == Shape.STS_ASSUME_ROLE_WEB_IDENTITY) {
                    json.writeStringField("subjectFromWebIdentityToken", "system:serviceaccount:" + pick(random, Vocabulary.WORKLOADS) + ":default");
                    json.writeStringField("provider", event.identity().identityProvider().orElse(""));
                    json.writeStringField("audience", "sts.amazonaws.com");
                }
                json.writeEndObject();
            }
            case STS_FEDERATION_TOKEN, STS_SESSION_TOKEN -> {
                json.writeStartObject();
                credentials(json, random, time);
                if (event.kind().shape() == Shape.STS_FEDERATION_TOKEN) {
                    String name = event.identity().userName().orElse("user") + "-federated";
                    json.writeObjectFieldStart("federatedUser");
                    json.writeStringField("federatedUserId", event.accountId() + ":" + name);
                    json.writeStringField("arn", "arn:aws:sts::" + event.accountId() + ":federated-user/" + name);
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            case S3_OBJECT, S3_MULTIPART, S3_OBJECT_COPY -> {
                if (eventName.equals("PutObject") || eventName.equals("CopyObject") || eventName.equals("CompleteMultipartUpload") || eventName.equals("CreateMultipartUpload")) {
                    json.writeStartObject();
                    json.writeStringField("x-amz-server-side-encryption", chance(random, 0.5) ? "aws:kms" : "AES256");
                    if (chance(random, 0.4)) {
                        json.writeStringField("x-amz-version-id", Randoms.alphanumeric(random, 32));
                    }
                    if (eventName.equals("CreateMultipartUpload")) {
                        json.writeStringField("uploadId", Randoms.alphanumeric(random, 64));
                    }
                    json.writeEndObject();
                }
                else {
                    json.writeNull();
                }
            }
            case EC2_INSTANCE_STATE -> {
                if (eventName.endsWith("Instances") && !eventName.startsWith("Reboot")) {
                    json.writeStartObject();
                    json.writeStringField("requestId", Randoms.uuid(random));
                    json.writeObjectFieldStart("instancesSet");
                    json.writeArrayFieldStart("items");
                    json.writeStartObject();
                    json.writeStringField("instanceId", event.resourceName());
                    boolean start = eventName.startsWith("Start");
                    instanceState(json, "currentState", start ? 0 : eventName.startsWith("Stop") ? 64 : 32, start ? "pending" : eventName.startsWith("Stop") ? "stopping" : "shutting-down");
                    instanceState(json, "previousState", start ? 80 : 16, start ? "stopped" : "running");
                    json.writeEndObject();
                    json.writeEndArray();
                    json.writeEndObject();
                    json.writeEndObject();
                }
                else if (eventName.startsWith("Get")) {
                    json.writeNull();
                }
                else {
                    ec2Return(json, random);
                }
            }
            case EC2_RUN_INSTANCES -> writeRunInstancesResponse(json, event);
            case EC2_SECURITY_GROUP_RULE -> {
                json.writeStartObject();
                json.writeStringField("requestId", Randoms.uuid(random));
                json.writeBooleanField("_return", true);
                if (eventName.startsWith("Authorize")) {
                    json.writeObjectFieldStart("securityGroupRuleSet");
                    json.writeArrayFieldStart("items");
                    json.writeStartObject();
                    json.writeStringField("groupOwnerId", event.accountId());
                    json.writeStringField("groupId", event.resourceName());
                    json.writeStringField("securityGroupRuleId", "sgr-0" + hex(random, 16));
                    json.writeBooleanField("isEgress", eventName.endsWith("Egress"));
                    json.writeEndObject();
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            case EC2_CREATE_TAGS, EC2_SNAPSHOT_ATTRIBUTE -> ec2Return(json, random);
            case EC2_VOLUME -> {
                if (eventName.equals("CreateVolume")) {
                    json.writeStartObject();
                    json.writeStringField("requestId", Randoms.uuid(random));
                    json.writeStringField("volumeId", event.resourceName());
                    json.writeNumberField("size", 100);
                    json.writeStringField("zone", event.region() + "a");
                    json.writeStringField("status", "creating");
                    json.writeNumberField("createTime", time);
                    json.writeStringField("volumeType", "gp3");
                    json.writeNumberField("iops", 3000);
                    json.writeBooleanField("encrypted", true);
                    json.writeNumberField("throughput", 125);
                    json.writeEndObject();
                }
                else {
                    ec2Return(json, random);
                }
            }
            case IAM_CREATE_USER -> {
                json.writeStartObject();
                json.writeObjectFieldStart("user");
                json.writeStringField("path", "/");
                json.writeStringField("userName", event.resourceName());
                json.writeStringField("userId", "AIDA" + Randoms.base32(random, 17));
                json.writeStringField("arn", event.resourceArn());
                json.writeStringField("createDate", Timestamps.verbose(time));
                json.writeEndObject();
                json.writeEndObject();
            }
            case IAM_CREATE_ROLE -> {
                json.writeStartObject();
                json.writeObjectFieldStart("role");
                json.writeStringField("path", "/");
                json.writeStringField("roleName", event.resourceName());
                json.writeStringField("roleId", "AROA" + Randoms.base32(random, 17));
                json.writeStringField("arn", event.resourceArn());
                json.writeStringField("createDate", Timestamps.verbose(time));
                json.writeEndObject();
                json.writeEndObject();
            }
            case IAM_CREATE_ACCESS_KEY -> {
                json.writeStartObject();
                json.writeObjectFieldStart("accessKey");
                json.writeStringField("userName", event.resourceName());
                json.writeStringField("accessKeyId", "AKIA" + Randoms.base32(random, 16));
                json.writeStringField("status", "Active");
                json.writeStringField("createDate", Timestamps.verbose(time));
                json.writeEndObject();
                json.writeEndObject();
            }
            case IAM_INLINE_POLICY -> {
                if (eventName.equals("CreatePolicy")) {
                    json.writeStartObject();
                    json.writeObjectFieldStart("policy");
                    json.writeStringField("policyName", event.resourceName() + "-policy");
                    json.writeStringField("policyId", "ANPA" + Randoms.base32(random, 17));
                    json.writeStringField("arn", "arn:aws:iam::" + event.accountId() + ":policy/" + event.resourceName() + "-policy");
                    json.writeStringField("path", "/");
                    json.writeStringField("defaultVersionId", "v1");
                    json.writeNumberField("attachmentCount", 0);
                    json.writeBooleanField("isAttachable", true);
                    json.writeStringField("createDate", Timestamps.verbose(time));
                    json.writeEndObject();
                    json.writeEndObject();
                }
                else {
                    json.writeNull();
                }
            }
            case LAMBDA_FUNCTION -> {
                if (eventName.startsWith("Update") || eventName.startsWith("Create") || eventName.startsWith("Publish")) {
                    json.writeStartObject();
                    json.writeStringField("functionName", event.resourceName());
                    json.writeStringField("functionArn", event.resourceArn());
                    json.writeStringField("runtime", pick(random, List.of("python3.12", "nodejs20.x", "java17", "provided.al2023")));
                    json.writeStringField("role", "arn:aws:iam::" + event.accountId() + ":role/" + event.resourceName() + "-role");
                    json.writeStringField("handler", "app.handler");
                    json.writeNumberField("codeSize", 1000 + random.nextInt(50_000_000));
                    json.writeNumberField("timeout", 30);
                    json.writeNumberField("memorySize", 512);
                    json.writeStringField("lastModified", Timestamps.iso(time).replace("Z", ".000+0000"));
                    json.writeStringField("codeSha256", Randoms.alphanumeric(random, 43) + "=");
                    json.writeStringField("version", eventName.startsWith("Publish") ? Integer.toString(1 + random.nextInt(200)) : "$LATEST");
                    json.writeObjectFieldStart("tracingConfig");
                    json.writeStringField("mode", "PassThrough");
                    json.writeEndObject();
                    json.writeStringField("revisionId", Randoms.uuid(random));
                    json.writeStringField("state", "Active");
                    json.writeStringField("lastUpdateStatus", "InProgress");
                    json.writeStringField("packageType", "Zip");
                    json.writeArrayFieldStart("architectures");
                    json.writeString(chance(random, 0.5) ? "arm64" : "x86_64");
                    json.writeEndArray();
                    json.writeEndObject();
                }
                else if (eventName.startsWith("AddPermission")) {
                    json.writeStartObject();
                    json.writeStringField("statement", "{\"Sid\":\"AllowInvoke\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"events.amazonaws.com\"},\"Action\":\"lambda:InvokeFunction\",\"Resource\":\""
                            + event.resourceArn() + "\"}");
                    json.writeEndObject();
                }
                else {
                    json.writeNull();
                }
            }
            case LOGS_QUERY -> {
                json.writeStartObject();
                json.writeStringField("queryId", Randoms.uuid(random));
                json.writeEndObject();
            }
            case SSM_PUT_PARAMETER -> {
                json.writeStartObject();
                json.writeNumberField("version", 1 + random.nextInt(30));
                json.writeStringField("tier", "Standard");
                json.writeEndObject();
            }
            case SSM_SEND_COMMAND -> {
                json.writeStartObject();
                json.writeObjectFieldStart("command");
                json.writeStringField("commandId", Randoms.uuid(random));
                json.writeStringField("documentName", "AWS-RunShellScript");
                json.writeArrayFieldStart("instanceIds");
                json.writeString(event.resourceName());
                json.writeEndArray();
                json.writeStringField("requestedDateTime", Timestamps.verbose(time));
                json.writeStringField("status", "Pending");
                json.writeNumberField("targetCount", 1);
                json.writeEndObject();
                json.writeEndObject();
            }
            case SSM_SESSION -> {
                json.writeStartObject();
                String sessionId = sessionName(event) + "-" + hex(random, 17);
                json.writeStringField("sessionId", sessionId);
                if (eventName.equals("StartSession")) {
                    json.writeStringField("tokenValue", "Value hidden due to security reasons.");
                    json.writeStringField("streamUrl", "wss://ssmmessages." + event.region() + ".amazonaws.com/v1/data-channel/" + sessionId + "?role=publish_subscribe&cell-number=" + Randoms.alphanumeric(random, 40));
                }
                json.writeEndObject();
            }
            case SECRETS_SECRET -> {
                if (eventName.equals("CreateSecret") || eventName.equals("PutSecretValue") || eventName.equals("UpdateSecret")) {
                    json.writeStartObject();
                    json.writeStringField("aRN", event.resourceArn());
                    json.writeStringField("name", event.resourceName().substring(0, event.resourceName().length() - 7));
                    json.writeStringField("versionId", Randoms.uuid(random));
                    json.writeEndObject();
                }
                else {
                    json.writeNull();
                }
            }
            case CLOUDTRAIL_TRAIL -> {
                if (eventName.equals("CreateTrail") || eventName.equals("UpdateTrail")) {
                    json.writeStartObject();
                    json.writeStringField("name", event.resourceName());
                    json.writeStringField("s3BucketName", event.account().buckets.get(event.account().buckets.size() - 4));
                    json.writeBooleanField("includeGlobalServiceEvents", true);
                    json.writeBooleanField("isMultiRegionTrail", true);
                    json.writeStringField("trailARN", event.resourceArn());
                    json.writeBooleanField("logFileValidationEnabled", true);
                    json.writeBooleanField("isOrganizationTrail", true);
                    json.writeEndObject();
                }
                else {
                    json.writeNull();
                }
            }
            case SNS_PUBLISH -> {
                json.writeStartObject();
                json.writeStringField("messageId", Randoms.uuid(random));
                json.writeEndObject();
            }
            case SNS_TOPIC -> {
                if (eventName.equals("CreateTopic") || eventName.equals("Subscribe")) {
                    json.writeStartObject();
                    json.writeStringField(eventName.equals("Subscribe") ? "subscriptionArn" : "topicArn",
                            eventName.equals("Subscribe") ? event.resourceArn() + ":" + Randoms.uuid(random) : event.resourceArn());
                    json.writeEndObject();
                }
                else {
                    json.writeNull();
                }
            }
            case SQS_MESSAGE -> {
                if (eventName.startsWith("SendMessage")) {
                    json.writeStartObject();
                    json.writeStringField("mD5OfMessageBody", hex(random, 32));
                    json.writeStringField("messageId", Randoms.uuid(random));
                    json.writeEndObject();
                }
                else {
                    json.writeNull();
                }
            }
            case SQS_QUEUE -> {
                if (eventName.equals("CreateQueue")) {
                    json.writeStartObject();
                    json.writeStringField("queueUrl", "https://sqs." + event.region() + ".amazonaws.com/" + event.accountId() + "/" + event.resourceName());
                    json.writeEndObject();
                }
                else {
                    json.writeNull();
                }
            }
            case ECS_TASKS, ECS_SERVICE -> {
                if (eventName.equals("RunTask") || eventName.equals("UpdateService") || eventName.equals("CreateService")) {
                    json.writeStartObject();
                    json.writeStringField(eventName.equals("RunTask") ? "taskArn" : "serviceArn", event.resourceArn());
                    json.writeStringField("status", eventName.equals("RunTask") ? "PROVISIONING" : "ACTIVE");
                    json.writeEndObject();
                }
                else {
                    json.writeNull();
                }
            }
            case CLOUDFORMATION_STACK -> {
                if (eventName.equals("CreateStack") || eventName.equals("UpdateStack") || eventName.equals("CreateChangeSet")) {
                    json.writeStartObject();
                    json.writeStringField("stackId", event.resourceArn());
                    if (eventName.equals("CreateChangeSet")) {
                        json.writeStringField("id", "arn:aws:cloudformation:" + event.region() + ":" + event.accountId() + ":changeSet/deploy/" + Randoms.uuid(random));
                    }
                    json.writeEndObject();
                }
                else {
                    json.writeNull();
                }
            }
            case KINESIS_RECORD -> {
                if (eventName.equals("PutRecord")) {
                    json.writeStartObject();
                    json.writeStringField("shardId", "shardId-00000000000" + random.nextInt(4));
                    json.writeStringField("sequenceNumber", "4963" + hex(random, 20).replaceAll("[a-f]", "7"));
                    json.writeEndObject();
                }
                else {
                    json.writeNull();
                }
            }
            case ATHENA_QUERY -> {
                if (eventName.equals("StartQueryExecution")) {
                    json.writeStartObject();
                    json.writeStringField("queryExecutionId", Randoms.uuid(random));
                    json.writeEndObject();
                }
                else {
                    json.writeNull();
                }
            }
            case ORGANIZATIONS -> {
                if (eventName.equals("CreateAccount")) {
                    json.writeStartObject();
                    json.writeObjectFieldStart("createAccountStatus");
                    json.writeStringField("id", "car-" + hex(random, 32));
                    json.writeStringField("state", "IN_PROGRESS");
                    json.writeStringField("requestedTimestamp", Timestamps.verbose(time));
                    json.writeEndObject();
                    json.writeEndObject();
                }
                else {
                    json.writeNull();
                }
            }
            case GENERIC -> {
                String verb = verb(eventName);
                if (verb.equals("Create") || verb.equals("Put") || verb.equals("Start") || verb.equals("Request")) {
                    json.writeStartObject();
                    String noun = noun(eventName);
                    json.writeStringField(lowerFirst(noun.isEmpty() ? "resource" : noun) + "Arn", "arn:aws:" + event.kind().service() + ":" + event.region() + ":" + event.accountId() + ":"
                            + kebab(noun) + "/" + event.resourceName());
                    json.writeEndObject();
                }
                else {
                    json.writeNull();
                }
            }
            case S3_LIST_OBJECTS, S3_OBJECTS_DELETE, S3_BUCKET, S3_BUCKET_POLICY, S3_LIST_BUCKETS, STS_CALLER_IDENTITY, KMS_CRYPTO, KMS_KEY,
                    KMS_SERVICE_EVENT, EC2_DESCRIBE_INSTANCES, EC2_DESCRIBE_FILTERED, IAM_ROLE, IAM_USER, IAM_POLICY_ATTACHMENT, IAM_ACCESS_KEY,
                    IAM_LIST, LAMBDA_INVOKE, LOGS_STREAM, LOGS_GROUP, DYNAMODB_ITEM, DYNAMODB_QUERY, DYNAMODB_TABLE, SSM_PARAMETER,
                    SSM_PARAMETERS_BY_PATH, CLOUDTRAIL_LOOKUP, SSO_PORTAL, ECR_TOKEN, ECR_IMAGE, EKS_CLUSTER, CLOUDWATCH_METRICS,
                    CLOUDWATCH_ALARM, RDS_INSTANCE, GUARDDUTY, GLUE_TABLE -> json.writeNull();
        }
    }

    void writeAdditionalEventData(JsonGenerator json, EventState event, boolean failed)
            throws IOException
    {
        SplittableRandom random = event.random();
        switch (event.kind().service()) {
            case "s3" -> {
                json.writeObjectFieldStart("additionalEventData");
                json.writeStringField("SignatureVersion", "SigV4");
                json.writeStringField("CipherSuite", chance(random, 0.65) ? "TLS_AES_128_GCM_SHA256" : "ECDHE-RSA-AES128-GCM-SHA256");
                boolean upload = event.eventName().startsWith("Put") || event.eventName().equals("UploadPart");
                long size = failed ? 0 : (long) Math.exp(4 + random.nextDouble() * 14);
                json.writeNumberField("bytesTransferredIn", upload ? size : 0);
                if (event.kind().data() && !failed) {
                    json.writeStringField("SSEApplied", chance(random, 0.6) ? "Default_SSE_S3" : "SSE_KMS");
                }
                json.writeStringField("AuthenticationMethod", "AuthHeader");
                json.writeStringField("x-amz-id-2", Randoms.alphanumeric(random, 76));
                json.writeNumberField("bytesTransferredOut", upload ? 0 : size);
                json.writeEndObject();
            }
            case "signin" -> {
                if (event.kind().shape() == Shape.CONSOLE_LOGIN) {
                    json.writeObjectFieldStart("additionalEventData");
                    json.writeStringField("LoginTo", "https://console.aws.amazon.com/console/home?hashArgs=%23&isauthcode=true&state=hashArgsFromTB_" + event.region() + "_" + hex(random, 16));
                    json.writeStringField("MobileVersion", "No");
                    if (event.identity().mfa() && !failed) {
                        json.writeStringField("MFAIdentifier", "arn:aws:iam::" + event.accountId() + ":mfa/" + event.identity().userName().orElse("device"));
                    }
                    json.writeStringField("MFAUsed", event.identity().mfa() && !failed ? "Yes" : "No");
                    json.writeEndObject();
                }
                else if (event.eventName().equals("SwitchRole")) {
                    json.writeObjectFieldStart("additionalEventData");
                    json.writeStringField("SwitchFrom", event.identity().arn());
                    json.writeStringField("RedirectTo", "https://console.aws.amazon.com/console/home");
                    json.writeEndObject();
                }
            }
            case "lambda" -> {
                if (event.kind().shape() == Shape.LAMBDA_INVOKE) {
                    json.writeObjectFieldStart("additionalEventData");
                    json.writeStringField("functionVersion", event.resourceArn() + ":$LATEST");
                    json.writeEndObject();
                }
            }
            case "kms" -> {
                if (event.identity().invokedBy().isPresent() && event.kind().shape() == Shape.KMS_CRYPTO && chance(random, 0.5)) {
                    json.writeObjectFieldStart("additionalEventData");
                    json.writeStringField("keyMaterialId", hex(random, 64));
                    json.writeEndObject();
                }
            }
            default -> {
            }
        }
    }

    void writeResources(JsonGenerator json, EventState event)
            throws IOException
    {
        Shape shape = event.kind().shape();
        String account = event.accountId();
        switch (shape) {
            case S3_OBJECT, S3_MULTIPART -> {
                json.writeArrayFieldStart("resources");
                resource(json, null, "AWS::S3::Object", event.resourceArn());
                resource(json, account, "AWS::S3::Bucket", "arn:aws:s3:::" + event.container());
                json.writeEndArray();
            }
            case S3_OBJECT_COPY -> {
                json.writeArrayFieldStart("resources");
                resource(json, null, "AWS::S3::Object", event.resourceArn());
                resource(json, account, "AWS::S3::Bucket", "arn:aws:s3:::" + event.container());
                resource(json, null, "AWS::S3::Object", "arn:aws:s3:::" + event.secondary());
                resource(json, account, "AWS::S3::Bucket", "arn:aws:s3:::" + event.secondary().substring(0, event.secondary().indexOf('/')));
                json.writeEndArray();
            }
            case S3_LIST_OBJECTS -> {
                json.writeArrayFieldStart("resources");
                json.writeStartObject();
                json.writeStringField("type", "AWS::S3::Object");
                json.writeStringField("ARNPrefix", event.resourceArn() + "/" + event.secondary());
                json.writeEndObject();
                resource(json, account, "AWS::S3::Bucket", event.resourceArn());
                json.writeEndArray();
            }
            case S3_OBJECTS_DELETE, S3_BUCKET, S3_BUCKET_POLICY -> {
                json.writeArrayFieldStart("resources");
                resource(json, account, "AWS::S3::Bucket", event.resourceArn());
                json.writeEndArray();
            }
            case STS_ASSUME_ROLE, STS_ASSUME_ROLE_WEB_IDENTITY, KMS_CRYPTO, KMS_KEY, KMS_SERVICE_EVENT, EC2_INSTANCE_STATE, EC2_RUN_INSTANCES,
                    EC2_SECURITY_GROUP_RULE, EC2_SNAPSHOT_ATTRIBUTE, LAMBDA_INVOKE, DYNAMODB_ITEM, DYNAMODB_QUERY, DYNAMODB_TABLE, CLOUDTRAIL_TRAIL,
                    SNS_PUBLISH, SQS_MESSAGE, ECR_IMAGE, KINESIS_RECORD -> {
                if (shape == Shape.DYNAMODB_TABLE && !event.kind().data()) {
                    return;
                }
                json.writeArrayFieldStart("resources");
                resource(json, account, event.resourceType(), event.resourceArn());
                json.writeEndArray();
            }
            case STS_ASSUME_ROLE_SAML -> {
                json.writeArrayFieldStart("resources");
                resource(json, account, "AWS::IAM::Role", event.resourceArn());
                resource(json, account, "AWS::IAM::SAMLProvider", "arn:aws:iam::" + account + ":saml-provider/Okta");
                json.writeEndArray();
            }
            case EC2_VOLUME -> {
                json.writeArrayFieldStart("resources");
                resource(json, account, "AWS::EC2::Volume", event.resourceArn());
                if (event.eventName().startsWith("Attach") || event.eventName().startsWith("Detach")) {
                    resource(json, account, "AWS::EC2::Instance", "arn:aws:ec2:" + event.region() + ":" + account + ":instance/" + event.secondary());
                }
                json.writeEndArray();
            }
            case GENERIC, S3_LIST_BUCKETS, STS_CALLER_IDENTITY, STS_FEDERATION_TOKEN, STS_SESSION_TOKEN, EC2_DESCRIBE_INSTANCES,
                    EC2_DESCRIBE_FILTERED, EC2_CREATE_TAGS, IAM_ROLE, IAM_CREATE_ROLE, IAM_USER, IAM_CREATE_USER, IAM_POLICY_ATTACHMENT,
                    IAM_INLINE_POLICY, IAM_ACCESS_KEY, IAM_CREATE_ACCESS_KEY, IAM_LIST, LAMBDA_FUNCTION, LOGS_STREAM, LOGS_GROUP, LOGS_QUERY,
                    SSM_PARAMETER, SSM_PARAMETERS_BY_PATH, SSM_PUT_PARAMETER, SSM_SEND_COMMAND, SSM_SESSION, SECRETS_SECRET, CLOUDTRAIL_LOOKUP,
                    CONSOLE_LOGIN, SIGNIN_OTHER, SSO_PORTAL, SNS_TOPIC, SQS_QUEUE, ECR_TOKEN, ECS_TASKS, ECS_SERVICE, EKS_CLUSTER,
                    CLOUDFORMATION_STACK, CLOUDWATCH_METRICS, CLOUDWATCH_ALARM, RDS_INSTANCE, GUARDDUTY, ATHENA_QUERY, GLUE_TABLE, ORGANIZATIONS -> {
                // CloudTrail records no resources for these calls
            }
        }
    }

    void writeServiceEventDetails(JsonGenerator json, EventState event)
            throws IOException
    {
        if (event.kind().shape() == Shape.KMS_SERVICE_EVENT) {
            json.writeObjectFieldStart("serviceEventDetails");
            json.writeStringField("keyId", event.resourceName());
            json.writeEndObject();
        }
    }

    /**
     * {@code tlsDetails.clientProvidedHostHeader}: the endpoint the client called.
     */
    String hostHeader(EventState event)
    {
        String service = event.kind().service();
        return switch (service) {
            case "s3" -> event.container().isEmpty() ? "s3." + event.region() + ".amazonaws.com" : event.container() + ".s3." + event.region() + ".amazonaws.com";
            case "iam", "organizations", "route53", "cloudfront", "health" -> service + ".amazonaws.com";
            case "sts" -> event.random().nextInt(3) == 0 ? "sts.amazonaws.com" : "sts." + event.region() + ".amazonaws.com";
            case "signin" -> "signin.aws.amazon.com";
            case "sso" -> "portal.sso." + event.region() + ".amazonaws.com";
            default -> service + "." + event.region() + ".amazonaws.com";
        };
    }

    private static void writeS3BucketRequest(JsonGenerator json, EventState event)
            throws IOException
    {
        String eventName = event.eventName();
        json.writeStartObject();
        switch (eventName) {
            case "CreateBucket" -> {
                json.writeObjectFieldStart("CreateBucketConfiguration");
                json.writeStringField("LocationConstraint", event.region());
                json.writeStringField("xmlns", "http://s3.amazonaws.com/doc/2006-03-01/");
                json.writeEndObject();
            }
            case "PutBucketPublicAccessBlock" -> {
                json.writeObjectFieldStart("PublicAccessBlockConfiguration");
                json.writeStringField("xmlns", "http://s3.amazonaws.com/doc/2006-03-01/");
                boolean block = chance(event.random(), 0.8);
                for (String setting : List.of("RestrictPublicBuckets", "BlockPublicPolicy", "BlockPublicAcls", "IgnorePublicAcls")) {
                    json.writeBooleanField(setting, block);
                }
                json.writeEndObject();
                json.writeStringField("publicAccessBlock", "");
            }
            case "PutBucketEncryption" -> {
                json.writeObjectFieldStart("ServerSideEncryptionConfiguration");
                json.writeStringField("xmlns", "http://s3.amazonaws.com/doc/2006-03-01/");
                json.writeObjectFieldStart("Rule");
                json.writeObjectFieldStart("ApplyServerSideEncryptionByDefault");
                json.writeStringField("SSEAlgorithm", "aws:kms");
                json.writeEndObject();
                json.writeBooleanField("BucketKeyEnabled", true);
                json.writeEndObject();
                json.writeEndObject();
                json.writeStringField("encryption", "");
            }
            case "PutBucketVersioning" -> {
                json.writeObjectFieldStart("VersioningConfiguration");
                json.writeStringField("Status", chance(event.random(), 0.9) ? "Enabled" : "Suspended");
                json.writeStringField("xmlns", "http://s3.amazonaws.com/doc/2006-03-01/");
                json.writeEndObject();
                json.writeStringField("versioning", "");
            }
            case "PutBucketTagging" -> {
                json.writeObjectFieldStart("Tagging");
                json.writeObjectFieldStart("TagSet");
                json.writeArrayFieldStart("Tag");
                json.writeStartObject();
                json.writeStringField("Key", "environment");
                json.writeStringField("Value", event.account().name());
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
                json.writeEndObject();
                json.writeStringField("tagging", "");
            }
            case "PutBucketAcl" -> {
                json.writeObjectFieldStart("AccessControlPolicy");
                json.writeObjectFieldStart("AccessControlList");
                json.writeObjectFieldStart("Grant");
                json.writeObjectFieldStart("Grantee");
                json.writeStringField("xsi:type", "Group");
                json.writeStringField("URI", "http://acs.amazonaws.com/groups/global/AllUsers");
                json.writeEndObject();
                json.writeStringField("Permission", "READ");
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndObject();
                json.writeStringField("acl", "");
            }
            default -> {
                String subresource = s3Subresource(eventName);
                if (!subresource.isEmpty()) {
                    json.writeStringField(subresource, "");
                }
            }
        }
        s3Bucket(json, event);
        json.writeEndObject();
    }

    private static String s3Subresource(String eventName)
    {
        return switch (eventName) {
            case "GetBucketAcl" -> "acl";
            case "GetBucketLocation" -> "location";
            case "GetBucketPolicy", "DeleteBucketPolicy" -> "policy";
            case "GetBucketVersioning" -> "versioning";
            case "GetBucketEncryption" -> "encryption";
            case "GetBucketPublicAccessBlock" -> "publicAccessBlock";
            case "GetBucketTagging" -> "tagging";
            case "GetBucketLogging" -> "logging";
            case "GetBucketLifecycle", "PutBucketLifecycle" -> "lifecycle";
            case "GetBucketCors" -> "cors";
            case "GetBucketReplication" -> "replication";
            case "GetBucketOwnershipControls" -> "ownershipControls";
            default -> "";
        };
    }

    private static void writeRunInstancesResponse(JsonGenerator json, EventState event)
            throws IOException
    {
        SplittableRandom random = event.random();
        String privateAddress = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        json.writeStartObject();
        json.writeStringField("requestId", Randoms.uuid(random));
        json.writeStringField("reservationId", "r-0" + hex(random, 16));
        json.writeStringField("ownerId", event.accountId());
        json.writeObjectFieldStart("groupSet");
        json.writeEndObject();
        json.writeObjectFieldStart("instancesSet");
        json.writeArrayFieldStart("items");
        json.writeStartObject();
        json.writeStringField("instanceId", event.resourceName());
        json.writeStringField("imageId", event.secondary());
        instanceState(json, "instanceState", 0, "pending");
        json.writeStringField("privateDnsName", "ip-" + privateAddress.replace('.', '-') + "." + event.region() + ".compute.internal");
        json.writeNumberField("amiLaunchIndex", 0);
        json.writeObjectFieldStart("productCodes");
        json.writeEndObject();
        json.writeStringField("instanceType", "t3.medium");
        json.writeNumberField("launchTime", event.timeMillis());
        json.writeObjectFieldStart("placement");
        json.writeStringField("availabilityZone", event.region() + "a");
        json.writeStringField("tenancy", "default");
        json.writeEndObject();
        json.writeObjectFieldStart("monitoring");
        json.writeStringField("state", "disabled");
        json.writeEndObject();
        json.writeStringField("subnetId", pick(random, event.account().subnets));
        json.writeStringField("vpcId", pick(random, event.account().vpcs));
        json.writeStringField("privateIpAddress", privateAddress);
        json.writeObjectFieldStart("stateReason");
        json.writeStringField("code", "pending");
        json.writeStringField("message", "pending");
        json.writeEndObject();
        json.writeStringField("architecture", "x86_64");
        json.writeStringField("rootDeviceType", "ebs");
        json.writeStringField("rootDeviceName", "/dev/xvda");
        json.writeStringField("virtualizationType", "hvm");
        json.writeStringField("hypervisor", "xen");
        json.writeObjectFieldStart("groupSet");
        json.writeArrayFieldStart("items");
        json.writeStartObject();
        json.writeStringField("groupId", pick(random, event.account().securityGroups));
        json.writeStringField("groupName", "default");
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeBooleanField("sourceDestCheck", true);
        json.writeBooleanField("ebsOptimized", true);
        json.writeBooleanField("enaSupport", true);
        json.writeObjectFieldStart("cpuOptions");
        json.writeNumberField("coreCount", 1);
        json.writeNumberField("threadsPerCore", 2);
        json.writeEndObject();
        json.writeObjectFieldStart("metadataOptions");
        json.writeStringField("state", "pending");
        json.writeStringField("httpTokens", "required");
        json.writeNumberField("httpPutResponseHopLimit", 2);
        json.writeStringField("httpEndpoint", "enabled");
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeGenericRequest(JsonGenerator json, EventState event)
            throws IOException
    {
        SplittableRandom random = event.random();
        String verb = verb(event.eventName());
        String noun = noun(event.eventName());
        if (verb.equals("List") || verb.equals("Describe") || (verb.equals("Get") && noun.endsWith("s"))) {
            switch (random.nextInt(3)) {
                case 0 -> json.writeNull();
                case 1 -> {
                    json.writeStartObject();
                    json.writeNumberField("maxResults", pick(random, List.of(20, 50, 100, 1000)));
                    json.writeEndObject();
                }
                default -> {
                    json.writeStartObject();
                    json.writeNumberField("maxResults", 100);
                    json.writeStringField("nextToken", HIDDEN);
                    json.writeEndObject();
                }
            }
            return;
        }
        json.writeStartObject();
        json.writeStringField(noun.isEmpty() ? "name" : lowerFirst(noun) + "Name", event.resourceName());
        if (verb.equals("Create") || verb.equals("Put") || verb.equals("Request")) {
            json.writeArrayFieldStart("tags");
            json.writeStartObject();
            json.writeStringField("key", "team");
            json.writeStringField("value", team(event.resourceName()));
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void resource(JsonGenerator json, String accountId, String type, String arn)
            throws IOException
    {
        json.writeStartObject();
        if (accountId != null) {
            json.writeStringField("accountId", accountId);
        }
        json.writeStringField("type", type);
        json.writeStringField("ARN", arn);
        json.writeEndObject();
    }

    private static void s3Bucket(JsonGenerator json, EventState event)
            throws IOException
    {
        json.writeStringField("bucketName", event.container());
        json.writeStringField("Host", event.container() + ".s3." + event.region() + ".amazonaws.com");
    }

    private static void credentials(JsonGenerator json, SplittableRandom random, long time)
            throws IOException
    {
        json.writeObjectFieldStart("credentials");
        json.writeStringField("accessKeyId", "ASIA" + Randoms.base32(random, 16));
        json.writeStringField("sessionToken", "IQoJb3JpZ2luX2Vj" + Randoms.alphanumeric(random, 184));
        json.writeStringField("expiration", Timestamps.verbose(time + 3_600_000L));
        json.writeEndObject();
    }

    private static void instanceState(JsonGenerator json, String field, int code, String name)
            throws IOException
    {
        json.writeObjectFieldStart(field);
        json.writeNumberField("code", code);
        json.writeStringField("name", name);
        json.writeEndObject();
    }

    private static void ec2Return(JsonGenerator json, SplittableRandom random)
            throws IOException
    {
        json.writeStartObject();
        json.writeStringField("requestId", Randoms.uuid(random));
        json.writeBooleanField("_return", true);
        json.writeEndObject();
    }

    private static void ec2Filter(JsonGenerator json, String name, String value)
            throws IOException
    {
        json.writeArrayFieldStart("items");
        json.writeStartObject();
        json.writeStringField("name", name);
        json.writeObjectFieldStart("valueSet");
        json.writeArrayFieldStart("items");
        json.writeStartObject();
        json.writeStringField("value", value);
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void ec2Tag(JsonGenerator json, String key, String value)
            throws IOException
    {
        json.writeStartObject();
        json.writeStringField("key", key);
        json.writeStringField("value", value);
        json.writeEndObject();
    }

    private static void tag(JsonGenerator json, String key, String value)
            throws IOException
    {
        ec2Tag(json, key, value);
    }

    private static void iamTag(JsonGenerator json, String key, String value)
            throws IOException
    {
        ec2Tag(json, key, value);
    }

    private static String ec2SetName(String eventName)
    {
        return switch (eventName) {
            case "DescribeSecurityGroups" -> "securityGroupIdSet";
            case "DescribeVolumes" -> "volumeSet";
            case "DescribeNetworkInterfaces" -> "networkInterfaceIdSet";
            case "DescribeSubnets" -> "subnetSet";
            case "DescribeImages" -> "imagesSet";
            case "DescribeVpcs" -> "vpcSet";
            case "DescribeSnapshots" -> "snapshotSet";
            case "DescribeAddresses" -> "publicIpsSet";
            case "DescribeRouteTables" -> "routeTableIdSet";
            default -> "resourceIdSet";
        };
    }

    private static String trustPolicy(SplittableRandom random, String account)
    {
        String principal = chance(random, 0.7)
                ? "{\"Service\":\"" + pick(random, List.of("lambda.amazonaws.com", "ec2.amazonaws.com", "ecs-tasks.amazonaws.com")) + "\"}"
                : "{\"AWS\":\"arn:aws:iam::" + account + ":root\"}";
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":" + principal + ",\"Action\":\"sts:AssumeRole\"}]}";
    }

    private static String permissionPolicy(SplittableRandom random, EventState event)
    {
        String action = chance(random, 0.1) ? "*" : pick(random, List.of("s3:GetObject", "dynamodb:Query", "sqs:SendMessage", "kms:Decrypt"));
        String resource = chance(random, 0.2) ? "*" : "arn:aws:s3:::" + pick(random, event.account().buckets) + "/*";
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"" + action + "\",\"Resource\":\"" + resource + "\"}]}";
    }

    /**
     * The workload a generated name starts with ({@code orders} of {@code orders-export-job}).
     */
    private static String team(String name)
    {
        int dash = name.indexOf('-');
        return dash < 0 ? name : name.substring(0, dash);
    }

    private static String partnerAccount(EventState event)
    {
        return String.format(Locale.ROOT, "%012d", Math.floorMod(event.account().organizationId().hashCode(), 900_000_000_000L) + 100_000_000_000L);
    }

    private static String sessionName(EventState event)
    {
        Identity identity = event.identity();
        if (identity.userName().isPresent()) {
            return identity.userName().get();
        }
        if (identity.invokedBy().isPresent()) {
            return identity.invokedBy().get().replace(".amazonaws.com", "") + "-" + (event.timeMillis() / 1000);
        }
        String principal = identity.principalId();
        int colon = principal.indexOf(':');
        return colon >= 0 ? principal.substring(colon + 1) : "session-" + (event.timeMillis() / 1000);
    }

    /**
     * An object key of the kind the account's workloads write: dated data files, uploads, exports.
     */
    private static String objectKey(SplittableRandom random, long timeMillis)
    {
        String workload = pick(random, Vocabulary.WORKLOADS);
        return switch (random.nextInt(4)) {
            case 0 -> workload + "/" + Timestamps.datePath(timeMillis) + "/part-" + String.format(Locale.ROOT, "%05d", random.nextInt(400)) + "-" + hex(random, 8) + ".parquet";
            case 1 -> "uploads/" + Randoms.uuid(random) + pick(random, Vocabulary.FILE_EXTENSIONS);
            case 2 -> "exports/" + workload + "-" + Timestamps.iso(timeMillis).substring(0, 10) + ".csv.gz";
            default -> workload + "/" + hex(random, 2) + "/" + hex(random, 24) + pick(random, Vocabulary.FILE_EXTENSIONS);
        };
    }

    /**
     * Skewed towards the first values, as real traffic concentrates on a few buckets, tables and keys.
     */
    private static String skewed(SplittableRandom random, List<String> values)
    {
        double draw = random.nextDouble();
        return values.get((int) (draw * draw * values.size()));
    }

    private static String verb(String eventName)
    {
        for (int index = 1; index < eventName.length(); index++) {
            if (Character.isUpperCase(eventName.charAt(index))) {
                return eventName.substring(0, index);
            }
        }
        return eventName;
    }

    private static String noun(String eventName)
    {
        return eventName.substring(verb(eventName).length()).replaceAll("[0-9]+v?[0-9]*$", "");
    }

    private static String lowerFirst(String value)
    {
        return value.isEmpty() ? value : Character.toLowerCase(value.charAt(0)) + value.substring(1);
    }

    private static String kebab(String value)
    {
        StringBuilder builder = new StringBuilder();
        for (int index = 0; index < value.length(); index++) {
            char character = value.charAt(index);
            if (Character.isUpperCase(character) && index > 0) {
                builder.append('-');
            }
            builder.append(Character.toLowerCase(character));
        }
        return builder.toString();
    }
}
