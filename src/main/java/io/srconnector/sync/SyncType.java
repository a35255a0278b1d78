package io.srconnector.sync;

/** Kombo's sync types: FULL re-reads everything and detects deletions; DELTA asks only for changes. */
public enum SyncType {
    FULL, DELTA
}
