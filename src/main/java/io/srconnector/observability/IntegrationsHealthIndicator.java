package io.srconnector.observability;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Health component {@code integrations} (part of the readiness group): every integration's last ended sync run —
 * status, type, {@code ended_at}, the models that did not succeed with their error codes — and whether a run is
 * queued or running now.
 * <p>
 * Rule: the component is DOWN only when the sync state cannot be read (PostgreSQL unreachable: this node can neither
 * serve nor sync). A customer's failed or partial sync (a revoked credential, a missing permission, SmartRecruiters
 * down) is reported in the details and counted in {@code last_sync_status}, but never turns the node DOWN or
 * OUT_OF_SERVICE: taking a replica out of the load balancer or restarting it cannot fix a customer's credential, and
 * readiness must not flap with it. Alert on failed syncs with the metrics ({@code srconnector_sync_duration_seconds_count{status="FAILED"}}).
 * Details list at most {@code connector.health.max-listed-integrations} integrations (newest run first); the counts
 * cover all. Only ids, statuses, times and error codes are shown — no names, no messages.
 */
@Component
public class IntegrationsHealthIndicator extends AbstractHealthIndicator {
    private static final String QUERY = """
            SELECT i.id, i.enabled, i.status AS integration_status,
                   r.type, r.status, r.ended_at, r.models::text AS models, a.status AS active
            FROM integrations i
            LEFT JOIN LATERAL (SELECT type, status, ended_at, models FROM sync_runs s
                               WHERE s.integration_id = i.id AND s.status IN ('SUCCEEDED', 'PARTIAL', 'FAILED')
                               ORDER BY s.queued_at DESC LIMIT 1) r ON true
            LEFT JOIN LATERAL (SELECT status FROM sync_runs s
                               WHERE s.integration_id = i.id AND s.status IN ('QUEUED', 'RUNNING') LIMIT 1) a ON true
            ORDER BY r.ended_at DESC NULLS LAST, i.id""";

    private final JdbcTemplate jdbc;
    private final int maxListed;

    public IntegrationsHealthIndicator(JdbcTemplate jdbc,
                                       @Value("${connector.health.max-listed-integrations:50}") int maxListed) {
        super("Sync state of the integrations cannot be read");
        this.jdbc = jdbc;
        this.maxListed = maxListed;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<Map<String, Object>> rows = jdbc.queryForList(QUERY);
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Object> listed = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            String status = row.get("status") == null ? "NEVER" : (String) row.get("status");
            counts.merge(status, 1, Integer::sum);
            if (listed.size() < maxListed) {
                listed.put((String) row.get("id"), details(row, status));
            }
        }
        builder.up().withDetail("count", rows.size()).withDetail("last_sync_status", counts)
                .withDetail("integrations", listed);
    }

    private static Map<String, Object> details(Map<String, Object> row, String status) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("enabled", row.get("enabled"));
        d.put("integration_status", row.get("integration_status"));
        d.put("last_sync_status", status);
        if (row.get("type") != null) {
            d.put("last_sync_type", row.get("type"));
            Timestamp ended = (Timestamp) row.get("ended_at");
            d.put("last_sync_ended_at", ended == null ? null : ended.toInstant().toString());
            Map<String, String> failed = failedModels((String) row.get("models"));
            if (!failed.isEmpty()) {
                d.put("failed_models", failed);
            }
        }
        d.put("sync_active", row.get("active") != null ? row.get("active") : "NONE");
        return d;
    }

    /** model → error code (or status) of every model of the run that did not succeed. */
    private static Map<String, String> failedModels(String modelsJson) {
        Map<String, String> out = new TreeMap<>();
        if (modelsJson == null) {
            return out;
        }
        io.srconnector.json.Json.read(modelsJson).fields().forEachRemaining(e -> {
            String s = e.getValue().path("status").asText("");
            if (!"SUCCEEDED".equals(s)) {
                out.put(e.getKey(), e.getValue().path("error_code").asText(s));
            }
        });
        return out;
    }
}
