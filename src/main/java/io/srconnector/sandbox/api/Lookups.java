package io.srconnector.sandbox.api;

import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.http.ApiException;

/** Finds records or throws SR's 404 ({@code CANDIDATE_NOT_FOUND}, {@code JOB_NOT_FOUND}, …). Call under the read lock. */
final class Lookups {

    private Lookups() {
    }

    static Candidate candidate(SandboxAccount account, String id) {
        Candidate c = account.candidate(id);
        if (c == null) {
            throw ApiException.notFound("CANDIDATE_NOT_FOUND", "candidate not found");
        }
        return c;
    }

    static Job job(SandboxAccount account, String id) {
        Job j = account.job(id);
        if (j == null) {
            throw ApiException.notFound("JOB_NOT_FOUND", "job not found");
        }
        return j;
    }

    /** The candidate's application on a job; 404 {@code JOB_NOT_FOUND} "candidate is not assigned to given job" (S1). */
    static Application application(SandboxAccount account, String candidateId, String jobId) {
        Candidate c = candidate(account, candidateId);
        Application a = c.application(jobId);
        if (a == null) {
            throw ApiException.notFound("JOB_NOT_FOUND", "candidate is not assigned to given job");
        }
        return a;
    }
}
