package io.srconnector.oauth;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.srconnector.http.SmartRecruitersRequester;
import io.srconnector.http.SrTestHarness;
import io.srconnector.http.SrTransportException;
import io.srconnector.testsupport.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The token endpoint client against WireMock through the real requester: SmartRecruiters' form body and answer, RFC
 * 6749 errors, and — because refresh tokens are single-use — a refresh that failed with 500 or timed out is never
 * re-sent (FC-07 applied to token requests).
 */
class SmartRecruitersOAuthTest {
    private static SrTestHarness harness;
    private SmartRecruitersOAuth oauth;

    @BeforeAll
    static void start() {
        harness = SrTestHarness.start();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @BeforeEach
    void reset() {
        harness.reset();
        SmartRecruitersRequester requester = harness.requester(SrTestHarness.settings());
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("requester", requester));
        oauth = new SmartRecruitersOAuth(beans.getBeanProvider(SmartRecruitersRequester.class), new OAuthSettings());
    }

    private List<LoggedRequest> tokenRequests() {
        return harness.wireMock.findAll(postRequestedFor(urlEqualTo("/identity/oauth/token")));
    }

    @Test
    void refreshPostsTheFormWithoutAnyAuthHeaderAndReadsTheNewPair() {
        harness.wireMock.stubFor(post(urlEqualTo("/identity/oauth/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"at-2\",\"token_type\":\"Bearer\",\"expires_in\":1800,"
                        + "\"refresh_token\":\"rt-2\"}")));
        Tokens t = oauth.refresh("int-1", harness.baseUrl(), "grant-1", "app", "app-secret", "rt-1");
        assertThat(t.accessToken()).isEqualTo("at-2");
        assertThat(t.refreshToken()).isEqualTo("rt-2");
        assertThat(t.expiresAt()).isBetween(Instant.now().plusSeconds(1790), Instant.now().plusSeconds(1801));
        assertThat(t.toString()).doesNotContain("at-2").doesNotContain("rt-2");
        LoggedRequest r = tokenRequests().get(0);
        assertThat(r.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(r.getBodyAsString()).isEqualTo("grant_type=refresh_token&refresh_token=rt-1&client_id=app"
                + "&client_secret=app-secret");
        assertThat(r.containsHeader("X-SmartToken")).isFalse();
        assertThat(r.containsHeader("Authorization")).isFalse();
    }

    @Test
    void refusedGrantsBecomeOAuthExceptions() {
        harness.wireMock.stubFor(post(urlEqualTo("/identity/oauth/token")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.text("http/oauth-token-error-400.json"))));
        assertThatThrownBy(() -> oauth.clientCredentials("int-1", harness.baseUrl(), "c", "id", "bad"))
                .isInstanceOfSatisfying(OAuthException.class, e -> {
                    assertThat(e.error()).isEqualTo("invalid_client");
                    assertThat(e.credentialsInvalid()).isTrue();
                    assertThat(e.getMessage()).contains("Bad client credentials").doesNotContain("bad");
                });
    }

    @Test
    void aFailedOrTimedOutRefreshIsNeverResent() {
        harness.wireMock.stubFor(post(urlEqualTo("/identity/oauth/token")).willReturn(aResponse().withStatus(500)));
        assertThatThrownBy(() -> oauth.refresh("int-1", harness.baseUrl(), "g", "app", "s", "rt-1"))
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.status()).isEqualTo(500));
        assertThat(tokenRequests()).hasSize(1);

        harness.wireMock.resetAll();
        harness.wireMock.stubFor(post(urlEqualTo("/identity/oauth/token")).willReturn(aResponse().withStatus(200)
                .withFixedDelay((int) SrTestHarness.RESPONSE_TIMEOUT.toMillis() + 500)));
        assertThatThrownBy(() -> oauth.refresh("int-1", harness.baseUrl(), "g", "app", "s", "rt-1"))
                .isInstanceOf(SrTransportException.class);
        assertThat(tokenRequests()).as("a timed-out refresh may have spent the token: not re-sent").hasSize(1);
    }
}
