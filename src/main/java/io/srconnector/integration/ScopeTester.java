package io.srconnector.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.http.SmartRecruitersException;
import io.srconnector.http.SmartRecruitersRequester;
import io.srconnector.http.SrRequest;
import io.srconnector.http.SrResponse;
import io.srconnector.json.Json;
import io.srconnector.sync.ModelGate;
import io.srconnector.sync.SyncSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Scope testing (coverage sheet "Scope Testing"): for one integration, probes each SmartRecruiters permission that the
 * models and write actions of {@link ScopeCatalog} need with a cheap read through the shared requester (same limiter,
 * OAuth renewal on 401) and reports per model/action {@code OK}, {@code MISSING} (with the scope and role to grant) or
 * {@code ERROR}. SmartRecruiters answers a missing permission with 403, sometimes 401 (smartrecruiters-api.md §3); a
 * 404 on a probe means access was granted. Runs on connect and on demand; the result is stored and the sync skips
 * enabled models reported MISSING ({@link ModelGate}).
 */
@Component
public class ScopeTester implements ModelGate {
    private static final Logger LOG = LoggerFactory.getLogger(ScopeTester.class);
    private final SmartRecruitersRequester requester;
    private final ScopeTestRepository repository;
    private final SyncSettings sync;

    public ScopeTester(SmartRecruitersRequester requester, ScopeTestRepository repository, SyncSettings sync) {
        this.requester = requester;
        this.repository = repository;
        this.sync = sync;
    }

    /**
     * Runs every probe and stores the result. Each distinct endpoint is called once.
     *
     * @return the result (see {@link ScopeTestRepository.ScopeTestResult})
     */
    public ScopeTestRepository.ScopeTestResult run(String integrationId) {
        Map<String, Outcome> byEndpoint = new HashMap<>();
        ArrayNode results = Json.mapper().createArrayNode();
        for (ScopeProbe p : ScopeCatalog.PROBES) {
            Outcome o = byEndpoint.computeIfAbsent(p.endpoint(), e -> probe(integrationId, p));
            ObjectNode e = results.addObject();
            e.put("kind", p.kind());
            e.put("id", p.id());
            e.put("label", p.label());
            e.put("status", o.status);
            e.put("enabled", "model".equals(p.kind()) && sync.getModels().contains(p.id()));
            e.put("scope", p.scope());
            e.put("role", p.role());
            e.put("endpoint", p.endpoint());
            e.put("http_status", o.httpStatus);
            if ("MISSING".equals(o.status)) {
                e.put("message", "SmartRecruiters denied " + p.endpoint() + " (" + o.httpStatus + "): grant the scope "
                        + p.scope() + (p.role() != null ? " and the system role " + p.role() : ""));
            } else {
                e.put("message", o.message);
            }
            if (p.note() != null) {
                e.put("note", p.note());
            }
        }
        ScopeTestRepository.ScopeTestResult r = new ScopeTestRepository.ScopeTestResult(
                Instant.now().truncatedTo(ChronoUnit.MICROS), results);
        repository.save(integrationId, r);
        LOG.info("[{}] scope test: {}", integrationId, summary(results));
        return r;
    }

    /** True when every probe was refused with 401: the credential itself is not accepted. */
    public static boolean credentialRejected(JsonNode results) {
        boolean any = false;
        for (JsonNode e : results) {
            any = true;
            if (e.path("http_status").asInt() != 401) {
                return false;
            }
        }
        return any;
    }

    /** Sync gate: an enabled model whose last scope test said MISSING is skipped. */
    @Override
    public String blockedReason(String integrationId, String model) {
        return repository.find(integrationId).map(r -> {
            JsonNode e = r.entry("model", model);
            if (e == null || !"MISSING".equals(e.path("status").asText())) {
                return null;
            }
            return "skipped: the scope test of " + r.testedAt() + " found the SmartRecruiters permission missing ("
                    + e.path("scope").asText() + (e.hasNonNull("role") ? ", role " + e.path("role").asText() : "")
                    + "); grant it and run POST /v1/integrations/" + integrationId + "/scope-test";
        }).orElse(null);
    }

    private Outcome probe(String integrationId, ScopeProbe p) {
        SrRequest.Builder b = SrRequest.of(integrationId, p.method(), p.path());
        p.query().forEach(b::query);
        try {
            SrResponse r = requester.exchange(b.build());
            int s = r.status();
            if (s < 300 || s == 404) {
                return new Outcome("OK", s, null);
            }
            if (s == 401 || s == 403) {
                return new Outcome("MISSING", s, null);
            }
            return new Outcome("ERROR", s, "SmartRecruiters answered " + s + " to " + p.endpoint());
        } catch (SmartRecruitersException | IllegalStateException e) {
            return new Outcome("ERROR", 0, e.getMessage());
        }
    }

    private static String summary(JsonNode results) {
        StringBuilder sb = new StringBuilder();
        results.forEach(e -> sb.append(e.path("kind").asText()).append(':').append(e.path("id").asText()).append('=')
                .append(e.path("status").asText()).append(' '));
        return sb.toString().trim();
    }

    private record Outcome(String status, int httpStatus, String message) {
    }
}
