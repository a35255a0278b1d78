package io.srconnector.sandbox.http;

/** Handles one matched route; throws {@link ApiException} for SR errors. */
@FunctionalInterface
public interface SandboxHandler {
    SandboxResponse handle(SandboxRequest request);
}
