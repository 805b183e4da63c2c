package io.tarn.benchmarks.generator;

import static java.util.Objects.requireNonNull;

/**
 * One kind of API event: service, name and how its records look.
 *
 * @param service the short service name, e.g. {@code s3} for {@code s3.amazonaws.com}
 * @param eventSource the record's {@code eventSource}
 * @param data whether it is a data event ({@code eventCategory} {@code Data}, {@code managementEvent} false)
 * @param global whether the service is global, so that its events are recorded in {@code us-east-1}
 * @param eventType {@code AwsApiCall}, {@code AwsConsoleSignIn} or {@code AwsServiceEvent}
 * @param actors who makes this call
 */
record EventKind(String service, String eventSource, String eventName, boolean readOnly, boolean data, boolean global, String eventType, Shape shape, Actors actors)
{
    EventKind
    {
        requireNonNull(service, "service is null");
        requireNonNull(eventSource, "eventSource is null");
        requireNonNull(eventName, "eventName is null");
        requireNonNull(eventType, "eventType is null");
        requireNonNull(shape, "shape is null");
        requireNonNull(actors, "actors is null");
    }

    /**
     * Who makes a call: the identities an event of this kind is drawn from.
     */
    enum Actors
    {
        /** The account's usual mix of people, workloads and services. */
        ANYONE,
        /** Mostly AWS services calling on the account's behalf (AssumeRole by Lambda, Decrypt by S3...). */
        MOSTLY_SERVICES,
        /** People: IAM users, console sessions of assumed roles, Identity Center users, sometimes root. */
        PEOPLE,
        /** A console sign-in: people, and now and then an unknown user who failed. */
        CONSOLE_SIGN_IN,
        /** Users of a SAML identity provider. */
        SAML_USERS,
        /** Users of a web identity (OIDC) provider. */
        WEB_IDENTITY_USERS,
        /** IAM users asking for federation tokens. */
        IAM_USERS,
        /** AWS itself: a service event with only an account and {@code invokedBy}. */
        AWS_INTERNAL,
    }
}
