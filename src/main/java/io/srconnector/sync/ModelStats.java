package io.srconnector.sync;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live counters of one model within one sync run (shown by the sync history API while the run is going).
 */
public final class ModelStats {
    @JsonProperty
    volatile String status = "PENDING";
    final AtomicLong fetched = new AtomicLong();
    final AtomicLong inserted = new AtomicLong();
    final AtomicLong updated = new AtomicLong();
    final AtomicLong unchanged = new AtomicLong();
    final AtomicLong deleted = new AtomicLong();
    final AtomicLong pages = new AtomicLong();
    @JsonProperty
    volatile String error;
    /** Kept warning messages (the first {@link #MAX_WARNINGS}); {@link #warningCount} counts all. */
    private final List<String> warnings = new ArrayList<>();
    private final AtomicLong warningCount = new AtomicLong();
    /** How many warning messages a model keeps in its sync result. */
    public static final int MAX_WARNINGS = 20;

    /**
     * Records a warning of this model's sync (e.g. an offer whose application could not be resolved): counted, and
     * the first {@link #MAX_WARNINGS} messages are kept for the sync result. A warning never fails the model.
     */
    public void warn(String message) {
        warningCount.incrementAndGet();
        synchronized (warnings) {
            if (warnings.size() < MAX_WARNINGS) {
                warnings.add(message);
            }
        }
    }

    /** How many warnings the model's sync recorded. */
    @JsonProperty("warning_count")
    public long warningCount() {
        return warningCount.get();
    }

    /** The kept warning messages (at most {@link #MAX_WARNINGS}). */
    @JsonProperty("warnings")
    public List<String> warnings() {
        synchronized (warnings) {
            return List.copyOf(warnings);
        }
    }

    @JsonProperty("fetched")
    public long fetched() {
        return fetched.get();
    }

    @JsonProperty("inserted")
    public long inserted() {
        return inserted.get();
    }

    @JsonProperty("updated")
    public long updated() {
        return updated.get();
    }

    @JsonProperty("unchanged")
    public long unchanged() {
        return unchanged.get();
    }

    @JsonProperty("deleted")
    public long deleted() {
        return deleted.get();
    }

    @JsonProperty("pages")
    public long pages() {
        return pages.get();
    }

    public String status() {
        return status;
    }

    public String error() {
        return error;
    }
}
