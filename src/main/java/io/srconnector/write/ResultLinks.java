package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.api.ApiException;
import io.srconnector.write.quirks.ResultLinkAsNote;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of Kombo's add-result-link actions, validated: {@code label} (required), {@code url} (required, absolute
 * http(s)), {@code details {custom_field_name_prefix, attributes[{key, value}]}} (optional; all strings). The text
 * it becomes in SmartRecruiters is built by {@link ResultLinkAsNote}.
 */
final class ResultLinks {

    private ResultLinks() {
    }

    /**
     * The note text of a result link body.
     *
     * @throws ApiException 400 naming the field
     */
    static String noteText(JsonNode body) {
        String label = Fields.requiredText(body, "label", "label", 500);
        String url = Fields.requiredText(body, "url", "url", 2000);
        Fields.httpUrl(url, "url");
        JsonNode details = Fields.optionalObject(body, "details", "details");
        String prefix = null;
        List<ResultLinkAsNote.Attribute> attributes = new ArrayList<>();
        if (details != null) {
            prefix = Fields.requiredText(details, "custom_field_name_prefix", "details.custom_field_name_prefix", 100);
            if (!details.has("attributes") || details.get("attributes").isNull()) {
                throw ApiException.invalid("details.attributes", "is required");
            }
            List<JsonNode> list = Fields.optionalArray(details, "attributes", "details.attributes", 100);
            for (int i = 0; i < list.size(); i++) {
                String p = "details.attributes[" + i + "]";
                if (!list.get(i).isObject()) {
                    throw ApiException.invalid(p, "must be an object");
                }
                attributes.add(new ResultLinkAsNote.Attribute(Fields.requiredText(list.get(i), "key", p + ".key", 200),
                        Fields.requiredText(list.get(i), "value", p + ".value", 1000)));
            }
        }
        String text = ResultLinkAsNote.text(label, url.trim(), prefix, attributes);
        if (text.length() > CandidateNotes.MAX_TEXT) {
            throw ApiException.invalid("details.attributes", "the result link is longer than a SmartRecruiters note ("
                    + CandidateNotes.MAX_TEXT + " characters)");
        }
        return text;
    }
}
