package io.srconnector.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.model.UnifiedRecord;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes unified records into their table with one statement per batch:
 * {@code INSERT … SELECT * FROM unnest(?::text[], …) ON CONFLICT (id) DO UPDATE …}. Every value is a bound,
 * explicitly typed array parameter (nulls included, see failure case FC-18), so a page of 100 rows is one round trip.
 * Idempotent under at-least-once delivery: re-writing a record changes nothing but {@code last_seen_run_id} and
 * {@code remote_data}; {@code changed_at} moves only when the content hash of the unified fields differs (or the
 * record comes back after a deletion, which also clears {@code remote_deleted_at}).
 */
@Component
public class UnifiedUpsertWriter {
    private final JdbcTemplate jdbc;
    private final NestedChanges nested;
    private final Map<String, String> sqlCache = new ConcurrentHashMap<>();

    public UnifiedUpsertWriter(JdbcTemplate jdbc, NestedChanges nested) {
        this.jdbc = jdbc;
        this.nested = nested;
    }

    /**
     * Upserts a batch.
     *
     * @param table         the unified table
     * @param integrationId the owning integration
     * @param rows          mapped records (duplicates by id within the batch: the last one wins)
     * @param runId         the sync run writing them (null for write-through from actions)
     * @param now           the timestamp to use for {@code changed_at} when content changed
     * @return inserted / updated / unchanged counts and the ids of the inserted and changed rows; the parents of
     *         those rows have had their {@code nested_changed_at} moved to {@code now} ({@link NestedChanges})
     */
    public <T extends UnifiedRecord> UpsertResult upsert(UnifiedTable<T> table, String integrationId,
                                                          List<Mapped<T>> rows, String runId, Instant now) {
        if (rows.isEmpty()) {
            return UpsertResult.EMPTY;
        }
        Map<String, Mapped<T>> byId = new LinkedHashMap<>();
        for (Mapped<T> m : rows) {
            byId.put(m.record().id(), m);
        }
        List<Mapped<T>> batch = new ArrayList<>(byId.values());
        String sql = sqlCache.computeIfAbsent(table.table(), t -> buildSql(table));
        UpsertResult r = jdbc.execute((ConnectionCallback<UpsertResult>) con ->
                execute(con, sql, table, integrationId, batch, runId, now));
        nested.propagate(table, integrationId, r.insertedIds(), r.updatedIds(), List.of(), now);
        return r;
    }

    private <T extends UnifiedRecord> UpsertResult execute(Connection con, String sql, UnifiedTable<T> table,
                                                           String integrationId, List<Mapped<T>> batch,
                                                           String runId, Instant now) throws SQLException {
        List<UnifiedColumn> cols = table.columns();
        int n = batch.size();
        Object[][] values = new Object[cols.size()][n];
        String[] remoteData = new String[n];
        String[] hashes = new String[n];
        for (int r = 0; r < n; r++) {
            Mapped<T> m = batch.get(r);
            for (int c = 0; c < cols.size(); c++) {
                values[c][r] = toSqlValue(cols.get(c), cols.get(c).read(m.record()));
            }
            JsonNode rd = m.remoteData();
            remoteData[r] = rd == null || rd.isNull() ? null : Json.write(rd);
            hashes[r] = contentHash(m.record());
        }
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            int p = 1;
            ps.setString(p++, integrationId);
            ps.setTimestamp(p++, Timestamp.from(now));
            ps.setString(p++, runId);
            for (int c = 0; c < cols.size(); c++) {
                ps.setArray(p++, array(con, cols.get(c).type(), values[c]));
            }
            ps.setArray(p++, con.createArrayOf("text", remoteData));
            ps.setArray(p++, con.createArrayOf("text", hashes));
            List<String> inserted = new ArrayList<>();
            List<String> updated = new ArrayList<>();
            int unchanged = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getBoolean("inserted")) {
                        inserted.add(rs.getString("id"));
                    } else if (rs.getBoolean("changed")) {
                        updated.add(rs.getString("id"));
                    } else {
                        unchanged++;
                    }
                }
            }
            return new UpsertResult(inserted.size(), updated.size(), unchanged, inserted, updated);
        }
    }

    private static Array array(Connection con, SqlType type, Object[] vals) throws SQLException {
        return switch (type) {
            case TEXT, JSONB -> con.createArrayOf("text", vals);
            case BOOLEAN -> con.createArrayOf("bool", vals);
            case NUMERIC -> con.createArrayOf("numeric", vals);
            case INTEGER -> con.createArrayOf("int4", vals);
            case TIMESTAMPTZ -> con.createArrayOf("timestamptz", vals);
        };
    }

    private static Object toSqlValue(UnifiedColumn col, Object v) {
        if (v == null) {
            return null;
        }
        return switch (col.type()) {
            case JSONB -> Json.write(v);
            case TIMESTAMPTZ -> Timestamp.from((Instant) v);
            case NUMERIC -> v instanceof BigDecimal ? v : new BigDecimal(v.toString());
            default -> v;
        };
    }

    /** SHA-256 (hex) of the record's canonical JSON: the unified own fields only, not remote_data. */
    public static String contentHash(Object record) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Json.write(record).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String buildSql(UnifiedTable<?> table) {
        List<UnifiedColumn> cols = table.columns();
        StringBuilder names = new StringBuilder();
        StringBuilder unnest = new StringBuilder();
        StringBuilder select = new StringBuilder();
        StringBuilder updates = new StringBuilder();
        for (int i = 0; i < cols.size(); i++) {
            UnifiedColumn c = cols.get(i);
            names.append(c.name()).append(", ");
            unnest.append(c.type() == SqlType.JSONB ? "?::text[]" : "?::" + c.type().pgName() + "[]").append(", ");
            select.append(c.type() == SqlType.JSONB ? "u.c" + i + "::jsonb" : "u.c" + i).append(", ");
            if (!c.name().equals("id")) {
                updates.append(c.name()).append(" = EXCLUDED.").append(c.name()).append(", ");
            }
        }
        StringBuilder aliases = new StringBuilder();
        for (int i = 0; i < cols.size(); i++) {
            aliases.append("c").append(i).append(", ");
        }
        aliases.append("rd, h");
        String t = table.table();
        return "WITH params AS (SELECT ?::text AS integration_id, ?::timestamptz AS now, ?::text AS run_id) "
                + "INSERT INTO " + t + " AS t (" + names + "integration_id, remote_data, content_hash, changed_at, last_seen_run_id) "
                + "SELECT " + select + "params.integration_id, u.rd::jsonb, u.h, params.now, params.run_id "
                + "FROM params, unnest(" + unnest + "?::text[], ?::text[]) AS u(" + aliases + ") "
                + "ON CONFLICT (id) DO UPDATE SET " + updates
                + "remote_data = EXCLUDED.remote_data, "
                + "changed_at = CASE WHEN t.content_hash IS DISTINCT FROM EXCLUDED.content_hash "
                + "OR t.remote_deleted_at IS NOT NULL THEN EXCLUDED.changed_at ELSE t.changed_at END, "
                + "content_hash = EXCLUDED.content_hash, remote_deleted_at = NULL, "
                + "last_seen_run_id = COALESCE(EXCLUDED.last_seen_run_id, t.last_seen_run_id) "
                + "RETURNING t.id, (xmax = 0) AS inserted, (t.changed_at = (SELECT now FROM params)) AS changed";
    }
}
