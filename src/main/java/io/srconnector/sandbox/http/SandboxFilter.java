package io.srconnector.sandbox.http;

/**
 * One step of the request pipeline (logging, routing, authentication, rate limiting, permission, test holds;
 * later OAuth and fault injection). A filter either answers itself or calls {@code next.proceed(request)};
 * {@code proceed} never throws: exceptions below are already turned into SR error responses.
 */
@FunctionalInterface
public interface SandboxFilter {

    SandboxResponse filter(SandboxRequest request, Chain next);

    /** The rest of the pipeline. */
    @FunctionalInterface
    interface Chain {
        SandboxResponse proceed(SandboxRequest request);
    }
}
