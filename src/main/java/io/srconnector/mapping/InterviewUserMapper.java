package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.model.InterviewUser;
import io.srconnector.persistence.Mapped;
import io.srconnector.sync.RemoteRecord;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static io.srconnector.mapping.SrValues.text;

/**
 * SmartRecruiters interviewers ({@code timeslots[].interviewers[].id}, user ids) → join rows
 * {@code ats_join_interviews_users} (field-mapping §11): one row per distinct interviewer over all timeslots of the
 * interview. The interviewer's answer ({@code status}) and the organizer have no unified field (remote_data of the
 * interview keeps them).
 */
@Component("interviewUserMapper")
public class InterviewUserMapper extends RecordMapper<InterviewUser> {

    @Override
    public List<Mapped<InterviewUser>> toUnified(List<RemoteRecord> interviews, MappingContext ctx) {
        List<Mapped<InterviewUser>> out = new ArrayList<>();
        for (RemoteRecord r : interviews) {
            String interviewId = ctx.id("ats_interviews", r.remoteId());
            Set<String> users = new LinkedHashSet<>();
            for (JsonNode t : r.get(InterviewMapper.ITEM).path("timeslots")) {
                for (JsonNode who : t.path("interviewers")) {
                    String id = text(who.path("id"));
                    if (id != null) {
                        users.add(id);
                    }
                }
            }
            for (String u : users) {
                String userId = ctx.id("ats_users", u);
                out.add(new Mapped<>(new InterviewUser(ctx.id("ats_join_interviews_users", interviewId + ":" + userId),
                        interviewId, userId), null));
            }
        }
        return out;
    }
}
