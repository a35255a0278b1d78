package io.srconnector.sandbox.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.sandbox.SandboxClock;
import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.support.Fixtures;
import io.srconnector.sandbox.support.SandboxClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** SR authentication and permission behaviour (§2, §3 "Access denied", FC-10). */
class AuthenticationTest {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    private static SandboxServer server;
    private static SandboxClient admin;
    private static Application withOffer;

    @BeforeAll
    static void start() {
        SandboxSettings settings = SandboxSettings.builder().rateLimiting(false).candidates(120).clock(SandboxClock.fixed(NOW))
                .credential(Credential.accessToken("oauth-app", "token-123", SystemRole.ADMINISTRATOR, NOW.plusSeconds(1800)))
                .credential(Credential.accessToken("oauth-expired", "token-old", SystemRole.ADMINISTRATOR, NOW.minusSeconds(1)))
                .credential(Credential.apiKey("std-401", "standard401standard401standard40", SystemRole.STANDARD).withDeniedStatus(401))
                .credential(Credential.apiKey("no-users", "nousersnousersnousersnousersnous", SystemRole.ADMINISTRATOR)
                        .withDenied(Set.of("users_read")))
                .build();
        server = new SandboxServer(settings).start();
        admin = new SandboxClient(server);
        withOffer = server.account().read(() -> server.account().candidates().values().stream()
                .flatMap(c -> c.applications.stream()).filter(a -> !a.offers.isEmpty()).findFirst().orElseThrow());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void missingKeyGives401WithSrBody() {
        SandboxClient.Response r = admin.withKey(null).get("/jobs");
        assertThat(r.status()).isEqualTo(401);
        JsonNode body = r.json();
        assertThat(body.fieldNames()).toIterable().containsExactlyElementsOf(() ->
                Fixtures.example("error-401-permission-denied.from-schema.json").fieldNames());
        assertThat(body.at("/errors/0/code").asText()).isEqualTo("PERMISSION_DENIED");
        assertThat(body.get("message").isTextual()).isTrue();
        assertThat(r.header("X-RateLimit-Limit")).isEmpty();
    }

    @Test
    void wrongKeyGives401() {
        SandboxClient.Response r = admin.withKey("not-a-valid-key-000000000000000").get("/candidates");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().at("/errors/0/code").asText()).isEqualTo("PERMISSION_DENIED");
    }

    @Test
    void headerNameIsCaseInsensitive() {
        SandboxClient.Response r = admin.withKey(null).send("GET", "/jobs", null, "x-smarttoken", SandboxSettings.DEFAULT_API_KEY);
        assertThat(r.status()).isEqualTo(200);
        assertThat(server.requestLog().latest().credentialId()).isEqualTo(SandboxSettings.ADMIN_CREDENTIAL_ID);
    }

    @Test
    void bearerTokensFromTheRegistryAreAccepted() {
        assertThat(admin.withKey(null).send("GET", "/jobs", null, "Authorization", "Bearer token-123").status()).isEqualTo(200);
        assertThat(admin.withKey(null).send("GET", "/jobs", null, "Authorization", "Bearer token-old").status()).isEqualTo(401);
        assertThat(admin.withKey(null).send("GET", "/jobs", null, "Authorization", "Bearer " + SandboxSettings.DEFAULT_API_KEY).status())
                .as("an API key is not a bearer token").isEqualTo(401);
        assertThat(admin.withKey("token-123").get("/jobs").status()).as("a token is not an API key").isEqualTo(401);
    }

    @Test
    void revokedCredentialIsRejected() {
        server.credentials().register(Credential.apiKey("temp", "temporarytemporarytemporarytempo", SystemRole.ADMINISTRATOR));
        SandboxClient temp = admin.withKey("temporarytemporarytemporarytempo");
        assertThat(temp.get("/jobs").status()).isEqualTo(200);
        server.credentials().revoke("temp");
        assertThat(temp.get("/jobs").status()).isEqualTo(401);
    }

    @Test
    void publicPostingApiNeedsNoCredential() {
        SandboxClient anonymous = admin.withKey(null);
        assertThat(anonymous.get("/v1/companies/AcmeSandbox/postings").status()).isEqualTo(200);
        JsonNode first = anonymous.get("/v1/companies/AcmeSandbox/postings").json().at("/content/0");
        assertThat(anonymous.get("/v1/companies/AcmeSandbox/postings/" + first.get("id").asText()).status()).isEqualTo(200);
    }

    @Test
    void applicationApiNeedsAnApiKeyAndAnswersApplyApiErrors() {
        String uuid = admin.getJson("/v1/companies/AcmeSandbox/postings").at("/content/0/uuid").asText();
        SandboxClient.Response r = admin.withKey(null).get("/postings/" + uuid + "/configuration");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("code").asText()).isEqualTo("INVALID_API_KEY_ERROR");
        assertThat(r.json().has("id")).isTrue();
        assertThat(admin.get("/postings/" + uuid + "/configuration").status()).isEqualTo(200);
        SandboxClient.Response missing = admin.get("/postings/00000000-0000-0000-0000-000000000000/configuration");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asText()).isEqualTo("RESOURCE_NOT_FOUND_ERROR");
    }

    @Test
    void standardCredentialIsDeniedOffersButReadsEverythingElse() {
        SandboxClient standard = admin.withKey(SandboxSettings.DEFAULT_STANDARD_API_KEY);
        String perApplication = "/candidates/" + withOffer.candidateId + "/jobs/" + withOffer.jobId + "/offers";
        for (String path : new String[]{"/offers", perApplication, perApplication + "/" + withOffer.offers.get(0).id()}) {
            SandboxClient.Response r = standard.get(path);
            assertThat(r.status()).as(path).isEqualTo(403);
            assertThat(r.json().at("/errors/0/code").asText()).isEqualTo("PERMISSION_DENIED");
            assertThat(r.header("X-RateLimit-Remaining")).as("denials are authenticated responses").isPresent();
        }
        assertThat(standard.get("/candidates/" + withOffer.candidateId + "/jobs/" + withOffer.jobId).status()).isEqualTo(200);
        assertThat(standard.get("/jobs").status()).isEqualTo(200);
        assertThat(admin.get(perApplication).status()).isEqualTo(200);
    }

    @Test
    void deniedStatusIsConfigurablePerCredential() {
        SandboxClient.Response r = admin.withKey("standard401standard401standard40").get("/offers");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().at("/errors/0/code").asText()).isEqualTo("PERMISSION_DENIED");
    }

    @Test
    void areasCanBeDeniedByScope() {
        SandboxClient noUsers = admin.withKey("nousersnousersnousersnousersnous");
        assertThat(noUsers.get("/user-api/v201804/users").status()).isEqualTo(403);
        assertThat(noUsers.get("/offers").status()).isEqualTo(200);
    }

    @Test
    void usersMeReturnsTheCredentialsUser() {
        String userId = server.account().read(() -> server.account().users().lastKey());
        server.credentials().register(Credential.apiKey("bound", "boundboundboundboundboundboundbo", SystemRole.STANDARD).withUserId(userId));
        assertThat(admin.withKey("boundboundboundboundboundboundbo").getJson("/user-api/v201804/users/me").get("id").asText()).isEqualTo(userId);
        assertThat(admin.getJson("/user-api/v201804/users/me").at("/systemRole/id").asText()).isEqualTo("ADMINISTRATOR");
    }
}
