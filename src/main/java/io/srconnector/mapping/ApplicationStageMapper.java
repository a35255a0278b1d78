package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.model.ApplicationStage;
import io.srconnector.persistence.Mapped;
import io.srconnector.sync.RemoteRecord;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.srconnector.mapping.SrValues.text;

/**
 * SmartRecruiters hiring processes ({@code GET /configuration/hiring-processes}) → the one global list of unified
 * application stages (field-mapping §5): the fixed statuses in hiring order, each of IN_REVIEW, INTERVIEW and OFFERED
 * followed by its sub-statuses (de-duplicated by label across processes, active processes first). SmartRecruiters
 * does not link a job to its hiring process, so every job shows this list. Terminal statuses are stages too, so
 * every application has a current stage; {@code global_index} is the 0-based position.
 */
@Component("applicationStageMapper")
public class ApplicationStageMapper extends RecordMapper<ApplicationStage> {
    public static final String LIST = "/configuration/hiring-processes";

    @Override
    public List<Mapped<ApplicationStage>> toUnified(List<RemoteRecord> processes, MappingContext ctx) {
        List<JsonNode> ordered = new ArrayList<>();
        processes.stream().map(p -> p.get(LIST)).filter(p -> p.path("active").asBoolean(true)).forEach(ordered::add);
        processes.stream().map(p -> p.get(LIST)).filter(p -> !p.path("active").asBoolean(true)).forEach(ordered::add);
        Map<String, Set<String>> subs = new LinkedHashMap<>();
        Map<String, JsonNode> firstProcess = new LinkedHashMap<>();
        for (JsonNode p : ordered) {
            p.path("subStatuses").fields().forEachRemaining(e -> {
                String status = CandidateStatuses.normalize(e.getKey());
                if (status == null || !CandidateStatuses.WITH_SUB_STATUSES.contains(status)) {
                    return;
                }
                for (JsonNode s : e.getValue()) {
                    String label = text(s);
                    if (label != null && subs.computeIfAbsent(status, k -> new LinkedHashSet<>()).add(label)) {
                        firstProcess.put(status + "|" + label, p);
                    }
                }
            });
        }
        List<Mapped<ApplicationStage>> out = new ArrayList<>();
        for (String status : CandidateStatuses.ORDER) {
            out.add(stage(ctx, status, null, CandidateStatuses.label(status), out.size(), null));
            for (String sub : subs.getOrDefault(status, Set.of())) {
                out.add(stage(ctx, status, sub, sub, out.size(), firstProcess.get(status + "|" + sub)));
            }
        }
        return out;
    }

    private static Mapped<ApplicationStage> stage(MappingContext ctx, String status, String sub, String name,
                                                  int index, JsonNode process) {
        String remoteId = CandidateStatuses.stageRemoteId(status, sub);
        var raw = Json.mapper().createObjectNode().put("status", status).put("subStatus", sub);
        if (process != null) {
            raw.put("hiringProcessId", text(process.path("id"))).put("hiringProcessName", text(process.path("name")));
        }
        var remoteData = Json.mapper().createObjectNode();
        remoteData.set(LIST, raw);
        return new Mapped<>(new ApplicationStage(ctx.id("ats_application_stages", remoteId), remoteId, name, index),
                remoteData);
    }
}
