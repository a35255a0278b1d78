package io.srconnector.api.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.api.ApiAuth;
import io.srconnector.api.ApiException;
import io.srconnector.api.CursorCodec;
import io.srconnector.api.ListQuery;
import io.srconnector.integration.Integration;
import io.srconnector.integration.IntegrationRepository;
import io.srconnector.json.Json;
import io.srconnector.persistence.ListSpec;
import io.srconnector.sync.SyncRun;
import io.srconnector.sync.SyncRunRepository;
import io.srconnector.sync.SyncScheduler;
import io.srconnector.sync.SyncSettings;
import io.srconnector.sync.SyncType;
import io.srconnector.sync.SyncWorker;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sync control over the API ({@code routes/api/sync-control.camel.yaml}):
 * <ul>
 *   <li>{@code POST /v1/force-sync} with {@code {"type": "FULL" | "DELTA"}} (default FULL) — Kombo's
 *       {@code triggerSync}: answers {@code {"status":"success","data":{"already_queued","sync_id","type"}}}; at most
 *       one sync per integration is queued or running, a request finding one answers with it
 *       ({@code already_queued: true}, its type). A FULL requested while a DELTA is queued turns it into a FULL; while a
 *       DELTA is running, a FULL follows it.</li>
 *   <li>{@code GET /v1/syncs} — the integration's sync history, newest first, Kombo-style list envelope with
 *       {@code cursor}/{@code page_size}: start, end, type, status, per-model counts (fetched, inserted, updated,
 *       unchanged, deleted), SmartRecruiters calls, errors;</li>
 *   <li>{@code GET /v1/syncs/{sync_id}} — one run; while it runs, its live progress (current model, counters).</li>
 * </ul>
 * Bad input answers 400 naming the field; an unknown sync 404; a disabled integration 409.
 */
@Component("syncControl")
public class SyncControlApi {
    private final SyncScheduler scheduler;
    private final SyncRunRepository runs;
    private final SyncWorker worker;
    private final SyncSettings settings;
    private final IntegrationRepository integrations;

    public SyncControlApi(SyncScheduler scheduler, SyncRunRepository runs, SyncWorker worker, SyncSettings settings,
                          IntegrationRepository integrations) {
        this.scheduler = scheduler;
        this.runs = runs;
        this.worker = worker;
        this.settings = settings;
        this.integrations = integrations;
    }

    /** Camel step: {@code POST /v1/force-sync}. */
    public void forceSync(Exchange exchange) {
        String integrationId = ApiAuth.integrationId(exchange);
        SyncType type = requestedType(exchange.getIn().getBody(String.class));
        Integration integration = integrations.find(integrationId)
                .orElseThrow(() -> ApiException.integrationNotFound(integrationId));
        if (!integration.enabled() || "INACTIVE".equals(integration.status())) {
            throw new ApiException(409, "INTEGRATION.INACTIVE", "Integration inactive",
                    "Integration '" + integrationId + "' is disabled or inactive: it is not synced");
        }
        SyncRunRepository.Enqueued e = scheduler.enqueue(integrationId, type, "API");
        ObjectNode data = Json.mapper().createObjectNode();
        data.put("already_queued", e.alreadyQueued());
        data.put("sync_id", e.runId());
        data.put("type", e.type().name());
        respond(exchange, data);
    }

    /** The sync type of a force-sync body: absent/empty body or absent type → FULL (Kombo's default). */
    static SyncType requestedType(String body) {
        if (body == null || body.isBlank()) {
            return SyncType.FULL;
        }
        JsonNode n;
        try {
            n = Json.read(body);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("body", "not valid JSON");
        }
        if (!n.isObject()) {
            throw ApiException.invalid("body", "expected a JSON object");
        }
        JsonNode t = n.get("type");
        if (t == null || t.isNull()) {
            return SyncType.FULL;
        }
        if (!t.isTextual() || !(t.asText().equals("FULL") || t.asText().equals("DELTA"))) {
            throw ApiException.invalid("type", "must be \"FULL\" or \"DELTA\", got " + t);
        }
        return SyncType.valueOf(t.asText());
    }

    /** Camel step: {@code GET /v1/syncs}. */
    public void list(Exchange exchange) {
        String integrationId = ApiAuth.integrationId(exchange);
        ListSpec q = ListQuery.from(exchange);
        SyncRunRepository.HistoryPosition before = q.after() == null ? null : position(q.after());
        List<Map<String, Object>> rows = runs.history(integrationId, before, q.pageSize() + 1);
        boolean more = rows.size() > q.pageSize();
        if (more) {
            rows = rows.subList(0, q.pageSize());
        }
        ObjectNode data = Json.mapper().createObjectNode();
        if (more) {
            Map<String, Object> last = rows.get(rows.size() - 1);
            data.put("next", CursorCodec.encode(((Timestamp) last.get("queued_at")).toInstant() + "|" + last.get("id")));
        } else {
            data.putNull("next");
        }
        ArrayNode results = data.putArray("results");
        rows.forEach(r -> results.add(render(r)));
        respond(exchange, data);
    }

    /** Camel step: {@code GET /v1/syncs/{sync_id}}. */
    public void get(Exchange exchange) {
        String integrationId = ApiAuth.integrationId(exchange);
        String id = exchange.getIn().getHeader("sync_id", String.class);
        Map<String, Object> row = id == null ? null : runs.find(integrationId, id);
        if (row == null) {
            throw ApiException.notFound("sync", id);
        }
        respond(exchange, render(row));
    }

    private static SyncRunRepository.HistoryPosition position(String after) {
        int bar = after.indexOf('|');
        try {
            return new SyncRunRepository.HistoryPosition(Instant.parse(after.substring(0, bar)),
                    after.substring(bar + 1));
        } catch (RuntimeException e) {
            throw ApiException.invalid("cursor", "not a cursor returned by this API");
        }
    }

    /** One run as the API shows it; a run executing in this JVM shows its live counters. */
    ObjectNode render(Map<String, Object> r) {
        ObjectNode o = Json.mapper().createObjectNode();
        String id = (String) r.get("id");
        o.put("id", id);
        o.put("integration_id", (String) r.get("integration_id"));
        o.put("type", (String) r.get("type"));
        o.put("status", (String) r.get("status"));
        o.put("trigger", (String) r.get("trigger"));
        Instant queued = instant(r.get("queued_at"));
        Instant started = instant(r.get("started_at"));
        Instant ended = instant(r.get("ended_at"));
        o.put("queued_at", Json.timestamp(queued));
        o.put("started_at", Json.timestamp(started));
        o.put("ended_at", Json.timestamp(ended));
        if (started != null && ended != null) {
            o.put("duration_seconds", Duration.between(started, ended).toSeconds());
        } else {
            o.putNull("duration_seconds");
        }
        o.put("heartbeat_at", Json.timestamp(instant(r.get("heartbeat_at"))));
        o.put("scheduled_for", Json.timestamp(instant(r.get("scheduled_for"))));
        o.put("current_model", (String) r.get("current_model"));
        int attempts = ((Number) r.get("attempts")).intValue();
        o.put("resumed", Math.max(0, attempts - 1));
        o.put("follow_up", (String) r.get("follow_up"));
        SyncRun live = "RUNNING".equals(r.get("status")) ? worker.active(id) : null;
        JsonNode models = live != null ? Json.mapper().valueToTree(live.models()) : Json.read((String) r.get("models"));
        o.put("smartrecruiters_calls", live != null ? live.srCalls().get() : ((Number) r.get("sr_calls")).longValue());
        ArrayNode list = o.putArray("models");
        long[] totals = new long[4];
        for (Map.Entry<String, JsonNode> m : ordered(models).entrySet()) {
            JsonNode s = m.getValue();
            ObjectNode e = list.addObject();
            e.put("name", m.getKey());
            e.put("status", s.path("status").asText());
            for (String k : List.of("fetched", "inserted", "updated", "unchanged", "deleted", "pages", "attempts")) {
                e.put(k, s.path(k).asLong());
            }
            e.put("error_code", s.path("error_code").asText(null));
            e.put("error", s.path("error").asText(null));
            totals[0] += s.path("fetched").asLong();
            totals[1] += s.path("inserted").asLong();
            totals[2] += s.path("updated").asLong();
            totals[3] += s.path("deleted").asLong();
        }
        ObjectNode t = o.putObject("totals");
        t.put("fetched", totals[0]);
        t.put("inserted", totals[1]);
        t.put("updated", totals[2]);
        t.put("deleted", totals[3]);
        o.set("errors", Json.read((String) r.get("errors")));
        return o;
    }

    /** Models in the configured sync order, then any other recorded model (jsonb does not keep key order). */
    private Map<String, JsonNode> ordered(JsonNode models) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String m : settings.getModels()) {
            if (models.has(m)) {
                out.put(m, models.get(m));
            }
        }
        for (Iterator<String> it = models.fieldNames(); it.hasNext(); ) {
            String m = it.next();
            out.putIfAbsent(m, models.get(m));
        }
        return out;
    }

    private static Instant instant(Object v) {
        return v instanceof Timestamp ts ? ts.toInstant() : null;
    }

    private static void respond(Exchange exchange, JsonNode data) {
        ObjectNode root = Json.mapper().createObjectNode().put("status", "success");
        root.set("data", data);
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(Json.writeBytes(root));
    }
}
