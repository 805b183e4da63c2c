package io.tarn.storage.impl.catalog;

import io.tarn.error.TarnException;
import io.tarn.storage.BillingMode;

import java.util.Map;
import java.util.regex.Pattern;

import static io.tarn.storage.StorageErrorCode.INVALID_PARAMETER;
import static io.tarn.storage.StorageErrorCode.INVALID_TAG_PARAMETER;

/**
 * The rules for a store's name, retention period and tags.
 *
 * <ul>
 * <li>Names (spec 2.2): 3 to 128 characters of ASCII letters, digits, {@code .}, {@code _} and {@code -};
 * starting and ending with a letter or digit; no two of {@code ._-} next to each other; not formatted like
 * an IPv4 address. Names are case-sensitive.
 * <li>Retention (spec 2.1): 7 to 3,653 days with extendable pricing, 7 to 2,557 days with fixed pricing.
 * <li>Tags (spec 2.2): at most 50; keys 1 to 128 characters, values 0 to 256. As in AWS, whose rules the guide
 * does not repeat, keys may not start with {@code aws:} (reserved for the system) and keys and values consist
 * of letters, digits, white space and {@code _ . : / = + - @}.
 * </ul>
 */
public final class EventDataStoreRules
{
    public static final int MINIMUM_NAME_LENGTH = 3;
    public static final int MAXIMUM_NAME_LENGTH = 128;
    public static final int MAXIMUM_TAGS = 50;
    public static final int MAXIMUM_TAG_KEY_LENGTH = 128;
    public static final int MAXIMUM_TAG_VALUE_LENGTH = 256;

    private static final Pattern NAME_CHARACTER = Pattern.compile("[A-Za-z0-9._-]");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern TAG_TEXT = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

    private EventDataStoreRules() {}

    public static void checkName(String name)
    {
        checkName("Event data store", name);
    }

    /**
     * Checks the name of a store, a channel or another resource of the lake, which share Lake's rules; the
     * kind starts the message ({@code Channel name 'x' is not valid: ...}).
     */
    public static void checkName(String kind, String name)
    {
        if (name.length() < MINIMUM_NAME_LENGTH || name.length() > MAXIMUM_NAME_LENGTH) {
            throw invalidName(kind, name, "it must be " + MINIMUM_NAME_LENGTH + " to " + MAXIMUM_NAME_LENGTH + " characters long");
        }
        for (int index = 0; index < name.length(); index++) {
            char character = name.charAt(index);
            if (!NAME_CHARACTER.matcher(String.valueOf(character)).matches()) {
                throw invalidName(kind, name, "it may contain only ASCII letters, digits, '.', '_' and '-', not '" + character + "'");
            }
            if (index > 0 && isSeparator(character) && isSeparator(name.charAt(index - 1))) {
                throw invalidName(kind, name, "it may not have '" + name.substring(index - 1, index + 1) + "': '.', '_' and '-' cannot be next to each other");
            }
        }
        if (isSeparator(name.charAt(0)) || isSeparator(name.charAt(name.length() - 1))) {
            throw invalidName(kind, name, "it must start and end with a letter or digit");
        }
        if (IP_ADDRESS.matcher(name).matches()) {
            throw invalidName(kind, name, "it may not be formatted as an IP address");
        }
    }

    public static void checkRetention(int retentionPeriodDays, BillingMode billingMode)
    {
        if (retentionPeriodDays < billingMode.minimumRetentionDays() || retentionPeriodDays > billingMode.maximumRetentionDays()) {
            throw new TarnException(INVALID_PARAMETER, "Retention period of " + retentionPeriodDays + " days is outside the "
                    + billingMode.minimumRetentionDays() + " to " + billingMode.maximumRetentionDays() + " days allowed with " + billingMode);
        }
    }

    public static void checkTags(Map<String, String> tags)
    {
        if (tags.size() > MAXIMUM_TAGS) {
            throw new TarnException(INVALID_TAG_PARAMETER, "An event data store may have at most " + MAXIMUM_TAGS + " tags, not " + tags.size());
        }
        tags.forEach((key, value) -> {
            if (key.isEmpty() || key.length() > MAXIMUM_TAG_KEY_LENGTH) {
                throw invalidTag("Tag key '" + key + "' must be 1 to " + MAXIMUM_TAG_KEY_LENGTH + " characters long");
            }
            if (key.startsWith("aws:")) {
                throw invalidTag("Tag key '" + key + "' may not start with 'aws:', which is reserved");
            }
            if (!TAG_TEXT.matcher(key).matches()) {
                throw invalidTag("Tag key '" + key + "' may contain only letters, digits, spaces and _ . : / = + - @");
            }
            if (value.length() > MAXIMUM_TAG_VALUE_LENGTH) {
                throw invalidTag("Value of tag '" + key + "' is longer than " + MAXIMUM_TAG_VALUE_LENGTH + " characters");
            }
            if (!TAG_TEXT.matcher(value).matches()) {
                throw invalidTag("Value of tag '" + key + "' may contain only letters, digits, spaces and _ . : / = + - @");
            }
        });
    }

    private static boolean isSeparator(char character)
    {
        return character == '.' || character == '_' || character == '-';
    }

    private static TarnException invalidName(String kind, String name, String reason)
    {
        return new TarnException(INVALID_PARAMETER, kind + " name '" + name + "' is not valid: " + reason);
    }

    private static TarnException invalidTag(String message)
    {
        return new TarnException(INVALID_TAG_PARAMETER, message);
    }
}
