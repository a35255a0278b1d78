package io.srconnector.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.persistence.Base58;
import org.springframework.dao.DuplicateKeyException;
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
 * a unique partial index; at most one scheduled run per integration, type and fire time) and the sync history.
 */
@Repository
public class SyncRunRepository {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ACTIVE = "status IN ('QUEUED', 'RUNNING')";
    private final JdbcTemplate jdbc;

    public SyncRunRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a run (not tied to a schedule's fire time); see {@link #enqueue(String, SyncType, String, Instant)}. */
    public Enqueued enqueue(String integrationId, SyncType type, String trigger) {
        return enqueue(integrationId, type, trigger, null);
    }

    /**
     * Queues a run unless one is already queued or running for the integration — Kombo's rule for
     * {@code POST /force-sync}: "We only allow 1 concurrent sync to be running or queued". When one is:
     * <ul>
     *   <li>a FULL request finds a queued DELTA: the queued run becomes FULL;</li>
     *   <li>a FULL request finds a running DELTA: a FULL is queued as soon as that run ends ({@code follow_up});</li>
     *   <li>otherwise the active run answers.</li>
     * </ul>
     * With {@code scheduledFor} (a schedule's fire time, the same on every replica) a second request for the same
     * integration, type and fire time answers with the run the first one queued, even after that run ended, so a
     * trigger firing on several replicas — or late on one with a skewed clock — yields one run (FC-17).
     *
     * @return the queued run, or the existing one with {@code alreadyQueued = true} (its type may differ)
     */
    public Enqueued enqueue(String integrationId, SyncType type, String trigger, Instant scheduledFor) {
        for (int attempt = 0; attempt < 5; attempt++) {
            String id = newId();
            int n = jdbc.update("""
                    INSERT INTO sync_runs (id, integration_id, type, status, trigger, scheduled_for)
                    VALUES (?, ?, ?, 'QUEUED', ?, ?) ON CONFLICT DO NOTHING""",
                    id, integrationId, type.name(), trigger, scheduledFor == null ? null : Timestamp.from(scheduledFor));
            if (n == 1) {
                return new Enqueued(id, type, false);
            }
            if (scheduledFor != null) {
                List<Map<String, Object>> same = jdbc.queryForList("""
                        SELECT id, type FROM sync_runs WHERE integration_id = ? AND type = ? AND scheduled_for = ?""",
                        integrationId, type.name(), Timestamp.from(scheduledFor));
                if (!same.isEmpty()) {
                    return new Enqueued((String) same.get(0).get("id"), type, true);
                }
            }
            List<Map<String, Object>> active = jdbc.queryForList(
                    "SELECT id, type, status FROM sync_runs WHERE integration_id = ? AND " + ACTIVE, integrationId);
            if (active.isEmpty()) {
                continue; // it ended in between: try again
            }
            String activeId = (String) active.get(0).get("id");
            SyncType activeType = SyncType.valueOf((String) active.get(0).get("type"));
            if (type == SyncType.FULL && activeType == SyncType.DELTA) {
                Enqueued upgraded = upgrade(activeId);
                if (upgraded != null) {
                    return upgraded;
                }
                continue;
            }
            return new Enqueued(activeId, activeType, true);
        }
        throw new IllegalStateException("Could not queue a " + type + " sync for " + integrationId);
    }

    /** A FULL request meets an active DELTA: upgrade it while queued, or queue a FULL after it. Null if it ended. */
    private Enqueued upgrade(String deltaId) {
        try {
            if (jdbc.update("UPDATE sync_runs SET type = 'FULL' WHERE id = ? AND status = 'QUEUED' AND type = 'DELTA'",
                    deltaId) == 1) {
                return new Enqueued(deltaId, SyncType.FULL, true);
            }
        } catch (DuplicateKeyException sameFireTimeAlreadyFull) {
            return new Enqueued(deltaId, SyncType.DELTA, true);
        }
        if (jdbc.update("UPDATE sync_runs SET follow_up = 'FULL' WHERE id = ? AND status = 'RUNNING'", deltaId) == 1) {
            return new Enqueued(deltaId, SyncType.DELTA, true);
        }
        return null;
    }

    /**
     * Claims the oldest queued run, or a running one whose worker stopped sending heartbeats (crashed node), and marks
     * it RUNNING for this worker. {@code FOR UPDATE SKIP LOCKED} lets several replicas poll safely. A run that ran
     * before (resumed after a crash or a shutdown) keeps its id, start time and counters, so it continues from its
     * checkpoints.
     *
     * @return the claimed run, or null when there is nothing to do
     */
    public Claimed claim(String worker, Duration staleAfter) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                UPDATE sync_runs SET status = 'RUNNING', started_at = COALESCE(started_at, now()),
                  heartbeat_at = now(), worker = ?, attempts = attempts + 1
                WHERE id = (SELECT id FROM sync_runs
                            WHERE status = 'QUEUED'
                               OR (status = 'RUNNING' AND heartbeat_at < now() - (?::double precision * interval '1 millisecond'))
                            ORDER BY queued_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING id, integration_id, type, started_at, attempts, sr_calls, models::text AS models""",
                worker, staleAfter.toMillis());
        if (rows.isEmpty()) {
            return null;
        }
        Map<String, Object> r = rows.get(0);
        return new Claimed((String) r.get("id"), (String) r.get("integration_id"),
                SyncType.valueOf((String) r.get("type")), ((Timestamp) r.get("started_at")).toInstant(),
                ((Number) r.get("attempts")).intValue(), ((Number) r.get("sr_calls")).longValue(),
                Json.read((String) r.get("models")));
    }

    /**
     * Stores the run's live progress (and proves its worker is alive). Fenced on the worker's claim: when another
     * worker has claimed the run since (this one stalled for longer than stale-after), nothing is written and the run
     * is marked {@link SyncRun#lost() lost}, so this worker stops instead of syncing the integration a second time.
     */
    public void heartbeat(SyncRun run) {
        int n = jdbc.update("UPDATE sync_runs SET heartbeat_at = now(), sr_calls = ?, models = ?::jsonb WHERE id = ?"
                        + FENCE, run.srCalls().get(), Json.write(run.models()), run.id(), run.claim(), run.claim());
        if (n == 0 && run.claim() > 0) {
            run.markLost();
        }
    }

    /** Fence of the writes of a claimed run: still RUNNING under this claim (claim 0: not claimed, no fence). */
    private static final String FENCE = " AND (? = 0 OR (status = 'RUNNING' AND attempts = ?))";

    /** Marks the model currently being synced. */
    public void currentModel(SyncRun run, String model) {
        if (jdbc.update("UPDATE sync_runs SET current_model = ?, heartbeat_at = now(), models = ?::jsonb WHERE id = ?"
                + FENCE, model, Json.write(run.models()), run.id(), run.claim(), run.claim()) == 0 && run.claim() > 0) {
            run.markLost();
        }
    }

    /**
     * Ends a run with its final status, counters and errors.
     *
     * @return the follow-up type requested while it ran (FULL), or null
     */
    public SyncType finish(SyncRun run, String status, List<String> errors) {
        List<String> followUp = jdbc.queryForList("""
                UPDATE sync_runs SET status = ?, ended_at = now(), heartbeat_at = now(), current_model = NULL,
                  sr_calls = ?, models = ?::jsonb, errors = ?::jsonb WHERE id = ?""" + FENCE + " RETURNING follow_up",
                String.class, status, run.srCalls().get(), Json.write(run.models()), Json.write(errors), run.id(),
                run.claim(), run.claim());
        if (followUp.isEmpty() && run.claim() > 0) {
            run.markLost();
            return null;
        }
        return followUp.isEmpty() || followUp.get(0) == null ? null : SyncType.valueOf(followUp.get(0));
    }

    /**
     * Puts a run this worker is giving up (graceful shutdown) back in the queue with its progress, so the next worker
     * to poll — this node after a restart, or another — resumes it from its checkpoints at once.
     */
    public void requeue(SyncRun run) {
        jdbc.update("""
                UPDATE sync_runs SET status = 'QUEUED', worker = NULL, heartbeat_at = now(), current_model = NULL,
                  sr_calls = ?, models = ?::jsonb WHERE id = ? AND status = 'RUNNING'""" + FENCE,
                run.srCalls().get(), Json.write(run.models()), run.id(), run.claim(), run.claim());
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

    /** One run of an integration, or null. */
    public Map<String, Object> find(String integrationId, String runId) {
        List<Map<String, Object>> r = jdbc.queryForList("SELECT " + HISTORY_COLUMNS
                + " FROM sync_runs WHERE integration_id = ? AND id = ?", integrationId, runId);
        return r.isEmpty() ? null : r.get(0);
    }

    /**
     * A page of an integration's runs, newest first.
     *
     * @param before position to continue after ({@code queued_at} and id of the last run of the previous page), or
     *               null for the first page
     * @param limit  most runs returned
     */
    public List<Map<String, Object>> history(String integrationId, HistoryPosition before, int limit) {
        if (before == null) {
            return jdbc.queryForList("SELECT " + HISTORY_COLUMNS + " FROM sync_runs WHERE integration_id = ? "
                    + "ORDER BY queued_at DESC, id DESC LIMIT ?", integrationId, limit);
        }
        return jdbc.queryForList("SELECT " + HISTORY_COLUMNS + " FROM sync_runs WHERE integration_id = ? "
                        + "AND (queued_at, id) < (?, ?) ORDER BY queued_at DESC, id DESC LIMIT ?",
                integrationId, Timestamp.from(before.queuedAt()), before.id(), limit);
    }

    private static final String HISTORY_COLUMNS = "id, integration_id, type, status, trigger, queued_at, started_at, "
            + "ended_at, heartbeat_at, scheduled_for, current_model, sr_calls, attempts, follow_up, "
            + "models::text AS models, errors::text AS errors";

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

    /**
     * A run claimed by this worker.
     *
     * @param attempts how often it has been claimed, this time included (more than 1 = resumed)
     * @param srCalls  SmartRecruiters calls made before this claim
     * @param models   the per-model counters stored before this claim
     */
    public record Claimed(String runId, String integrationId, SyncType type, Instant startedAt, int attempts,
                          long srCalls, JsonNode models) {
        public Claimed(String runId, String integrationId, SyncType type, Instant startedAt) {
            this(runId, integrationId, type, startedAt, 1, 0, null);
        }
    }

    /** Keyset position in the history (newest first). */
    public record HistoryPosition(Instant queuedAt, String id) {
    }
}
