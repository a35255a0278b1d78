package io.srconnector.webhooks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Outgoing webhooks ({@code connector.webhooks.*} in application.yaml): where Kombo-shaped {@code sync-finished} and
 * {@code data-changed} events are posted, the HMAC-SHA256 secret that signs them, and the retry policy.
 */
@Component
@ConfigurationProperties(prefix = "connector.webhooks")
public class WebhookSettings {
    /** Receiver URL; empty = no webhooks. */
    private String url = "";
    /** Secret of the {@code X-Kombo-Signature} HMAC-SHA256; required when {@link #url} is set. */
    private String secret = "";
    /** Events sent: {@code sync-finished}, {@code data-changed}. */
    private List<String> events = new ArrayList<>(List.of("sync-finished", "data-changed"));
    /** Delivery attempts per event before it is given up (status FAILED in {@code webhook_outbox}). */
    private int maxAttempts = 10;
    /** Wait before the second attempt; doubles per attempt, with jitter, up to {@link #maxBackoff}. */
    private Duration initialBackoff = Duration.ofSeconds(10);
    private Duration maxBackoff = Duration.ofHours(1);
    /** Connect and response timeout of one delivery. */
    private Duration timeout = Duration.ofSeconds(10);
    /** How often (ms) the delivery route looks for due events. */
    private long pollInterval = 1000;

    public String getUrl() { return url; }
    public void setUrl(String v) { this.url = v == null ? "" : v.trim(); }
    public String getSecret() { return secret; }
    public void setSecret(String v) { this.secret = v == null ? "" : v; }
    public List<String> getEvents() { return events; }
    public void setEvents(List<String> v) { this.events = v; }
    public int getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(int v) { this.maxAttempts = v; }
    public Duration getInitialBackoff() { return initialBackoff; }
    public void setInitialBackoff(Duration v) { this.initialBackoff = v; }
    public Duration getMaxBackoff() { return maxBackoff; }
    public void setMaxBackoff(Duration v) { this.maxBackoff = v; }
    public Duration getTimeout() { return timeout; }
    public void setTimeout(Duration v) { this.timeout = v; }
    public long getPollInterval() { return pollInterval; }
    public void setPollInterval(long v) { this.pollInterval = v; }

    /** Whether webhooks are configured and the event type is wanted. */
    public boolean sends(String eventType) {
        return !url.isBlank() && events.contains(eventType);
    }
}
