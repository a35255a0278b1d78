package io.srconnector.sync;

import com.fasterxml.jackson.annotation.JsonProperty;

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
