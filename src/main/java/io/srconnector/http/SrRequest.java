package io.srconnector.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * One call to the SmartRecruiters API, described without any transport detail. The path is relative to the
 * integration's base URL and includes the API family prefix where there is one ({@code /user-api/v201804/users},
 * {@code /interviews-api/v201904/interviews}); query values are repeated for array parameters
 * ({@code status=NEW&status=LEAD}). Only {@link #headers()} given here (besides auth and {@code Accept}) are sent.
 *
 * @param integrationId whose credentials and rate limiter to use
 * @param method        GET, POST, PUT, PATCH or DELETE
 * @param path          path starting with '/', without query
 * @param query         query parameters (ordered; a list value is sent as repeated parameters)
 * @param headers       extra request headers (e.g. {@code Accept-Language}); auth headers here are ignored
 * @param body          request body bytes or null
 * @param contentType   body content type or null
 * @param callCounter   receives +1 per HTTP attempt (for sync run statistics), may be null
 */
public record SrRequest(String integrationId, String method, String path, Map<String, List<String>> query,
                        Map<String, String> headers, byte[] body, String contentType, LongConsumer callCounter) {

    /** A GET with no query. */
    public static Builder get(String integrationId, String path) {
        return new Builder(integrationId, "GET", path);
    }

    /** Any method. */
    public static Builder of(String integrationId, String method, String path) {
        return new Builder(integrationId, method, path);
    }

    /** A builder holding everything of this request (to add paging parameters to a template request). */
    public Builder toBuilder() {
        Builder b = new Builder(integrationId, method, path).callCounter(callCounter).body(body, contentType);
        query.forEach((k, vs) -> vs.forEach(v -> b.query(k, v)));
        headers.forEach(b::header);
        return b;
    }

    /** True for methods that are safe to re-send after an ambiguous failure (5xx, timeout). */
    public boolean idempotent() {
        return !"POST".equals(method) && !"PATCH".equals(method);
    }

    /** Builder for {@link SrRequest}. */
    public static final class Builder {
        private final String integrationId;
        private final String method;
        private final String path;
        private final Map<String, List<String>> query = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;
        private String contentType;
        private LongConsumer callCounter;

        private Builder(String integrationId, String method, String path) {
            this.integrationId = integrationId;
            this.method = method;
            this.path = path;
        }

        /** Adds a query parameter; null values are skipped. */
        public Builder query(String name, Object value) {
            if (value != null) {
                query.computeIfAbsent(name, k -> new ArrayList<>()).add(String.valueOf(value));
            }
            return this;
        }

        public Builder header(String name, String value) {
            if (value != null) {
                headers.put(name, value);
            }
            return this;
        }

        public Builder body(byte[] body, String contentType) {
            this.body = body;
            this.contentType = contentType;
            return this;
        }

        public Builder callCounter(LongConsumer counter) {
            this.callCounter = counter;
            return this;
        }

        public SrRequest build() {
            Map<String, List<String>> q = new LinkedHashMap<>();
            query.forEach((k, v) -> q.put(k, List.copyOf(v)));
            return new SrRequest(integrationId, method, path, Collections.unmodifiableMap(q),
                    Collections.unmodifiableMap(new LinkedHashMap<>(headers)), body, contentType, callCounter);
        }
    }
}
