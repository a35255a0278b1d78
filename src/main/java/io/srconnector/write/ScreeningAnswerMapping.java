package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.api.ApiException;
import io.srconnector.json.Json;
import io.srconnector.persistence.UnifiedIds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Kombo's {@code screening_question_answers[{question_id, answer}]} → the Application API's
 * {@code answers[{id, records[{fields{<fieldId>: [values]}}]}]}, checked against the posting's configuration
 * ({@code GET /postings/{uuid}/configuration}, read live; field-mapping §7.1):
 * <ul>
 *   <li>{@code question_id}: the Kombo id of the question ({@code UnifiedIds.of(integration,
 *       "ats_screening_questions", questionId)}), {@code remote:<questionId>} or the question id itself; a question
 *       that is not on the job's posting answers 404;</li>
 *   <li>single-field questions only: {@code INPUT_TEXT}/{@code TEXTAREA} take a string, {@code SINGLE_SELECT}/
 *       {@code RADIO} an option (its value id, {@code remote:<value id>} or its exact label), {@code MULTI_SELECT}
 *       (and a {@code CHECKBOX} with options) an array of options, a {@code CHECKBOX} without options a boolean
 *       (sent as {@code "true"}/{@code "false"}); a wrong answer type answers 400 naming the answer;</li>
 *   <li>questions SmartRecruiters' mapping does not cover (several fields, repeatable, information only) are not
 *       submitted and a warning says so (Kombo: "unsupported ones will not be submitted").</li>
 * </ul>
 */
public final class ScreeningAnswerMapping {

    /** One answer of the request: its position, question id and answer value. */
    public record Given(int index, String questionId, JsonNode answer) {
    }

    private ScreeningAnswerMapping() {
    }

    /** Reads {@code screening_question_answers[]} (shape only; ids are checked against the posting later). */
    public static List<Given> parse(JsonNode body) {
        List<Given> out = new ArrayList<>();
        List<JsonNode> items = Fields.optionalArray(body, "screening_question_answers", "screening_question_answers", 200);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String p = "screening_question_answers[" + i + "]";
            if (!items.get(i).isObject()) {
                throw ApiException.invalid(p, "must be an object");
            }
            String q = Fields.requiredText(items.get(i), "question_id", p + ".question_id", 200);
            JsonNode a = items.get(i).get("answer");
            if (a == null || a.isNull()) {
                throw ApiException.invalid(p + ".answer", "is required");
            }
            if (!seen.add(q)) {
                throw ApiException.invalid(p + ".question_id", "question '" + q + "' is answered twice");
            }
            out.add(new Given(i, q, a));
        }
        return out;
    }

    /** The Application API {@code answers} array. */
    public static ArrayNode map(String integrationId, JsonNode configuration, List<Given> given, Warnings warnings) {
        ArrayNode out = Json.mapper().createArrayNode();
        for (Given g : given) {
            String p = "screening_question_answers[" + g.index() + "]";
            JsonNode q = question(integrationId, configuration, g.questionId());
            if (q == null) {
                throw ApiException.notFound(p + ".question_id", g.questionId());
            }
            List<JsonNode> fields = new ArrayList<>();
            q.path("fields").forEach(f -> {
                if (!"INFORMATION".equals(f.path("type").asText())) {
                    fields.add(f);
                }
            });
            if (fields.size() != 1 || q.path("repeatable").asBoolean(false)) {
                warnings.add("Screening question '" + q.path("label").asText(q.path("id").asText())
                        + "' has a format the SmartRecruiters mapping does not support; its answer was not submitted.");
                continue;
            }
            JsonNode f = fields.get(0);
            ArrayNode values = values(f, g.answer(), p + ".answer");
            ObjectNode a = out.addObject();
            a.put("id", q.path("id").asText());
            a.putArray("records").addObject().putObject("fields").set(f.path("id").asText(), values);
        }
        return out;
    }

    private static JsonNode question(String integrationId, JsonNode configuration, String wanted) {
        for (JsonNode q : configuration.path("questions")) {
            String id = q.path("id").asText();
            if (id.equals(wanted) || wanted.equals(RecordRefs.REMOTE_PREFIX + id)
                    || UnifiedIds.of(integrationId, "ats_screening_questions", id).equals(wanted)) {
                return q;
            }
        }
        return null;
    }

    private static ArrayNode values(JsonNode field, JsonNode answer, String path) {
        ArrayNode out = Json.mapper().createArrayNode();
        String type = field.path("type").asText();
        boolean hasOptions = field.path("values").isArray() && !field.path("values").isEmpty();
        switch (type) {
            case "INPUT_TEXT", "TEXTAREA" -> {
                if (!answer.isTextual() || answer.asText().isBlank()) {
                    throw ApiException.invalid(path, "must be a non-blank string (text question)");
                }
                out.add(answer.asText());
            }
            case "SINGLE_SELECT", "RADIO" -> {
                if (!answer.isTextual()) {
                    throw ApiException.invalid(path, "must be the id of one option (single-select question)");
                }
                out.add(option(field, answer.asText(), path));
            }
            case "MULTI_SELECT" -> multi(field, answer, path, out);
            case "CHECKBOX" -> {
                if (hasOptions) {
                    multi(field, answer, path, out);
                } else {
                    if (!answer.isBoolean()) {
                        throw ApiException.invalid(path, "must be true or false (yes/no question)");
                    }
                    out.add(answer.asBoolean() ? "true" : "false");
                }
            }
            default -> throw ApiException.invalid(path, "question type " + type + " cannot be answered");
        }
        return out;
    }

    private static void multi(JsonNode field, JsonNode answer, String path, ArrayNode out) {
        if (!answer.isArray() || answer.isEmpty()) {
            throw ApiException.invalid(path, "must be a non-empty array of option ids (multi-select question)");
        }
        for (JsonNode v : answer) {
            if (!v.isTextual()) {
                throw ApiException.invalid(path, "must be an array of option ids");
            }
            out.add(option(field, v.asText(), path));
        }
    }

    private static String option(JsonNode field, String given, String path) {
        for (JsonNode v : field.path("values")) {
            String id = v.path("id").asText();
            if (id.equals(given) || given.equals(RecordRefs.REMOTE_PREFIX + id) || given.equals(v.path("label").asText(null))) {
                return id;
            }
        }
        throw ApiException.invalid(path, "'" + given + "' is not an option of the question");
    }
}
