package io.srconnector.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.srconnector.http.SmartRecruitersException;
import io.srconnector.http.SmartRecruitersRequester;
import io.srconnector.http.SrRequest;
import io.srconnector.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Live discovery for the custom field explorer (coverage sheet "Custom Field Explorer": fields are visible without
 * waiting for a sync): reads the account's property definitions from SmartRecruiters' Configuration API and records
 * them as CUSTOM integration fields — candidate properties ({@code GET /configuration/candidate-properties}, values
 * from {@code …/{id}/values}) on {@code ats_candidates} and {@code ats_applications} (SmartRecruiters keeps them per
 * application), job properties ({@code GET /configuration/job-properties}, values from the first page of
 * {@code …/{id}/values}) on {@code ats_jobs} — with label, type and options. Keys are the property ids, so the ids
 * match the ones the sync's mappers give ({@code UnifiedIds.integrationField}). Runs at most once per
 * {@code connector.connections.discovery-interval} per integration; a SmartRecruiters error leaves the stored fields.
 */
@Component
public class FieldDiscovery {
    private static final Logger LOG = LoggerFactory.getLogger(FieldDiscovery.class);
    private static final Set<String> SELECT_TYPES = Set.of("SINGLE_SELECT", "MULTI_SELECT");
    private final SmartRecruitersRequester requester;
    private final FieldMappingRepository fields;
    private final Duration interval;
    private final Map<String, Instant> lastRun = new ConcurrentHashMap<>();

    public FieldDiscovery(SmartRecruitersRequester requester, FieldMappingRepository fields,
                          @Value("${connector.connections.discovery-interval:60s}") Duration interval) {
        this.requester = requester;
        this.fields = fields;
        this.interval = interval;
    }

    /**
     * Discovers unless done within the interval.
     *
     * @return true when SmartRecruiters was read now
     */
    public boolean discover(String integrationId) {
        Instant last = lastRun.get(integrationId);
        if (last != null && last.plus(interval).isAfter(Instant.now())) {
            return false;
        }
        lastRun.put(integrationId, Instant.now());
        try {
            JsonNode cands = requester.json(SrRequest.get(integrationId, "/configuration/candidate-properties").build());
            for (JsonNode p : cands.path("content")) {
                String id = p.path("id").asText(null);
                if (id == null) {
                    continue;
                }
                String type = p.path("type").asText(null);
                String options = SELECT_TYPES.contains(type)
                        ? options(integrationId, "/configuration/candidate-properties/" + id + "/values", Map.of())
                        : null;
                String label = p.path("label").asText(null);
                fields.upsertField(integrationId, "ats_candidates", "CUSTOM", id, label, type, options);
                fields.upsertField(integrationId, "ats_applications", "CUSTOM", id, label, type, options);
            }
            JsonNode jobs = requester.json(SrRequest.get(integrationId, "/configuration/job-properties").build());
            for (JsonNode p : jobs.path("content")) {
                String id = p.path("id").asText(null);
                if (id == null) {
                    continue;
                }
                String options = options(integrationId, "/configuration/job-properties/" + id + "/values",
                        Map.of("pageSize", "100"));
                fields.upsertField(integrationId, "ats_jobs", "CUSTOM", id, p.path("label").asText(null),
                        p.path("type").asText("SINGLE_SELECT"), options);
            }
            return true;
        } catch (SmartRecruitersException | IllegalStateException e) {
            LOG.warn("[{}] field discovery failed, serving the stored fields: {}", integrationId, e.getMessage());
            return false;
        }
    }

    /** Forgets when an integration was last discovered (tests, relinks). */
    public void reset(String integrationId) {
        lastRun.remove(integrationId);
    }

    private String options(String integrationId, String path, Map<String, String> query) {
        SrRequest.Builder b = SrRequest.get(integrationId, path);
        query.forEach(b::query);
        try {
            JsonNode values = requester.json(b.build());
            ArrayNode out = Json.mapper().createArrayNode();
            for (JsonNode v : values.path("content")) {
                out.addObject().put("id", v.path("id").asText()).put("label", v.path("label").asText(null));
            }
            return Json.write(out);
        } catch (SmartRecruitersException e) {
            return null;
        }
    }
}
