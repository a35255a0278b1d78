package io.srconnector.sandbox.data;

/**
 * Creates new realistic records for {@link AccountMutations#addGenerated}; implemented by the generator so the
 * data package does not depend on it.
 */
public interface RecordFactory {

    /** A new candidate with 1–3 applications to existing jobs, created and updated at {@code nowMillis}. */
    Candidate newCandidate(SandboxAccount account, long nowMillis);

    /** A new job (with status history, hiring team and one job ad), created at {@code nowMillis}. */
    Job newJob(SandboxAccount account, long nowMillis);

    /** A new active user updated at {@code nowMillis}. */
    User newUser(SandboxAccount account, long nowMillis);
}
