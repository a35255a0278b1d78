package io.srconnector.sandbox.api;

import io.srconnector.sandbox.http.ApiException;
import io.srconnector.sandbox.http.QueryParams;
import io.srconnector.sandbox.json.Dates;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Query-parameter parsing with SR-style 400 answers (code {@code INVALID_PARAMETER}, chosen by the sandbox). */
final class Params {

    private Params() {
    }

    /** An ISO-8601 date-time parameter as epoch millis, or null when absent. */
    static Long date(QueryParams q, String name) {
        String v = q.first(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Dates.parse(v);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter(name + " must be an ISO-8601 date-time (yyyy-MM-ddTHH:mm:ss.SSSZ)");
        }
    }

    /** A multi-valued enum parameter, upper-cased and checked against {@code allowed}; empty when absent. */
    static Set<String> enums(QueryParams q, String name, List<String> allowed) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : q.all(name)) {
            String u = v.toUpperCase(Locale.ROOT);
            if (!allowed.contains(u)) {
                throw ApiException.invalidParameter(name + " must be one of " + allowed);
            }
            out.add(u);
        }
        return out;
    }

    /** A boolean parameter ({@code true}/{@code false}), default when absent. */
    static boolean bool(QueryParams q, String name, boolean def) {
        String v = q.first(name);
        if (v == null || v.isBlank()) {
            return def;
        }
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw ApiException.invalidParameter(name + " must be true or false");
    }

    /** Lower-case text of a free-text query ({@code q}), or null. */
    static String text(QueryParams q, String name) {
        String v = q.first(name);
        return v == null || v.isBlank() ? null : v.trim().toLowerCase(Locale.ROOT);
    }

    /** True if any of the values contains the lower-case needle. */
    static boolean containsIgnoreCase(String needle, String... values) {
        for (String v : values) {
            if (v != null && v.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
