package io.tarn.server.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.net.InetAddresses;
import io.tarn.server.api.LakeJson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Checks one PutAuditEvents event against the Lake integration event schema (spec 7.8) and its checksum
 * (spec 7.6), in this order:
 *
 * <ol>
 * <li>{@code eventData} is present ({@code FieldNotFound}) and a string ({@code InvalidData});
 * <li>when {@code eventDataChecksum} is given, it equals base64(SHA-256(UTF-8 bytes of {@code eventData}))
 * ({@code InvalidChecksum}), the per-event reading of the API reference that the spec adopts;
 * <li>{@code eventData} is one JSON object ({@code InvalidData}) with only the schema's fields
 * ({@code InvalidData} naming an unknown one);
 * <li>the required fields are there ({@code FieldNotFound}): {@code version}, {@code userIdentity} with
 * {@code type} and {@code principalId}, {@code eventSource}, {@code eventName}, {@code eventTime},
 * {@code UID}, {@code recipientAccountId};
 * <li>every field has its JSON type, strings or objects ({@code InvalidData}), {@code eventTime} is
 * {@code yyyy-MM-ddTHH:mm:ss} in UTC (a fraction and a {@code Z} are accepted), {@code sourceIPAddress} is an
 * IPv4 or IPv6 address ({@code InvalidData});
 * <li>strings and objects are within the schema's sizes ({@code FieldTooLong}): {@code version},
 * {@code errorCode} and {@code errorMessage} 256 characters, {@code userIdentity.type} 128, the other strings
 * 1024; {@code requestParameters} and {@code responseElements} 100 KB, {@code additionalEventData} 28 KB
 * (their JSON text in UTF-8 bytes);
 * <li>{@code recipientAccountId} is the lake's account, which owns the channel ({@code InvalidRecipient}).
 * </ol>
 */
final class AuditEventValidator
{
    static final String FIELD_NOT_FOUND = "FieldNotFound";
    static final String FIELD_TOO_LONG = "FieldTooLong";
    static final String INVALID_CHECKSUM = "InvalidChecksum";
    static final String INVALID_DATA = "InvalidData";
    static final String INVALID_RECIPIENT = "InvalidRecipient";

    private static final Set<String> FIELDS = Set.of("version", "userIdentity", "userAgent", "eventSource", "eventName", "eventTime", "UID", "requestParameters",
            "responseElements", "errorCode", "errorMessage", "sourceIPAddress", "recipientAccountId", "additionalEventData");
    private static final Set<String> IDENTITY_FIELDS = Set.of("type", "principalId", "details");
    // Ordered, so that an event with several faults is always refused for the same one
    private static final Map<String, Integer> STRING_LIMITS = ImmutableMap.of(
            "version", 256,
            "userAgent", 1024,
            "eventSource", 1024,
            "eventName", 1024,
            "UID", 1024,
            "errorCode", 256,
            "errorMessage", 256,
            "recipientAccountId", 1024,
            "sourceIPAddress", 1024,
            "eventTime", 64);
    private static final Map<String, Integer> OBJECT_LIMITS = ImmutableMap.of(
            "requestParameters", 100 * 1024,
            "responseElements", 100 * 1024,
            "additionalEventData", 28 * 1024);
    private static final Pattern EVENT_TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?Z?");

    private final String accountId;

    AuditEventValidator(String accountId)
    {
        this.accountId = requireNonNull(accountId, "accountId is null");
    }

    /**
     * The event's {@code eventData} as an object, or the reason it is refused.
     */
    ObjectNode validate(JsonNode event)
            throws InvalidAuditEventException
    {
        JsonNode data = event.get("eventData");
        if (data == null || data.isNull()) {
            throw new InvalidAuditEventException(FIELD_NOT_FOUND, "The event has no eventData");
        }
        if (!data.isTextual()) {
            throw new InvalidAuditEventException(INVALID_DATA, "eventData must be a string holding the event's JSON");
        }
        String text = data.textValue();
        JsonNode checksum = event.get("eventDataChecksum");
        if (checksum != null && !checksum.isNull()) {
            String expected = checksum(text);
            if (!checksum.isTextual() || !checksum.textValue().equals(expected)) {
                throw new InvalidAuditEventException(INVALID_CHECKSUM, "eventDataChecksum does not match eventData: base64(SHA-256(eventData)) is " + expected);
            }
        }
        JsonNode parsed;
        try {
            parsed = LakeJson.MAPPER.readTree(text);
        }
        catch (JsonProcessingException e) {
            throw new InvalidAuditEventException(INVALID_DATA, "eventData is not valid JSON: " + e.getOriginalMessage());
        }
        if (parsed == null || !parsed.isObject()) {
            throw new InvalidAuditEventException(INVALID_DATA, "eventData must be a JSON object");
        }
        ObjectNode object = (ObjectNode) parsed;
        checkFields(object, FIELDS, "eventData");
        for (String required : new String[] {"version", "userIdentity", "eventSource", "eventName", "eventTime", "UID", "recipientAccountId"}) {
            if (!present(object, required)) {
                throw new InvalidAuditEventException(FIELD_NOT_FOUND, "eventData has no " + required);
            }
        }
        for (Map.Entry<String, Integer> limit : STRING_LIMITS.entrySet()) {
            checkString(object, limit.getKey(), limit.getValue(), limit.getKey());
        }
        for (Map.Entry<String, Integer> limit : OBJECT_LIMITS.entrySet()) {
            checkObject(object, limit.getKey(), limit.getValue(), limit.getKey());
        }

        JsonNode identity = object.get("userIdentity");
        if (!identity.isObject()) {
            throw new InvalidAuditEventException(INVALID_DATA, "userIdentity must be an object");
        }
        checkFields(identity, IDENTITY_FIELDS, "userIdentity");
        for (String required : new String[] {"type", "principalId"}) {
            if (!present(identity, required)) {
                throw new InvalidAuditEventException(FIELD_NOT_FOUND, "userIdentity has no " + required);
            }
        }
        checkString(identity, "type", 128, "userIdentity.type");
        checkString(identity, "principalId", 1024, "userIdentity.principalId");
        checkObject(identity, "details", Integer.MAX_VALUE, "userIdentity.details");

        String eventTime = object.get("eventTime").textValue();
        if (!EVENT_TIME.matcher(eventTime).matches() || !validTime(eventTime)) {
            throw new InvalidAuditEventException(INVALID_DATA, "eventTime '" + eventTime + "' is not a UTC time of the form yyyy-MM-ddTHH:mm:ss");
        }
        if (present(object, "sourceIPAddress") && !InetAddresses.isInetAddress(object.get("sourceIPAddress").textValue())) {
            throw new InvalidAuditEventException(INVALID_DATA, "sourceIPAddress '" + object.get("sourceIPAddress").textValue() + "' is not an IPv4 or IPv6 address");
        }
        String recipient = object.get("recipientAccountId").textValue();
        if (!recipient.equals(accountId)) {
            throw new InvalidAuditEventException(INVALID_RECIPIENT, "recipientAccountId '" + recipient + "' is not the account that owns the channel, " + accountId);
        }
        return object;
    }

    /**
     * base64(SHA-256(UTF-8 bytes of the text)), as {@code printf %s "$eventData" | openssl dgst -binary -sha256 | base64} prints it.
     */
    static String checksum(String text)
    {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private static boolean validTime(String eventTime)
    {
        try {
            LocalDateTime.parse(eventTime.endsWith("Z") ? eventTime.substring(0, eventTime.length() - 1) : eventTime);
            return true;
        }
        catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean present(JsonNode object, String field)
    {
        JsonNode value = object.get(field);
        return value != null && !value.isNull();
    }

    private static void checkFields(JsonNode object, Set<String> known, String where)
            throws InvalidAuditEventException
    {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new InvalidAuditEventException(INVALID_DATA, where + " has a field the integration schema does not know: '" + name + "'");
            }
        }
    }

    private static void checkString(JsonNode object, String field, int maxLength, String label)
            throws InvalidAuditEventException
    {
        if (!present(object, field)) {
            return;
        }
        JsonNode value = object.get(field);
        if (!value.isTextual()) {
            throw new InvalidAuditEventException(INVALID_DATA, label + " must be a string");
        }
        if (value.textValue().length() > maxLength) {
            throw new InvalidAuditEventException(FIELD_TOO_LONG, label + " has " + value.textValue().length() + " characters; the most allowed is " + maxLength);
        }
    }

    private static void checkObject(JsonNode object, String field, int maxBytes, String label)
            throws InvalidAuditEventException
    {
        if (!present(object, field)) {
            return;
        }
        JsonNode value = object.get(field);
        if (!value.isObject()) {
            throw new InvalidAuditEventException(INVALID_DATA, label + " must be a JSON object");
        }
        int bytes = value.toString().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new InvalidAuditEventException(FIELD_TOO_LONG, label + " has " + bytes + " bytes of JSON; the most allowed is " + maxBytes);
        }
    }

    /**
     * Why an event was refused: Lake's per-event error code and a message.
     */
    static final class InvalidAuditEventException
            extends Exception
    {
        private final String errorCode;

        InvalidAuditEventException(String errorCode, String message)
        {
            super(message, null, false, false);
            this.errorCode = requireNonNull(errorCode, "errorCode is null");
        }

        String errorCode()
        {
            return errorCode;
        }
    }
}
