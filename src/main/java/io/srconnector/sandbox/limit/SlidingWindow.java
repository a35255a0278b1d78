package io.srconnector.sandbox.limit;

/**
 * Sliding-window request counter: at most {@code limit} admissions within any {@code windowNanos}.
 * Keeps the times of the last {@code limit} admissions in a ring; rejected attempts are not counted.
 */
final class SlidingWindow {

    private final int limit;
    private final long windowNanos;
    private final long[] admitted;
    private int next;
    private int size;

    SlidingWindow(int limit, long windowNanos) {
        this.limit = limit;
        this.windowNanos = windowNanos;
        this.admitted = new long[limit];
    }

    int limit() {
        return limit;
    }

    /** Tries to admit a request at {@code now}; returns the remaining count after it, or -1 if rejected. */
    synchronized int tryAcquire(long now, boolean enforce) {
        int inWindow = countInWindow(now);
        if (inWindow >= limit && enforce) {
            return -1;
        }
        admitted[next] = now;
        next = (next + 1) % limit;
        size = Math.min(size + 1, limit);
        return Math.max(0, limit - Math.min(limit, inWindow + 1));
    }

    /** Remaining admissions at {@code now} without taking one. */
    synchronized int remaining(long now) {
        return limit - countInWindow(now);
    }

    private int countInWindow(long now) {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (now - admitted[i] < windowNanos) {
                count++;
            }
        }
        return count;
    }
}
