package io.tarn.benchmarks.generator;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tarn.benchmarks.generator.Identity.SessionIssuer;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import static io.tarn.benchmarks.generator.Randoms.chance;
import static io.tarn.benchmarks.generator.Randoms.hex;
import static io.tarn.benchmarks.generator.Randoms.pick;

/**
 * Writes one CloudTrail record: the envelope (identity, time, network, error, category, TLS) in CloudTrail's
 * field order, with the request, response, resources and extra data of its {@link Shape} from
 * {@link ShapeWriter}. One instance per thread; all randomness comes from the caller's generator.
 */
final class EventWriter
{
    private static final String[] EVENT_VERSIONS = {"1.08", "1.09", "1.10"};
    private static final Set<String> ACCESS_DENIED_EXCEPTION_SERVICES = Set.of(
            "lambda", "ssm", "secretsmanager", "logs", "ecr", "ecs", "eks", "athena", "glue", "states", "kinesis", "securityhub",
            "guardduty", "access-analyzer", "backup", "codebuild", "wafv2", "sso", "organizations", "cloudformation");

    private final long seed;
    private final ShapeWriter shapes = new ShapeWriter();

    EventWriter(long seed)
    {
        this.seed = seed;
    }

    /**
     * Writes the record of event number {@code sequence} (unique in the whole output, it makes the eventID).
     */
    void write(JsonGenerator json, SplittableRandom random, Account account, String region, EventKind kind, Identity identity, long timeMillis, long sequence)
            throws IOException
    {
        EventState event = shapes.prepare(random, account, region, kind, identity, timeMillis);
        Failure failure = failure(random, event);

        json.writeStartObject();
        json.writeStringField("eventVersion", EVENT_VERSIONS[Math.floorMod(kind.service().hashCode(), EVENT_VERSIONS.length)]);
        writeIdentity(json, random, identity, timeMillis);
        json.writeStringField("eventTime", Timestamps.iso(timeMillis));
        json.writeStringField("eventSource", kind.eventSource());
        json.writeStringField("eventName", kind.eventName());
        json.writeStringField("awsRegion", region);
        String address = sourceAddress(random, identity);
        json.writeStringField("sourceIPAddress", address);
        String userAgent = userAgent(random, identity, kind);
        json.writeStringField("userAgent", userAgent);
        if (failure != null && failure.code() != null) {
            json.writeStringField("errorCode", failure.code());
        }
        if (failure != null && failure.message() != null) {
            json.writeStringField("errorMessage", failure.message());
        }
        json.writeFieldName("requestParameters");
        shapes.writeRequest(json, event);
        json.writeFieldName("responseElements");
        if (failure != null && kind.shape() != Shape.CONSOLE_LOGIN) {
            json.writeNull();
        }
        else {
            shapes.writeResponse(json, event, failure != null);
        }
        shapes.writeAdditionalEventData(json, event, failure != null);
        if (kind.eventType().equals("AwsApiCall")) {
            json.writeStringField("requestID", kind.service().equals("s3") ? Randoms.upperAlphanumeric(random, 16) : Randoms.uuid(random));
        }
        json.writeStringField("eventID", Randoms.uniqueUuid(seed, sequence));
        json.writeBooleanField("readOnly", kind.readOnly());
        shapes.writeResources(json, event);
        json.writeStringField("eventType", kind.eventType());
        if (kind.service().equals("route53") || kind.service().equals("cloudfront")) {
            json.writeStringField("apiVersion", kind.service().equals("route53") ? "2013-04-01" : "2020_05_31");
        }
        if (!kind.eventType().equals("AwsServiceEvent")) {
            json.writeBooleanField("managementEvent", !kind.data());
        }
        json.writeStringField("recipientAccountId", account.id());
        shapes.writeServiceEventDetails(json, event);
        if (identity.type() == IdentityType.AWS_ACCOUNT || (kind.shape() == Shape.STS_ASSUME_ROLE && chance(random, 0.03))) {
            json.writeStringField("sharedEventID", Randoms.uuid(random));
        }
        boolean realAddress = Character.isDigit(address.charAt(0)) || address.indexOf(':') > 0;
        if (realAddress && identity.type() == IdentityType.ASSUMED_ROLE && chance(random, 0.08)) {
            json.writeStringField("vpcEndpointId", "vpce-0" + hex(new SplittableRandom(Randoms.mix(seed, account.id().hashCode() + random.nextInt(3))), 16));
        }
        json.writeStringField("eventCategory", kind.data() ? "Data" : "Management");
        if (realAddress && !userAgent.equals("AWS Internal")) {
            json.writeObjectFieldStart("tlsDetails");
            boolean modern = chance(random, 0.65);
            json.writeStringField("tlsVersion", modern ? "TLSv1.3" : "TLSv1.2");
            json.writeStringField("cipherSuite", modern ? "TLS_AES_128_GCM_SHA256" : "ECDHE-RSA-AES128-GCM-SHA256");
            json.writeStringField("clientProvidedHostHeader", shapes.hostHeader(event));
            json.writeEndObject();
        }
        if (identity.console() && (userAgent.startsWith("[S3Console") || userAgent.equals("AWS Internal")) && kind.eventType().equals("AwsApiCall")) {
            json.writeStringField("sessionCredentialFromConsole", "true");
        }
        json.writeEndObject();
    }

    private void writeIdentity(JsonGenerator json, SplittableRandom random, Identity identity, long timeMillis)
            throws IOException
    {
        json.writeObjectFieldStart("userIdentity");
        if (identity.type().jsonName().isPresent()) {
            json.writeStringField("type", identity.type().jsonName().get());
        }
        switch (identity.type()) {
            case IAM_USER, ASSUMED_ROLE, ROOT, FEDERATED_USER -> {
                json.writeStringField("principalId", identity.principalId());
                json.writeStringField("arn", identity.arn());
                json.writeStringField("accountId", identity.accountId());
                if (!identity.accessKeyIds().isEmpty()) {
                    json.writeStringField("accessKeyId", pick(random, identity.accessKeyIds()));
                }
                if (identity.userName().isPresent()) {
                    json.writeStringField("userName", identity.userName().get());
                }
                if (identity.temporaryCredentials() || identity.console()) {
                    writeSessionContext(json, random, identity, timeMillis);
                }
            }
            case AWS_ACCOUNT -> {
                json.writeStringField("principalId", identity.principalId());
                json.writeStringField("accountId", identity.accountId());
            }
            case IDENTITY_CENTER_USER -> {
                json.writeStringField("accountId", identity.accountId());
                json.writeObjectFieldStart("onBehalfOf");
                json.writeStringField("userId", identity.identityCenterUserId().orElseThrow());
                json.writeStringField("identityStoreArn", identity.identityStoreArn().orElseThrow());
                json.writeEndObject();
                json.writeStringField("credentialId", identity.credentialId().orElseThrow());
            }
            case SAML_USER, WEB_IDENTITY_USER -> {
                json.writeStringField("principalId", identity.principalId());
                json.writeStringField("userName", identity.userName().orElseThrow());
                json.writeStringField("identityProvider", identity.identityProvider().orElseThrow());
            }
            case UNKNOWN -> {
                json.writeStringField("principalId", "");
                json.writeStringField("accountId", identity.accountId());
                json.writeStringField("userName", identity.userName().orElseThrow());
            }
            case AWS_INTERNAL -> json.writeStringField("accountId", identity.accountId());
            case AWS_SERVICE -> {
                // only invokedBy, below
            }
        }
        if (identity.invokedBy().isPresent()) {
            json.writeStringField("invokedBy", identity.invokedBy().get());
        }
        json.writeEndObject();
    }

    private static void writeSessionContext(JsonGenerator json, SplittableRandom random, Identity identity, long timeMillis)
            throws IOException
    {
        json.writeObjectFieldStart("sessionContext");
        json.writeObjectFieldStart("sessionIssuer");
        if (identity.sessionIssuer().isPresent()) {
            SessionIssuer issuer = identity.sessionIssuer().get();
            json.writeStringField("type", issuer.type());
            json.writeStringField("principalId", issuer.principalId());
            json.writeStringField("arn", issuer.arn());
            json.writeStringField("accountId", issuer.accountId());
            json.writeStringField("userName", issuer.userName());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("webIdFederationData");
        if (identity.federatedProvider().isPresent()) {
            json.writeStringField("federatedProvider", identity.federatedProvider().get());
            json.writeObjectFieldStart("attributes");
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeObjectFieldStart("attributes");
        // sessions last up to an hour here: created at most an hour before the call, at a whole second
        json.writeStringField("creationDate", Timestamps.iso(timeMillis - 1000L * random.nextInt(3600)));
        json.writeStringField("mfaAuthenticated", identity.mfa() ? "true" : "false");
        json.writeEndObject();
        if (identity.sourceIdentity().isPresent()) {
            json.writeStringField("sourceIdentity", identity.sourceIdentity().get());
        }
        if (identity.ec2RoleDelivery().isPresent()) {
            json.writeStringField("ec2RoleDelivery", identity.ec2RoleDelivery().get());
        }
        json.writeEndObject();
    }

    private static String sourceAddress(SplittableRandom random, Identity identity)
    {
        if (identity.invokedBy().isPresent()) {
            return identity.invokedBy().get();
        }
        return pick(random, identity.sourceAddresses());
    }

    private static String userAgent(SplittableRandom random, Identity identity, EventKind kind)
    {
        if (kind.eventType().equals("AwsConsoleSignIn")) {
            String agent = pick(random, identity.userAgents());
            return agent.startsWith("Mozilla") ? agent : Vocabulary.PEOPLE_AGENTS.get(5);
        }
        if (identity.invokedBy().isPresent()) {
            return identity.invokedBy().get();
        }
        return pick(random, identity.userAgents());
    }

    /**
     * Whether the call fails and how; null when it succeeds. A failed console sign-in has a message and no code.
     */
    private static Failure failure(SplittableRandom random, EventState event)
    {
        Identity identity = event.identity();
        EventKind kind = event.kind();
        double rate = identity.errorRate() * (kind.readOnly() ? 0.7 : 1.5);
        if (!chance(random, Math.min(rate, 0.95))) {
            return null;
        }
        if (kind.shape() == Shape.CONSOLE_LOGIN) {
            return new Failure(null, "Failed authentication");
        }
        String service = kind.service();
        String action = service + ":" + kind.eventName();
        double draw = random.nextDouble();
        // callers with stolen or misconfigured credentials are denied; others mostly hit missing resources and throttling
        if (identity.errorRate() > 0.1 || draw < 0.62) {
            String caller = identity.arn().isEmpty() ? identity.invokedBy().orElse("anonymous") : identity.arn();
            if (service.equals("ec2")) {
                return new Failure("Client.UnauthorizedOperation", "You are not authorized to perform this operation. User: " + caller
                        + " is not authorized to perform: " + action + " because no identity-based policy allows the " + action
                        + " action. Encoded authorization failure message: " + Randoms.alphanumeric(random, 96));
            }
            String code = ACCESS_DENIED_EXCEPTION_SERVICES.contains(service) ? "AccessDeniedException" : "AccessDenied";
            String resource = event.resourceArn().isEmpty() ? "*" : event.resourceArn();
            return new Failure(code, "User: " + caller + " is not authorized to perform: " + action + " on resource: " + resource
                    + " because no identity-based policy allows the " + action + " action");
        }
        if (draw < 0.88) {
            return notFound(event);
        }
        return switch (service) {
            case "ec2" -> new Failure("Client.RequestLimitExceeded", "Request limit exceeded.");
            case "s3" -> new Failure("SlowDown", "Please reduce your request rate.");
            default -> new Failure("ThrottlingException", "Rate exceeded");
        };
    }

    private static Failure notFound(EventState event)
    {
        String name = event.resourceName().isEmpty() ? event.kind().eventName() : event.resourceName();
        return switch (event.kind().service()) {
            case "s3" -> switch (event.kind().eventName()) {
                case "GetBucketPolicy" -> new Failure("NoSuchBucketPolicy", "The bucket policy does not exist");
                case "GetBucketPublicAccessBlock" -> new Failure("NoSuchPublicAccessBlockConfiguration", "The public access block configuration was not found");
                case "GetBucketLifecycle" -> new Failure("NoSuchLifecycleConfiguration", "The lifecycle configuration does not exist");
                case "GetBucketCors" -> new Failure("NoSuchCORSConfiguration", "The CORS configuration does not exist");
                case "GetBucketTagging" -> new Failure("NoSuchTagSet", "The TagSet does not exist");
                case "GetBucketEncryption" -> new Failure("ServerSideEncryptionConfigurationNotFoundError", "The server side encryption configuration was not found");
                case "GetBucketReplication" -> new Failure("ReplicationConfigurationNotFoundError", "The replication configuration was not found");
                default -> event.kind().data()
                        ? new Failure("NoSuchKey", "The specified key does not exist.")
                        : new Failure("NoSuchBucket", "The specified bucket does not exist");
            };
            case "iam" -> new Failure("NoSuchEntityException", "The " + (event.kind().eventName().contains("User") ? "user" : "role") + " with name " + name + " cannot be found.");
            case "ec2" -> new Failure("Client.InvalidInstanceID.NotFound", "The instance ID '" + name + "' does not exist");
            case "ssm" -> new Failure("ParameterNotFound", null);
            case "kms" -> new Failure("NotFoundException", "Key '" + event.resourceArn() + "' does not exist");
            case "dynamodb" -> new Failure("ResourceNotFoundException", "Requested resource not found");
            case "sqs" -> new Failure("AWS.SimpleQueueService.NonExistentQueue", "The specified queue does not exist.");
            case "cloudtrail" -> new Failure("TrailNotFoundException", "Unknown trail: " + name + " for the user: " + event.account().id());
            default -> new Failure("ResourceNotFoundException", String.format(Locale.ROOT, "%s not found: %s", event.kind().eventName().replaceAll("^[A-Z][a-z]+", ""), name));
        };
    }

    /**
     * An error: {@code code} may be null (failed console sign-in), {@code message} too (some services omit it).
     */
    private record Failure(String code, String message) {}
}
