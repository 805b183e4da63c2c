package io.tarn.benchmarks.generator;

import java.util.Optional;

/**
 * The {@code userIdentity.type} values CloudTrail records, plus the typeless identity of service events.
 */
enum IdentityType
{
    IAM_USER("IAMUser"),
    ASSUMED_ROLE("AssumedRole"),
    ROOT("Root"),
    AWS_SERVICE("AWSService"),
    AWS_ACCOUNT("AWSAccount"),
    FEDERATED_USER("FederatedUser"),
    IDENTITY_CENTER_USER("IdentityCenterUser"),
    SAML_USER("SAMLUser"),
    WEB_IDENTITY_USER("WebIdentityUser"),
    UNKNOWN("Unknown"),
    /** A service event's identity: only {@code accountId} and {@code invokedBy}, no {@code type}. */
    AWS_INTERNAL(null);

    private final String jsonName;

    IdentityType(String jsonName)
    {
        this.jsonName = jsonName;
    }

    Optional<String> jsonName()
    {
        return Optional.ofNullable(jsonName);
    }
}
