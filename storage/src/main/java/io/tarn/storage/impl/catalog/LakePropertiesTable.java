package io.tarn.storage.impl.catalog;

import io.tarn.error.TarnException;
import io.tarn.storage.LakeOptions;
import io.tarn.storage.impl.CatalogDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

import static io.tarn.storage.StorageErrorCode.CATALOG_ERROR;
import static io.tarn.storage.StorageErrorCode.INVALID_PARAMETER;

/**
 * The {@code lake_properties} table: name-value pairs written once, by whichever process opens a new lake
 * first. The account id is drawn at random (12 digits) unless the options give one; the region comes from
 * the options. Both are fixed from then on because they are part of every ARN: a later open with a different
 * region keeps the recorded one, and a later open that asks for a different account is refused.
 */
public final class LakePropertiesTable
{
    /**
     * The catalog format this code reads and writes; a lake written by a newer format is refused.
     */
    public static final int FORMAT_VERSION = 1;

    private static final String ACCOUNT_ID = "account_id";
    private static final String REGION = "region";
    private static final String CREATED_AT = "created_at";
    private static final String FORMAT = "format_version";
    private static final Pattern ACCOUNT_ID_PATTERN = Pattern.compile("\\d{12}");
    private static final Pattern REGION_PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private LakePropertiesTable() {}

    public static LakeProperties loadOrInitialize(CatalogDatabase database, LakeOptions options, RandomGenerator random)
    {
        options.accountId().ifPresent(LakePropertiesTable::checkAccountId);
        checkRegion(options.region());
        database.ensureTables(List.of("CREATE TABLE IF NOT EXISTS lake_properties (name TEXT PRIMARY KEY, value TEXT NOT NULL)"));
        LakeProperties properties = database.inTransaction(connection -> {
            Map<String, String> values = read(connection);
            if (values.isEmpty()) {
                String accountId = options.accountId().orElseGet(() -> String.format(Locale.ROOT, "%012d", random.nextLong(1_000_000_000_000L)));
                Instant now = options.clock().instant().truncatedTo(ChronoUnit.MILLIS);
                values = Map.of(
                        ACCOUNT_ID, accountId,
                        REGION, options.region(),
                        CREATED_AT, Long.toString(now.toEpochMilli()),
                        FORMAT, Integer.toString(FORMAT_VERSION));
                write(connection, values);
            }
            return toProperties(values);
        });
        if (properties.formatVersion() > FORMAT_VERSION) {
            throw new TarnException(CATALOG_ERROR, "The lake's catalog has format version " + properties.formatVersion()
                    + ", written by a newer Tarn; this Tarn reads version " + FORMAT_VERSION);
        }
        options.accountId()
                .filter(accountId -> !accountId.equals(properties.accountId()))
                .ifPresent(accountId -> {
                    throw new TarnException(INVALID_PARAMETER, "The lake belongs to account '" + properties.accountId() + "' and cannot be opened as account '" + accountId + "'");
                });
        return properties;
    }

    private static Map<String, String> read(Connection connection)
            throws SQLException
    {
        Map<String, String> values = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT name, value FROM lake_properties");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.put(rows.getString(1), rows.getString(2));
            }
        }
        return values;
    }

    private static void write(Connection connection, Map<String, String> values)
            throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO lake_properties (name, value) VALUES (?, ?)")) {
            for (Map.Entry<String, String> entry : values.entrySet()) {
                statement.setString(1, entry.getKey());
                statement.setString(2, entry.getValue());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static LakeProperties toProperties(Map<String, String> values)
    {
        for (String name : List.of(ACCOUNT_ID, REGION, CREATED_AT, FORMAT)) {
            if (!values.containsKey(name)) {
                throw new TarnException(CATALOG_ERROR, "The lake's catalog lacks the property '" + name + "'");
            }
        }
        return new LakeProperties(
                values.get(ACCOUNT_ID),
                values.get(REGION),
                Instant.ofEpochMilli(Long.parseLong(values.get(CREATED_AT))),
                Integer.parseInt(values.get(FORMAT)));
    }

    private static void checkAccountId(String accountId)
    {
        if (!ACCOUNT_ID_PATTERN.matcher(accountId).matches()) {
            throw new TarnException(INVALID_PARAMETER, "Account id '" + accountId + "' is not valid: it must be 12 digits");
        }
    }

    private static void checkRegion(String region)
    {
        if (!REGION_PATTERN.matcher(region).matches()) {
            throw new TarnException(INVALID_PARAMETER, "Region '" + region + "' is not valid: use lower-case letters, digits and single '-', such as 'us-east-1'");
        }
    }
}
