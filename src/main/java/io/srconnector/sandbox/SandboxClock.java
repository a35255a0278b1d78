package io.srconnector.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox's one clock: "now" for mutations ({@code updatedOn} of touched records), request timestamps and
 * token expiry. Follows the system clock by default; tests can pin it or move it.
 */
public final class SandboxClock extends Clock {

    private final Clock system;
    private final AtomicReference<Instant> fixed = new AtomicReference<>();
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    private SandboxClock(Clock system, Instant fixedAt) {
        this.system = system;
        this.fixed.set(fixedAt);
    }

    /** Follows the system UTC clock. */
    public static SandboxClock system() {
        return new SandboxClock(Clock.systemUTC(), null);
    }

    /** Stands still at {@code instant} until moved. */
    public static SandboxClock fixed(Instant instant) {
        return new SandboxClock(Clock.systemUTC(), instant);
    }

    /** Pins the clock at {@code instant}. */
    public void set(Instant instant) {
        fixed.set(instant);
    }

    /** Moves the clock forward (or back, for negative durations). */
    public void advance(Duration d) {
        Instant f = fixed.get();
        if (f != null) {
            fixed.set(f.plus(d));
        } else {
            offset.updateAndGet(o -> o.plus(d));
        }
    }

    /** Follows the system clock again. */
    public void release() {
        fixed.set(null);
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        Instant f = fixed.get();
        return f != null ? f : system.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
