package io.srconnector.sandbox.data;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * SR {@code JobPropertyDefinition {id, label, category job|organization, active, visible, required}}
 * ({@code GET /configuration/job-properties}); {@code values} back {@code /configuration/job-properties/{id}/values}.
 */
public record JobPropertyDefinition(String id, String label, String category, Boolean active, Boolean visible,
                                    Boolean required, @JsonIgnore List<Value> values) {

    /** SR {@code JobPropertyValueDefinition {id, label, archived}}. */
    public record Value(String id, String label, Boolean archived) {
    }

    /** Copy with values. */
    public JobPropertyDefinition withValues(List<Value> v) {
        return new JobPropertyDefinition(id, label, category, active, visible, required, List.copyOf(v));
    }
}
