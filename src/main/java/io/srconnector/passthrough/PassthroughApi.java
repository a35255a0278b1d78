package io.srconnector.passthrough;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.api.ApiAuth;
import io.srconnector.api.ApiException;
import io.srconnector.api.JsonBodies;
import io.srconnector.http.SmartRecruitersRequester;
import io.srconnector.http.SrRequest;
import io.srconnector.http.SrResponse;
import io.srconnector.integration.Integration;
import io.srconnector.integration.IntegrationRepository;
import io.srconnector.json.Json;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /v1/passthrough/smartrecruiters/default} (Kombo's passthrough, smartrecruiters-api.md §8): sends the
 * caller's request to the integration's SmartRecruiters API through the shared requester — its rate limiter and
 * concurrency permits, its retries, the integration's own auth header ({@code X-SmartToken} or {@code Bearer}), and a
 * fresh exchange so no inbound header (ours or Camel's) is forwarded (FC-14). Body: {@code method}
 * (GET|POST|PUT|PATCH|DELETE), {@code path} (validated by {@link PassthroughPaths}), {@code headers} (filtered by
 * {@link PassthroughHeaders}), {@code params}, {@code data} (object/array → JSON, string → raw),
 * {@code response_as_base64}, {@code multipart_form_data} (values: strings or files with base64 {@code data};
 * {@code data_url} is refused — the connector does not fetch URLs for callers). Answers
 * {@code {url, status, headers, data}} with SmartRecruiters' status whatever it is, plus {@code warnings}.
 */
@Component("passthroughApi")
public class PassthroughApi {
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> BODY_FIELDS = Set.of("method", "path", "headers", "params", "data",
            "response_as_base64", "multipart_form_data", "api_options");
    private final SmartRecruitersRequester requester;
    private final IntegrationRepository integrations;

    public PassthroughApi(SmartRecruitersRequester requester, IntegrationRepository integrations) {
        this.requester = requester;
        this.integrations = integrations;
    }

    /** Camel step of the {@code passthrough} route. */
    public void send(Exchange ex) {
        String integrationId = ApiAuth.integrationId(ex);
        String tool = JsonBodies.pathParam(ex, "tool");
        String api = JsonBodies.pathParam(ex, "api");
        if (!"smartrecruiters".equals(tool) || !"default".equals(api)) {
            throw ApiException.notFound("passthrough API", tool + "/" + api + " (available: smartrecruiters/default)");
        }
        Integration integration = integrations.find(integrationId).orElseThrow(
                () -> ApiException.integrationNotFound(integrationId));
        if (!integration.enabled()) {
            throw new ApiException(403, "INTEGRATION.INACTIVE", "Integration inactive",
                    "Integration " + integrationId + " is disabled");
        }
        ObjectNode body = JsonBodies.object(ex);
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!BODY_FIELDS.contains(f)) {
                throw ApiException.invalid(f, "unknown field");
            }
        }
        String method = JsonBodies.requiredText(body, "method");
        if (!METHODS.contains(method)) {
            throw ApiException.invalid("method", "must be one of GET, POST, PUT, PATCH, DELETE");
        }
        PassthroughPaths.Target target = PassthroughPaths.parse(JsonBodies.requiredText(body, "path"));
        SrRequest.Builder req = SrRequest.of(integrationId, method, target.path());
        target.query().forEach((k, vs) -> vs.forEach(v -> req.query(k, v)));
        ArrayNode warnings = Json.mapper().createArrayNode();
        params(body.get("params"), req);
        String contentType = null;
        JsonNode headers = body.get("headers");
        if (headers != null && !headers.isNull()) {
            if (!headers.isObject()) {
                throw ApiException.invalid("headers", "must be an object of strings");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> h = it.next();
                if (!h.getValue().isTextual()) {
                    throw ApiException.invalid("headers." + h.getKey(), "must be a string");
                }
                String value = h.getValue().asText();
                if (!PassthroughHeaders.allowed(h.getKey(), value)) {
                    warnings.addObject().put("message", "Header " + h.getKey()
                            + " was not forwarded: the connector sets authentication and transport headers itself.");
                } else if (h.getKey().equalsIgnoreCase("Content-Type")) {
                    contentType = value;
                } else {
                    req.header(h.getKey(), value);
                }
            }
        }
        if (body.hasNonNull("api_options")) {
            warnings.addObject().put("message", "api_options are ignored by the smartrecruiters/default API.");
        }
        body(body, req, contentType);
        boolean base64 = body.path("response_as_base64").asBoolean(false);
        SrResponse r = requester.exchange(req.build());
        ObjectNode data = Json.mapper().createObjectNode();
        data.put("url", r.url());
        data.put("status", r.status());
        ObjectNode hs = data.putObject("headers");
        r.headers().forEach((k, vs) -> {
            if (vs.size() == 1) {
                hs.put(k, vs.get(0));
            } else {
                ArrayNode a = hs.putArray(k);
                vs.forEach(a::add);
            }
        });
        data.set("data", responseData(r, base64));
        ObjectNode root = Json.mapper().createObjectNode().put("status", "success");
        root.set("data", data);
        root.set("warnings", warnings);
        JsonBodies.answer(ex, 200, root);
    }

    private static void params(JsonNode params, SrRequest.Builder req) {
        if (params == null || params.isNull()) {
            return;
        }
        if (!params.isObject()) {
            throw ApiException.invalid("params", "must be an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode v = p.getValue();
            if (v.isArray()) {
                v.forEach(x -> req.query(p.getKey(), scalar(p.getKey(), x)));
            } else if (!v.isNull()) {
                req.query(p.getKey(), scalar(p.getKey(), v));
            }
        }
    }

    private static String scalar(String name, JsonNode v) {
        if (v.isTextual() || v.isNumber() || v.isBoolean()) {
            return v.asText();
        }
        throw ApiException.invalid("params." + name, "must be a string, number or boolean");
    }

    private static void body(ObjectNode body, SrRequest.Builder req, String contentType) {
        JsonNode data = body.get("data");
        JsonNode multipart = body.get("multipart_form_data");
        boolean hasData = data != null && !data.isNull();
        boolean hasMultipart = multipart != null && !multipart.isNull();
        if (hasData && hasMultipart) {
            throw ApiException.invalid("data", "send either data or multipart_form_data, not both");
        }
        if (hasData) {
            if (data.isTextual()) {
                req.body(data.asText().getBytes(StandardCharsets.UTF_8), contentType != null ? contentType : "text/plain");
            } else if (data.isObject() || data.isArray()) {
                req.body(Json.writeBytes(data), contentType != null ? contentType : "application/json");
            } else {
                throw ApiException.invalid("data", "must be an object, an array or a string");
            }
        } else if (hasMultipart) {
            multipart(multipart, req);
        }
    }

    private static void multipart(JsonNode parts, SrRequest.Builder req) {
        if (!parts.isArray()) {
            throw ApiException.invalid("multipart_form_data", "must be an array");
        }
        String boundary = "----srconnector" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        for (JsonNode p : parts) {
            String field = "multipart_form_data[" + i++ + "]";
            String name = JsonBodies.requiredText(p, "name");
            if (name.indexOf('"') >= 0 || name.indexOf('\r') >= 0 || name.indexOf('\n') >= 0) {
                throw ApiException.invalid(field + ".name", "must not contain quotes or line breaks");
            }
            JsonNode value = p.get("value");
            write(out, "--" + boundary + "\r\n");
            if (value != null && value.isTextual()) {
                write(out, "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
                write(out, value.asText());
            } else if (value != null && value.isObject()) {
                if (value.hasNonNull("data_url")) {
                    throw ApiException.invalid(field + ".value.data_url",
                            "is not supported by the passthrough: send the file as base64 in data");
                }
                String fileName = JsonBodies.requiredText(value, "name");
                String type = JsonBodies.requiredText(value, "content_type");
                if (!type.matches("^[\\w.-]+/[\\w.+-]+$")) {
                    throw ApiException.invalid(field + ".value.content_type", "is not a MIME type");
                }
                byte[] bytes;
                try {
                    bytes = Base64.getDecoder().decode(JsonBodies.requiredText(value, "data"));
                } catch (IllegalArgumentException e) {
                    throw ApiException.invalid(field + ".value.data", "is not valid base64");
                }
                String safeName = fileName.replace("\"", "").replace("\r", "").replace("\n", "");
                write(out, "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + safeName + "\"\r\n");
                write(out, "Content-Type: " + type + "\r\n\r\n");
                out.writeBytes(bytes);
            } else {
                throw ApiException.invalid(field + ".value", "must be a string or a file object");
            }
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        req.body(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode responseData(SrResponse r, boolean base64) {
        if (base64) {
            return Json.mapper().getNodeFactory().textNode(Base64.getEncoder().encodeToString(r.body()));
        }
        if (r.body().length == 0) {
            return Json.mapper().nullNode();
        }
        String type = r.header("Content-Type");
        if (type != null && type.toLowerCase(Locale.ROOT).contains("json")) {
            try {
                return r.json();
            } catch (IllegalArgumentException e) {
                // not JSON after all: answered as text below
            }
        }
        return Json.mapper().getNodeFactory().textNode(r.text());
    }
}
