package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.json.Json;
import io.srconnector.model.JobRole;
import io.srconnector.model.JobUser;
import io.srconnector.persistence.Mapped;
import io.srconnector.sync.RemoteRecord;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.srconnector.mapping.SrValues.text;

/**
 * SmartRecruiters hiring team ({@code GET /jobs/{jobId}/hiring-team} → {@code content[{id (user id), role}]}) →
 * join rows {@code ats_join_jobs_users} (field-mapping §14): one row per (job, user) with every role the user has on
 * the job ({@link HiringTeamRoles}); remote_data keeps the user's hiring-team entries.
 */
@Component("hiringTeamMapper")
public class HiringTeamMapper extends RecordMapper<JobUser> {
    /** remote_data key of the job's hiring-team body on the records of the hiring-team stream. */
    public static final String HIRING_TEAM = "/jobs/{jobId}/hiring-team";

    @Override
    public List<Mapped<JobUser>> toUnified(List<RemoteRecord> jobs, MappingContext ctx) {
        List<Mapped<JobUser>> out = new ArrayList<>();
        for (RemoteRecord job : jobs) {
            String jobId = ctx.id("ats_jobs", job.var("jobId"));
            Map<String, List<JsonNode>> byUser = new LinkedHashMap<>();
            for (JsonNode m : job.get(HIRING_TEAM).path("content")) {
                String userId = text(m.path("id"));
                if (userId != null) {
                    byUser.computeIfAbsent(userId, k -> new ArrayList<>()).add(m);
                }
            }
            byUser.forEach((remoteUserId, entries) -> {
                List<JobRole> roles = new ArrayList<>();
                ArrayNode raw = Json.mapper().createArrayNode();
                for (JsonNode e : entries) {
                    raw.add(e);
                    String role = text(e.path("role"));
                    if (role != null && roles.stream().noneMatch(x -> x.remoteId().equals(role))) {
                        roles.add(HiringTeamRoles.jobRole(role));
                    }
                }
                String userId = ctx.id("ats_users", remoteUserId);
                ObjectNode remoteData = Json.mapper().createObjectNode();
                remoteData.set(HIRING_TEAM, raw);
                out.add(new Mapped<>(new JobUser(ctx.id("ats_join_jobs_users", jobId + ":" + userId), jobId, userId,
                        roles), remoteData));
            });
        }
        return out;
    }
}
