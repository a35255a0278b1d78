package io.srconnector.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.http.SmartRecruitersException;
import io.srconnector.http.SmartRecruitersRequester;
import io.srconnector.integration.FieldMappingRepository;
import io.srconnector.model.IntegrationField;
import io.srconnector.model.UnifiedRecord;
import io.srconnector.persistence.Mapped;
import io.srconnector.persistence.UnifiedColumn;
import io.srconnector.persistence.UnifiedTable;
import io.srconnector.persistence.UnifiedTables;
import io.srconnector.sync.SyncContext;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fills the integration's {@code integration_fields} (the raw SmartRecruiters properties that can appear in a model's
 * {@code integration_fields} and be mapped to {@code custom_fields}; migration V5) during syncs, from two sources:
 * <ul>
 *   <li>{@link #definitions}: the property definitions, read once per run before a model's stream —
 *       {@code GET /configuration/job-properties} ({@code content[{id, label}]}, job properties),
 *       {@code GET /configuration/candidate-properties} ({@code content[{id, label, type}]}, candidate and application
 *       properties) and {@code GET /configuration/offer-properties} ({@code categories[].properties[{key, label,
 *       type}]}, offer properties). A credential that may not read the configuration (401/403) or a missing endpoint
 *       only skips the definitions: the model's sync goes on.</li>
 *   <li>{@link #record}: the properties the page's records actually carry (a property may have no definition any
 *       more), registered once per run.</li>
 * </ul>
 * Every field is of type CUSTOM, keyed by the property id (offers: the property key). New fields are passed through
 * by default; an existing field keeps its passthrough setting.
 */
@Component("integrationFieldDiscovery")
public class IntegrationFieldDiscovery {
    private static final Logger LOG = LoggerFactory.getLogger(IntegrationFieldDiscovery.class);
    private static final int REMEMBERED_RUNS = 8;

    private final SmartRecruitersRequester requester;
    private final FieldMappingRepository fields;
    /** Fields already registered per run (run id → table:key), so each page only writes new ones. */
    private final Map<String, Set<String>> recorded = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
                    return size() > REMEMBERED_RUNS;
                }
            });

    /** Definition bodies read per run (run id + path → body): candidates and applications share one read. */
    private final Map<String, JsonNode> bodies = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, JsonNode> eldest) {
                    return size() > REMEMBERED_RUNS * 4;
                }
            });

    public IntegrationFieldDiscovery(SmartRecruitersRequester requester, FieldMappingRepository fields) {
        this.requester = requester;
        this.fields = fields;
    }

    /** One property definition. */
    public record Definition(String key, String label, String valueType) {
    }

    /**
     * Like {@link #definitions} but only in full runs: for models whose records carry their properties' labels
     * themselves (jobs, candidates, applications), so a delta run learns new properties from the records and spends
     * no call on configuration.
     */
    public void definitionsOnFullRuns(String model, String path, Exchange exchange) {
        SyncContext ctx = exchange.getVariable(SyncContext.VARIABLE, SyncContext.class);
        if (ctx.full()) {
            definitions(model, path, exchange);
        }
    }

    /**
     * Route step before a model's stream: reads the property definitions at {@code path} and registers them as
     * integration fields of the model's table, e.g. {@code definitions('jobs', '/configuration/job-properties')}.
     */
    public void definitions(String model, String path, Exchange exchange) {
        SyncContext ctx = exchange.getVariable(SyncContext.VARIABLE, SyncContext.class);
        UnifiedTable<?> table = UnifiedTables.forModel(model);
        JsonNode body = bodies.get(ctx.runId() + " " + path);
        try {
            if (body == null) {
                body = requester.json(ctx.get(path).build());
                bodies.put(ctx.runId() + " " + path, body);
            }
        } catch (SmartRecruitersException e) {
            if (e.status() >= 400 && e.status() < 500 && e.status() != 429) {
                LOG.warn("[{}] {}: property definitions not read ({} {})", ctx.integrationId(), model, e.status(), path);
                ctx.stats().warn("property definitions " + path + " not read: HTTP " + e.status());
                return;
            }
            throw e;
        }
        Set<String> done = recorded(ctx.runId());
        for (Definition d : parse(body)) {
            fields.upsertField(ctx.integrationId(), table.table(), "CUSTOM", d.key(), d.label(), d.valueType(), null);
            done.add(table.table() + ":" + d.key());
        }
    }

    /**
     * Page-route step after a model's mapper: registers the CUSTOM integration fields the page's records carry that
     * this run has not registered yet, e.g. {@code record('offers')}.
     */
    @SuppressWarnings("unchecked")
    public void record(String model, Exchange exchange) {
        SyncContext ctx = exchange.getVariable(SyncContext.VARIABLE, SyncContext.class);
        UnifiedTable<?> table = UnifiedTables.forModel(model);
        UnifiedColumn column = table.columns().stream().filter(c -> c.name().equals("integration_fields")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(table + " has no integration_fields"));
        Set<String> done = recorded(ctx.runId());
        for (Mapped<UnifiedRecord> m : (List<Mapped<UnifiedRecord>>) exchange.getIn().getBody(List.class)) {
            Object v = column.read(m.record());
            if (!(v instanceof List<?> list)) {
                continue;
            }
            for (Object o : list) {
                if (o instanceof IntegrationField f && "CUSTOM".equals(f.type())
                        && done.add(table.table() + ":" + f.key())) {
                    fields.upsertField(ctx.integrationId(), table.table(), "CUSTOM", f.key(), f.label(), null, null);
                }
            }
        }
    }

    private Set<String> recorded(String runId) {
        return recorded.computeIfAbsent(runId, k -> ConcurrentHashMap.newKeySet());
    }

    /**
     * The definitions of a configuration body: {@code content[{id, label, type?}]} (job and candidate properties) or
     * {@code categories[].properties[{key, label, type}]} (offer properties).
     */
    public static List<Definition> parse(JsonNode body) {
        java.util.ArrayList<Definition> out = new java.util.ArrayList<>();
        if (body.has("categories")) {
            for (JsonNode c : body.path("categories")) {
                for (JsonNode p : c.path("properties")) {
                    String key = text(p.path("key"));
                    if (key != null) {
                        out.add(new Definition(key, text(p.path("label")), text(p.path("type"))));
                    }
                }
            }
            return out;
        }
        for (JsonNode p : body.isArray() ? body : body.path("content")) {
            String id = text(p.path("id"));
            if (id != null) {
                out.add(new Definition(id, text(p.path("label")), text(p.path("type"))));
            }
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }
}
