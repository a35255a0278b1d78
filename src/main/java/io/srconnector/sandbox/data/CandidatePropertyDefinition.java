package io.srconnector.sandbox.data;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * SR {@code CandidatePropertyDefinition {id, label, type, availability}} ({@code GET /configuration/candidate-properties});
 * {@code values} are the options served by {@code /configuration/candidate-properties/{id}/values} (SINGLE_SELECT).
 */
public record CandidatePropertyDefinition(String id, String label, String type, Availability availability,
                                          @JsonIgnore List<IdLabel> values) {

    /** SR {@code CandidatePropertyAvailability {toUsers ALL|FULL_ACCESS, context[], forOrgFields[]}}. */
    public record Availability(String toUsers, List<String> context, List<OrgFieldFilter> forOrgFields) {
    }

    /** SR {@code CandidatePropertyFilter {id, values{all, content[]}}}. */
    public record OrgFieldFilter(String id, FilterValues values) {
    }

    /** SR {@code CandidatePropertyFilterValues}. */
    public record FilterValues(Boolean all, List<String> content) {
    }

    /** Copy with options. */
    public CandidatePropertyDefinition withValues(List<IdLabel> options) {
        return new CandidatePropertyDefinition(id, label, type, availability, List.copyOf(options));
    }
}
