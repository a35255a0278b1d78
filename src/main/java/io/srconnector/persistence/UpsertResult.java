package io.srconnector.persistence;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts of one upsert batch: rows inserted, rows whose unified content changed (or that came back after a deletion),
 * rows seen unchanged — and the unified ids of the inserted and changed rows, which drive the parents'
 * {@code nested_changed_at} ({@link NestedChanges}).
 */
public record UpsertResult(int inserted, int updated, int unchanged, List<String> insertedIds,
                           List<String> updatedIds) {
    public static final UpsertResult EMPTY = new UpsertResult(0, 0, 0);

    public UpsertResult {
        insertedIds = List.copyOf(insertedIds);
        updatedIds = List.copyOf(updatedIds);
    }

    /** Counts only (no ids). */
    public UpsertResult(int inserted, int updated, int unchanged) {
        this(inserted, updated, unchanged, List.of(), List.of());
    }

    public UpsertResult plus(UpsertResult o) {
        List<String> ins = new ArrayList<>(insertedIds);
        ins.addAll(o.insertedIds);
        List<String> upd = new ArrayList<>(updatedIds);
        upd.addAll(o.updatedIds);
        return new UpsertResult(inserted + o.inserted, updated + o.updated, unchanged + o.unchanged, ins, upd);
    }
}
