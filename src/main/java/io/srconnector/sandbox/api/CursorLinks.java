package io.srconnector.sandbox.api;

import io.srconnector.sandbox.http.SandboxRequest;
import io.srconnector.sandbox.http.SandboxResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Adds {@code Link: <…>; rel="next"} to cursor pages, as SR does next to {@code nextPageId} (S1, §3.1). */
final class CursorLinks {

    private CursorLinks() {
    }

    static SandboxResponse withNext(SandboxResponse response, SandboxRequest request, String pageParam, String nextPageId) {
        if (nextPageId == null) {
            return response;
        }
        StringJoiner q = new StringJoiner("&");
        for (Map.Entry<String, List<String>> e : request.query().asMap().entrySet()) {
            if (e.getKey().equals(pageParam)) {
                continue;
            }
            for (String v : e.getValue()) {
                q.add(enc(e.getKey()) + "=" + enc(v));
            }
        }
        q.add(enc(pageParam) + "=" + enc(nextPageId));
        return response.header("Link", "<" + request.baseUrl() + request.path() + "?" + q + ">; rel=\"next\"");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
