package io.srconnector.passthrough;

import io.srconnector.api.ApiException;
import io.srconnector.http.SmartRecruitersRequester;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which caller-given passthrough headers may reach SmartRecruiters. Refused with 400: names that are not HTTP tokens
 * and values with CR, LF or NUL (header injection). Dropped with a warning ("neutralised"): authentication
 * ({@code Authorization}, {@code X-SmartToken}, {@code Cookie} — the connector sets the integration's own auth),
 * hop-by-hop and framing headers, forwarding headers, and our own or Camel's ({@code X-Integration-Id},
 * {@code Camel*}); see also {@link SmartRecruitersRequester#isReservedHeader}.
 */
public final class PassthroughHeaders {
    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,128}$");
    private static final Set<String> DROPPED = Set.of("authorization", "x-smarttoken", "cookie", "cookie2",
            "set-cookie", "host", "content-length", "transfer-encoding", "connection", "keep-alive", "te", "trailer",
            "upgrade", "expect", "forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto",
            "x-forwarded-port", "x-real-ip", "x-integration-id", "x-http-method-override", "x-http-method",
            "x-method-override", "accept-encoding");

    private PassthroughHeaders() {
    }

    /**
     * @return true when the header may be sent; false when it is dropped (the caller adds a warning)
     * @throws ApiException 400 naming {@code headers.<name>} for an invalid name or value
     */
    public static boolean allowed(String name, String value) {
        if (!TOKEN.matcher(name).matches()) {
            throw ApiException.invalid("headers", "'" + name + "' is not a valid header name");
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\0') >= 0) {
            throw ApiException.invalid("headers." + name, "CR, LF and NUL are not allowed in header values");
        }
        String n = name.toLowerCase(Locale.ROOT);
        return !DROPPED.contains(n) && !n.startsWith("proxy-") && !n.startsWith("camel")
                && !n.startsWith("org.apache.camel") && !n.startsWith("x-forwarded-")
                && !SmartRecruitersRequester.isReservedHeader(name);
    }
}
