package io.srconnector.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * Kombo's screening-question {@code format}, one of its variants by {@code type}: TEXT ({@code display_type}
 * SINGLE_LINE/MULTI_LINE, {@code max_length}), SINGLE_SELECT ({@code display_type} DROPDOWN/RADIO, {@code options}),
 * MULTI_SELECT ({@code options}), BOOLEAN, INFORMATION, UNKNOWN ({@code raw_question}). Members a variant does not
 * have are left out of the JSON.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionFormat(String type, String displayType, Integer maxLength, List<QuestionOption> options,
                             JsonNode rawQuestion) {

    /** TEXT with a display type (SINGLE_LINE, MULTI_LINE). */
    public static QuestionFormat text(String displayType) {
        return new QuestionFormat("TEXT", displayType, null, null, null);
    }

    /** SINGLE_SELECT with a display type (DROPDOWN, RADIO) and its options. */
    public static QuestionFormat singleSelect(String displayType, List<QuestionOption> options) {
        return new QuestionFormat("SINGLE_SELECT", displayType, null, options, null);
    }

    /** MULTI_SELECT with its options. */
    public static QuestionFormat multiSelect(List<QuestionOption> options) {
        return new QuestionFormat("MULTI_SELECT", null, null, options, null);
    }

    /** A variant without members besides its type (BOOLEAN, DATE, INFORMATION). */
    public static QuestionFormat of(String type) {
        return new QuestionFormat(type, null, null, null, null);
    }

    /** UNKNOWN, carrying the SmartRecruiters question as {@code raw_question}. */
    public static QuestionFormat unknown(JsonNode rawQuestion) {
        return new QuestionFormat("UNKNOWN", null, null, null, rawQuestion);
    }
}
