package io.tarn.storage.impl.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests set and advance.
 */
public final class TestingClock
        extends Clock
{
    private volatile Instant now;

    public TestingClock(Instant now)
    {
        this.now = now;
    }

    public void set(Instant value)
    {
        now = value;
    }

    public void advance(Duration duration)
    {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone()
    {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone)
    {
        return this;
    }

    @Override
    public Instant instant()
    {
        return now;
    }
}
