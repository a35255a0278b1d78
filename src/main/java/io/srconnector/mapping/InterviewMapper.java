package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.model.Interview;
import io.srconnector.model.Location;
import io.srconnector.sync.RemoteRecord;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static io.srconnector.mapping.SrValues.text;

/**
 * SmartRecruiters interview ({@code GET /interviews-api/v201904/interviews?applicationId=} item:
 * {@code {id, candidate{id}, jobId, location, organizerId, timezone, timeslots[{title, interviewType, place, startsOn,
 * endsOn, interviewers[]}], createdOn}}) → unified interview (field-mapping §10). One unified interview per
 * SmartRecruiters interview, its timeslots summarised:
 * <ul>
 *   <li>{@code title}: the earliest timeslot's {@code title}, else its {@code interviewType};</li>
 *   <li>{@code starting_at} / {@code ending_at}: earliest {@code startsOn} / latest {@code endsOn};</li>
 *   <li>{@code location}: {@code {raw: location}} from the interview's free-text location, else from the first
 *       timeslot {@code place} that is not a link; {@code video_conferencing_url}: the first {@code http(s)} place;</li>
 *   <li>{@code application_id}: the application (candidate, job) — SmartRecruiters lists interviews per
 *       application;</li>
 *   <li>{@code canceled}: false — SmartRecruiters deletes interviews instead of cancelling them, so a listed interview
 *       is not cancelled; {@code stage_id} and {@code remote_updated_at}: no source (null).</li>
 * </ul>
 */
@Component("interviewMapper")
public class InterviewMapper extends PerRecordMapper<Interview> {
    /** remote_data key of one interview (an item of the per-application list). */
    public static final String ITEM = "/interviews-api/v201904/interviews";

    @Override
    public Interview toUnified(RemoteRecord r, MappingContext ctx) {
        JsonNode i = r.get(ITEM);
        JsonNode first = null;
        Instant start = null;
        Instant end = null;
        String videoUrl = null;
        String place = null;
        for (JsonNode t : i.path("timeslots")) {
            Instant s = SrValues.instant(t.path("startsOn"));
            Instant e = SrValues.instant(t.path("endsOn"));
            if (first == null || (s != null && (start == null || s.isBefore(start)))) {
                first = t;
            }
            if (s != null && (start == null || s.isBefore(start))) {
                start = s;
            }
            if (e != null && (end == null || e.isAfter(end))) {
                end = e;
            }
            String p = text(t.path("place"));
            if (p != null && isLink(p)) {
                videoUrl = videoUrl == null ? p : videoUrl;
            } else if (p != null && place == null) {
                place = p;
            }
        }
        String location = text(i.path("location"));
        if (location != null && isLink(location)) {
            videoUrl = videoUrl == null ? location : videoUrl;
            location = null;
        }
        String raw = location != null ? location : place;
        String title = first == null ? null
                : text(first.path("title")) != null ? text(first.path("title")) : text(first.path("interviewType"));
        String candidateId = text(i.path("candidate").path("id"));
        String jobId = text(i.path("jobId"));
        if (candidateId == null || jobId == null) {
            candidateId = r.var("candidateId");
            jobId = r.var("jobId");
        }
        return new Interview(ctx.id("ats_interviews", r.remoteId()), r.remoteId(), title, start, end,
                raw == null ? null : new Location(null, null, raw, null, null, null, null),
                candidateId == null || jobId == null ? null : ctx.id("ats_applications", candidateId + ":" + jobId),
                null, false, videoUrl, SrValues.instant(i.path("createdOn")), null);
    }

    static boolean isLink(String s) {
        String l = s.trim().toLowerCase(java.util.Locale.ROOT);
        return (l.startsWith("https://") || l.startsWith("http://")) && !l.contains(" ");
    }
}
