package io.srconnector.webhooks;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link WebhookSigner}: lowercase hex HMAC-SHA256 of the raw body (the vector computed independently in Python). */
class WebhookSignerTest {
    private static final byte[] BODY = "{\"id\":\"evt\",\"type\":\"sync-finished\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsTheBodyWithHmacSha256InLowercaseHex() {
        assertThat(WebhookSigner.sign("whsec_test", BODY))
                .isEqualTo("6c7f590ed4064822c028d43114b71c605473635bce4c9ab7232de910ba7b6762");
    }

    @Test
    void verifiesOnlyTheExactBodyAndSecret() {
        String sig = WebhookSigner.sign("whsec_test", BODY);
        assertThat(WebhookSigner.verify("whsec_test", BODY, sig)).isTrue();
        assertThat(WebhookSigner.verify("whsec_test", BODY, sig.toUpperCase())).isTrue();
        assertThat(WebhookSigner.verify("other", BODY, sig)).isFalse();
        assertThat(WebhookSigner.verify("whsec_test", "{\"id\":\"evt\"}".getBytes(StandardCharsets.UTF_8), sig))
                .isFalse();
        assertThat(WebhookSigner.verify("whsec_test", BODY, null)).isFalse();
    }
}
