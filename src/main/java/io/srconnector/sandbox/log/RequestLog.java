package io.srconnector.sandbox.log;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Bounded in-memory log of SR API requests (oldest dropped first). Lets tests assert "the exact request SR
 * received" and that no inbound header was forwarded. Thread-safe.
 */
public final class RequestLog {

    private final int capacity;
    private final ArrayDeque<RecordedRequest> entries;
    private long dropped;

    /** Log keeping at most {@code capacity} requests. */
    public RequestLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        this.entries = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    /** Appends a request, dropping the oldest beyond capacity. */
    public synchronized void add(RecordedRequest request) {
        if (entries.size() == capacity) {
            entries.removeFirst();
            dropped++;
        }
        entries.addLast(request);
    }

    /** All kept requests, oldest first. */
    public synchronized List<RecordedRequest> all() {
        return new ArrayList<>(entries);
    }

    /** The last {@code n} requests, oldest first. */
    public synchronized List<RecordedRequest> last(int n) {
        List<RecordedRequest> all = new ArrayList<>(entries);
        return all.subList(Math.max(0, all.size() - n), all.size());
    }

    /** Kept requests matching a predicate, oldest first. */
    public synchronized List<RecordedRequest> find(Predicate<RecordedRequest> filter) {
        return entries.stream().filter(filter).toList();
    }

    /** Kept requests for a method and exact raw path, oldest first. */
    public List<RecordedRequest> find(String method, String path) {
        return find(r -> r.method().equals(method) && r.path().equals(path));
    }

    /** The most recent request, or null. */
    public synchronized RecordedRequest latest() {
        return entries.peekLast();
    }

    /** Number of kept requests. */
    public synchronized int size() {
        return entries.size();
    }

    /** Requests dropped because the log was full. */
    public synchronized long dropped() {
        return dropped;
    }

    public int capacity() {
        return capacity;
    }

    /** Forgets every request. */
    public synchronized void clear() {
        entries.clear();
        dropped = 0;
    }
}
