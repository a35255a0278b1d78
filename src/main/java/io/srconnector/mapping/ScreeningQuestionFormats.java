package io.srconnector.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.model.QuestionFormat;
import io.srconnector.model.QuestionOption;

import java.util.ArrayList;
import java.util.List;

import static io.srconnector.mapping.SrValues.text;

/**
 * SmartRecruiters Application API screening questions ({@code ApplyConfiguration.questions[]}: {@code {id, label,
 * repeatable, fields[{id, label, type, required, complianceType, values[{id,label}]}]}}) → Kombo's question
 * {@code format} and per-job attributes (field-mapping §7.1, §15).
 * <ul>
 *   <li>Only a non-repeatable question with exactly one field has a unified format: INPUT_TEXT → TEXT SINGLE_LINE,
 *       TEXTAREA → TEXT MULTI_LINE, SINGLE_SELECT → SINGLE_SELECT DROPDOWN, RADIO → SINGLE_SELECT RADIO,
 *       MULTI_SELECT → MULTI_SELECT, CHECKBOX with at most one value → BOOLEAN (a "confirm" box), CHECKBOX with
 *       several values → MULTI_SELECT, INFORMATION → INFORMATION. Every other question (several fields, repeatable,
 *       unknown field type) is UNKNOWN with the SmartRecruiters question as {@code raw_question}.</li>
 *   <li>Option ids are Kombo ids hashed from (question id, field id, value id); {@code remote_id} is the value id.</li>
 *   <li>{@code category}: DEMOGRAPHIC when a field has {@code complianceType} DIVERSITY; SmartRecruiters marks no EEO
 *       questions in the configuration, so EEO is never produced.</li>
 *   <li>Preconditions come from {@code settings.conditionals[{parentQuestionId, fieldId, valueIds,
 *       conditionalQuestions}]} (only with {@code conditionalsIncluded=true}).</li>
 * </ul>
 */
public final class ScreeningQuestionFormats {
    /** The id namespace of select options (not a table: options are nested in the question's format). */
    static final String OPTIONS = "ats_screening_question_options";

    private ScreeningQuestionFormats() {
    }

    /** The unified format of a question. */
    public static QuestionFormat format(JsonNode question, MappingContext ctx) {
        JsonNode fields = question.path("fields");
        if (question.path("repeatable").asBoolean(false) || fields.size() != 1) {
            return QuestionFormat.unknown(question);
        }
        JsonNode f = fields.get(0);
        String type = text(f.path("type"));
        if (type == null) {
            return QuestionFormat.unknown(question);
        }
        return switch (type) {
            case "INPUT_TEXT" -> QuestionFormat.text("SINGLE_LINE");
            case "TEXTAREA" -> QuestionFormat.text("MULTI_LINE");
            case "SINGLE_SELECT" -> QuestionFormat.singleSelect("DROPDOWN", options(question, f, ctx));
            case "RADIO" -> QuestionFormat.singleSelect("RADIO", options(question, f, ctx));
            case "MULTI_SELECT" -> QuestionFormat.multiSelect(options(question, f, ctx));
            case "CHECKBOX" -> f.path("values").size() <= 1 ? QuestionFormat.of("BOOLEAN")
                    : QuestionFormat.multiSelect(options(question, f, ctx));
            case "INFORMATION" -> QuestionFormat.of("INFORMATION");
            default -> QuestionFormat.unknown(question);
        };
    }

    private static List<QuestionOption> options(JsonNode question, JsonNode field, MappingContext ctx) {
        List<QuestionOption> out = new ArrayList<>();
        String qid = text(question.path("id"));
        String fid = text(field.path("id"));
        for (JsonNode v : field.path("values")) {
            String vid = text(v.path("id"));
            if (vid == null) {
                continue;
            }
            String label = text(v.path("label"));
            out.add(new QuestionOption(optionId(ctx, qid, fid, vid), vid, label == null ? vid : label));
        }
        return out;
    }

    /** The Kombo id of a select option. */
    public static String optionId(MappingContext ctx, String questionId, String fieldId, String valueId) {
        return ctx.id(OPTIONS, questionId + ":" + fieldId + ":" + valueId);
    }

    /** DEMOGRAPHIC when any field is a DIVERSITY (compliance) field, else null. */
    public static String category(JsonNode question) {
        for (JsonNode f : question.path("fields")) {
            if ("DIVERSITY".equals(text(f.path("complianceType")))) {
                return "DEMOGRAPHIC";
            }
        }
        return null;
    }

    /** True when any field of the question must be answered. */
    public static boolean required(JsonNode question) {
        for (JsonNode f : question.path("fields")) {
            if (f.path("required").asBoolean(false)) {
                return true;
            }
        }
        return false;
    }

    /** A question's display condition: the parent question's Kombo id and the answers that show it. */
    public record Precondition(String questionId, List<Object> options) {
    }

    /**
     * The condition under which {@code questionId} is shown, from the configuration's
     * {@code settings.conditionals}; null when the question is always shown.
     * {@code options} are the parent's Kombo option ids, or {@code [true]}/{@code [false]} when the parent is a
     * BOOLEAN (single checkbox, whose checked value is "1").
     */
    public static Precondition precondition(JsonNode configuration, String questionId, MappingContext ctx) {
        for (JsonNode c : configuration.path("settings").path("conditionals")) {
            boolean applies = false;
            for (JsonNode q : c.path("conditionalQuestions")) {
                if (questionId.equals(text(q))) {
                    applies = true;
                    break;
                }
            }
            String parentId = text(c.path("parentQuestionId"));
            if (!applies || parentId == null) {
                continue;
            }
            JsonNode parent = question(configuration, parentId);
            String fieldId = text(c.path("fieldId"));
            if (fieldId == null && parent != null) {
                fieldId = text(parent.path("fields").path(0).path("id"));
            }
            boolean booleanParent = parent != null && "BOOLEAN".equals(format(parent, ctx).type());
            List<Object> options = new ArrayList<>();
            for (JsonNode v : c.path("valueIds")) {
                String vid = text(v);
                if (vid == null) {
                    continue;
                }
                if (booleanParent) {
                    options.add("1".equals(vid) || "true".equalsIgnoreCase(vid));
                } else {
                    options.add(optionId(ctx, parentId, fieldId, vid));
                }
            }
            return new Precondition(ctx.id("ats_screening_questions", parentId), options);
        }
        return null;
    }

    private static JsonNode question(JsonNode configuration, String id) {
        for (JsonNode q : configuration.path("questions")) {
            if (id.equals(text(q.path("id")))) {
                return q;
            }
        }
        return null;
    }
}
