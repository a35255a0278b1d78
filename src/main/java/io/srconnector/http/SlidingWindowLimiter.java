package io.srconnector.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code limit} permits within any window of {@code window} (+ a small margin for network jitter): the way
 * SmartRecruiters counts requests ("10 requests per second" over a sliding second). A fixed-cycle limiter would allow
 * {@code limit} permits at the end of one cycle and {@code limit} more at the start of the next; this one keeps the
 * times of the last {@code limit} permits and waits until the oldest has left the window. Thread-safe; waiters are
 * served in no particular order.
 */
public final class SlidingWindowLimiter {
    private final long[] granted;
    private final long windowNanos;
    private int oldest;

    /**
     * @param limit  permits per window (≥ 1)
     * @param window window length; a permit is granted only when fewer than {@code limit} were granted within it
     */
    public SlidingWindowLimiter(int limit, Duration window) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be ≥ 1");
        }
        this.granted = new long[limit];
        this.windowNanos = window.toNanos();
        long longAgo = System.nanoTime() - 2 * windowNanos;
        java.util.Arrays.fill(granted, longAgo);
    }

    /**
     * Waits for a permit.
     *
     * @return true when granted within {@code timeout}, false otherwise
     * @throws InterruptedException when interrupted while waiting
     */
    public boolean acquire(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long wait;
            synchronized (this) {
                long now = System.nanoTime();
                wait = granted[oldest] + windowNanos - now;
                if (wait <= 0) {
                    granted[oldest] = now;
                    oldest = (oldest + 1) % granted.length;
                    return true;
                }
            }
            if (System.nanoTime() + wait > deadline) {
                return false;
            }
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /** Marks every slot as just used: no permit for one whole window (the server reported its budget spent). */
    public synchronized void drain() {
        long now = System.nanoTime();
        java.util.Arrays.fill(granted, now);
    }

    /** Permits per window. */
    public int limit() {
        return granted.length;
    }

    /** The window length, including the jitter margin. */
    public Duration window() {
        return Duration.ofNanos(windowNanos);
    }
}
