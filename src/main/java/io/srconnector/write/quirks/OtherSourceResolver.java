package io.srconnector.write.quirks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.http.SmartRecruitersRequester;
import io.srconnector.http.SrRequest;
import io.srconnector.json.Json;
import io.srconnector.paging.OffsetPaginator;
import io.srconnector.write.SrWrites;
import io.srconnector.write.Warnings;

import java.util.Locale;

/**
 * SmartRecruiters quirk (coverage sheet, {@code source.name}): a source can only be written if the customer has set
 * it up — and only one of type OTHER is used. The name is looked up exactly (case-sensitive) among the values of the
 * source type OTHER ({@code GET /configuration/sources} → the type with id {@code OTHER}, then
 * {@code GET /configuration/sources/{typeId}/values}, offset-paged, §4.11) and sent as
 * {@code sourceDetails {sourceTypeId, sourceSubTypeId, sourceId}}. When no name is given, or the name is not such a
 * source, the integration's default source (integration setting {@code default_source}, else
 * {@code connector.write.default-source}, "API") is looked up the same way and used — and the answer's
 * {@code warnings} say which source was used instead of the given one. When even the default does not exist, no
 * {@code sourceDetails} are sent (SmartRecruiters then records its own "API" source). Invariant W4 in
 * {@code docs/smartrecruiters-invariants.md}.
 */
public final class OtherSourceResolver {
    /** The source type whose values may be written. */
    public static final String OTHER = "OTHER";

    private OtherSourceResolver() {
    }

    /**
     * The {@code sourceDetails} to send, or null.
     *
     * @param name          {@code source.name} of the request, or null
     * @param defaultSource the integration's default source name
     */
    public static ObjectNode resolve(SrWrites sr, SmartRecruitersRequester requester, String integrationId, String name,
                                     String defaultSource, Warnings warnings) {
        JsonNode types = sr.get(integrationId, "/configuration/sources", "read the source types");
        String typeId = null;
        for (JsonNode t : types.path("content")) {
            String id = t.path("id").asText("");
            if (id.equalsIgnoreCase(OTHER) || typeId == null && t.path("label").asText("").toUpperCase(Locale.ROOT).equals(OTHER)) {
                typeId = id;
            }
        }
        if (typeId == null || !typeId.matches("[A-Za-z0-9._~-]+")) {
            if (name != null) {
                warnings.add("source.name '" + name + "' was not written: the SmartRecruiters account has no source "
                        + "type OTHER; SmartRecruiters' default source applies.");
            }
            return null;
        }
        if (name != null) {
            ObjectNode found = find(sr, requester, integrationId, typeId, name);
            if (found != null) {
                return found;
            }
        }
        ObjectNode fallback = defaultSource == null || defaultSource.isBlank() ? null
                : find(sr, requester, integrationId, typeId, defaultSource);
        if (name != null) {
            warnings.add("source.name '" + name + "' is not a SmartRecruiters source of type OTHER; "
                    + (fallback != null ? "the integration's default source '" + defaultSource + "' was used."
                    : "the default source '" + defaultSource + "' does not exist either, so SmartRecruiters' own "
                    + "default applies."));
        }
        return fallback;
    }

    private static ObjectNode find(SrWrites sr, SmartRecruitersRequester requester, String integrationId,
                                   String typeId, String name) {
        ObjectNode[] hit = {null};
        try {
            new OffsetPaginator(requester, 100).paginate(
                    SrRequest.get(integrationId, "/configuration/sources/" + typeId + "/values"), null, 100, page -> {
                        for (JsonNode v : page.items()) {
                            if (hit[0] == null && name.equals(v.path("label").asText(null))) {
                                ObjectNode d = Json.mapper().createObjectNode();
                                d.put("sourceTypeId", typeId);
                                String sub = v.path("sourceSubType").path("id").asText(null);
                                if (sub != null) {
                                    d.put("sourceSubTypeId", sub);
                                }
                                d.put("sourceId", v.path("id").asText());
                                hit[0] = d;
                            }
                        }
                    });
        } catch (io.srconnector.http.SmartRecruitersException e) {
            throw io.srconnector.write.SrWriteErrors.translate(e, "read the sources of type " + typeId);
        }
        return hit[0];
    }
}
