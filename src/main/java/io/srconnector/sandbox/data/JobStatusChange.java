package io.srconnector.sandbox.data;

/** One entry of {@code GET /jobs/{id}/status/history}: when, status, and the user who changed it (may be null). */
public record JobStatusChange(long changedOn, String status, String userId) {
}
