package io.srconnector.write;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.api.read.ApplicationsReadModel;
import io.srconnector.api.read.CandidatesReadModel;
import io.srconnector.api.read.ReadApi;
import io.srconnector.integration.FieldMappingRepository;
import io.srconnector.json.Json;
import io.srconnector.persistence.UnifiedReader;
import io.srconnector.persistence.UnifiedTables;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The records a create answers with, read back from PostgreSQL after the write-through — the same rows and nested
 * objects the read API serves ({@link ApplicationsReadModel}, {@link CandidatesReadModel}), so a create's answer and
 * the next read agree. If the refresh failed (reported in {@code warnings}), a skeleton with the deterministic ids
 * and nulls stands in.
 */
@Component
public class CreatedRecords {
    private final UnifiedReader reader;
    private final ApplicationsReadModel applications;
    private final CandidatesReadModel candidates;
    private final FieldMappingRepository fieldMappings;

    public CreatedRecords(UnifiedReader reader, ApplicationsReadModel applications, CandidatesReadModel candidates,
                          FieldMappingRepository fieldMappings) {
        this.reader = reader;
        this.applications = applications;
        this.candidates = candidates;
        this.fieldMappings = fieldMappings;
    }

    /** Kombo's create-application {@code data}: the application with its full candidate, stage and job. */
    public ObjectNode application(String integrationId, ApplicationCreator.Created c) {
        List<ObjectNode> rows = new ArrayList<>(reader.byColumn(UnifiedTables.APPLICATIONS, integrationId, "id",
                List.of(c.applicationId()), true, null));
        if (rows.isEmpty()) {
            rows.add(applicationSkeleton(c));
        }
        applications.expand(rows, integrationId);
        ObjectNode app = rows.get(0);
        ObjectNode cand = candidateRow(integrationId, c);
        cand.set("tags", UnifiedReader.emptyArray());
        app.set("candidate", cand);
        return filter(integrationId, app);
    }

    /** Kombo's create-candidate {@code data}: the candidate with its applications and tags. */
    public ObjectNode candidate(String integrationId, ApplicationCreator.Created c) {
        List<ObjectNode> rows = new ArrayList<>(List.of(candidateRow(integrationId, c)));
        candidates.expand(rows, integrationId);
        ObjectNode cand = rows.get(0);
        if (cand.path("applications").isEmpty()) {
            ObjectNode app = applicationSkeleton(c);
            ObjectNode nested = Json.mapper().createObjectNode();
            for (String f : List.of("id", "remote_id", "outcome", "rejection_reason_name", "rejected_at", "remote_url",
                    "changed_at", "remote_created_at", "remote_updated_at")) {
                nested.set(f, app.get(f));
            }
            nested.putNull("current_stage");
            nested.putNull("job");
            cand.withArray("applications").add(nested);
        }
        return filter(integrationId, cand);
    }

    private ObjectNode candidateRow(String integrationId, ApplicationCreator.Created c) {
        List<ObjectNode> rows = reader.byColumn(UnifiedTables.CANDIDATES, integrationId, "id", List.of(c.candidateId()),
                true, null);
        return rows.isEmpty() ? candidateSkeleton(c) : rows.get(0);
    }

    private ObjectNode filter(String integrationId, ObjectNode row) {
        Set<String> disabled = fieldMappings.disabledFieldIds(integrationId);
        ReadApi.dropDisabledIntegrationFields(row, disabled);
        if (row.get("candidate") instanceof ObjectNode cand) {
            ReadApi.dropDisabledIntegrationFields(cand, disabled);
        }
        return row;
    }

    private static ObjectNode applicationSkeleton(ApplicationCreator.Created c) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("id", c.applicationId());
        o.put("remote_id", c.candidateRemoteId() + ":" + c.jobRemoteId());
        for (String f : List.of("outcome", "rejection_reason_name", "rejected_at", "current_stage_id", "job_id",
                "candidate_id", "custom_fields", "remote_url", "remote_created_at", "remote_updated_at",
                "remote_deleted_at", "remote_data")) {
            o.putNull(f);
        }
        o.put("candidate_id", c.candidateId());
        o.putArray("integration_fields");
        o.put("changed_at", Json.timestamp(Instant.now()));
        return o;
    }

    private static ObjectNode candidateSkeleton(ApplicationCreator.Created c) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("id", c.candidateId());
        o.put("remote_id", c.candidateRemoteId());
        for (String f : List.of("first_name", "last_name", "company", "title", "confidential", "source", "location",
                "custom_fields", "remote_url", "remote_created_at", "remote_updated_at", "remote_deleted_at",
                "remote_data")) {
            o.putNull(f);
        }
        o.putArray("phone_numbers");
        o.putArray("email_addresses");
        o.putArray("social_media");
        o.putArray("integration_fields");
        o.put("changed_at", Json.timestamp(Instant.now()));
        return o;
    }
}
