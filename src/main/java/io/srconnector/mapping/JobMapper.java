package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.model.IntegrationField;
import io.srconnector.model.Job;
import io.srconnector.sync.RemoteRecord;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static io.srconnector.mapping.SrValues.text;

/**
 * SmartRecruiters job → unified job (field-mapping §2). Sources: {@code GET /jobs} (list item),
 * {@code GET /jobs/{id}} (JobDetails) and {@code GET /jobs/{id}/status/history} (for {@code opened_at}).
 * Job templates ({@code template: true}) are not jobs and are skipped.
 */
@Component("jobMapper")
public class JobMapper extends PerRecordMapper<Job> {
    public static final String LIST = "/jobs";
    public static final String DETAILS = "/jobs/{id}";
    public static final String HISTORY = "/jobs/{id}/status/history";
    private static final String[] SECTIONS = {"companyDescription", "jobDescription", "qualifications",
            "additionalInformation"};

    @Override
    public Job toUnified(RemoteRecord r, MappingContext ctx) {
        JsonNode d = r.has(DETAILS) ? r.get(DETAILS) : r.get(LIST);
        if (d.path("template").asBoolean(false)) {
            return null;
        }
        List<IntegrationField> fields = SrValues.propertyFields(d.path("properties"), ctx, "ats_jobs");
        JsonNode comp = d.path("compensation");
        JsonNode type = d.path("typeOfEmployment");
        JsonNode loc = d.path("location");
        return new Job(ctx.id("ats_jobs", r.remoteId()), r.remoteId(),
                text(d.path("title")),
                text(d.path("refNumber")),
                description(d.path("jobAd").path("sections")),
                null,
                null,
                JobEnums.employmentType(text(type.path("label")), text(type.path("id"))),
                JobEnums.status(text(d.path("status"))),
                JobEnums.visibility(text(d.path("postingStatus"))),
                text(d.path("function").path("label")) != null ? text(d.path("function").path("label"))
                        : text(d.path("industry").path("label")),
                text(d.path("department").path("label")),
                text(d.path("actions").path("applyOnWeb").path("url")),
                text(d.path("experienceLevel").path("label")) != null ? text(d.path("experienceLevel").path("label"))
                        : text(d.path("experienceLevel").path("id")),
                loc.path("remote").asBoolean(false) ? "REMOTE" : null,
                null,
                decimal(comp.path("min")),
                decimal(comp.path("max")),
                text(comp.path("currency")),
                null,
                SrValues.location(loc),
                CustomFields.of(fields, ctx.customFieldKeys("jobs")),
                fields,
                null,
                openedAt(r.get(HISTORY)),
                null,
                SrValues.instant(d.path("createdOn")),
                SrValues.instant(d.path("updatedOn")),
                null);
    }

    /** The job ad sections, in SmartRecruiters' order, as {@code <h3>title</h3>text} (text is already HTML). */
    static String description(JsonNode sections) {
        StringBuilder sb = new StringBuilder();
        for (String key : SECTIONS) {
            JsonNode s = sections.path(key);
            String body = text(s.path("text"));
            if (body == null) {
                continue;
            }
            String title = text(s.path("title"));
            if (title != null) {
                sb.append("<h3>").append(title).append("</h3>");
            }
            sb.append(body);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** The earliest time the job entered SOURCING, from its status history; null if it never did. */
    static Instant openedAt(JsonNode history) {
        Instant first = null;
        for (JsonNode h : history.path("content")) {
            if ("SOURCING".equals(text(h.path("status")))) {
                Instant t = SrValues.instant(h.path("changedOn"));
                if (t != null && (first == null || t.isBefore(first))) {
                    first = t;
                }
            }
        }
        return first;
    }

    private static BigDecimal decimal(JsonNode n) {
        return n.isNumber() ? n.decimalValue() : null;
    }
}
