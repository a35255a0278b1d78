package io.srconnector.write.quirks;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.http.SmartRecruitersException;
import io.srconnector.http.SmartRecruitersRequester;
import io.srconnector.http.SrRequest;
import io.srconnector.paging.PageIdPaginator;
import io.srconnector.write.SrWriteErrors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SmartRecruiters quirk (failure case FC-07): a candidate is unique by e-mail and last name, and a create that
 * repeats the pair is refused or merged — never retried blindly. Before a create, and again after a create whose
 * answer never arrived (timeout, 5xx: the requester does not re-send a POST), the guard looks the pair up:
 * {@code GET /candidates?q=<e-mail>} (cursor-paged, one request at a time per credential), matching the e-mail and
 * last name case-insensitively, and reports the candidate and whether it already has an application on the job
 * ({@code primaryAssignment} / {@code secondaryAssignments[].job.id}). An existing application answers
 * {@code 409 ATS.APPLICATION_ALREADY_EXISTS} before anything is written; after an unanswered create, a found
 * application is the one SmartRecruiters created and is returned instead of a second one. Invariant W6 in
 * {@code docs/smartrecruiters-invariants.md}.
 */
public final class DuplicateCandidateGuard {

    /** A candidate with the same e-mail and last name, and whether it has applied to the job. */
    public record Match(String candidateRemoteId, boolean onJob) {
    }

    private DuplicateCandidateGuard() {
    }

    /** The candidates with this e-mail and last name (the one on the job first), possibly none. */
    public static List<Match> find(SmartRecruitersRequester requester, String integrationId, String email,
                                   String lastName, String jobRemoteId) {
        List<Match> out = new ArrayList<>();
        try {
            new PageIdPaginator(requester, 10).paginate(SrRequest.get(integrationId, "/candidates").query("q", email),
                    null, 100, page -> {
                        for (JsonNode c : page.items()) {
                            if (email.equalsIgnoreCase(c.path("email").asText("").trim())
                                    && lastName.trim().toLowerCase(Locale.ROOT)
                                    .equals(c.path("lastName").asText("").trim().toLowerCase(Locale.ROOT))) {
                                Match m = new Match(c.path("id").asText(), onJob(c, jobRemoteId));
                                if (m.onJob()) {
                                    out.add(0, m);
                                } else {
                                    out.add(m);
                                }
                            }
                        }
                    });
        } catch (SmartRecruitersException e) {
            throw SrWriteErrors.translate(e, "look for an existing candidate");
        }
        return out;
    }

    private static boolean onJob(JsonNode candidate, String jobRemoteId) {
        if (jobRemoteId.equals(candidate.path("primaryAssignment").path("job").path("id").asText(null))) {
            return true;
        }
        for (JsonNode a : candidate.path("secondaryAssignments")) {
            if (jobRemoteId.equals(a.path("job").path("id").asText(null))) {
                return true;
            }
        }
        return false;
    }
}
