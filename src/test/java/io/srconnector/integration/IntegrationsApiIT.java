package io.srconnector.integration;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.sandbox.SandboxSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integrations API and the custom field explorer against the sandbox: connect with an API key (stored encrypted,
 * never answered), Kombo's details shape, check-api-key, enable/disable, scope test, live discovery of SmartRecruiters'
 * properties with type and options, custom-field definition and mapping, integration-field passthrough switch.
 */
class IntegrationsApiIT extends ConnectionsItSupport {
    @Autowired
    FieldDiscovery discovery;

    @AfterEach
    void cleanUp() {
        deleteTestIntegrations();
    }

    private String connectApiKey(String key, String org) {
        Answer a = api("POST", "/v1/integrations", "{\"auth_type\":\"API_KEY\",\"api_key\":\"" + key
                + "\",\"organization_name\":\"" + org + "\",\"creator_email\":\"admin@acme.example\"}");
        assertThat(a.status()).as(a.text()).isEqualTo(200);
        return a.json().path("data").path("id").asText();
    }

    @Test
    void apiKeyIntegrationIsStoredEncryptedAndServedInKombosShapeWithoutTheSecret() {
        String id = connectApiKey(SandboxSettings.DEFAULT_API_KEY, "Acme GmbH");
        assertThat(id).startsWith("smartrecruiters:");

        String ciphertext = jdbc.queryForObject("SELECT credentials_ciphertext FROM integrations WHERE id = ?",
                String.class, id);
        assertThat(ciphertext).startsWith("v1:").doesNotContain(SandboxSettings.DEFAULT_API_KEY).doesNotContain("api_key");
        assertThat(integrations.credentials(id).path("api_key").asText()).isEqualTo(SandboxSettings.DEFAULT_API_KEY);

        Answer details = api("GET", "/v1/integrations/" + id, null);
        assertThat(details.status()).isEqualTo(200);
        assertThat(details.text()).doesNotContain(SandboxSettings.DEFAULT_API_KEY);
        JsonNode d = details.json().path("data");
        assertThat(d.path("tool").path("id").asText()).isEqualTo("smartrecruiters");
        assertThat(d.path("category").asText()).isEqualTo("ATS");
        assertThat(d.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(d.path("end_user").path("organization_name").asText()).isEqualTo("Acme GmbH");
        assertThat(d.path("end_user").path("creator_email").asText()).isEqualTo("admin@acme.example");
        assertThat(d.path("auth_type").asText()).isEqualTo("API_KEY");
        List<String> models = new ArrayList<>();
        d.path("read_models").forEach(m -> {
            if (m.path("is_available").asBoolean()) {
                models.add(m.path("id").asText());
            }
        });
        assertThat(models).contains("ats_jobs", "ats_candidates", "ats_applications", "ats_users");
        assertThat(d.path("scope_test").path("results")).isNotEmpty();
        d.path("scope_test").path("results").forEach(e -> assertThat(e.path("status").asText())
                .as(e.path("id").asText()).isEqualTo("OK"));

        assertThat(api("GET", "/v1/integrations/" + id.replace(":", "%3A"), null).json().path("data").path("id")
                .asText()).as("percent-encoded id, as the Kombo SDK sends it").isEqualTo(id);

        Answer check = api("GET", "/v1/check-api-key", null);
        assertThat(check.json().path("data").path("environment_id").asText()).isEqualTo("default");

        Answer list = api("GET", "/v1/integrations", null);
        List<String> ids = new ArrayList<>();
        list.json().path("data").path("results").forEach(n -> ids.add(n.path("id").asText()));
        assertThat(ids).contains(id, INTEGRATION);
        assertThat(list.text()).doesNotContain(SandboxSettings.DEFAULT_API_KEY);

        assertThat(api("PUT", "/v1/integrations/" + id + "/enabled", "{\"value\":false}").status()).isEqualTo(200);
        assertThat(integrations.find(id).orElseThrow().enabled()).isFalse();
        assertThat(api("PUT", "/v1/integrations/" + id + "/enabled", "{\"value\":\"no\"}").json()
                .path("error").path("message").asText()).startsWith("value:");
        assertThat(api("PUT", "/v1/integrations/" + id + "/enabled", "{\"value\":true}").status()).isEqualTo(200);
        assertThat(integrations.find(id).orElseThrow().enabled()).isTrue();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM sync_runs WHERE integration_id = ? AND status = 'QUEUED'",
                Long.class, id)).as("first sync queued on connect").isEqualTo(1L);
        assertThat(api("DELETE", "/v1/integrations/" + id, null).status()).isEqualTo(200);
        assertThat(integrations.find(id)).isEmpty();
        assertThat(api("GET", "/v1/integrations/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void rejectedOrIncompleteCredentialsAnswer400NamingTheFieldAndKeepNothing() {
        long before = jdbc.queryForObject("SELECT count(*) FROM integrations", Long.class);
        Answer wrong = api("POST", "/v1/integrations",
                "{\"auth_type\":\"API_KEY\",\"api_key\":\"wrong0000000000000000000000000key\",\"organization_name\":\"X\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().path("error").path("code").asText()).isEqualTo("PLATFORM.INPUT_INVALID");
        assertThat(wrong.json().path("error").path("message").asText()).startsWith("api_key:");
        assertThat(api("POST", "/v1/integrations", "{\"auth_type\":\"API_KEY\",\"organization_name\":\"X\"}")
                .json().path("error").path("message").asText()).isEqualTo("api_key: is required");
        assertThat(api("POST", "/v1/integrations", "{\"auth_type\":\"PASSWORD\",\"organization_name\":\"X\"}")
                .json().path("error").path("message").asText()).startsWith("auth_type:");
        assertThat(api("POST", "/v1/integrations", "not json").json().path("error").path("message").asText())
                .isEqualTo("body: not valid JSON");
        Answer badClient = api("POST", "/v1/integrations", "{\"auth_type\":\"OAUTH_CLIENT_CREDENTIALS\","
                + "\"client_id\":\"sandbox-cc-admin\",\"client_secret\":\"nope\",\"organization_name\":\"X\"}");
        assertThat(badClient.status()).isEqualTo(400);
        assertThat(badClient.json().path("error").path("message").asText()).startsWith("client_secret:");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM integrations", Long.class)).isEqualTo(before);
    }

    @Test
    void connectPageConnectsWithAnApiKeyOrClientCredentialsAndShowsTheScopeTest() {
        Answer link = api("POST", "/v1/connect/create-link",
                "{\"end_user_email\":\"hr@page.example\",\"end_user_organization_name\":\"Page AG\"}");
        String url = link.json().path("data").path("link").asText();
        String token = url.substring(url.indexOf("token=") + 6);
        assertThat(api("POST", "/v1/connect/create-link", "{\"end_user_organization_name\":\"X\"}").json()
                .path("error").path("message").asText()).isEqualTo("end_user_email: is required");

        Answer bad = call("POST", "/connect/api/client-credentials", "{\"token\":\"" + token
                + "\",\"client_id\":\"sandbox-cc-admin\",\"client_secret\":\"wrong\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("error").path("message").asText()).startsWith("client_secret:");
        assertThat(call("POST", "/connect/api/api-key", "{\"token\":\"forged\",\"api_key\":\"x\"}").status())
                .isEqualTo(401);

        Answer ok = call("POST", "/connect/api/api-key", "{\"token\":\"" + token + "\",\"api_key\":\""
                + SandboxSettings.DEFAULT_STANDARD_API_KEY + "\"}");
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        assertThat(ok.text()).doesNotContain(SandboxSettings.DEFAULT_STANDARD_API_KEY);
        String id = ok.json().path("data").path("integration_id").asText();
        List<String> missing = new ArrayList<>();
        ok.json().path("data").path("scope_test").path("results").forEach(e -> {
            if (!"OK".equals(e.path("status").asText())) {
                missing.add(e.path("id").asText());
            }
        });
        assertThat(missing).containsExactly("offers");
        JsonNode info = call("GET", "/connect/api/link?token=" + token, null).json().path("data");
        assertThat(info.path("connected").asBoolean()).isTrue();
        assertThat(info.path("organization_name").asText()).isEqualTo("Page AG");
        assertThat(info.path("integration").path("integration_id").asText()).isEqualTo(id);
        Integration i = integrations.find(id).orElseThrow();
        assertThat(i.accountId()).isEqualTo("default");
        assertThat(i.creatorEmail()).isEqualTo("hr@page.example");

        // the same link connects again: the integration is updated (new credentials), not duplicated
        Answer again = call("POST", "/connect/api/client-credentials", "{\"token\":\"" + token
                + "\",\"client_id\":\"sandbox-cc-admin\",\"client_secret\":\"sandbox-cc-admin-secret\"}");
        assertThat(again.json().path("data").path("integration_id").asText()).isEqualTo(id);
        assertThat(integrations.find(id).orElseThrow().authType()).isEqualTo("OAUTH_CLIENT_CREDENTIALS");
    }

    @Test
    void fieldExplorerDiscoversPropertiesLiveAndMapsCustomFields() {
        String id = connectApiKey(SandboxSettings.DEFAULT_API_KEY, "Explorer Inc");
        discovery.reset(id);
        Answer fields = api("GET", "/v1/integrations/" + id + "/integration-fields?page_size=2000", null);
        assertThat(fields.status()).as(fields.text()).isEqualTo(200);
        JsonNode results = fields.json().path("data").path("results");
        JsonNode notice = find(results, "ats_candidates", "Notice period");
        assertThat(notice).as("candidate property discovered without a sync").isNotNull();
        assertThat(notice.path("type").asText()).isEqualTo("CUSTOM");
        assertThat(notice.path("value_type").asText()).isEqualTo("SINGLE_SELECT");
        assertThat(notice.path("options")).isNotEmpty();
        assertThat(notice.path("is_writable").asBoolean()).isFalse();
        assertThat(find(results, "ats_applications", "Notice period")).isNotNull();
        long jobFields = 0;
        for (JsonNode f : results) {
            if ("ats_jobs".equals(f.path("model").asText())) {
                jobFields++;
            }
        }
        assertThat(jobFields).as("job properties").isPositive();

        Answer page1 = api("GET", "/v1/integrations/" + id + "/integration-fields?page_size=5", null);
        assertThat(page1.json().path("data").path("results")).hasSize(5);
        String next = page1.json().path("data").path("next").asText();
        assertThat(page1.json().path("data").path("next_cursor").asText()).isEqualTo(next);
        Answer page2 = api("GET", "/v1/integrations/" + id + "/integration-fields?page_size=5&cursor=" + next, null);
        assertThat(page2.json().path("data").path("results").get(0).path("id").asText())
                .isGreaterThan(page1.json().path("data").path("results").get(4).path("id").asText());

        Answer off = api("PATCH", "/v1/integrations/" + id + "/integration-fields/" + notice.path("id").asText(),
                "{\"enable_passthrough\":false}");
        assertThat(off.json().path("data").path("is_passthrough_enabled").asBoolean()).isFalse();
        assertThat(api("PATCH", "/v1/integrations/" + id + "/integration-fields/nope", "{\"enable_passthrough\":true}")
                .status()).isEqualTo(404);

        Answer cf = api("POST", "/v1/custom-fields", "{\"model\":\"ats_candidates\",\"key\":\"notice_period\","
                + "\"label\":\"Notice period\",\"description\":\"How long the candidate must wait\"}");
        assertThat(cf.status()).as(cf.text()).isEqualTo(200);
        String cfId = cf.json().path("data").path("id").asText();
        assertThat(api("POST", "/v1/custom-fields", "{\"model\":\"ats_candidates\",\"key\":\"notice_period\"}")
                .status()).isEqualTo(409);
        assertThat(api("POST", "/v1/custom-fields", "{\"model\":\"ats_people\",\"key\":\"x\"}").json()
                .path("error").path("message").asText()).startsWith("model:");

        Answer listed = api("GET", "/v1/integrations/" + id + "/custom-fields", null);
        JsonNode entry = listed.json().path("data").path("results").get(0);
        assertThat(entry.path("key").asText()).isEqualTo("notice_period");
        assertThat(entry.path("integration_field").isNull()).isTrue();

        Answer mapped = api("PUT", "/v1/integrations/" + id + "/custom-fields/" + cfId,
                "{\"integration_field_id\":\"" + notice.path("id").asText() + "\"}");
        assertThat(mapped.status()).as(mapped.text()).isEqualTo(200);
        assertThat(mapped.json().path("data").path("integration_field").path("key").asText())
                .isEqualTo(notice.path("key").asText());
        assertThat(mapped.json().path("data").path("integration_field").path("label").asText()).isEqualTo("Notice period");
        assertThat(integrations.find(id)).isPresent();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM custom_field_mappings WHERE integration_id = ?",
                Long.class, id)).isEqualTo(1L);

        JsonNode jobField = null;
        for (JsonNode f : results) {
            if ("ats_jobs".equals(f.path("model").asText())) {
                jobField = f;
            }
        }
        Answer wrongModel = api("PUT", "/v1/integrations/" + id + "/custom-fields/" + cfId,
                "{\"integration_field_id\":\"" + jobField.path("id").asText() + "\"}");
        assertThat(wrongModel.status()).isEqualTo(400);
        assertThat(wrongModel.json().path("error").path("message").asText()).startsWith("integration_field_id:");

        Answer unmapped = api("PUT", "/v1/integrations/" + id + "/custom-fields/" + cfId, "{\"integration_field_id\":null}");
        assertThat(unmapped.json().path("data").path("integration_field").isNull()).isTrue();
    }

    private static JsonNode find(JsonNode results, String model, String label) {
        for (JsonNode f : results) {
            if (model.equals(f.path("model").asText()) && label.equals(f.path("label").asText())) {
                return f;
            }
        }
        return null;
    }
}
