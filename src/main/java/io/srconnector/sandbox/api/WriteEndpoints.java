package io.srconnector.sandbox.api;

import io.srconnector.sandbox.http.RouteTable;

/**
 * Registers the SmartRecruiters write endpoints the connector's unified write actions use (smartrecruiters-api.md
 * §5): Candidate API writes ({@link CandidateWriteEndpoints}), the Application API create
 * ({@link ApplyEndpoints}), the Message API ({@link MessageEndpoints}) and the after-commit fault hook for tests
 * ({@link WriteFaults}, {@code /_sandbox/write-faults}). All changes go through the account's write lock, so the
 * next read — and the next sync — sees them.
 */
public final class WriteEndpoints {

    private final CandidateWriteEndpoints candidates;
    private final ApplyEndpoints apply;
    private final MessageEndpoints messages;
    private final WriteFaults faults = new WriteFaults();

    public WriteEndpoints(ApiContext ctx) {
        this.candidates = new CandidateWriteEndpoints(ctx, faults);
        this.apply = new ApplyEndpoints(ctx, faults);
        this.messages = new MessageEndpoints(ctx, faults);
    }

    /** Adds the write routes and the fault hook to the table. */
    public WriteEndpoints register(RouteTable routes) {
        candidates.register(routes);
        apply.register(routes);
        messages.register(routes);
        faults.register(routes);
        return this;
    }

    /** The Message API endpoints (stored notes). */
    public MessageEndpoints messages() {
        return messages;
    }
}
