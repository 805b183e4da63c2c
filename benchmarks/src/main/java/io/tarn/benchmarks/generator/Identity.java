package io.tarn.benchmarks.generator;

import com.google.common.collect.ImmutableList;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One caller as CloudTrail records it, with the habits the generator gives it: where it calls from, with
 * which user agents, and how often its calls fail.
 *
 * @param sessionIssuer for assumed roles and federated users, who issued the session
 * @param invokedBy the AWS service acting for the caller
 * @param federatedProvider {@code sessionContext.webIdFederationData.federatedProvider} of a role assumed
 *         through a web identity
 * @param identityProvider of SAML and web identity users
 * @param identityCenterUserId with {@code identityStoreArn}, the {@code onBehalfOf} of an Identity Center user
 * @param temporaryCredentials whether its access keys are temporary ({@code ASIA...}) and it has a session
 * @param console whether it works in the console (sign-ins, {@code sessionCredentialFromConsole})
 * @param errorRate the probability that one of its calls fails
 */
record Identity(
        IdentityType type,
        String principalId,
        String arn,
        String accountId,
        Optional<String> userName,
        List<String> accessKeyIds,
        Optional<SessionIssuer> sessionIssuer,
        Optional<String> invokedBy,
        Optional<String> federatedProvider,
        Optional<String> identityProvider,
        Optional<String> identityCenterUserId,
        Optional<String> identityStoreArn,
        Optional<String> credentialId,
        Optional<String> sourceIdentity,
        Optional<String> ec2RoleDelivery,
        boolean temporaryCredentials,
        boolean console,
        boolean mfa,
        List<String> sourceAddresses,
        List<String> userAgents,
        double errorRate)
{
    Identity
    {
        requireNonNull(type, "type is null");
        requireNonNull(principalId, "principalId is null");
        requireNonNull(arn, "arn is null");
        requireNonNull(accountId, "accountId is null");
        requireNonNull(userName, "userName is null");
        accessKeyIds = ImmutableList.copyOf(requireNonNull(accessKeyIds, "accessKeyIds is null"));
        requireNonNull(sessionIssuer, "sessionIssuer is null");
        requireNonNull(invokedBy, "invokedBy is null");
        requireNonNull(federatedProvider, "federatedProvider is null");
        requireNonNull(identityProvider, "identityProvider is null");
        requireNonNull(identityCenterUserId, "identityCenterUserId is null");
        requireNonNull(identityStoreArn, "identityStoreArn is null");
        requireNonNull(credentialId, "credentialId is null");
        requireNonNull(sourceIdentity, "sourceIdentity is null");
        requireNonNull(ec2RoleDelivery, "ec2RoleDelivery is null");
        sourceAddresses = ImmutableList.copyOf(requireNonNull(sourceAddresses, "sourceAddresses is null"));
        userAgents = ImmutableList.copyOf(requireNonNull(userAgents, "userAgents is null"));
    }

    /**
     * {@code userIdentity.sessionContext.sessionIssuer}.
     */
    record SessionIssuer(String type, String principalId, String arn, String accountId, String userName)
    {
        SessionIssuer
        {
            requireNonNull(type, "type is null");
            requireNonNull(principalId, "principalId is null");
            requireNonNull(arn, "arn is null");
            requireNonNull(accountId, "accountId is null");
            requireNonNull(userName, "userName is null");
        }
    }

    /**
     * Builds identities field by field; absent fields stay empty.
     */
    static final class Builder
    {
        private final IdentityType type;
        private final String accountId;
        private String principalId = "";
        private String arn = "";
        private Optional<String> userName = Optional.empty();
        private List<String> accessKeyIds = List.of();
        private Optional<SessionIssuer> sessionIssuer = Optional.empty();
        private Optional<String> invokedBy = Optional.empty();
        private Optional<String> federatedProvider = Optional.empty();
        private Optional<String> identityProvider = Optional.empty();
        private Optional<String> identityCenterUserId = Optional.empty();
        private Optional<String> identityStoreArn = Optional.empty();
        private Optional<String> credentialId = Optional.empty();
        private Optional<String> sourceIdentity = Optional.empty();
        private Optional<String> ec2RoleDelivery = Optional.empty();
        private boolean temporaryCredentials;
        private boolean console;
        private boolean mfa;
        private List<String> sourceAddresses = List.of();
        private List<String> userAgents = List.of();
        private double errorRate;

        Builder(IdentityType type, String accountId)
        {
            this.type = requireNonNull(type, "type is null");
            this.accountId = requireNonNull(accountId, "accountId is null");
        }

        Builder principal(String value, String arnValue)
        {
            this.principalId = value;
            this.arn = arnValue;
            return this;
        }

        Builder userName(String value)
        {
            this.userName = Optional.of(value);
            return this;
        }

        Builder accessKeyIds(List<String> values, boolean temporary)
        {
            this.accessKeyIds = values;
            this.temporaryCredentials = temporary;
            return this;
        }

        Builder sessionIssuer(SessionIssuer value)
        {
            this.sessionIssuer = Optional.of(value);
            return this;
        }

        Builder invokedBy(String value)
        {
            this.invokedBy = Optional.of(value);
            return this;
        }

        Builder federatedProvider(String value)
        {
            this.federatedProvider = Optional.of(value);
            return this;
        }

        Builder identityProvider(String value)
        {
            this.identityProvider = Optional.of(value);
            return this;
        }

        Builder identityCenter(String userId, String storeArn, String credential)
        {
            this.identityCenterUserId = Optional.of(userId);
            this.identityStoreArn = Optional.of(storeArn);
            this.credentialId = Optional.of(credential);
            return this;
        }

        Builder sourceIdentity(String value)
        {
            this.sourceIdentity = Optional.of(value);
            return this;
        }

        Builder ec2RoleDelivery(String value)
        {
            this.ec2RoleDelivery = Optional.of(value);
            return this;
        }

        Builder console(boolean value, boolean withMfa)
        {
            this.console = value;
            this.mfa = withMfa;
            return this;
        }

        Builder habits(List<String> addresses, List<String> agents, double rate)
        {
            this.sourceAddresses = addresses;
            this.userAgents = agents;
            this.errorRate = rate;
            return this;
        }

        Identity build()
        {
            return new Identity(type, principalId, arn, accountId, userName, accessKeyIds, sessionIssuer, invokedBy, federatedProvider,
                    identityProvider, identityCenterUserId, identityStoreArn, credentialId, sourceIdentity, ec2RoleDelivery,
                    temporaryCredentials, console, mfa, sourceAddresses, userAgents, errorRate);
        }
    }
}
