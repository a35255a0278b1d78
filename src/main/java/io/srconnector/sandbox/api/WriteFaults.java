package io.srconnector.sandbox.api;

import io.srconnector.sandbox.auth.ApiArea;
import io.srconnector.sandbox.http.ApiException;
import io.srconnector.sandbox.http.ErrorBodies;
import io.srconnector.sandbox.http.ErrorStyle;
import io.srconnector.sandbox.http.Route;
import io.srconnector.sandbox.http.RouteTable;
import io.srconnector.sandbox.http.SandboxHandler;
import io.srconnector.sandbox.http.SandboxResponse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test hook for the write endpoints: "the change was made, but the answer never arrived properly". The next request
 * on a route is processed (the account changes) and then answered with a gateway error instead of its real answer —
 * what a client sees when SmartRecruiters created a record but the response timed out (failure case FC-07). Set with
 * {@code POST /_sandbox/write-faults?route=<route key>&status=<5xx>} (route key such as
 * {@code POST /jobs/{jobId}/candidates}), cleared with {@code DELETE /_sandbox/write-faults}.
 */
final class WriteFaults {

    private final Map<String, Deque<Integer>> afterCommit = new ConcurrentHashMap<>();

    /** The next request on {@code routeKey} is committed and then answered with {@code status}. */
    void failAfterCommit(String routeKey, int status) {
        afterCommit.computeIfAbsent(routeKey, k -> new ArrayDeque<>()).add(status);
    }

    /** Wraps a write handler so a pending after-commit fault replaces its successful answer. */
    SandboxHandler wrap(String routeKey, SandboxHandler handler) {
        return r -> {
            SandboxResponse real = handler.handle(r);
            Deque<Integer> q = afterCommit.get(routeKey);
            Integer status = null;
            if (q != null) {
                synchronized (q) {
                    status = q.poll();
                }
            }
            if (status == null || real.status() >= 300) {
                return real;
            }
            return SandboxResponse.json(status, ErrorBodies.customer("Gateway timeout", "GATEWAY_TIMEOUT",
                    "the upstream service did not answer in time"));
        };
    }

    /** Registers the admin routes. */
    void register(RouteTable routes) {
        routes.add(new Route("POST", "/_sandbox/write-faults", ApiArea.SANDBOX_ADMIN, ErrorStyle.CUSTOMER, r -> {
            String route = r.query().first("route");
            String status = r.query().first("status");
            if (route == null || status == null || !status.matches("5\\d\\d")) {
                throw ApiException.invalidParameter("route and a 5xx status are required");
            }
            failAfterCommit(route, Integer.parseInt(status));
            return SandboxResponse.empty(204);
        }));
        routes.add(new Route("DELETE", "/_sandbox/write-faults", ApiArea.SANDBOX_ADMIN, ErrorStyle.CUSTOMER, r -> {
            afterCommit.clear();
            return SandboxResponse.empty(204);
        }));
    }
}
