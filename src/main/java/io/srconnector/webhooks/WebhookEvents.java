package io.srconnector.webhooks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.integration.Integration;
import io.srconnector.integration.IntegrationRepository;
import io.srconnector.json.Json;
import io.srconnector.persistence.Base58;
import io.srconnector.persistence.UnifiedTables;
import io.srconnector.sync.ModelStats;
import io.srconnector.sync.SyncListeners;
import io.srconnector.sync.SyncRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns finished sync runs into Kombo's webhook events and puts them in the outbox ({@link WebhookOutbox}); the
 * {@code webhook-delivery} route posts them ({@link WebhookDispatcher}). Writing the outbox is one small insert per
 * event, so a slow or unreachable receiver never holds up a sync.
 * <ul>
 *   <li>{@code sync-finished} (Kombo's SyncFinishedWebhookPayload): {@code {id, type, data{sync_id, sync_state,
 *       sync_started_at, sync_ended_at, sync_duration_seconds, integration_id, integration_tool,
 *       integration_category, end_user{organization_name, creator_email, origin_id}, log_url}}}; {@code sync_state}
 *       is SUCCEEDED, PARTIAL or FAILED; {@code log_url} is the run in our sync history API.</li>
 *   <li>{@code data-changed} (DataChangedWebhookPayload): {@code {id, type, data{integration_id, integration_tool,
 *       integration_category, changed_models[{name}]}}} — the tables (e.g. {@code ats_candidates}) in which the run
 *       inserted, changed or deleted at least one record; not sent when nothing changed.</li>
 * </ul>
 */
@Component
public class WebhookEvents implements SyncListeners.SyncListener {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookEvents.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final WebhookSettings settings;
    private final WebhookOutbox outbox;
    private final IntegrationRepository integrations;
    private final String publicUrl;

    public WebhookEvents(WebhookSettings settings, WebhookOutbox outbox, IntegrationRepository integrations,
                         @Value("${connector.public-url}") String publicUrl) {
        this.settings = settings;
        this.outbox = outbox;
        this.integrations = integrations;
        this.publicUrl = publicUrl;
    }

    @Override
    public void syncFinished(SyncRun run, String status, List<String> errors) {
        if (!settings.sends("sync-finished") && !settings.sends("data-changed")) {
            return;
        }
        Integration integration = integrations.find(run.integrationId()).orElse(null);
        if (integration == null) {
            return;
        }
        Instant ended = Instant.now();
        if (settings.sends("sync-finished")) {
            ObjectNode event = syncFinished(run, status, ended, integration, publicUrl);
            add(run, event);
        }
        if (settings.sends("data-changed")) {
            Set<String> changed = changedTables(run.models());
            changed.addAll(run.changedTables());
            if (!changed.isEmpty()) {
                add(run, dataChanged(run.integrationId(), changed));
            }
        }
    }

    private void add(SyncRun run, ObjectNode event) {
        outbox.add(event.get("id").asText(), run.integrationId(), event.get("type").asText(), settings.getUrl(),
                Json.write(event));
        LOG.debug("[{}] webhook {} {} queued", run.integrationId(), event.get("type").asText(),
                event.get("id").asText());
    }

    /** Kombo's {@code sync-finished} payload for a run. */
    static ObjectNode syncFinished(SyncRun run, String status, Instant ended, Integration integration,
                                   String publicUrl) {
        ObjectNode e = envelope("sync-finished");
        ObjectNode d = e.putObject("data");
        d.put("sync_id", run.id());
        d.put("sync_state", status);
        d.put("sync_started_at", Json.timestamp(run.startedAt()));
        d.put("sync_ended_at", Json.timestamp(ended));
        d.put("sync_duration_seconds", Math.max(0, Duration.between(run.startedAt(), ended).toSeconds()));
        d.put("integration_id", run.integrationId());
        d.put("integration_tool", "smartrecruiters");
        d.put("integration_category", "ATS");
        ObjectNode user = d.putObject("end_user");
        user.put("organization_name", integration.organizationName());
        user.put("creator_email", integration.creatorEmail());
        user.put("origin_id", integration.originId());
        d.put("log_url", publicUrl + "/v1/syncs/" + run.id());
        return e;
    }

    /** Kombo's {@code data-changed} payload. */
    static ObjectNode dataChanged(String integrationId, Set<String> tables) {
        ObjectNode e = envelope("data-changed");
        ObjectNode d = e.putObject("data");
        d.put("integration_id", integrationId);
        d.put("integration_tool", "smartrecruiters");
        d.put("integration_category", "ATS");
        ArrayNode models = d.putArray("changed_models");
        tables.forEach(t -> models.addObject().put("name", t));
        return e;
    }

    /** Tables of the models that inserted, changed or deleted records in the run. */
    static Set<String> changedTables(Map<String, ModelStats> models) {
        Set<String> out = new LinkedHashSet<>();
        models.forEach((model, stats) -> {
            if (stats.changedData()) {
                try {
                    out.add(UnifiedTables.forModel(model).table());
                } catch (IllegalArgumentException notATable) {
                    // a step that is not a unified model writes nothing of its own
                }
            }
        });
        return out;
    }

    private static ObjectNode envelope(String type) {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        String id = Base58.encode(b);
        ObjectNode e = Json.mapper().createObjectNode();
        e.put("id", id.length() > 24 ? id.substring(0, 24) : id);
        e.put("type", type);
        return e;
    }
}
