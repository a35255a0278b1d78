package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.model.Candidate;
import io.srconnector.model.IntegrationField;
import io.srconnector.model.PhoneNumber;
import io.srconnector.model.SocialMedia;
import io.srconnector.sync.RemoteRecord;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.srconnector.mapping.SrValues.text;

/**
 * SmartRecruiters candidate → unified candidate (field-mapping §4). Sources: {@code GET /candidates} (list item),
 * {@code GET /candidates/{id}} (CandidateDetails) and, for custom fields, the properties of the primary application
 * ({@code GET /candidates/{id}/jobs/{primaryJobId}/properties}): SmartRecruiters keeps candidate properties per
 * application, and the primary application's values stand for the candidate.
 */
@Component("candidateMapper")
public class CandidateMapper extends PerRecordMapper<Candidate> {
    public static final String LIST = "/candidates";
    public static final String DETAILS = "/candidates/{id}";
    public static final String PROPERTIES = "/candidates/{id}/jobs/{primaryJobId}/properties";

    @Override
    public Candidate toUnified(RemoteRecord r, MappingContext ctx) {
        JsonNode d = r.has(DETAILS) ? r.get(DETAILS) : r.get(LIST);
        JsonNode experience = currentExperience(d.path("experience"));
        List<IntegrationField> fields = SrValues.propertyFields(r.get(PROPERTIES).path("content"), ctx, "ats_candidates");
        Instant created = SrValues.instant(d.path("createdOn"));
        Instant updated = SrValues.instant(d.path("updatedOn"));
        return new Candidate(ctx.id("ats_candidates", r.remoteId()), r.remoteId(),
                text(d.path("firstName")),
                text(d.path("lastName")),
                experience == null ? null : text(experience.path("company")),
                experience == null ? null : text(experience.path("title")),
                null,
                text(d.path("primaryAssignment").path("source")),
                phones(d.path("phoneNumber")),
                SrValues.emails(d.path("email")),
                socialMedia(d.path("web")),
                SrValues.location(d.path("location")),
                CustomFields.of(fields, ctx.customFieldKeys("candidates")),
                fields,
                null,
                created,
                updated != null ? updated : created);
    }

    /**
     * The experience entry that stands for the candidate's current position: the first with {@code current=true},
     * else the one with the latest {@code startDate} (SmartRecruiters {@code When}: YYYY, YYYY-MM or YYYY-MM-dd).
     */
    static JsonNode currentExperience(JsonNode experience) {
        JsonNode best = null;
        String bestStart = null;
        for (JsonNode e : experience) {
            if (e.path("current").asBoolean(false)) {
                return e;
            }
            String start = padWhen(text(e.path("startDate")));
            if (best == null || (start != null && (bestStart == null || start.compareTo(bestStart) > 0))) {
                best = e;
                bestStart = start;
            }
        }
        return best;
    }

    private static String padWhen(String when) {
        if (when == null) {
            return null;
        }
        return when.length() == 4 ? when + "-00-00" : when.length() == 7 ? when + "-00" : when;
    }

    static List<PhoneNumber> phones(JsonNode phone) {
        String p = text(phone);
        return p == null ? List.of() : List.of(new PhoneNumber(p, null));
    }

    /** {@code web{linkedin, facebook, twitter, website, skype}} → one entry per non-empty key (skype as username). */
    static List<SocialMedia> socialMedia(JsonNode web) {
        List<SocialMedia> out = new ArrayList<>();
        for (String key : new String[]{"linkedin", "facebook", "twitter", "website"}) {
            String link = text(web.path(key));
            if (link != null) {
                out.add(new SocialMedia(link, key.toUpperCase(Locale.ROOT), null));
            }
        }
        String skype = text(web.path("skype"));
        if (skype != null) {
            out.add(new SocialMedia(null, "SKYPE", skype));
        }
        return out;
    }
}
