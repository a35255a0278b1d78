package io.srconnector.model;

/**
 * A record of the unified ATS model as the mappers produce it: the record's own fields, named and typed as in
 * Kombo's ATS API (snake_case on the wire and in PostgreSQL). {@code changed_at}, {@code remote_deleted_at} and
 * {@code remote_data} are not part of it: persistence manages them.
 */
public interface UnifiedRecord {
    /** Kombo-style id: 24 base58 characters, deterministic from (integration, model, remote id). */
    String id();
}
