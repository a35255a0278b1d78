package io.srconnector.sandbox.data;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One application (candidate) property value as {@code GET /candidates/{id}/jobs/{jobId}/properties} returns it:
 * {@code {id, label, type, value, valueLabel}}. {@code value} is a string, boolean, number or
 * {@code {code, value}} for CURRENCY (S1 {@code CandidateProperty}).
 */
public record ApplicationProperty(String id, String label, String type, JsonNode value, String valueLabel) {
}
