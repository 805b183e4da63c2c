package io.tarn.storage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static java.util.Objects.requireNonNull;

/**
 * A clock that stands still until a test moves it.
 */
public final class TestingClock
        extends Clock
{
    private volatile Instant instant;

    public TestingClock(Instant instant)
    {
        this.instant = requireNonNull(instant, "instant is null");
    }

    public void advance(Duration duration)
    {
        instant = instant.plus(duration);
    }

    public void set(Instant value)
    {
        instant = requireNonNull(value, "value is null");
    }

    @Override
    public Instant instant()
    {
        return instant;
    }

    @Override
    public ZoneId getZone()
    {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone)
    {
        throw new UnsupportedOperationException("a testing clock is always UTC");
    }
}
