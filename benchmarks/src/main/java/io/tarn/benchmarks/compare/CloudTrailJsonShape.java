package io.tarn.benchmarks.compare;

import com.google.common.collect.ImmutableList;

import java.util.List;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * The fields of a CloudTrail record as DuckDB reads them from JSON: keys as CloudTrail spells them, object
 * parameters ({@code requestParameters}...) as {@code MAP(VARCHAR, VARCHAR)} whose nested values are JSON
 * text, as Tarn stores them. Rendered both as a SQL type (for {@code read_json}'s {@code columns}) and as
 * a {@code json_transform} structure.
 */
final class CloudTrailJsonShape
{
    static final Node RECORD = struct("",
            leaf("eventVersion", "VARCHAR"),
            struct("userIdentity",
                    leaf("type", "VARCHAR"), leaf("principalId", "VARCHAR"), leaf("arn", "VARCHAR"), leaf("accountId", "VARCHAR"),
                    leaf("accessKeyId", "VARCHAR"), leaf("userName", "VARCHAR"),
                    struct("sessionContext",
                            struct("attributes", leaf("creationDate", "VARCHAR"), leaf("mfaAuthenticated", "VARCHAR")),
                            struct("sessionIssuer", leaf("type", "VARCHAR"), leaf("principalId", "VARCHAR"), leaf("arn", "VARCHAR"),
                                    leaf("accountId", "VARCHAR"), leaf("userName", "VARCHAR")),
                            leaf("sourceIdentity", "VARCHAR"), leaf("ec2RoleDelivery", "VARCHAR")),
                    leaf("invokedBy", "VARCHAR"), leaf("identityProvider", "VARCHAR")),
            leaf("eventTime", "TIMESTAMP"),
            leaf("eventSource", "VARCHAR"),
            leaf("eventName", "VARCHAR"),
            leaf("awsRegion", "VARCHAR"),
            leaf("sourceIPAddress", "VARCHAR"),
            leaf("userAgent", "VARCHAR"),
            leaf("errorCode", "VARCHAR"),
            leaf("errorMessage", "VARCHAR"),
            leaf("requestParameters", "MAP(VARCHAR, VARCHAR)"),
            leaf("responseElements", "MAP(VARCHAR, VARCHAR)"),
            leaf("additionalEventData", "MAP(VARCHAR, VARCHAR)"),
            leaf("requestID", "VARCHAR"),
            leaf("eventID", "VARCHAR"),
            leaf("readOnly", "BOOLEAN"),
            new Node("resources", "", List.of(struct("", leaf("accountId", "VARCHAR"), leaf("type", "VARCHAR"), leaf("ARN", "VARCHAR"), leaf("ARNPrefix", "VARCHAR"))), true),
            leaf("eventType", "VARCHAR"),
            leaf("apiVersion", "VARCHAR"),
            leaf("managementEvent", "BOOLEAN"),
            leaf("recipientAccountId", "VARCHAR"),
            leaf("sharedEventID", "VARCHAR"),
            leaf("vpcEndpointId", "VARCHAR"),
            leaf("serviceEventDetails", "MAP(VARCHAR, VARCHAR)"),
            leaf("eventCategory", "VARCHAR"),
            struct("tlsDetails", leaf("tlsVersion", "VARCHAR"), leaf("cipherSuite", "VARCHAR"), leaf("clientProvidedHostHeader", "VARCHAR")),
            leaf("sessionCredentialFromConsole", "VARCHAR"));

    private CloudTrailJsonShape() {}

    /**
     * The record as a DuckDB SQL type, e.g. {@code STRUCT(eventVersion VARCHAR, ...)}.
     */
    static String sqlType()
    {
        return RECORD.sqlType();
    }

    /**
     * The record as a {@code json_transform} structure, e.g. {@code {"eventVersion":"VARCHAR", ...}}.
     */
    static String transformStructure()
    {
        return RECORD.structure();
    }

    /**
     * The top-level fields, to select them with lower-case names.
     */
    static List<String> topLevelFields()
    {
        return RECORD.children().stream().map(Node::name).toList();
    }

    private static Node leaf(String name, String type)
    {
        return new Node(name, type, List.of(), false);
    }

    private static Node struct(String name, Node... children)
    {
        return new Node(name, "", List.of(children), false);
    }

    /**
     * A field: a leaf with a type, a struct of children, or (array) a list of its one child.
     */
    record Node(String name, String type, List<Node> children, boolean array)
    {
        Node
        {
            requireNonNull(name, "name is null");
            requireNonNull(type, "type is null");
            children = ImmutableList.copyOf(children);
        }

        String sqlType()
        {
            if (array) {
                return children.get(0).sqlType() + "[]";
            }
            if (children.isEmpty()) {
                return type;
            }
            return children.stream().map(child -> "\"" + child.name() + "\" " + child.sqlType()).collect(Collectors.joining(", ", "STRUCT(", ")"));
        }

        String structure()
        {
            if (array) {
                return "[" + children.get(0).structure() + "]";
            }
            if (children.isEmpty()) {
                return "\"" + type + "\"";
            }
            return children.stream().map(child -> "\"" + child.name() + "\":" + child.structure()).collect(Collectors.joining(",", "{", "}"));
        }
    }
}
