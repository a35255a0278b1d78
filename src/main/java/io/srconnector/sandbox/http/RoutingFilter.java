package io.srconnector.sandbox.http;

/**
 * Resolves the route: unknown path → 404 with SR's {@code ErrorResponse}, known path with another method → 405.
 */
public final class RoutingFilter implements SandboxFilter {

    private final RouteTable routes;

    public RoutingFilter(RouteTable routes) {
        this.routes = routes;
    }

    @Override
    public SandboxResponse filter(SandboxRequest request, Chain next) {
        RouteTable.Match match = routes.match(request.method(), request.path());
        if (match == null) {
            throw ApiException.notFound("NOT_FOUND", "no endpoint " + request.method() + " " + request.path());
        }
        if (!match.found()) {
            return ErrorBodies.response(ErrorStyle.CUSTOMER, request.sequence(),
                            new ApiException(405, "METHOD_NOT_ALLOWED", "Method not allowed", request.method() + " is not supported here"))
                    .header("Allow", String.join(", ", match.allowedMethods()));
        }
        request.bind(match.route(), match.variables());
        return next.proceed(request);
    }
}
