package io.tarn.storage.impl.catalog;

import io.tarn.storage.BillingMode;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.tarn.error.TarnAssertions.assertTarnExceptionThrownBy;
import static io.tarn.storage.StorageErrorCode.INVALID_PARAMETER;
import static io.tarn.storage.StorageErrorCode.INVALID_TAG_PARAMETER;
import static io.tarn.storage.impl.catalog.EventDataStoreRules.checkName;
import static io.tarn.storage.impl.catalog.EventDataStoreRules.checkRetention;
import static io.tarn.storage.impl.catalog.EventDataStoreRules.checkTags;
import static org.assertj.core.api.Assertions.assertThatCode;

public class TestEventDataStoreRules
{
    @Test
    public void testValidNames()
    {
        for (String name : new String[] {"abc", "my-event-data-store", "Audit.Trail_2024", "a".repeat(128), "1.2.3", "10.0.0.0.1"}) {
            assertThatCode(() -> checkName(name)).as(name).doesNotThrowAnyException();
        }
    }

    @Test
    public void testInvalidNames()
    {
        // Spec 2.2 and the guide's examples of invalid names (L18889-18901)
        assertInvalidName("ab", "it must be 3 to 128 characters long");
        assertInvalidName("a".repeat(129), "it must be 3 to 128 characters long");
        assertInvalidName("my-_namespace", "it may not have '-_': '.', '_' and '-' cannot be next to each other");
        assertInvalidName("my--namespace", "it may not have '--': '.', '_' and '-' cannot be next to each other");
        assertInvalidName("my store", "it may contain only ASCII letters, digits, '.', '_' and '-', not ' '");
        assertInvalidName("störe", "it may contain only ASCII letters, digits, '.', '_' and '-', not 'ö'");
        assertInvalidName("-store", "it must start and end with a letter or digit");
        assertInvalidName("store.", "it must start and end with a letter or digit");
        assertInvalidName("192.168.5.4", "it may not be formatted as an IP address");
    }

    @Test
    public void testRetentionRanges()
    {
        // Spec 2.1: 7..3653 days extendable, 7..2557 days fixed
        assertThatCode(() -> checkRetention(7, BillingMode.EXTENDABLE_RETENTION_PRICING)).doesNotThrowAnyException();
        assertThatCode(() -> checkRetention(3653, BillingMode.EXTENDABLE_RETENTION_PRICING)).doesNotThrowAnyException();
        assertThatCode(() -> checkRetention(2557, BillingMode.FIXED_RETENTION_PRICING)).doesNotThrowAnyException();
        assertTarnExceptionThrownBy(() -> checkRetention(6, BillingMode.EXTENDABLE_RETENTION_PRICING), INVALID_PARAMETER)
                .hasMessage("Retention period of 6 days is outside the 7 to 3653 days allowed with EXTENDABLE_RETENTION_PRICING");
        assertTarnExceptionThrownBy(() -> checkRetention(3654, BillingMode.EXTENDABLE_RETENTION_PRICING), INVALID_PARAMETER);
        assertTarnExceptionThrownBy(() -> checkRetention(2558, BillingMode.FIXED_RETENTION_PRICING), INVALID_PARAMETER)
                .hasMessage("Retention period of 2558 days is outside the 7 to 2557 days allowed with FIXED_RETENTION_PRICING");
    }

    @Test
    public void testTags()
    {
        Map<String, String> fifty = new LinkedHashMap<>();
        for (int index = 0; index < 50; index++) {
            fifty.put("key" + index, "value " + index);
        }
        assertThatCode(() -> checkTags(fifty)).doesNotThrowAnyException();
        assertThatCode(() -> checkTags(Map.of("k".repeat(128), "v".repeat(256), "empty", ""))).doesNotThrowAnyException();

        Map<String, String> fiftyOne = new LinkedHashMap<>(fifty);
        fiftyOne.put("one-more", "x");
        assertTarnExceptionThrownBy(() -> checkTags(fiftyOne), INVALID_TAG_PARAMETER).hasMessage("An event data store may have at most 50 tags, not 51");
        assertTarnExceptionThrownBy(() -> checkTags(Map.of("", "x")), INVALID_TAG_PARAMETER).hasMessage("Tag key '' must be 1 to 128 characters long");
        assertTarnExceptionThrownBy(() -> checkTags(Map.of("k".repeat(129), "x")), INVALID_TAG_PARAMETER);
        assertTarnExceptionThrownBy(() -> checkTags(Map.of("team", "v".repeat(257))), INVALID_TAG_PARAMETER)
                .hasMessage("Value of tag 'team' is longer than 256 characters");
        assertTarnExceptionThrownBy(() -> checkTags(Map.of("aws:created", "x")), INVALID_TAG_PARAMETER)
                .hasMessage("Tag key 'aws:created' may not start with 'aws:', which is reserved");
        assertTarnExceptionThrownBy(() -> checkTags(Map.of("team", "a;b")), INVALID_TAG_PARAMETER)
                .hasMessage("Value of tag 'team' may contain only letters, digits, spaces and _ . : / = + - @");
    }

    private static void assertInvalidName(String name, String reason)
    {
        assertTarnExceptionThrownBy(() -> checkName(name), INVALID_PARAMETER)
                .hasMessage("Event data store name '" + name + "' is not valid: " + reason);
    }
}
