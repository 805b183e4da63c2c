package io.tarn.storage.impl.scan;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static java.util.Objects.requireNonNull;

/**
 * A clock that stands still until a test moves it.
 */
final class TestingClock
        extends Clock
{
    private volatile Instant instant;

    TestingClock(Instant instant)
    {
        this.instant = requireNonNull(instant, "instant is null");
    }

    void set(Instant value)
    {
        instant = requireNonNull(value, "value is null");
    }

    @Override
    public ZoneId getZone()
    {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone)
    {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant()
    {
        return instant;
    }
}
