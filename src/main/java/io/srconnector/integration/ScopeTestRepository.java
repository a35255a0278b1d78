package io.srconnector.integration;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The last scope test per integration (table {@code scope_tests}, V30). */
@Repository
public class ScopeTestRepository {
    private final JdbcTemplate jdbc;

    public ScopeTestRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the integration's last result. */
    public void save(String integrationId, ScopeTestResult result) {
        jdbc.update("""
                INSERT INTO scope_tests (integration_id, tested_at, results) VALUES (?, ?, ?::jsonb)
                ON CONFLICT (integration_id) DO UPDATE SET tested_at = EXCLUDED.tested_at, results = EXCLUDED.results""",
                integrationId, Timestamp.from(result.testedAt()), Json.write(result.results()));
    }

    /** The last result, if the integration was ever tested. */
    public Optional<ScopeTestResult> find(String integrationId) {
        List<ScopeTestResult> r = jdbc.query("SELECT tested_at, results::text FROM scope_tests WHERE integration_id = ?",
                (rs, i) -> new ScopeTestResult(rs.getTimestamp(1).toInstant(), Json.read(rs.getString(2))),
                integrationId);
        return r.stream().findFirst();
    }

    /** A stored scope test: when, and one entry per probe. */
    public record ScopeTestResult(Instant testedAt, JsonNode results) {
        /** The entry of a model or action, or null. */
        public JsonNode entry(String kind, String id) {
            for (JsonNode e : results) {
                if (kind.equals(e.path("kind").asText()) && id.equals(e.path("id").asText())) {
                    return e;
                }
            }
            return null;
        }
    }
}
