package io.srconnector.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.json.Json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A SmartRecruiters record on its way through a sync page route: its remote id, the path variables that address it
 * ({@code id}, {@code candidateId}, {@code jobId}, …) and every SmartRecruiters body fetched for it so far, keyed by
 * the endpoint path template it came from — exactly Kombo's {@code remote_data} shape, e.g.
 * {@code {"/jobs": {...}, "/jobs/{id}": {...}, "/jobs/{id}/status/history": {...}}}.
 */
public final class RemoteRecord {
    private final String remoteId;
    private final Map<String, String> vars;
    private final ObjectNode remoteData;

    /**
     * @param remoteId   the SmartRecruiters id (for applications {@code candidateId:jobId})
     * @param vars       path variables; {@code id} is always set to the remote id unless given
     * @param sourcePath the endpoint path template the record was listed by
     * @param body       the listed body
     */
    public RemoteRecord(String remoteId, Map<String, String> vars, String sourcePath, JsonNode body) {
        this.remoteId = remoteId;
        this.vars = new LinkedHashMap<>(vars);
        this.vars.putIfAbsent("id", remoteId);
        this.remoteData = Json.mapper().createObjectNode();
        if (sourcePath != null && body != null) {
            remoteData.set(sourcePath, body);
        }
    }

    public String remoteId() {
        return remoteId;
    }

    /** Path variable value, or null. */
    public String var(String name) {
        return vars.get(name);
    }

    public Map<String, String> vars() {
        return vars;
    }

    /** The body fetched from an endpoint template, or a missing node. */
    public JsonNode get(String pathTemplate) {
        return remoteData.path(pathTemplate);
    }

    /** Whether a body from this endpoint template is present. */
    public boolean has(String pathTemplate) {
        return remoteData.has(pathTemplate);
    }

    /** Adds a fetched body. */
    public void put(String pathTemplate, JsonNode body) {
        synchronized (remoteData) {
            remoteData.set(pathTemplate, body);
        }
    }

    /** All fetched bodies (Kombo's remote_data). */
    public ObjectNode remoteData() {
        return remoteData;
    }

    /** Whether every {@code {name}} placeholder of the template has a value. */
    public boolean canExpand(String template) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
        while (m.find()) {
            if (!vars.containsKey(m.group(1))) {
                return false;
            }
        }
        return true;
    }

    /** Fills {@code {name}} placeholders of a path template from this record's variables. */
    public String expand(String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            String name = template.substring(open + 1, close);
            String value = vars.get(name);
            if (value == null) {
                throw new IllegalArgumentException("No value for {" + name + "} in " + template + " of " + remoteId);
            }
            out.append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
            i = close + 1;
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "RemoteRecord[" + remoteId + "]";
    }
}
