package io.srconnector.api;

import org.apache.camel.CamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.rest.RestDefinition;
import org.apache.camel.model.rest.VerbDefinition;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code /v1} endpoints as declared in the REST DSL of {@code routes/api/*.camel.yaml}, read from Camel's model —
 * so whatever another route file adds is seen here (used by the integration details' {@code write_actions} coverage
 * and by the tenant-isolation test matrix).
 */
@Component
public class RestEndpoints {
    private final CamelContext camel;

    public RestEndpoints(CamelContext camel) {
        this.camel = camel;
    }

    /** One declared endpoint, e.g. {@code GET /integrations/{integration_id}} (path without the /v1 prefix). */
    public record Endpoint(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every declared endpoint. */
    public List<Endpoint> all() {
        List<Endpoint> out = new ArrayList<>();
        for (RestDefinition rest : camel.getCamelContextExtension().getContextPlugin(ModelCamelContext.class)
                .getRestDefinitions()) {
            String base = rest.getPath() == null ? "" : rest.getPath();
            for (VerbDefinition v : rest.getVerbs()) {
                String p = v.getPath() == null ? "" : v.getPath();
                String path = join(base, p);
                out.add(new Endpoint(v.asVerb().toUpperCase(Locale.ROOT), path));
            }
        }
        return out;
    }

    /** True if the endpoint is declared. */
    public boolean has(String method, String path) {
        return all().contains(new Endpoint(method, path));
    }

    private static String join(String a, String b) {
        String s = (a.startsWith("/") ? a : "/" + a);
        if (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (b.isEmpty()) {
            return s.isEmpty() ? "/" : s;
        }
        return s + (b.startsWith("/") ? b : "/" + b);
    }
}
