package io.tarn.engine.exec;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code timestamp with time zone} values packed in a long, as Trino does: the instant in epoch
 * milliseconds in the high 52 bits and a zone key in the low 12. Zone keys are assigned in this process as
 * zones are first used; key 0 is UTC.
 */
public final class TimestampWithZone
{
    private static final int ZONE_BITS = 12;
    private static final int MAX_ZONES = 1 << ZONE_BITS;
    private static final List<ZoneId> ZONES = new ArrayList<>();
    private static final ConcurrentHashMap<ZoneId, Integer> KEYS = new ConcurrentHashMap<>();

    static {
        zoneKey(ZoneOffset.UTC);
    }

    private TimestampWithZone() {}

    public static long pack(long epochMillis, ZoneId zone)
    {
        return (epochMillis << ZONE_BITS) | zoneKey(zone);
    }

    /**
     * A UTC value (zone key 0), without the zone lookup of {@link #pack}.
     */
    public static long packUtc(long epochMillis)
    {
        return epochMillis << ZONE_BITS;
    }

    public static long epochMillis(long packed)
    {
        return packed >> ZONE_BITS;
    }

    /**
     * The zone key of a packed value; 0 is UTC.
     */
    public static int zoneKey(long packed)
    {
        return (int) (packed & (MAX_ZONES - 1));
    }

    public static ZoneId zone(long packed)
    {
        synchronized (ZONES) {
            return ZONES.get((int) (packed & (MAX_ZONES - 1)));
        }
    }

    public static ZonedDateTime toZonedDateTime(long packed)
    {
        return Instant.ofEpochMilli(epochMillis(packed)).atZone(zone(packed));
    }

    public static long fromZonedDateTime(ZonedDateTime value)
    {
        return pack(value.toInstant().toEpochMilli(), value.getZone());
    }

    private static int zoneKey(ZoneId zone)
    {
        ZoneId normalized = zone.normalized().equals(ZoneOffset.UTC) && zone.getId().equals("Z") ? ZoneOffset.UTC : zone;
        Integer key = KEYS.get(normalized);
        if (key != null) {
            return key;
        }
        synchronized (ZONES) {
            return KEYS.computeIfAbsent(normalized, ignored -> {
                if (ZONES.size() >= MAX_ZONES) {
                    throw new IllegalStateException("too many distinct time zones");
                }
                ZONES.add(normalized);
                return ZONES.size() - 1;
            });
        }
    }
}
