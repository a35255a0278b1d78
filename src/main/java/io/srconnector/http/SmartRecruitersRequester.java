package io.srconnector.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.observability.ConnectorMetrics;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.net.ConnectException;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way to call SmartRecruiters. Every sync, write action and passthrough request goes through
 * {@link #execute(SrRequest)}, which
 * <ul>
 *   <li>builds a fresh Camel exchange holding only the headers it sets (auth, {@code Accept}, the request's own), so no
 *       inbound or {@code Camel*} header can leak into the outbound call (failure case FC-14);</li>
 *   <li>waits for the credential's shared rate-limit and concurrency permits ({@link CredentialLimits});</li>
 *   <li>sends through the camel-http endpoint with HttpClient's own retries disabled (FC-05);</li>
 *   <li>retries 429 (honouring {@code Retry-After} up to a cap), 5xx and transport failures with capped exponential
 *       back-off and jitter; non-idempotent requests (POST, PATCH) are retried only when SmartRecruiters certainly did
 *       not process them (429, 503, connection refused) — a timed-out create is never re-sent blindly (FC-07);</li>
 *   <li>refreshes an OAuth token once on 401;</li>
 *   <li>turns every failure into a typed {@link SmartRecruitersException}.</li>
 * </ul>
 */
@Component
public class SmartRecruitersRequester {
    private static final Logger LOG = LoggerFactory.getLogger(SmartRecruitersRequester.class);
    // copyHeaders=false: the answer's message holds SmartRecruiters' response headers only, not our request headers
    // (camel-http copies the request headers, the credential included, into the answer by default).
    static final String ENDPOINT =
            "http://smartrecruiters-api?throwExceptionOnFailure=false&followRedirects=false&copyHeaders=false";

    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final SrConnectionProvider connections;
    private final CredentialLimits limits;
    private final RequesterSettings settings;
    private final ConnectorMetrics metrics;
    private volatile Sleeper sleeper = Thread::sleep;

    public SmartRecruitersRequester(CamelContext camel, ProducerTemplate producer, SrConnectionProvider connections,
                                    CredentialLimits limits, RequesterSettings settings, ConnectorMetrics metrics) {
        this.camel = camel;
        this.metrics = metrics;
        this.producer = producer;
        this.connections = connections;
        this.limits = limits;
        this.settings = settings;
    }

    /**
     * Sends a request and returns a 2xx/3xx answer.
     *
     * @throws SrUnauthorizedException      401 (after one OAuth refresh where applicable)
     * @throws SrPermissionDeniedException  403
     * @throws SrNotFoundException          404
     * @throws SrRateLimitedException       429 after the retries, or a Retry-After above the cap
     * @throws SrServerException            5xx after the retries
     * @throws SrClientException            any other 4xx
     * @throws SrTransportException         no answer after the retries
     */
    public SrResponse execute(SrRequest request) {
        SrResponse r = exchange(request);
        if (r.status() >= 400) {
            throw translate(request, r, null);
        }
        return r;
    }

    /** {@link #execute} and parse the body as JSON. */
    public JsonNode json(SrRequest request) {
        return execute(request).json();
    }

    /**
     * Sends a request with the same limits and retries, but returns any final answer (4xx and 5xx included) instead
     * of throwing; used by the passthrough, which hands SmartRecruiters' answer back to the caller.
     *
     * @throws SrTransportException when no answer arrived
     * @throws SrRateLimitedException when a local permit could not be obtained
     */
    public SrResponse exchange(SrRequest request) {
        return exchange(request, null);
    }

    /**
     * {@link #exchange(SrRequest)} with a given connection instead of the integration's: for calls made before an
     * integration exists or while its credentials are being renewed (OAuth token requests, credential checks on
     * connect). Same limits (keyed by {@link SrConnection#limiterKey()}), retries and header hygiene; no OAuth
     * refresh on 401.
     */
    public SrResponse exchange(SrConnection connection, SrRequest request) {
        return exchange(request, connection);
    }

    private SrResponse exchange(SrRequest request, SrConnection fixed) {
        if (request.path() == null || !request.path().startsWith("/") || request.path().startsWith("//")) {
            throw new IllegalArgumentException("SmartRecruiters path must be relative and start with '/': " + request.path());
        }
        boolean refreshed = fixed != null;
        int attempt = 0;
        while (true) {
            attempt++;
            SrConnection conn = fixed != null ? fixed : connections.connection(request.integrationId());
            SrResponse response;
            try {
                response = sendOnce(conn, request);
            } catch (SrTransportException e) {
                boolean safe = request.idempotent() || isConnectFailure(e.getCause());
                if (!safe || attempt >= settings.getMaxAttempts()) {
                    throw e;
                }
                backoff(request, attempt, null, "transport failure: " + e.getMessage());
                continue;
            }
            int s = response.status();
            if (s == 401 && !refreshed && connections.refreshAfterUnauthorized(conn)) {
                refreshed = true;
                attempt--;
                continue;
            }
            if (s == 429) {
                Duration retryAfter = retryAfter(response);
                if (retryAfter != null && retryAfter.compareTo(settings.getMaxRetryAfter()) > 0) {
                    throw translate(request, response, "Retry-After " + retryAfter.toSeconds() + "s exceeds the cap");
                }
                if (attempt >= settings.getMaxAttempts()) {
                    return response;
                }
                backoff(request, attempt, retryAfter, "429 Too Many Requests");
                continue;
            }
            if (s == 500 || s == 502 || s == 503 || s == 504) {
                boolean safe = request.idempotent() || s == 503;
                Duration retryAfter = retryAfter(response);
                // a Retry-After above the cap ends the call now, as for 429 (FC-05), instead of blocking for it
                boolean tooLong = retryAfter != null && retryAfter.compareTo(settings.getMaxRetryAfter()) > 0;
                if (!safe || tooLong || attempt >= settings.getMaxAttempts()) {
                    return response;
                }
                backoff(request, attempt, retryAfter, s + " from SmartRecruiters");
                continue;
            }
            return response;
        }
    }

    private SrResponse sendOnce(SrConnection conn, SrRequest request) {
        boolean candidateList = "GET".equals(request.method()) && "/candidates".equals(request.path());
        CredentialLimits.Limits l = limits.forCredential(conn.limiterKey());
        String url = conn.baseUrl() + request.path();
        String query = encodeQuery(request.query());
        try (CredentialLimits.Permit ignored = l.acquire(candidateList, request.method(), request.path())) {
            if (request.callCounter() != null) {
                request.callCounter().accept(1);
            }
            Exchange ex = new DefaultExchange(camel);
            Message in = ex.getIn();
            in.setHeader(Exchange.HTTP_URI, url);
            in.setHeader(Exchange.HTTP_METHOD, request.method());
            if (!query.isEmpty()) {
                in.setHeader(Exchange.HTTP_QUERY, query);
            }
            in.setHeader("Accept", "application/json");
            request.headers().forEach((k, v) -> {
                if (!isReservedHeader(k)) {
                    in.setHeader(k, v);
                }
            });
            conn.authHeaders().forEach(in::setHeader);
            if (request.body() != null) {
                in.setBody(request.body());
                if (request.contentType() != null) {
                    in.setHeader(Exchange.CONTENT_TYPE, request.contentType());
                }
            }
            Exchange out = producer.send(ENDPOINT, ex);
            if (out.getException() != null) {
                metrics.smartRecruitersCall(request.integrationId(), request.path(), 0);
                Throwable cause = out.getException();
                throw new SrTransportException(0, null, "No answer from SmartRecruiters: " + cause.getMessage(),
                        request.method(), request.path(), null, cause);
            }
            Message m = out.getMessage();
            Integer status = m.getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
            byte[] body = m.getBody(byte[].class);
            Map<String, List<String>> headers = responseHeaders(m);
            SrResponse resp = new SrResponse(status == null ? 0 : status, headers, body == null ? new byte[0] : body,
                    query.isEmpty() ? url : url + "?" + query);
            metrics.smartRecruitersCall(request.integrationId(), request.path(), resp.status());
            if ("0".equals(resp.header("X-RateLimit-Remaining"))) {
                l.drain();
            }
            return resp;
        }
    }

    /** True for header names the caller may not set: authentication, hop-by-hop and Camel control headers. */
    public static boolean isReservedHeader(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("x-smarttoken") || n.equals("authorization") || n.equals("cookie") || n.equals("host")
                || n.equals("content-length") || n.equals("transfer-encoding") || n.equals("connection")
                || n.startsWith("camel") || n.startsWith("proxy-") || n.equals("x-integration-id");
    }

    private static Map<String, List<String>> responseHeaders(Message m) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        m.getHeaders().forEach((k, v) -> {
            if (k.startsWith("Camel") || k.startsWith("camel")) {
                return;
            }
            List<String> values = new ArrayList<>();
            if (v instanceof Iterable<?> it) {
                it.forEach(x -> values.add(String.valueOf(x)));
            } else if (v != null) {
                values.add(String.valueOf(v));
            }
            out.put(k.toLowerCase(Locale.ROOT), values);
        });
        return out;
    }

    static String encodeQuery(Map<String, List<String>> query) {
        StringBuilder sb = new StringBuilder();
        query.forEach((k, vs) -> vs.forEach(v -> {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(enc(k)).append('=').append(enc(v));
        }));
        return sb.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean isConnectFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ConnectException || c instanceof UnknownHostException
                    || c.getClass().getSimpleName().equals("HttpHostConnectException")) {
                return true;
            }
        }
        return false;
    }

    /** The Retry-After header in seconds (SmartRecruiters does not document it; honoured when present). */
    static Duration retryAfter(SrResponse r) {
        String v = r.header("Retry-After");
        if (v == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v.trim())));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void backoff(SrRequest request, int attempt, Duration retryAfter, String why) {
        long ms;
        if (retryAfter != null) {
            ms = retryAfter.toMillis();
        } else {
            long base = settings.getInitialBackoff().toMillis() << Math.min(attempt - 1, 20);
            long capped = Math.min(base, settings.getMaxBackoff().toMillis());
            ms = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        }
        LOG.info("SmartRecruiters {} {}: {}; retry {} of {} in {} ms", request.method(), request.path(), why,
                attempt, settings.getMaxAttempts() - 1, ms);
        try {
            sleeper.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SrTransportException(0, null, "Interrupted while backing off", request.method(),
                    request.path(), null, e);
        }
    }

    /** Maps a final error answer to its typed exception, reading SmartRecruiters' error body where there is one. */
    static SmartRecruitersException translate(SrRequest request, SrResponse r, String note) {
        String code = null;
        String message = null;
        String text = r.text();
        try {
            JsonNode body = r.json();
            if (body.hasNonNull("message")) {
                message = body.get("message").asText();
            }
            JsonNode errors = body.path("errors");
            if (errors.isArray() && !errors.isEmpty()) {
                code = errors.get(0).path("code").asText(null);
                if (message == null) {
                    message = errors.get(0).path("message").asText(null);
                }
            } else if (body.hasNonNull("code")) {
                code = body.get("code").asText();
            }
            if (body.hasNonNull("error") && message == null) {
                code = body.get("error").asText();
                message = body.path("error_description").asText(code);
            }
        } catch (IllegalArgumentException notJson) {
            // non-JSON error body: keep the status line only
        }
        String msg = "SmartRecruiters answered " + r.status() + " to " + request.method() + " " + request.path()
                + (code != null ? " [" + code + "]" : "") + (message != null ? ": " + message : "")
                + (note != null ? " (" + note + ")" : "");
        int s = r.status();
        if (s == 401) {
            return new SrUnauthorizedException(s, code, msg, request.method(), request.path(), text, null);
        }
        if (s == 403) {
            return new SrPermissionDeniedException(s, code, msg, request.method(), request.path(), text, null);
        }
        if (s == 404) {
            return new SrNotFoundException(s, code, msg, request.method(), request.path(), text, null);
        }
        if (s == 429) {
            return new SrRateLimitedException(s, code, msg, request.method(), request.path(), text, null);
        }
        if (s >= 500) {
            return new SrServerException(s, code, msg, request.method(), request.path(), text, null);
        }
        return new SrClientException(s, code, msg, request.method(), request.path(), text, null);
    }

    /** Replaces the sleep used for back-off (tests measure waits without sleeping). */
    void setSleeper(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    /** Sleeps for a number of milliseconds. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long ms) throws InterruptedException;
    }
}
