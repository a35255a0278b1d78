package io.srconnector.sandbox.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A candidate ({@code CandidateDetails}; the list shows {@code Candidate}) with its applications, the first being
 * the primary assignment. Candidates without applications are talent-pool candidates: {@code GET /candidates}
 * does not list them (S1). Mutable, guarded by the account lock.
 */
public final class Candidate {
    public String id;
    public String email;
    public String firstName;
    public String lastName;
    public String phoneNumber;
    public CandidateLocation location;
    public WebProfile web;
    public long createdOn;
    /** Null when SR gives none (FC-13); see {@link #updatedOnExplicitNull}. */
    public Long updatedOn;
    /** When {@link #updatedOn} is null: render {@code "updatedOn": null} (true) or leave the key out (false). */
    public boolean updatedOnExplicitNull;
    public boolean internal;
    /** List-only field {@code applicationLanguage}. */
    public String applicationLanguage;
    /** List-only field {@code consent.status}: REQUIRED, PENDING, ACQUIRED (null = not shown). */
    public String consentStatus;
    public List<String> tags = List.of();
    public List<Education> education = List.of();
    public List<Experience> experience = List.of();
    /** Applications; index 0 is the primary assignment. */
    public List<Application> applications = new ArrayList<>();

    /** The application to the given job, or null. */
    public Application application(String jobId) {
        for (Application a : applications) {
            if (a.jobId.equals(jobId)) {
                return a;
            }
        }
        return null;
    }

    /** True if the candidate has at least one application (and so appears in {@code GET /candidates}). */
    public boolean hasApplications() {
        return !applications.isEmpty();
    }
}
