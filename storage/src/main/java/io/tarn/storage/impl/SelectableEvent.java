package io.tarn.storage.impl;

/**
 * The parts of an event that advanced event selectors can test, as the ingestion parser sees them.
 */
public interface SelectableEvent
{
    /**
     * The value of a scalar selector field as text, or null when the event lacks it. Field names are the
     * selector spellings: {@code eventCategory}, {@code eventSource}, {@code eventName}, {@code eventType},
     * {@code readOnly} ({@code "true"} or {@code "false"}), {@code errorCode}, {@code userIdentity.arn},
     * {@code sessionCredentialFromConsole}.
     */
    String value(String field);

    int resourceCount();

    String resourceType(int index);

    String resourceArn(int index);
}
