package io.srconnector.sandbox.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.sandbox.json.Json;

/**
 * Builds the absolute URLs of SR's HATEOAS {@code actions} ({@code {url, method}}, S1 {@code Action}) against the
 * sandbox's public base URL, so a client following them stays on the sandbox.
 */
public record Links(String base) {

    public Links {
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Absolute URL of a path. */
    public String url(String path) {
        return base + path;
    }

    /** {@code {"url": base+path, "method": method}}. */
    public ObjectNode action(String path, String method) {
        ObjectNode n = Json.object();
        n.put("url", url(path));
        n.put("method", method);
        return n;
    }

    /** GET action. */
    public ObjectNode get(String path) {
        return action(path, "GET");
    }

    /** URL of a user in the User API. */
    public String userPath(String userId) {
        return "/user-api/v201804/users/" + userId;
    }
}
