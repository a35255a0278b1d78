package io.srconnector.api.read;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.api.ApiAuth;
import io.srconnector.api.ApiException;
import io.srconnector.api.CursorCodec;
import io.srconnector.api.ListQuery;
import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.integration.FieldMappingRepository;
import io.srconnector.json.Json;
import io.srconnector.persistence.ListSpec;
import io.srconnector.persistence.UnifiedReader;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The read side of the unified API ({@code bean: {ref: readApi, method: "list('jobs')"}} in
 * {@code routes/api/read.camel.yaml}): validates the list parameters, reads one page of the integration's records,
 * nests related records and answers Kombo's envelope {@code {"status":"success","data":{"next","results"}}}.
 */
@Component("readApi")
public class ReadApi {
    private final UnifiedReader reader;
    private final FieldMappingRepository fieldMappings;
    private final Map<String, ReadModel> models = new HashMap<>();

    public ReadApi(UnifiedReader reader, FieldMappingRepository fieldMappings, List<ReadModel> readModels) {
        this.reader = reader;
        this.fieldMappings = fieldMappings;
        readModels.forEach(m -> models.put(m.name(), m));
    }

    /** Keeps only the integration fields whose passthrough is on (Kombo: opted-out fields are not listed). */
    public static void dropDisabledIntegrationFields(ObjectNode row, Set<String> disabled) {
        JsonNode fields = row.get("integration_fields");
        if (disabled.isEmpty() || fields == null || !fields.isArray()) {
            return;
        }
        ArrayNode kept = Json.mapper().createArrayNode();
        fields.forEach(f -> {
            if (!disabled.contains(f.path("id").asText())) {
                kept.add(f);
            }
        });
        row.set("integration_fields", kept);
    }

    /** Camel step: answers one page of {@code GET /v1/ats/<model>}. */
    public void list(String model, Exchange exchange) {
        ReadModel m = models.get(model);
        if (m == null) {
            throw new ApiException(404, "INTEGRATION.MODEL_NOT_AVAILABLE", "Model not available", "No model " + model);
        }
        String integrationId = ApiAuth.integrationId(exchange);
        ListSpec spec = ListQuery.from(exchange);
        UnifiedReader.Rows page = reader.list(m.table(), integrationId, spec, m.filters(exchange, integrationId));
        m.expand(page.rows(), integrationId);
        ObjectNode root = Json.mapper().createObjectNode().put("status", "success");
        ObjectNode data = root.putObject("data");
        List<ObjectNode> rows = page.rows();
        data.put("next", page.more() ? CursorCodec.encode(rows.get(rows.size() - 1).get("id").asText()) : null);
        ArrayNode results = data.putArray("results");
        Set<String> disabled = fieldMappings.disabledFieldIds(integrationId);
        rows.forEach(r -> {
            m.trim(r);
            dropDisabledIntegrationFields(r, disabled);
            results.add(r);
        });
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(Json.writeBytes(root));
    }
}
