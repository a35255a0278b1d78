package io.srconnector.sandbox.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.sandbox.data.AccountConfiguration;
import io.srconnector.sandbox.data.CandidatePropertyDefinition;
import io.srconnector.sandbox.data.IdLabel;
import io.srconnector.sandbox.data.JobPropertyDefinition;
import io.srconnector.sandbox.data.SourceType;
import io.srconnector.sandbox.json.Json;

import java.util.List;

/**
 * Configuration API bodies (S1; examples {@code configuration-*.from-schema.json}). Unpaginated lists are
 * {@code {totalFound, content}}; source values are offset-paged, job property values cursor-paged.
 */
public final class ConfigurationRenderer {

    private final AccountConfiguration cfg;
    private final Links links;

    public ConfigurationRenderer(AccountConfiguration cfg, Links links) {
        this.cfg = cfg;
        this.links = links;
    }

    /** {@code {totalFound, content}} of value records. */
    public static ObjectNode list(List<?> items) {
        ObjectNode n = Json.object();
        n.put("totalFound", items.size());
        n.set("content", Json.tree(items));
        return n;
    }

    /** {@code HiringProcesses}. */
    public ObjectNode hiringProcesses() {
        return list(cfg.hiringProcesses());
    }

    /** {@code Properties} of rejection reasons. */
    public ObjectNode rejectionReasons() {
        return list(cfg.rejectionReasons());
    }

    /** {@code Properties} of withdrawal reasons. */
    public ObjectNode withdrawalReasons() {
        return list(cfg.withdrawalReasons());
    }

    /** {@code CandidatePropertyDefinitionList}; each definition links its values. */
    public ObjectNode candidateProperties() {
        ObjectNode n = Json.object();
        n.put("totalFound", cfg.candidateProperties().size());
        ArrayNode content = n.putArray("content");
        for (CandidatePropertyDefinition d : cfg.candidateProperties()) {
            ObjectNode e = (ObjectNode) Json.tree(d);
            if ("SINGLE_SELECT".equals(d.type())) {
                e.putObject("actions").set("values", links.get("/configuration/candidate-properties/" + d.id() + "/values"));
            }
            content.add(e);
        }
        return n;
    }

    /** {@code CandidatePropertyValueList} of one property (empty for types without options). */
    public static ObjectNode candidatePropertyValues(CandidatePropertyDefinition d) {
        return list(d.values() == null ? List.<IdLabel>of() : d.values());
    }

    /** {@code JobPropertyDefinitionList}; each definition links its values. */
    public ObjectNode jobProperties() {
        ObjectNode n = Json.object();
        n.put("totalFound", cfg.jobProperties().size());
        ArrayNode content = n.putArray("content");
        for (JobPropertyDefinition d : cfg.jobProperties()) {
            ObjectNode e = (ObjectNode) Json.tree(d);
            e.putObject("actions").set("values", links.get("/configuration/job-properties/" + d.id() + "/values"));
            content.add(e);
        }
        return n;
    }

    /** {@code JobPropertyValueDefinitionList} page. */
    public static ObjectNode jobPropertyValues(List<JobPropertyDefinition.Value> page, int totalFound, String nextPageId) {
        ObjectNode n = Json.object();
        n.put("totalFound", totalFound);
        Json.putIfPresent(n, "nextPageId", nextPageId);
        n.set("content", Json.tree(page));
        return n;
    }

    /** {@code OfferPropertiesDefinition}. */
    public ObjectNode offerProperties() {
        ObjectNode n = Json.object();
        n.set("categories", Json.tree(cfg.offerPropertyCategories()));
        return n;
    }

    /** {@code SourceTypes}. */
    public ObjectNode sources() {
        ObjectNode n = Json.object();
        n.put("totalFound", cfg.sourceTypes().size());
        ArrayNode content = n.putArray("content");
        for (SourceType t : cfg.sourceTypes()) {
            ObjectNode e = content.addObject();
            e.put("id", t.id());
            e.put("label", t.label());
            e.set("subtypes", Json.tree(t.subtypes() == null ? List.of() : t.subtypes()));
            e.putObject("actions").set("values", links.get("/configuration/sources/" + t.id() + "/values"));
        }
        return n;
    }

    /** {@code Sources} page of one source type. */
    public ObjectNode sourceValues(SourceType t, List<SourceType.Value> page, int limit, int offset, int totalFound) {
        ObjectNode n = Json.object();
        n.put("totalFound", totalFound);
        n.put("limit", limit);
        n.put("offset", offset);
        ArrayNode content = n.putArray("content");
        for (SourceType.Value v : page) {
            ObjectNode e = content.addObject();
            e.put("id", v.id());
            e.put("label", v.label());
            if (v.subTypeId() != null) {
                e.putObject("sourceSubType").put("id", v.subTypeId());
            }
            String q = v.subTypeId() == null ? "" : "?sourceSubType=" + v.subTypeId();
            e.putObject("actions").set("sourceDetails",
                    links.get("/configuration/sources/" + t.id() + "/values/" + v.id() + q));
        }
        return n;
    }

    /** {@code SourceDefinition {label, type{id}, subType{id}}} of {@code GET /configuration/sources/{sourceIdentifier}}. */
    public static ObjectNode sourceDefinition(SourceType t, SourceType.Value v) {
        ObjectNode n = Json.object();
        n.put("label", v.label());
        n.putObject("type").put("id", t.id());
        if (v.subTypeId() != null) {
            n.putObject("subType").put("id", v.subTypeId());
        }
        return n;
    }

    /** {@code Departments}. */
    public ObjectNode departments() {
        return list(cfg.departments());
    }
}
