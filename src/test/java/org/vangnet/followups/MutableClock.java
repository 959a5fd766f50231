package org.vangnet.followups;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the follow-up tests move by hand. */
public class MutableClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>(Clock.systemUTC().instant());

    public void set(Instant instant) {
        now.set(instant);
    }

    public void advance(Duration duration) {
        now.updateAndGet(i -> i.plus(duration));
    }

    /** Back to the real time, so each test starts from "now". */
    public void reset() {
        now.set(Clock.systemUTC().instant());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
