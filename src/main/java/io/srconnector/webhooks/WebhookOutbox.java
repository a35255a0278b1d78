package io.srconnector.webhooks;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The {@code webhook_outbox} table: events waiting for delivery, delivered, or given up. Claiming uses
 * {@code FOR UPDATE SKIP LOCKED} and leases the event for a while, so several replicas deliver each event once.
 */
@Repository
public class WebhookOutbox {
    private final JdbcTemplate jdbc;

    public WebhookOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores an event for delivery as soon as possible. */
    public void add(String eventId, String integrationId, String type, String url, String body) {
        jdbc.update("INSERT INTO webhook_outbox (id, integration_id, type, url, body) VALUES (?, ?, ?, ?, ?)",
                eventId, integrationId, type, url, body);
    }

    /**
     * Claims up to {@code limit} due events, leasing them for {@code lease} (another replica skips them meanwhile).
     */
    public List<Event> claimDue(int limit, Duration lease) {
        return jdbc.query("""
                UPDATE webhook_outbox SET next_attempt_at = now() + (?::double precision * interval '1 millisecond'),
                  attempts = attempts + 1
                WHERE id IN (SELECT id FROM webhook_outbox WHERE status = 'PENDING' AND next_attempt_at <= now()
                             ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING id, integration_id, type, url, body, attempts""",
                (rs, i) -> new Event(rs.getString("id"), rs.getString("integration_id"), rs.getString("type"),
                        rs.getString("url"), rs.getString("body"), rs.getInt("attempts")),
                lease.toMillis(), limit);
    }

    /** The receiver answered 2xx. */
    public void delivered(String id) {
        jdbc.update("UPDATE webhook_outbox SET status = 'DELIVERED', delivered_at = now(), last_error = NULL "
                + "WHERE id = ?", id);
    }

    /** A failed attempt: try again at {@code next}, or give up when {@code next} is null. */
    public void failed(String id, String error, Instant next) {
        if (next == null) {
            jdbc.update("UPDATE webhook_outbox SET status = 'FAILED', last_error = ? WHERE id = ?", error, id);
        } else {
            jdbc.update("UPDATE webhook_outbox SET next_attempt_at = ?, last_error = ? WHERE id = ?",
                    Timestamp.from(next), error, id);
        }
    }

    /** An event claimed for delivery; {@code attempts} counts this one. */
    public record Event(String id, String integrationId, String type, String url, String body, int attempts) {
    }
}
