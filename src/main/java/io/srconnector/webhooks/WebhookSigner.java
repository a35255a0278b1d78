package io.srconnector.webhooks;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The signature of an outgoing webhook: HMAC-SHA256 over the exact body bytes with the configured secret, lowercase
 * hex, sent as {@code X-Kombo-Signature} (Kombo names the header but does not document the algorithm or encoding;
 * unified-api.md §6 — ours is documented in docs/syncs.md). A receiver recomputes it over the raw body and compares
 * in constant time ({@link #verify}).
 */
public final class WebhookSigner {
    /** The signature header. */
    public static final String HEADER = "X-Kombo-Signature";

    private WebhookSigner() {
    }

    /** Lowercase hex HMAC-SHA256 of {@code body} under {@code secret}. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Whether {@code signature} is the signature of {@code body} under {@code secret} (constant-time comparison). */
    public static boolean verify(String secret, byte[] body, String signature) {
        if (signature == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII),
                signature.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
