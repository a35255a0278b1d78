package io.srconnector.sandbox.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decoded query parameters. Array parameters are accepted both exploded ({@code status=NEW&status=HIRED}, as
 * SR's generated clients send them, S3 {@code :multi}) and comma-separated ({@code status=NEW,HIRED}).
 */
public final class QueryParams {

    private final Map<String, List<String>> values;

    private QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Parses a raw (still percent-encoded) query string; null or empty gives no parameters. */
    public static QueryParams parse(String rawQuery) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }
        return new QueryParams(map);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** First value of a parameter, or null. */
    public String first(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** True if the parameter is present (even empty). */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** All values, comma-separated values split, blanks dropped. */
    public List<String> all(String name) {
        List<String> v = values.get(name);
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : v) {
            for (String part : s.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    /** Every parameter with its raw values, in request order. */
    public Map<String, List<String>> asMap() {
        return Collections.unmodifiableMap(values);
    }
}
