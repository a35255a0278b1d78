package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.json.Json;
import io.srconnector.write.quirks.CountryCodes;
import io.srconnector.write.quirks.ExperiencePlaceholder;

import java.net.URI;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Builds SmartRecruiters' create bodies from a {@link CreateInput} (smartrecruiters-api.md §5):
 * <ul>
 *   <li>{@link #applyRequest}: the Application API's {@code ApplyApiRequest} for
 *       {@code POST /postings/{uuid}/candidates} — names, e-mail, phone, {@code location{city, countryCode, country,
 *       region}} (sent only with a city: the Application API requires it), {@code web}, {@code experience} (with
 *       {@link ExperiencePlaceholder}), {@code sourceDetails}, {@code resume} (the first CV, base64),
 *       {@code answers}, {@code consent};</li>
 *   <li>{@link #candidateInput}: the Customer API's {@code CandidateInput} for {@code POST /jobs/{jobId}/candidates} —
 *       the same fields without files, answers and consent.</li>
 * </ul>
 * Social links go to {@code web} by host (LinkedIn, Facebook, Twitter/X, else website; further links are reported
 * in {@code warnings}). Finally {@code remote_fields.smartrecruiters.candidate} is merged in (objects merged key by
 * key, array items by position, other values replaced), so a caller can set any SmartRecruiters field.
 */
public final class SrCandidateBodies {

    private SrCandidateBodies() {
    }

    /** The Application API body; {@code resume} is the first CV (or null), {@code answers} may be null. */
    public static ObjectNode applyRequest(CreateInput in, ObjectNode sourceDetails, Attachment resume, ArrayNode answers,
                                          Warnings warnings) {
        ObjectNode b = common(in, sourceDetails, warnings, true);
        if (resume != null) {
            ObjectNode r = b.putObject("resume");
            r.put("fileName", resume.name());
            r.put("mimeType", resume.contentType());
            r.put("fileContent", Base64.getEncoder().encodeToString(resume.bytes()));
        }
        if (answers != null && !answers.isEmpty()) {
            b.set("answers", answers);
        }
        if (in.consent() != null) {
            b.put("consent", in.consent());
        }
        return merge(b, in.srOverrides());
    }

    /** The Customer API body. */
    public static ObjectNode candidateInput(CreateInput in, ObjectNode sourceDetails, Warnings warnings) {
        return merge(common(in, sourceDetails, warnings, false), in.srOverrides());
    }

    private static ObjectNode common(CreateInput in, ObjectNode sourceDetails, Warnings warnings, boolean applyApi) {
        CreateInput.CandidateFields c = in.candidate();
        ObjectNode b = Json.mapper().createObjectNode();
        b.put("firstName", c.firstName());
        b.put("lastName", c.lastName());
        b.put("email", c.email());
        if (c.phone() != null) {
            b.put("phoneNumber", c.phone());
        }
        if (c.country() != null) {
            if (applyApi && c.city() == null) {
                warnings.add("candidate.location was not written: SmartRecruiters' Application API needs a city with "
                        + "the country.");
            } else {
                ObjectNode l = b.putObject("location");
                l.put("country", CountryCodes.name(c.country()));
                l.put("countryCode", CountryCodes.srCode(c.country()));
                if (c.state() != null) {
                    l.put("region", c.state());
                }
                if (c.city() != null) {
                    l.put("city", c.city());
                }
            }
        }
        ObjectNode web = web(c, warnings);
        if (web != null) {
            b.set("web", web);
        }
        ObjectNode exp = ExperiencePlaceholder.entry(c.company(), c.title(), in.srOverrides());
        if (exp != null) {
            b.putArray("experience").add(exp);
        }
        if (sourceDetails != null) {
            b.set("sourceDetails", sourceDetails);
        }
        return b;
    }

    private static ObjectNode web(CreateInput.CandidateFields c, Warnings warnings) {
        if (c.socialLinks().isEmpty()) {
            return null;
        }
        ObjectNode web = Json.mapper().createObjectNode();
        for (URI u : c.socialLinks()) {
            String host = u.getHost().toLowerCase(Locale.ROOT);
            String key = host.endsWith("linkedin.com") ? "linkedin"
                    : host.endsWith("facebook.com") ? "facebook"
                    : host.endsWith("twitter.com") || host.equals("x.com") || host.endsWith(".x.com") ? "twitter"
                    : "website";
            if (web.has(key)) {
                warnings.add("candidate.social_links: " + u + " was not written: SmartRecruiters keeps one " + key
                        + " link per candidate.");
            } else {
                web.put(key, u.toString());
            }
        }
        return web;
    }

    /** Merges {@code overrides} into {@code target} (objects by key, arrays by position, other values replaced). */
    public static ObjectNode merge(ObjectNode target, JsonNode overrides) {
        if (overrides == null || !overrides.isObject()) {
            return target;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = overrides.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = target.get(e.getKey());
            target.set(e.getKey(), mergeValue(existing, e.getValue()));
        }
        return target;
    }

    private static JsonNode mergeValue(JsonNode existing, JsonNode override) {
        if (existing != null && existing.isObject() && override.isObject()) {
            return merge(((ObjectNode) existing).deepCopy(), override);
        }
        if (existing != null && existing.isArray() && override.isArray()) {
            ArrayNode out = ((ArrayNode) existing).deepCopy();
            for (int i = 0; i < override.size(); i++) {
                if (i < out.size()) {
                    out.set(i, mergeValue(out.get(i), override.get(i)));
                } else {
                    out.add(override.get(i));
                }
            }
            return out;
        }
        return override.deepCopy();
    }
}
