package io.srconnector.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.model.UnifiedRecord;

/**
 * A mapper's output for one record: the unified record plus the raw SmartRecruiters bodies it came from
 * ({@code remote_data}: an object keyed by endpoint path, e.g. {@code {"/jobs/{jobId}": {...}}}).
 */
public record Mapped<T extends UnifiedRecord>(T record, JsonNode remoteData) {
}
