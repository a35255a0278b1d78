package io.srconnector.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.api.ApiAuth;
import io.srconnector.api.ApiException;
import io.srconnector.api.CursorCodec;
import io.srconnector.api.JsonBodies;
import io.srconnector.api.ListQuery;
import io.srconnector.json.Json;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The custom field explorer ({@code routes/api/integrations.camel.yaml}), Kombo's shapes:
 * {@code GET /integrations/{integration_id}/integration-fields} (page size ≤ 2000; SmartRecruiters' properties with
 * their type and options, discovered live by {@link FieldDiscovery}), {@code PATCH …/integration-fields/{id}}
 * ({@code {"enable_passthrough": bool|null}}), {@code GET /integrations/{integration_id}/custom-fields} (the account's
 * custom fields with this integration's mapping), {@code PUT …/custom-fields/{id}} ({@code {"integration_field_id":
 * id|null}}); and, not in Kombo, {@code POST /custom-fields} to define a custom field
 * ({@code {model, key, label, description}}).
 */
@Component("fieldsApi")
public class FieldsApi {
    /** Models a custom field can belong to. */
    static final Set<String> MODELS = Set.of("ats_jobs", "ats_candidates", "ats_applications", "ats_offers");
    private static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9_]{0,63}$");
    private final IntegrationsApi integrationsApi;
    private final FieldExplorerRepository repo;
    private final FieldDiscovery discovery;

    public FieldsApi(IntegrationsApi integrationsApi, FieldExplorerRepository repo, FieldDiscovery discovery) {
        this.integrationsApi = integrationsApi;
        this.repo = repo;
        this.discovery = discovery;
    }

    /** {@code GET /v1/integrations/{integration_id}/integration-fields?cursor&page_size}. */
    public void listIntegrationFields(Exchange ex) {
        Integration i = integrationsApi.owned(ex);
        discovery.discover(i.id());
        int size = pageSize(ex, 2000);
        String after = cursor(ex);
        page(ex, repo.integrationFields(i.id(), after, size + 1), size);
    }

    /** {@code PATCH /v1/integrations/{integration_id}/integration-fields/{integration_field_id}}. */
    public void updateIntegrationField(Exchange ex) {
        Integration i = integrationsApi.owned(ex);
        String fieldId = JsonBodies.pathParam(ex, "integration_field_id");
        ObjectNode body = JsonBodies.object(ex);
        if (!body.has("enable_passthrough")) {
            throw ApiException.invalid("enable_passthrough", "is required (true, false or null)");
        }
        JsonNode v = body.get("enable_passthrough");
        if (!v.isNull() && !v.isBoolean()) {
            throw ApiException.invalid("enable_passthrough", "must be true, false or null");
        }
        if (repo.fieldModel(i.id(), fieldId) == null) {
            throw ApiException.notFound("integration field", fieldId);
        }
        if (v.isBoolean()) {
            repo.setPassthrough(i.id(), fieldId, v.asBoolean());
        }
        JsonBodies.success(ex, repo.integrationField(i.id(), fieldId).orElseThrow());
    }

    /** {@code GET /v1/integrations/{integration_id}/custom-fields?cursor&page_size}. */
    public void listCustomFields(Exchange ex) {
        Integration i = integrationsApi.owned(ex);
        discovery.discover(i.id());
        int size = pageSize(ex, 250);
        page(ex, repo.customFields(ApiAuth.accountId(ex), i.id(), cursor(ex), size + 1), size);
    }

    /** {@code PUT /v1/integrations/{integration_id}/custom-fields/{custom_field_id}}. */
    public void updateCustomFieldMapping(Exchange ex) {
        Integration i = integrationsApi.owned(ex);
        String account = ApiAuth.accountId(ex);
        String cfId = JsonBodies.pathParam(ex, "custom_field_id");
        ObjectNode body = JsonBodies.object(ex);
        if (!body.has("integration_field_id")) {
            throw ApiException.invalid("integration_field_id", "is required (an integration field id or null)");
        }
        JsonNode v = body.get("integration_field_id");
        if (!v.isNull() && !v.isTextual()) {
            throw ApiException.invalid("integration_field_id", "must be a string or null");
        }
        ObjectNode cf = repo.customField(account, i.id(), cfId)
                .orElseThrow(() -> ApiException.notFound("custom field", cfId));
        String fieldId = v.isNull() ? null : v.asText();
        if (fieldId != null) {
            String model = repo.fieldModel(i.id(), fieldId);
            if (model == null) {
                throw ApiException.notFound("integration field", fieldId);
            }
            if (!model.equals(cf.path("model").asText())) {
                throw ApiException.invalid("integration_field_id", "the field belongs to " + model
                        + " but the custom field to " + cf.path("model").asText());
            }
        }
        repo.setMapping(i.id(), cfId, fieldId);
        JsonBodies.success(ex, repo.customField(account, i.id(), cfId).orElseThrow());
    }

    /** {@code POST /v1/custom-fields} (not in Kombo): defines a custom field of the account. */
    public void createCustomField(Exchange ex) {
        String account = ApiAuth.accountId(ex);
        ObjectNode body = JsonBodies.object(ex);
        String model = JsonBodies.requiredText(body, "model");
        if (!MODELS.contains(model)) {
            throw ApiException.invalid("model", "must be one of " + MODELS.stream().sorted().toList());
        }
        String key = JsonBodies.requiredText(body, "key");
        if (!KEY.matcher(key).matches()) {
            throw ApiException.invalid("key", "must match ^[a-z][a-z0-9_]{0,63}$");
        }
        if (repo.customFieldExists(account, model, key)) {
            throw new ApiException(409, "PLATFORM.INPUT_INVALID", "Conflict",
                    "key: a custom field '" + key + "' already exists on " + model);
        }
        String id = repo.createCustomField(account, model, key, JsonBodies.optionalText(body, "label"),
                JsonBodies.optionalText(body, "description"));
        ObjectNode n = Json.mapper().createObjectNode().put("id", id).put("key", key);
        n.putNull("integration_field");
        n.put("model", model);
        n.put("label", JsonBodies.optionalText(body, "label"));
        n.put("description", JsonBodies.optionalText(body, "description"));
        JsonBodies.success(ex, n);
    }

    private static void page(Exchange ex, List<ObjectNode> rows, int size) {
        boolean more = rows.size() > size;
        List<ObjectNode> pageRows = more ? rows.subList(0, size) : rows;
        ObjectNode data = Json.mapper().createObjectNode();
        ArrayNode results = data.putArray("results");
        pageRows.forEach(results::add);
        String next = more ? CursorCodec.encode(pageRows.get(pageRows.size() - 1).path("id").asText()) : null;
        data.put("next", next);
        data.put("next_cursor", next);
        JsonBodies.success(ex, data);
    }

    private static String cursor(Exchange ex) {
        String c = ListQuery.param(ex, "cursor");
        return c == null ? null : CursorCodec.decode(c);
    }

    private static int pageSize(Exchange ex, int max) {
        String ps = ListQuery.param(ex, "page_size");
        if (ps == null) {
            return 100;
        }
        try {
            int n = Integer.parseInt(ps);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ApiException.invalid("page_size", "must be an integer between 1 and " + max);
    }
}
