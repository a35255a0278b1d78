package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.model.Application;
import io.srconnector.model.IntegrationField;
import io.srconnector.sync.RemoteRecord;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

import static io.srconnector.mapping.SrValues.text;

/**
 * SmartRecruiters application (candidate on job) → unified application (field-mapping §6). Sources:
 * {@code GET /candidates/{candidateId}/jobs/{jobId}} (Application), its status history (for {@code rejected_at},
 * {@code remote_created_at}, {@code remote_updated_at}: coverage sheet, Applications) and its properties.
 * <ul>
 *   <li>{@code remote_id} is {@code <candidateId>:<jobId>};</li>
 *   <li>{@code current_stage_id} is the stage {@code STATUS} or {@code STATUS|subStatus};</li>
 *   <li>{@code rejection_reason_name}: {@code reasonOfRejection.label} when REJECTED, {@code reasonOfWithdrawal.label}
 *       when WITHDRAWN;</li>
 *   <li>{@code rejected_at}: when the application entered its current REJECTED/WITHDRAWN status;</li>
 *   <li>{@code remote_created_at}: the first status change that is not LEAD (a lead is not yet an application
 *       received; FC-08), else the first one; {@code remote_updated_at}: the latest status change — it reflects status
 *       changes only (coverage sheet).</li>
 * </ul>
 */
@Component("applicationMapper")
public class ApplicationMapper extends PerRecordMapper<Application> {
    public static final String DETAILS = "/candidates/{candidateId}/jobs/{jobId}";
    public static final String HISTORY = "/candidates/{candidateId}/jobs/{jobId}/status/history";
    public static final String PROPERTIES = "/candidates/{candidateId}/jobs/{jobId}/properties";

    @Override
    public Application toUnified(RemoteRecord r, MappingContext ctx) {
        JsonNode a = r.get(DETAILS);
        String candidateId = r.var("candidateId");
        String jobId = r.var("jobId");
        String status = CandidateStatuses.normalize(text(a.path("status")));
        String rawStatus = text(a.path("status"));
        String subStatus = text(a.path("subStatus"));
        JsonNode history = r.get(HISTORY).path("content");
        List<IntegrationField> fields = SrValues.propertyFields(r.get(PROPERTIES).path("content"), ctx, "ats_applications");
        String reason = null;
        if ("REJECTED".equals(status)) {
            reason = text(a.path("reasonOfRejection").path("label"));
        } else if ("WITHDRAWN".equals(status)) {
            reason = text(a.path("reasonOfWithdrawal").path("label"));
        }
        String stageRemoteId = CandidateStatuses.stageRemoteId(status != null ? status : rawStatus, subStatus);
        return new Application(ctx.id("ats_applications", r.remoteId()), r.remoteId(),
                CandidateStatuses.outcome(status),
                reason,
                CandidateStatuses.isRejection(status) ? enteredCurrentStatus(history, status) : null,
                ctx.id("ats_application_stages", stageRemoteId),
                ctx.id("ats_jobs", jobId),
                ctx.id("ats_candidates", candidateId),
                null,
                CustomFields.of(fields, ctx.customFieldKeys("applications")),
                fields,
                text(a.path("url")) != null && text(a.path("url")).startsWith("http") ? text(a.path("url")) : null,
                created(history),
                latest(history));
    }

    /** When the application last entered {@code status} (latest history entry with it). */
    static Instant enteredCurrentStatus(JsonNode history, String status) {
        Instant t = null;
        for (JsonNode h : history) {
            if (status.equals(CandidateStatuses.normalize(text(h.path("status"))))) {
                Instant c = SrValues.instant(h.path("changedOn"));
                if (c != null && (t == null || c.isAfter(t))) {
                    t = c;
                }
            }
        }
        return t;
    }

    static Instant created(JsonNode history) {
        Instant firstAny = null;
        Instant firstApplied = null;
        for (JsonNode h : history) {
            Instant c = SrValues.instant(h.path("changedOn"));
            if (c == null) {
                continue;
            }
            if (firstAny == null || c.isBefore(firstAny)) {
                firstAny = c;
            }
            if (!"LEAD".equals(CandidateStatuses.normalize(text(h.path("status"))))
                    && (firstApplied == null || c.isBefore(firstApplied))) {
                firstApplied = c;
            }
        }
        return firstApplied != null ? firstApplied : firstAny;
    }

    static Instant latest(JsonNode history) {
        Instant t = null;
        for (JsonNode h : history) {
            Instant c = SrValues.instant(h.path("changedOn"));
            if (c != null && (t == null || c.isAfter(t))) {
                t = c;
            }
        }
        return t;
    }
}
