package io.srconnector.sandbox.fault;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.sandbox.auth.ApiArea;
import io.srconnector.sandbox.http.ApiException;
import io.srconnector.sandbox.http.ErrorStyle;
import io.srconnector.sandbox.http.QueryParams;
import io.srconnector.sandbox.http.Route;
import io.srconnector.sandbox.http.RouteTable;
import io.srconnector.sandbox.http.SandboxResponse;
import io.srconnector.sandbox.json.Json;

import java.time.Duration;

/**
 * Admin endpoints of the fault mode (same port, no SmartRecruiters authentication, like the other {@code /_sandbox/}
 * endpoints):
 * <ul>
 *   <li>{@code GET /_sandbox/faults}: the settings and the faults injected so far;</li>
 *   <li>{@code POST /_sandbox/faults?share429=0.1&share500=0.05&shareDropped=0.02&shareSlow=0.05&slowDelay=PT0.5S
 *       &tokenExpiryAfter=500&seed=7}: replaces the random faults (missing parameters are 0);</li>
 *   <li>{@code POST /_sandbox/faults/rule?route=GET%20/candidates&passFirst=2&status=500&times=-1}: adds a rule;</li>
 *   <li>{@code DELETE /_sandbox/faults}: no faults any more.</li>
 * </ul>
 */
public final class FaultEndpoints {
    private final FaultFilter faults;

    public FaultEndpoints(FaultFilter faults) {
        this.faults = faults;
    }

    /** Registers the routes. */
    public void register(RouteTable routes) {
        routes.add(new Route("GET", "/_sandbox/faults", ApiArea.SANDBOX_ADMIN, ErrorStyle.CUSTOMER, r -> body()));
        routes.add(new Route("POST", "/_sandbox/faults", ApiArea.SANDBOX_ADMIN, ErrorStyle.CUSTOMER, r -> {
            QueryParams q = r.query();
            try {
                faults.configure(new FaultSettings(share(q, "share429"), share(q, "share500"),
                        share(q, "shareDropped"), share(q, "shareSlow"),
                        q.has("slowDelay") ? Duration.parse(q.first("slowDelay")) : Duration.ZERO,
                        q.has("tokenExpiryAfter") ? Integer.parseInt(q.first("tokenExpiryAfter")) : 0,
                        q.has("seed") ? Long.parseLong(q.first("seed")) : 1));
            } catch (RuntimeException e) {
                throw ApiException.invalidParameter(e.getMessage());
            }
            return body();
        }));
        routes.add(new Route("POST", "/_sandbox/faults/rule", ApiArea.SANDBOX_ADMIN, ErrorStyle.CUSTOMER, r -> {
            QueryParams q = r.query();
            try {
                faults.addRule(new FaultRule(q.first("route"), Integer.parseInt(q.first("passFirst")),
                        Integer.parseInt(q.first("status")), q.has("times") ? Integer.parseInt(q.first("times")) : -1));
            } catch (RuntimeException e) {
                throw ApiException.invalidParameter("route, passFirst and status are required: " + e.getMessage());
            }
            return body();
        }));
        routes.add(new Route("DELETE", "/_sandbox/faults", ApiArea.SANDBOX_ADMIN, ErrorStyle.CUSTOMER, r -> {
            faults.clear();
            return SandboxResponse.empty(204);
        }));
    }

    private static double share(QueryParams q, String name) {
        return q.has(name) ? Double.parseDouble(q.first(name)) : 0;
    }

    private SandboxResponse body() {
        FaultSettings s = faults.settings();
        ObjectNode b = Json.object();
        ObjectNode set = b.putObject("settings");
        set.put("share429", s.share429());
        set.put("share500", s.share500());
        set.put("shareDropped", s.shareDropped());
        set.put("shareSlow", s.shareSlow());
        set.put("slowDelay", s.slowDelay().toString());
        set.put("tokenExpiryAfter", s.tokenExpiryAfter());
        set.put("seed", s.seed());
        ObjectNode inj = b.putObject("injected");
        faults.injected().forEach(inj::put);
        return SandboxResponse.json(200, b);
    }
}
