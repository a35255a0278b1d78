package io.srconnector.sync;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live counters of one model within one sync run, stored in {@code sync_runs.models} on every heartbeat (so the sync
 * history API shows them while the run is going) and restored when a run is resumed after a restart.
 * {@code status}: PENDING, RUNNING, SUCCEEDED, FAILED, PERMISSION_MISSING or SKIPPED; {@code error_code} classifies a
 * failure: RATE_LIMITED, REMOTE_UNAVAILABLE, AUTHENTICATION_INVALID, PERMISSION_MISSING, REMOTE_ERROR, INTERNAL,
 * PARENT_INCOMPLETE.
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
    /** Attempts made within the run (more than 1 after a transient failure). */
    final AtomicLong attempts = new AtomicLong();
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

    @JsonProperty("error_code")
    volatile String errorCode;

    /** Counters as stored in {@code sync_runs.models}, for a resumed run. */
    static ModelStats restore(JsonNode n) {
        ModelStats s = new ModelStats();
        s.status = n.path("status").asText("PENDING");
        s.fetched.set(n.path("fetched").asLong());
        s.inserted.set(n.path("inserted").asLong());
        s.updated.set(n.path("updated").asLong());
        s.unchanged.set(n.path("unchanged").asLong());
        s.deleted.set(n.path("deleted").asLong());
        s.pages.set(n.path("pages").asLong());
        s.attempts.set(n.path("attempts").asLong());
        s.error = n.path("error").asText(null);
        s.errorCode = n.path("error_code").asText(null);
        s.warningCount.set(n.path("warning_count").asLong());
        n.path("warnings").forEach(w -> s.warnings.add(w.asText()));
        return s;
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

    @JsonProperty("attempts")
    public long attempts() {
        return attempts.get();
    }

    public String status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String errorCode() {
        return errorCode;
    }

    /** Whether any record was inserted, changed or marked deleted. */
    public boolean changedData() {
        return inserted() + updated() + deleted() > 0;
    }
}
