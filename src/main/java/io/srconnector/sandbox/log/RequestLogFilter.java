package io.srconnector.sandbox.log;

import io.srconnector.sandbox.auth.ApiArea;
import io.srconnector.sandbox.http.SandboxFilter;
import io.srconnector.sandbox.http.SandboxRequest;
import io.srconnector.sandbox.http.SandboxResponse;

import java.time.Instant;

/**
 * Outermost filter: records every SR API request (also unknown paths, 401s and 429s) in the {@link RequestLog}
 * and counts it in the {@link RequestStats}. Requests to the sandbox's own {@code /_sandbox/} endpoints are
 * neither logged nor counted.
 */
public final class RequestLogFilter implements SandboxFilter {

    private final RequestLog log;
    private final RequestStats stats;

    public RequestLogFilter(RequestLog log, RequestStats stats) {
        this.log = log;
        this.stats = stats;
    }

    @Override
    public SandboxResponse filter(SandboxRequest request, Chain next) {
        SandboxResponse response = next.proceed(request);
        if (request.route() != null && request.route().area() == ApiArea.SANDBOX_ADMIN) {
            return response;
        }
        String routeKey = request.route() == null ? null : request.route().key();
        String credentialId = request.credential() == null ? null : request.credential().id();
        log.add(new RecordedRequest(request.sequence(), Instant.ofEpochMilli(request.receivedAt()), request.method(),
                request.path(), request.rawQuery(), request.headers(), request.body(), credentialId, routeKey,
                response.status()));
        stats.count(routeKey, response.status());
        return response;
    }
}
