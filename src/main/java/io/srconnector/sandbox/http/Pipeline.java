package io.srconnector.sandbox.http;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a request through the filters and then the matched route's handler. Every step's exceptions are
 * turned into SR error responses right there, so filters above always see a response.
 */
public final class Pipeline {

    private static final Logger LOG = Logger.getLogger(Pipeline.class.getName());

    private final List<SandboxFilter> filters;

    /** Pipeline with the filters in order (first = outermost). */
    public Pipeline(List<SandboxFilter> filters) {
        this.filters = List.copyOf(filters);
    }

    /** Handles the request; never throws. */
    public SandboxResponse handle(SandboxRequest request) {
        return step(0, request);
    }

    private SandboxResponse step(int index, SandboxRequest request) {
        try {
            if (index < filters.size()) {
                return filters.get(index).filter(request, r -> step(index + 1, r));
            }
            Route route = request.route();
            if (route == null) {
                throw ApiException.notFound("NOT_FOUND", "no such endpoint");
            }
            return route.handler().handle(request);
        } catch (ApiException e) {
            return ErrorBodies.response(request.errorStyle(), request.sequence(), e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sandbox handler failed for " + request.method() + " " + request.path(), e);
            return ErrorBodies.response(request.errorStyle(), request.sequence(),
                    new ApiException(500, "INTERNAL_ERROR", "Internal error", String.valueOf(e.getMessage())));
        }
    }
}
