package io.srconnector.sandbox.http;

import io.srconnector.sandbox.auth.ApiArea;

import java.util.List;
import java.util.Map;

/**
 * A method + path template (e.g. {@code GET /candidates/{id}/jobs/{jobId}}) bound to a handler, with the
 * API area it belongs to (for authentication and permissions) and the error body style.
 */
public final class Route {

    private final String method;
    private final String template;
    private final List<String> segments;
    private final ApiArea area;
    private final ErrorStyle errorStyle;
    private final SandboxHandler handler;

    public Route(String method, String template, ApiArea area, ErrorStyle errorStyle, SandboxHandler handler) {
        this.method = method;
        this.template = template;
        this.segments = PathTemplates.split(template);
        this.area = area;
        this.errorStyle = errorStyle;
        this.handler = handler;
    }

    public String method() {
        return method;
    }

    public String template() {
        return template;
    }

    /** {@code "GET /candidates/{id}"}: the key used in stats and limit overrides. */
    public String key() {
        return method + " " + template;
    }

    public ApiArea area() {
        return area;
    }

    public ErrorStyle errorStyle() {
        return errorStyle;
    }

    public SandboxHandler handler() {
        return handler;
    }

    List<String> segments() {
        return segments;
    }

    /** Path variables if the path segments match this template, else null. */
    Map<String, String> match(List<String> pathSegments) {
        return PathTemplates.match(segments, pathSegments);
    }

    @Override
    public String toString() {
        return key();
    }
}
