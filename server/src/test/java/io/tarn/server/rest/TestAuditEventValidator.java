package io.tarn.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.server.api.LakeJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestAuditEventValidator
{
    // The guide's custom-events.json (spec 7.6, second copy), as one line
    private static final String GUIDE_EVENT = "{\"version\":\"eventData.version\",\"UID\":\"UID\",\"userIdentity\":{\"type\":\"CustomUserIdentity\",\"principalId\":\"principalId\","
            + "\"details\":{\"key\":\"value\"}},\"eventTime\":\"2021-10-27T12:13:14Z\",\"eventName\":\"eventName\",\"userAgent\":\"userAgent\",\"eventSource\":\"eventSource\","
            + "\"requestParameters\":{\"key\":\"value\"},\"responseElements\":{\"key\":\"value\"},\"additionalEventData\":{\"key\":\"value\"},"
            + "\"sourceIPAddress\":\"12.34.56.78\",\"recipientAccountId\":\"152089810396\"}";
    // printf %s "$GUIDE_EVENT" | openssl dgst -binary -sha256 | base64
    private static final String GUIDE_EVENT_CHECKSUM = "HGpMJ7Mr9oDSbW11Rw5q5H3ueY9e4v3YGpWFCY7fVII=";

    private final AuditEventValidator validator = new AuditEventValidator("152089810396");

    @Test
    void testGuideExample()
            throws Exception
    {
        ObjectNode data = validator.validate(event(GUIDE_EVENT, GUIDE_EVENT_CHECKSUM));
        assertThat(data.get("UID").textValue()).isEqualTo("UID");
        assertThat(validator.validate(event(GUIDE_EVENT, null)).toString()).isEqualTo(data.toString());
        assertThat(AuditEventValidator.checksum(GUIDE_EVENT)).isEqualTo(GUIDE_EVENT_CHECKSUM);
    }

    @Test
    void testRefusals()
    {
        assertRefused(event(GUIDE_EVENT, GUIDE_EVENT_CHECKSUM.replace('H', 'h')), "InvalidChecksum");
        // The guide's first copy has placeholders where an address and an account belong
        assertRefused(event(GUIDE_EVENT.replace("12.34.56.78", "source_IP_address"), null), "InvalidData");
        assertRefused(event(GUIDE_EVENT.replace("152089810396", "recipient_account_ID"), null), "InvalidRecipient");
        assertRefused(event(GUIDE_EVENT.replace("\"UID\":\"UID\",", ""), null), "FieldNotFound");
        assertRefused(event(GUIDE_EVENT.replace("\"principalId\":\"principalId\",", ""), null), "FieldNotFound");
        assertRefused(event(GUIDE_EVENT.replace("\"eventName\":\"eventName\"", "\"eventName\":\"" + "n".repeat(1025) + "\""), null), "FieldTooLong");
        assertRefused(event(GUIDE_EVENT.replace("\"type\":\"CustomUserIdentity\"", "\"type\":\"" + "t".repeat(129) + "\""), null), "FieldTooLong");
        assertRefused(event(GUIDE_EVENT.replace("{\"key\":\"value\"},\"sourceIPAddress\"", "{\"key\":\"" + "v".repeat(28 * 1024) + "\"},\"sourceIPAddress\""), null), "FieldTooLong");
        assertRefused(event(GUIDE_EVENT.replace("2021-10-27T12:13:14Z", "2021-10-27 12:13"), null), "InvalidData");
        assertRefused(event(GUIDE_EVENT.replace("2021-10-27T12:13:14Z", "2021-02-30T12:13:14Z"), null), "InvalidData");
        assertRefused(event(GUIDE_EVENT.replace("\"requestParameters\":{\"key\":\"value\"}", "\"requestParameters\":\"key=value\""), null), "InvalidData");
        assertRefused(event("not json", null), "InvalidData");
        assertRefused(LakeJson.MAPPER.createObjectNode().put("id", "1"), "FieldNotFound");
        assertRefused(LakeJson.MAPPER.createObjectNode().put("id", "1").put("eventData", 5), "InvalidData");
    }

    private static JsonNode event(String data, String checksum)
    {
        ObjectNode event = LakeJson.MAPPER.createObjectNode().put("id", "1").put("eventData", data);
        if (checksum != null) {
            event.put("eventDataChecksum", checksum);
        }
        return event;
    }

    private void assertRefused(JsonNode event, String errorCode)
    {
        assertThatThrownBy(() -> validator.validate(event))
                .isInstanceOfSatisfying(AuditEventValidator.InvalidAuditEventException.class, e -> assertThat(e.errorCode()).as(e.getMessage()).isEqualTo(errorCode));
    }
}
