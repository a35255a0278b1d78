package io.srconnector.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.json.Json;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Per integration and model: the delta watermark and the checkpoint of a stream in progress (table {@code sync_state}).
 */
@Repository
public class SyncStateRepository {
    private final JdbcTemplate jdbc;

    public SyncStateRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Start time of the last successful run of the model, or null when it never completed. */
    public Instant watermark(String integrationId, String model) {
        List<Timestamp> r = jdbc.queryForList(
                "SELECT watermark FROM sync_state WHERE integration_id = ? AND model = ?", Timestamp.class,
                integrationId, model);
        return r.isEmpty() || r.get(0) == null ? null : r.get(0).toInstant();
    }

    /** Saves the watermark after a successful run (never after a failed one). */
    public void saveWatermark(String integrationId, String model, Instant watermark, boolean full) {
        jdbc.update("""
                INSERT INTO sync_state (integration_id, model, watermark, last_full_at, checkpoint, updated_at)
                VALUES (?, ?, ?, ?, NULL, now())
                ON CONFLICT (integration_id, model) DO UPDATE SET watermark = EXCLUDED.watermark,
                  last_full_at = COALESCE(EXCLUDED.last_full_at, sync_state.last_full_at), checkpoint = NULL,
                  updated_at = now()""",
                integrationId, model, Timestamp.from(watermark), full ? Timestamp.from(watermark) : null);
    }

    /** The checkpoint saved by a run after its last written page, or null. */
    public Checkpoint checkpoint(String integrationId, String model) {
        List<String> r = jdbc.queryForList(
                "SELECT checkpoint::text FROM sync_state WHERE integration_id = ? AND model = ?", String.class,
                integrationId, model);
        if (r.isEmpty() || r.get(0) == null) {
            return null;
        }
        JsonNode n = Json.read(r.get(0));
        return new Checkpoint(n.path("run_id").asText(null), n.path("cursor").asText(null), n.path("pages").asInt(),
                n.path("done").asBoolean(false));
    }

    /** Records that every page up to {@code cursor} is durably written (cursor null + done = stream finished). */
    public void saveCheckpoint(String integrationId, String model, String runId, String cursor, int pages, boolean done) {
        ObjectNode cp = Json.mapper().createObjectNode().put("run_id", runId).put("cursor", cursor)
                .put("pages", pages).put("done", done);
        jdbc.update("""
                INSERT INTO sync_state (integration_id, model, checkpoint, updated_at) VALUES (?, ?, ?::jsonb, now())
                ON CONFLICT (integration_id, model) DO UPDATE SET checkpoint = EXCLUDED.checkpoint, updated_at = now()""",
                integrationId, model, Json.write(cp));
    }

    /** A stream checkpoint. */
    public record Checkpoint(String runId, String cursor, int pages, boolean done) {
    }
}
