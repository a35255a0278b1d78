package io.srconnector.persistence;

/** Counts of one upsert batch: rows inserted, rows whose unified content changed, rows seen unchanged. */
public record UpsertResult(int inserted, int updated, int unchanged) {
    public static final UpsertResult EMPTY = new UpsertResult(0, 0, 0);

    public UpsertResult plus(UpsertResult o) {
        return new UpsertResult(inserted + o.inserted, updated + o.updated, unchanged + o.unchanged);
    }
}
