package io.srconnector.write.quirks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.api.ApiException;
import io.srconnector.json.Json;

/**
 * SmartRecruiters quirk (coverage sheet, Create candidate): an experience entry must have a {@code title} and a
 * {@code startDate} (Application API {@code Employment}: both required, dates {@code yyyy-MM-dd};
 * smartrecruiters-api.md §5). Kombo has only {@code candidate.company} and {@code candidate.title} (the current
 * position), so: with only a company the title is {@code "-"}, and the start date is {@code 2100-01-01} unless the
 * caller gives one through {@code remote_fields.smartrecruiters.candidate.experience[0].startDate}. The entry is
 * marked {@code current} (it is the candidate's current position). Without company and title no entry is sent.
 * Invariant W3 in {@code docs/smartrecruiters-invariants.md}.
 */
public final class ExperiencePlaceholder {
    /** Title used when only a company is given. */
    public static final String NO_TITLE = "-";
    /** Start date used when none is given. */
    public static final String NO_START_DATE = "2100-01-01";

    private ExperiencePlaceholder() {
    }

    /**
     * The experience entry, or null when neither company nor title is given.
     *
     * @param srCandidateOverrides {@code remote_fields.smartrecruiters.candidate}, or null
     * @throws ApiException 400 when the override's start date is not {@code yyyy-MM-dd}
     */
    public static ObjectNode entry(String company, String title, JsonNode srCandidateOverrides) {
        if (company == null && title == null) {
            return null;
        }
        ObjectNode e = Json.mapper().createObjectNode();
        e.put("title", title != null ? title : NO_TITLE);
        if (company != null) {
            e.put("company", company);
        }
        e.put("current", true);
        e.put("startDate", startDate(srCandidateOverrides));
        return e;
    }

    private static String startDate(JsonNode overrides) {
        JsonNode given = overrides == null ? null : overrides.path("experience").path(0).get("startDate");
        if (given == null || given.isNull()) {
            return NO_START_DATE;
        }
        if (!given.isTextual() || !given.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw ApiException.invalid("remote_fields.smartrecruiters.candidate.experience[0].startDate",
                    "must be a date yyyy-MM-dd");
        }
        return given.asText();
    }
}
