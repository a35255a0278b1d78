package io.srconnector.passthrough;

import io.srconnector.api.ApiException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validation of the passthrough's {@code path} (Kombo: "must start with /"; SmartRecruiters: a path relative to
 * {@code https://api.smartrecruiters.com}, with the family prefix where there is one, smartrecruiters-api.md §8).
 * The path part must be {@code /}-separated segments of unreserved characters ({@code A-Z a-z 0-9 - _ . ~}): no
 * scheme, host, {@code //}, {@code \}, {@code @}, {@code :}, {@code .}/{@code ..} segments, percent-encoded escapes
 * or control characters, so the request can only ever go to the integration's API base. An optional {@code ?query}
 * is parsed into parameters (percent-decoding allowed there) and re-encoded by the requester.
 */
public final class PassthroughPaths {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_~.\\-]+");
    private static final int MAX_LENGTH = 2048;

    private PassthroughPaths() {
    }

    /** A validated path and the query parameters it carried. */
    public record Target(String path, Map<String, List<String>> query) {
    }

    /**
     * @throws ApiException 400 naming {@code path} with the reason
     */
    public static Target parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw ApiException.invalid("path", "is required");
        }
        if (raw.length() > MAX_LENGTH) {
            throw ApiException.invalid("path", "longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw ApiException.invalid("path", "control characters, spaces and non-ASCII characters are not allowed");
            }
        }
        if (raw.indexOf('#') >= 0) {
            throw ApiException.invalid("path", "a fragment (#) is not allowed");
        }
        int q = raw.indexOf('?');
        String path = q < 0 ? raw : raw.substring(0, q);
        String query = q < 0 ? null : raw.substring(q + 1);
        if (!path.startsWith("/")) {
            throw ApiException.invalid("path", "must be a path relative to the SmartRecruiters API and start with '/'");
        }
        if (path.contains("//") || path.contains("\\") || path.contains("@") || path.contains(":")) {
            throw ApiException.invalid("path", "must be a relative path on the SmartRecruiters API (no scheme, host, "
                    + "'//', '\\', '@' or ':')");
        }
        if (path.indexOf('%') >= 0) {
            throw ApiException.invalid("path", "percent-encoded escapes are not allowed in the path");
        }
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.isEmpty() && i == segments.length - 1 && segments.length > 1) {
                continue; // trailing slash
            }
            if (s.equals(".") || s.equals("..")) {
                throw ApiException.invalid("path", "'.' and '..' segments are not allowed");
            }
            if (!SEGMENT.matcher(s).matches()) {
                throw ApiException.invalid("path", "segment '" + s + "' may only hold A-Z a-z 0-9 - _ . ~");
            }
        }
        return new Target(path, parseQuery(query));
    }

    private static Map<String, List<String>> parseQuery(String query) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return out;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (k.isEmpty()) {
                    throw ApiException.invalid("path", "empty query parameter name");
                }
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("path", "malformed query string");
            }
        }
        return out;
    }
}
