package io.srconnector.sandbox.data;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * SR {@code HiringProcess {id, name, active, subStatuses{IN_REVIEW[], INTERVIEW[], OFFERED[]}}}: sub-statuses are
 * labels without ids and exist only for those three statuses (§4.6).
 */
public record HiringProcess(String id, String name, Boolean active, SubStatuses subStatuses) {

    /** Sub-status labels per status. */
    public record SubStatuses(@JsonProperty("IN_REVIEW") List<String> inReview,
                              @JsonProperty("INTERVIEW") List<String> interview,
                              @JsonProperty("OFFERED") List<String> offered) {

        /** Labels for a status (empty for statuses without sub-statuses). */
        public List<String> of(String status) {
            List<String> l = switch (status) {
                case "IN_REVIEW" -> inReview;
                case "INTERVIEW" -> interview;
                case "OFFERED" -> offered;
                default -> List.of();
            };
            return l == null ? List.of() : l;
        }
    }
}
