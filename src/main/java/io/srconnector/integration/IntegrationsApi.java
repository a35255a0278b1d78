package io.srconnector.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.api.ApiAuth;
import io.srconnector.api.ApiException;
import io.srconnector.api.JsonBodies;
import io.srconnector.api.RestEndpoints;
import io.srconnector.json.Json;
import io.srconnector.sync.SyncSettings;
import org.apache.camel.Exchange;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;

/**
 * The integrations API ({@code routes/api/integrations.camel.yaml}). Kombo's endpoints with Kombo's shapes:
 * {@code GET /check-api-key}, {@code GET|DELETE /integrations/{integration_id}},
 * {@code PUT /integrations/{integration_id}/enabled}; and, where Kombo has none, clearly named additions:
 * {@code POST /integrations} (connect with an API key or OAuth client credentials), {@code GET /integrations} (the
 * account's integrations), {@code POST|GET /integrations/{integration_id}/scope-test}. Every integration is looked up
 * within the caller's account: another account's integration answers 404 like a missing one. Credentials are never
 * part of an answer.
 */
@Component("integrationsApi")
public class IntegrationsApi {
    /** Kombo write action id → our REST endpoint implementing it (coverage is read from the REST DSL). */
    static final Map<String, String> ACTION_ENDPOINTS = Map.of(
            "create_application", "POST /ats/jobs/{job_id}/applications",
            "move_application_to_stage", "PUT /ats/applications/{application_id}/stage",
            "reject_application", "POST /ats/applications/{application_id}/reject",
            "manage_tags", "POST /ats/candidates/{candidate_id}/tags",
            "add_attachment", "POST /ats/applications/{application_id}/attachments",
            "add_note", "POST /ats/applications/{application_id}/notes");
    private static final Set<String> CREATABLE = Set.of("API_KEY", "OAUTH_CLIENT_CREDENTIALS");

    private final IntegrationRepository integrations;
    private final IntegrationConnections connections;
    private final IntegrationOnboarding onboarding;
    private final ScopeTester scopeTester;
    private final ScopeTestRepository scopeTests;
    private final SyncSettings sync;
    private final RestEndpoints rest;
    private final String publicUrl;

    public IntegrationsApi(IntegrationRepository integrations, IntegrationConnections connections,
                           IntegrationOnboarding onboarding, ScopeTester scopeTester, ScopeTestRepository scopeTests,
                           SyncSettings sync, RestEndpoints rest, @Value("${connector.public-url}") String publicUrl) {
        this.integrations = integrations;
        this.connections = connections;
        this.onboarding = onboarding;
        this.scopeTester = scopeTester;
        this.scopeTests = scopeTests;
        this.sync = sync;
        this.rest = rest;
        this.publicUrl = publicUrl;
    }

    /** {@code GET /v1/check-api-key}: {@code {environment_id, customer_id}} = the key's account. */
    public void checkApiKey(Exchange ex) {
        String account = ApiAuth.accountId(ex);
        JsonBodies.success(ex, Json.mapper().createObjectNode().put("environment_id", account)
                .put("customer_id", account));
    }

    /** {@code GET /v1/integrations} (not in Kombo): the account's integrations, details as for one. */
    public void list(Exchange ex) {
        ArrayNode results = Json.mapper().createArrayNode();
        for (Integration i : integrations.forAccount(ApiAuth.accountId(ex))) {
            results.add(details(i));
        }
        ObjectNode data = Json.mapper().createObjectNode();
        data.putNull("next");
        data.set("results", results);
        JsonBodies.success(ex, data);
    }

    /**
     * {@code POST /v1/integrations} (not in Kombo): body {@code {"auth_type":"API_KEY","api_key":…}} or
     * {@code {"auth_type":"OAUTH_CLIENT_CREDENTIALS","client_id":…,"client_secret":…}}, plus
     * {@code organization_name} (required), {@code creator_email}, {@code origin_id}. Answers the details with the
     * first scope test; queues the first full sync.
     *
     * @throws ApiException 400 naming the field (missing, or rejected by SmartRecruiters)
     */
    public void create(Exchange ex) {
        ObjectNode body = JsonBodies.object(ex);
        String authType = JsonBodies.requiredText(body, "auth_type");
        if (!CREATABLE.contains(authType)) {
            throw ApiException.invalid("auth_type", "must be API_KEY or OAUTH_CLIENT_CREDENTIALS (the authorization-code "
                    + "flow runs through a connect link: POST /v1/connect/create-link)");
        }
        IntegrationOnboarding.EndUser user = new IntegrationOnboarding.EndUser(ApiAuth.accountId(ex),
                JsonBodies.requiredText(body, "organization_name"), JsonBodies.optionalText(body, "creator_email"),
                JsonBodies.optionalText(body, "origin_id"));
        IntegrationOnboarding.Connected c = "API_KEY".equals(authType)
                ? onboarding.withApiKey(user, JsonBodies.requiredText(body, "api_key"), null)
                : onboarding.withClientCredentials(user, JsonBodies.requiredText(body, "client_id"),
                JsonBodies.requiredText(body, "client_secret"), null);
        JsonBodies.success(ex, details(c.integration()));
    }

    /** {@code GET /v1/integrations/{integration_id}}: Kombo's integration details. */
    public void get(Exchange ex) {
        JsonBodies.success(ex, details(owned(ex)));
    }

    /** {@code DELETE /v1/integrations/{integration_id}}: removes the integration and all its synced data. */
    public void delete(Exchange ex) {
        Integration i = owned(ex);
        integrations.delete(i.id());
        connections.invalidate(i.id());
        JsonBodies.success(ex, Json.mapper().createObjectNode());
    }

    /** {@code PUT /v1/integrations/{integration_id}/enabled} with {@code {"value": boolean}}. */
    public void setEnabled(Exchange ex) {
        Integration i = owned(ex);
        JsonNode v = JsonBodies.object(ex).get("value");
        if (v == null || !v.isBoolean()) {
            throw ApiException.invalid("value", "must be true or false");
        }
        integrations.setEnabled(i.id(), v.asBoolean());
        JsonBodies.success(ex, Json.mapper().createObjectNode());
    }

    /** {@code POST /v1/integrations/{integration_id}/scope-test} (not in Kombo): probes now, answers the result. */
    public void runScopeTest(Exchange ex) {
        Integration i = owned(ex);
        JsonBodies.success(ex, scopeView(scopeTester.run(i.id())));
    }

    /** {@code GET /v1/integrations/{integration_id}/scope-test} (not in Kombo): the last result. */
    public void lastScopeTest(Exchange ex) {
        Integration i = owned(ex);
        ScopeTestRepository.ScopeTestResult r = scopeTests.find(i.id())
                .orElseThrow(() -> ApiException.notFound("scope test of integration", i.id()));
        JsonBodies.success(ex, scopeView(r));
    }

    /**
     * The integration named by the path parameter {@code integration_id}, if the caller's account owns it.
     *
     * @throws ApiException 404 PLATFORM.INTEGRATION_NOT_FOUND otherwise
     */
    Integration owned(Exchange ex) {
        String id = JsonBodies.pathParam(ex, "integration_id");
        return integrations.findForAccount(id, ApiAuth.accountId(ex))
                .orElseThrow(() -> ApiException.integrationNotFound(id));
    }

    /** A scope test as answered by the API: {@code {tested_at, results:[…]}}. */
    public static ObjectNode scopeView(ScopeTestRepository.ScopeTestResult r) {
        ObjectNode n = Json.mapper().createObjectNode().put("tested_at", r.testedAt().toString());
        n.set("results", r.results());
        return n;
    }

    /** Kombo's integration details (plus {@code enabled}, {@code auth_type}, {@code scope_test}); no credential. */
    public ObjectNode details(Integration i) {
        ScopeTestRepository.ScopeTestResult scope = scopeTests.find(i.id()).orElse(null);
        ObjectNode d = Json.mapper().createObjectNode();
        d.put("id", i.id());
        ObjectNode tool = d.putObject("tool");
        tool.put("id", "smartrecruiters");
        tool.put("label", "SmartRecruiters");
        tool.putNull("internal_label");
        tool.put("logo_url", publicUrl + "/connect/smartrecruiters.svg");
        tool.put("icon_url", publicUrl + "/connect/smartrecruiters.svg");
        d.put("category", "ATS");
        d.put("status", i.status());
        d.put("setup_status", "COMPLETED");
        ObjectNode endUser = d.putObject("end_user");
        endUser.put("organization_name", i.organizationName());
        endUser.put("creator_email", i.creatorEmail());
        endUser.put("origin_id", i.originId());
        ObjectNode sc = d.putObject("scope_config");
        sc.put("id", "default");
        sc.putNull("name");
        d.putNull("data_expired_at");
        d.put("created_at", i.createdAt().toString());
        d.put("beta", false);
        ArrayNode models = d.putArray("read_models");
        for (ScopeCatalog.ModelInfo m : ScopeCatalog.MODELS) {
            boolean implemented = sync.getModels().contains(m.name());
            JsonNode e = scope == null ? null : scope.entry("model", m.name());
            boolean permitted = e == null || !"MISSING".equals(e.path("status").asText());
            ObjectNode o = models.addObject();
            o.put("id", m.komboId());
            o.put("label", m.label());
            o.put("is_available", implemented && permitted);
            o.put("coverage_status", implemented ? "SUPPORTED" : "NOT_IMPLEMENTED");
            o.put("scope_config_setting", implemented ? "ENABLED" : "DISABLED");
            o.put("opted_out_by_customer", false);
            o.putArray("fields");
        }
        ArrayNode actions = d.putArray("write_actions");
        for (ScopeProbe p : ScopeCatalog.PROBES) {
            if (!"action".equals(p.kind())) {
                continue;
            }
            String[] ep = ACTION_ENDPOINTS.get(p.id()).split(" ", 2);
            boolean implemented = rest.has(ep[0], ep[1]);
            JsonNode e = scope == null ? null : scope.entry("action", p.id());
            boolean permitted = e == null || !"MISSING".equals(e.path("status").asText());
            ObjectNode o = actions.addObject();
            o.put("id", p.id());
            o.put("label", p.label());
            o.put("is_available", implemented && permitted);
            o.put("coverage_status", implemented ? "SUPPORTED" : "NOT_IMPLEMENTED");
            o.put("scope_config_setting", implemented ? "ENABLED" : "DISABLED");
            o.put("opted_out_by_customer", false);
            o.putArray("fields");
        }
        d.put("enabled", i.enabled());
        d.put("auth_type", i.authType());
        if (scope != null) {
            d.set("scope_test", scopeView(scope));
        } else {
            d.putNull("scope_test");
        }
        return d;
    }
}
