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

    public static QuestionFormat text(String displayType) {
        return new QuestionFormat("TEXT", displayType, null, null, null);
    }

    public static QuestionFormat singleSelect(String displayType, List<QuestionOption> options) {
        return new QuestionFormat("SINGLE_SELECT", displayType, null, options, null);
    }

    public static QuestionFormat multiSelect(List<QuestionOption> options) {
        return new QuestionFormat("MULTI_SELECT", null, null, options, null);
    }

    public static QuestionFormat of(String type) {
        return new QuestionFormat(type, null, null, null, null);
    }

    public static QuestionFormat unknown(JsonNode rawQuestion) {
        return new QuestionFormat("UNKNOWN", null, null, null, rawQuestion);
    }
}
