package io.srconnector.sync;

import io.srconnector.json.Json;
import io.srconnector.persistence.Base58;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The {@code sync_runs} table: a queue (at most one QUEUED or RUNNING run per integration, cluster-wide, enforced by
 * a unique partial index) and the sync history.
 */
@Repository
public class SyncRunRepository {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcTemplate jdbc;

    public SyncRunRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues a run unless one is already queued or running for the integration.
     *
     * @return the queued run, or the existing active one with {@code alreadyQueued = true}
     */
    public Enqueued enqueue(String integrationId, SyncType type, String trigger) {
        String id = newId();
        int n = jdbc.update("""
                INSERT INTO sync_runs (id, integration_id, type, status, trigger) VALUES (?, ?, ?, 'QUEUED', ?)
                ON CONFLICT (integration_id) WHERE status IN ('QUEUED', 'RUNNING') DO NOTHING""",
                id, integrationId, type.name(), trigger);
        if (n == 1) {
            return new Enqueued(id, type, false);
        }
        List<Map<String, Object>> active = jdbc.queryForList(
                "SELECT id, type FROM sync_runs WHERE integration_id = ? AND status IN ('QUEUED', 'RUNNING')",
                integrationId);
        if (active.isEmpty()) {
            return enqueue(integrationId, type, trigger);
        }
        return new Enqueued((String) active.get(0).get("id"), SyncType.valueOf((String) active.get(0).get("type")),
                true);
    }

    /**
     * Claims the oldest queued run, or a running one whose worker stopped sending heartbeats (crashed node), and marks
     * it RUNNING for this worker. {@code FOR UPDATE SKIP LOCKED} lets several replicas poll safely.
     *
     * @return the claimed run, or null when there is nothing to do
     */
    public Claimed claim(String worker, Duration staleAfter) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                UPDATE sync_runs SET status = 'RUNNING', started_at = COALESCE(started_at, now()),
                  heartbeat_at = now(), worker = ?
                WHERE id = (SELECT id FROM sync_runs
                            WHERE status = 'QUEUED'
                               OR (status = 'RUNNING' AND heartbeat_at < now() - (?::double precision * interval '1 millisecond'))
                            ORDER BY queued_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING id, integration_id, type, started_at""", worker, staleAfter.toMillis());
        if (rows.isEmpty()) {
            return null;
        }
        Map<String, Object> r = rows.get(0);
        return new Claimed((String) r.get("id"), (String) r.get("integration_id"),
                SyncType.valueOf((String) r.get("type")), ((Timestamp) r.get("started_at")).toInstant());
    }

    /** Stores the run's live progress (and proves its worker is alive). */
    public void heartbeat(SyncRun run) {
        jdbc.update("UPDATE sync_runs SET heartbeat_at = now(), sr_calls = ?, models = ?::jsonb WHERE id = ?",
                run.srCalls().get(), Json.write(run.models()), run.id());
    }

    /** Marks the model currently being synced. */
    public void currentModel(SyncRun run, String model) {
        jdbc.update("UPDATE sync_runs SET current_model = ?, heartbeat_at = now(), models = ?::jsonb WHERE id = ?",
                model, Json.write(run.models()), run.id());
    }

    /** Ends a run with its final status, counters and errors. */
    public void finish(SyncRun run, String status, List<String> errors) {
        jdbc.update("""
                UPDATE sync_runs SET status = ?, ended_at = now(), heartbeat_at = now(), current_model = NULL,
                  sr_calls = ?, models = ?::jsonb, errors = ?::jsonb WHERE id = ?""",
                status, run.srCalls().get(), Json.write(run.models()), Json.write(errors), run.id());
    }

    /** Ends a run that could not start (e.g. its integration is disabled). */
    public void fail(String runId, String error) {
        jdbc.update("UPDATE sync_runs SET status = 'FAILED', ended_at = now(), errors = ?::jsonb WHERE id = ?",
                Json.write(List.of(error)), runId);
    }

    /** Status of a run, or null. */
    public String status(String runId) {
        List<String> r = jdbc.queryForList("SELECT status FROM sync_runs WHERE id = ?", String.class, runId);
        return r.isEmpty() ? null : r.get(0);
    }

    /** A fresh run id: 24 base58 characters. */
    static String newId() {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        String s = Base58.encode(b);
        return s.length() > 24 ? s.substring(0, 24) : s;
    }

    /** Result of {@link #enqueue}. */
    public record Enqueued(String runId, SyncType type, boolean alreadyQueued) {
    }

    /** A run claimed by this worker. */
    public record Claimed(String runId, String integrationId, SyncType type, Instant startedAt) {
    }
}
