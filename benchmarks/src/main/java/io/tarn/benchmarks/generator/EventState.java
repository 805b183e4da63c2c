package io.tarn.benchmarks.generator;

import java.util.SplittableRandom;

import static java.util.Objects.requireNonNull;

/**
 * One event being written: who, where and when, and the resource it acts on, chosen before any field is
 * written so that the error message, request, response and resources agree.
 *
 * @param resourceName the resource's name as the request gives it (empty when the call names none)
 * @param resourceArn its ARN (empty when it has none)
 * @param resourceType its CloudFormation-style type, e.g. {@code AWS::S3::Object} (empty when none)
 * @param container what holds the resource: the bucket of an object, the cluster of a task...
 * @param secondary a second resource some calls name: the source of a copy, the policy attached...
 */
record EventState(
        SplittableRandom random,
        Account account,
        String region,
        EventKind kind,
        Identity identity,
        long timeMillis,
        String resourceName,
        String resourceArn,
        String resourceType,
        String container,
        String secondary)
{
    EventState
    {
        requireNonNull(random, "random is null");
        requireNonNull(account, "account is null");
        requireNonNull(region, "region is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(identity, "identity is null");
        requireNonNull(resourceName, "resourceName is null");
        requireNonNull(resourceArn, "resourceArn is null");
        requireNonNull(resourceType, "resourceType is null");
        requireNonNull(container, "container is null");
        requireNonNull(secondary, "secondary is null");
    }

    String accountId()
    {
        return account.id();
    }

    String eventName()
    {
        return kind.eventName();
    }
}
