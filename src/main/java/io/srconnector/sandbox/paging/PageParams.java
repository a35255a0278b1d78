package io.srconnector.sandbox.paging;

import io.srconnector.sandbox.http.ApiException;
import io.srconnector.sandbox.http.QueryParams;

/**
 * Validation of paging parameters as SR documents them (§3.1): {@code limit} within 1..max (400 otherwise),
 * {@code offset} ≥ 0. SR's own 400 body for these is undocumented; the sandbox answers {@code INVALID_PARAMETER}.
 */
public final class PageParams {

    private PageParams() {
    }

    /** {@code limit} (or another name) between 1 and {@code max}, default {@code def}. */
    public static int limit(QueryParams q, String name, int def, int max) {
        String v = q.first(name);
        if (v == null || v.isEmpty()) {
            return def;
        }
        int n = integer(name, v);
        if (n < 1 || n > max) {
            throw ApiException.invalidParameter(name + " must be between 1 and " + max);
        }
        return n;
    }

    /** {@code offset} ≥ 0, default 0. */
    public static int offset(QueryParams q) {
        String v = q.first("offset");
        if (v == null || v.isEmpty()) {
            return 0;
        }
        int n = integer("offset", v);
        if (n < 0) {
            throw ApiException.invalidParameter("offset must not be negative");
        }
        return n;
    }

    private static int integer(String name, String v) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter(name + " must be an integer");
        }
    }
}
