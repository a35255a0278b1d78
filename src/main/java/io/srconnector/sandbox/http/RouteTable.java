package io.srconnector.sandbox.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one place that maps method + path to a route. Literal segments win over variables
 * ({@code /users/me} before {@code /users/{id}}, {@code /candidates/attachments/{id}} before {@code /candidates/{id}/tags}).
 */
public final class RouteTable {

    private final List<Route> routes = new ArrayList<>();

    /** Result of a lookup: a route with its path variables, or the methods allowed on the path (405). */
    public record Match(Route route, Map<String, String> variables, Set<String> allowedMethods) {
        public boolean found() {
            return route != null;
        }
    }

    /** Registers a route; later registrations of the same key replace earlier ones. */
    public synchronized RouteTable add(Route route) {
        routes.removeIf(r -> r.key().equals(route.key()));
        routes.add(route);
        routes.sort((a, b) -> PathTemplates.compareSpecificity(a.segments(), b.segments()));
        return this;
    }

    /** All routes in matching order. */
    public synchronized List<Route> routes() {
        return List.copyOf(routes);
    }

    /** Finds the route for a request path (raw, percent-encoded); null when no template matches the path. */
    public synchronized Match match(String method, String rawPath) {
        List<String> segments = PathTemplates.splitDecoded(rawPath);
        Set<String> allowed = new TreeSet<>();
        for (Route r : routes) {
            Map<String, String> vars = r.match(segments);
            if (vars == null) {
                continue;
            }
            if (r.method().equals(method)) {
                return new Match(r, vars, Set.of());
            }
            allowed.add(r.method());
        }
        return allowed.isEmpty() ? null : new Match(null, Map.of(), allowed);
    }
}
