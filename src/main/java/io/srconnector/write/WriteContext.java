package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.api.ApiAuth;
import io.srconnector.api.ApiException;
import io.srconnector.json.Json;
import org.apache.camel.Exchange;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The state of one write action on its way through its route ({@code routes/api/write.camel.yaml}), carried as the
 * exchange variable {@code write}: the integration, the parsed JSON body, the action's validated input, the warnings,
 * which SmartRecruiters records to refresh afterwards (write-through) and the answer's {@code data}.
 */
public final class WriteContext {
    /** The exchange variable holding the context. */
    public static final String VARIABLE = "write";

    private final String integrationId;
    private final JsonNode body;
    private final Warnings warnings = new Warnings();
    private final Set<String> refreshCandidates = new LinkedHashSet<>();
    private final Set<String> refreshApplications = new LinkedHashSet<>();
    private Object input;
    private JsonNode data = Json.mapper().createObjectNode();

    private WriteContext(String integrationId, JsonNode body) {
        this.integrationId = integrationId;
        this.body = body;
    }

    /**
     * Starts the context of a write: reads the integration (400 without {@code X-Integration-Id}) and parses the body.
     *
     * @param bodyRequired true for actions with a JSON body: it must be a JSON object (else 400 naming {@code body})
     */
    public static WriteContext start(Exchange exchange, boolean bodyRequired) {
        String integrationId = ApiAuth.integrationId(exchange);
        JsonNode body = Json.mapper().createObjectNode();
        if (bodyRequired) {
            byte[] raw = exchange.getIn().getBody(byte[].class);
            if (raw == null || raw.length == 0) {
                throw ApiException.invalid("body", "a JSON object is required");
            }
            try {
                body = Json.read(raw);
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("body", "not valid JSON");
            }
            if (body == null || !body.isObject()) {
                throw ApiException.invalid("body", "must be a JSON object");
            }
        }
        WriteContext ctx = new WriteContext(integrationId, body);
        exchange.setVariable(VARIABLE, ctx);
        return ctx;
    }

    /** The context of the exchange (set by {@link #start}). */
    public static WriteContext of(Exchange exchange) {
        WriteContext ctx = exchange.getVariable(VARIABLE, WriteContext.class);
        if (ctx == null) {
            throw new IllegalStateException("write route without a validate step");
        }
        return ctx;
    }

    /**
     * A path parameter of the REST route (e.g. {@code application_id}), percent-decoded (the Kombo SDK encodes
     * {@code remote:<id>} as {@code remote%3A<id>}; a {@code +} stays a plus) and trimmed; 400 when missing.
     */
    public static String pathParam(Exchange exchange, String name) {
        String v = exchange.getIn().getHeader(name, String.class);
        if (v != null && v.indexOf('%') >= 0) {
            try {
                v = java.net.URLDecoder.decode(v.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                throw ApiException.notFound(name, v);
            }
        }
        if (v == null || v.isBlank()) {
            throw ApiException.invalid(name, "path parameter is required");
        }
        return v.trim();
    }

    /** The integration the write is for (from {@code X-Integration-Id}). */
    public String integrationId() {
        return integrationId;
    }

    /** The request body (an object; empty for actions without body). */
    public JsonNode body() {
        return body;
    }

    /** The answer's warnings. */
    public Warnings warnings() {
        return warnings;
    }

    /** Sets the action's validated input. */
    public void input(Object input) {
        this.input = input;
    }

    /** The action's validated input. */
    @SuppressWarnings("unchecked")
    public <T> T input(Class<T> type) {
        return (T) input;
    }

    /** Asks for the candidate (SmartRecruiters id) to be refreshed after the write. */
    public void refreshCandidate(String candidateRemoteId) {
        refreshCandidates.add(candidateRemoteId);
    }

    /** Asks for the application (candidate and job SmartRecruiters ids) to be refreshed after the write. */
    public void refreshApplication(String candidateRemoteId, String jobRemoteId) {
        refreshApplications.add(candidateRemoteId + ":" + jobRemoteId);
    }

    /** Candidate SmartRecruiters ids to refresh. */
    public Set<String> candidatesToRefresh() {
        return Set.copyOf(refreshCandidates);
    }

    /** Application remote ids {@code candidateId:jobId} to refresh. */
    public Set<String> applicationsToRefresh() {
        return Set.copyOf(refreshApplications);
    }

    /** The answer's {@code data} (an empty object unless set). */
    public JsonNode data() {
        return data;
    }

    /** Sets the answer's {@code data}. */
    public void data(JsonNode data) {
        this.data = data;
    }

    /** An empty object node. */
    public static ObjectNode object() {
        return Json.mapper().createObjectNode();
    }
}
