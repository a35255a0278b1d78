package io.srconnector.http;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Settings of the SmartRecruiters requester ({@code connector.smartrecruiters.*} in application.yaml).
 * Defaults follow SmartRecruiters' documented limits: 10 requests/s and 8 concurrent requests per credential,
 * 1 concurrent {@code GET /candidates} (developers.smartrecruiters.com/docs/rate-limiting).
 */
@ConfigurationProperties(prefix = "connector.smartrecruiters")
public class RequesterSettings {
    /** Requests per second per credential (0 = unlimited). */
    private int requestsPerSecond = 10;
    /** Concurrent requests per credential. */
    private int maxConcurrent = 8;
    /** Concurrent {@code GET /candidates} list requests per credential. */
    private int maxConcurrentCandidateList = 1;
    /** Attempts per request, including the first (429, 5xx and transport failures are retried). */
    private int maxAttempts = 6;
    /** First back-off when no Retry-After is given; doubles per attempt, with jitter. */
    private Duration initialBackoff = Duration.ofMillis(500);
    /** Upper bound of one back-off. */
    private Duration maxBackoff = Duration.ofSeconds(30);
    /** Longest Retry-After we wait for; a longer one fails the call as rate limited (failure case FC-05). */
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    /** How long a request may wait for a rate-limit or concurrency permit. */
    private Duration permitTimeout = Duration.ofMinutes(5);
    /** Connect timeout. */
    private Duration connectTimeout = Duration.ofSeconds(10);
    /** Response timeout (SmartRecruiters advises generous client timeouts). */
    private Duration responseTimeout = Duration.ofSeconds(130);

    public int getRequestsPerSecond() { return requestsPerSecond; }
    public void setRequestsPerSecond(int v) { this.requestsPerSecond = v; }
    public int getMaxConcurrent() { return maxConcurrent; }
    public void setMaxConcurrent(int v) { this.maxConcurrent = v; }
    public int getMaxConcurrentCandidateList() { return maxConcurrentCandidateList; }
    public void setMaxConcurrentCandidateList(int v) { this.maxConcurrentCandidateList = v; }
    public int getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(int v) { this.maxAttempts = v; }
    public Duration getInitialBackoff() { return initialBackoff; }
    public void setInitialBackoff(Duration v) { this.initialBackoff = v; }
    public Duration getMaxBackoff() { return maxBackoff; }
    public void setMaxBackoff(Duration v) { this.maxBackoff = v; }
    public Duration getMaxRetryAfter() { return maxRetryAfter; }
    public void setMaxRetryAfter(Duration v) { this.maxRetryAfter = v; }
    public Duration getPermitTimeout() { return permitTimeout; }
    public void setPermitTimeout(Duration v) { this.permitTimeout = v; }
    public Duration getConnectTimeout() { return connectTimeout; }
    public void setConnectTimeout(Duration v) { this.connectTimeout = v; }
    public Duration getResponseTimeout() { return responseTimeout; }
    public void setResponseTimeout(Duration v) { this.responseTimeout = v; }
}
