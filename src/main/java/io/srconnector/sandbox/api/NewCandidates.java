package io.srconnector.sandbox.api;

import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.data.SourceType;
import io.srconnector.sandbox.data.StatusChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What creating a candidate on a job does to the account, shared by {@code POST /jobs/{jobId}/candidates} and the
 * Application API's {@code POST /postings/{uuid}/candidates}. SmartRecruiters keeps one profile per e-mail and last
 * name (FC-07): a create for an existing pair adds the application to the existing candidate (sandbox choice; SR
 * documents the uniqueness, not the merge), and a second application to the same job is refused by the caller.
 * Call inside {@link SandboxAccount#write}.
 */
final class NewCandidates {

    private NewCandidates() {
    }

    /** The candidate with this e-mail and last name (both case-insensitive), or null. */
    static Candidate existing(SandboxAccount account, String email, String lastName) {
        for (Candidate c : account.candidates().values()) {
            if (c.email != null && c.email.equalsIgnoreCase(email) && c.lastName != null
                    && c.lastName.equalsIgnoreCase(lastName)) {
                return c;
            }
        }
        return null;
    }

    /** A new candidate (not yet stored) created now. */
    static Candidate candidate(long now) {
        Candidate c = new Candidate();
        c.id = UUID.randomUUID().toString();
        c.createdOn = now;
        c.updatedOn = now;
        return c;
    }

    /**
     * Adds a NEW application of {@code c} to {@code job} as its primary assignment (the newest application is the
     * primary one), stores or re-indexes the candidate, and moves the job's {@code lastActivityOn}.
     *
     * @param source the source value (null: SmartRecruiters' default "API" source, §4.11)
     */
    static Application apply(SandboxAccount account, Candidate c, Job job, SourceType.Value source, long now,
                             boolean isNew) {
        Application a = new Application();
        a.applicationId = UUID.randomUUID().toString();
        a.candidateId = c.id;
        a.jobId = job.id;
        a.jobTitle = job.title;
        a.status = "NEW";
        a.source = source == null ? "API" : source.label();
        a.sourceId = source == null ? null : source.id();
        a.createDate = now;
        a.history = List.of(new StatusChange(now, "NEW", null));
        List<Application> apps = new ArrayList<>(c.applications);
        apps.add(0, a);
        c.applications = apps;
        c.updatedOn = now;
        if (isNew) {
            account.putCandidate(c);
        } else {
            account.reindex(c);
        }
        job.lastActivityOn = now;
        return a;
    }

    /** The source value {@code sourceId} of type {@code typeId}, or null. */
    static SourceType.Value sourceValue(SandboxAccount account, String typeId, String sourceId) {
        SourceType t = account.configuration().sourceType(typeId);
        if (t == null) {
            return null;
        }
        return t.values().stream().filter(v -> v.id().equals(sourceId)).findFirst().orElse(null);
    }

    /** Lower-case two-letter country code, as SmartRecruiters stores {@code countryCode}. */
    static String countryCode(String code) {
        return code == null ? null : code.toLowerCase(Locale.ROOT);
    }
}
