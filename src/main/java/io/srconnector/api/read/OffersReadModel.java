package io.srconnector.api.read;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.json.Json;
import io.srconnector.persistence.UnifiedTable;
import io.srconnector.persistence.UnifiedTables;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /v1/ats/offers}: only the common filters; nests {@code application} ({@code candidate{id, remote_id,
 * first_name, last_name, email_addresses}, job{id, remote_id, name}}), null when the offer's application could not
 * be resolved ({@code application_id} null).
 */
@Component
public class OffersReadModel implements ReadModel {
    private final Nested nested;

    public OffersReadModel(Nested nested) {
        this.nested = nested;
    }

    @Override
    public String name() {
        return "offers";
    }

    @Override
    public UnifiedTable<?> table() {
        return UnifiedTables.OFFERS;
    }

    @Override
    public void expand(List<ObjectNode> rows, String integrationId) {
        Map<String, ObjectNode> apps = nested.byId(UnifiedTables.APPLICATIONS, integrationId,
                Nested.values(rows, "application_id"));
        List<ObjectNode> appRows = List.copyOf(apps.values());
        Map<String, ObjectNode> candidates = nested.byId(UnifiedTables.CANDIDATES, integrationId,
                Nested.values(appRows, "candidate_id"));
        Map<String, ObjectNode> jobs = nested.byId(UnifiedTables.JOBS, integrationId, Nested.values(appRows, "job_id"));
        for (ObjectNode o : rows) {
            ObjectNode app = apps.get(o.path("application_id").asText());
            if (app == null) {
                o.putNull("application");
                continue;
            }
            ObjectNode a = Json.mapper().createObjectNode();
            a.set("candidate", Nested.pick(candidates.get(app.path("candidate_id").asText()), "id", "remote_id",
                    "first_name", "last_name", "email_addresses"));
            a.set("job", Nested.pick(jobs.get(app.path("job_id").asText()), "id", "remote_id", "name"));
            o.set("application", a);
        }
    }
}
