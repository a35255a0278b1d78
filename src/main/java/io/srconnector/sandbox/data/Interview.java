package io.srconnector.sandbox.data;

import java.time.Instant;
import java.util.List;

/**
 * SR Interview API v201904 {@code Interview} (S1): candidate + job, organiser, timezone and 1..50 timeslots.
 * Listed per application ({@code GET /interviews?applicationId=}).
 */
public record Interview(String id, CandidateRef candidate, String jobId, String location, String organizerId,
                        String timezone, List<Timeslot> timeslots, Instant createdOn, String refUrl) {

    /** {@code candidate: {id}}. */
    public record CandidateRef(String id) {
    }

    /** SR {@code Timeslot}. */
    public record Timeslot(String id, String title, String interviewType, String place, Instant startsOn,
                           Instant endsOn, List<Interviewer> interviewers, String candidateStatus) {
    }

    /** SR {@code Interviewer {id (user id), status accepted|declined|pending|tentative}}. */
    public record Interviewer(String id, String status) {
    }
}
