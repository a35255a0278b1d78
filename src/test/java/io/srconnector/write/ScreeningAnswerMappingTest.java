package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.api.ApiException;
import io.srconnector.json.Json;
import io.srconnector.persistence.UnifiedIds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Kombo answers → Application API answers, checked against the posting configuration (fixture from the SR examples). */
class ScreeningAnswerMappingTest {
    private static final JsonNode CONFIG = Json.read("""
            {"questions":[
              {"id":"q-text","label":"Why us?","repeatable":false,"fields":[{"id":"value","label":"Value","type":"TEXTAREA","required":false}]},
              {"id":"q-radio","label":"Licence?","repeatable":false,"fields":[{"id":"value","type":"RADIO","values":[{"id":"1","label":"Yes"},{"id":"0","label":"No"}]}]},
              {"id":"q-multi","label":"Tech","repeatable":false,"fields":[{"id":"value","type":"MULTI_SELECT","values":[{"id":"java","label":"Java"},{"id":"sql","label":"SQL"}]}]},
              {"id":"q-check","label":"I agree","repeatable":false,"fields":[{"id":"confirm","type":"CHECKBOX"}]},
              {"id":"q-lang","label":"Languages","repeatable":true,"fields":[{"id":"lang","type":"INPUT_TEXT"},{"id":"level","type":"SINGLE_SELECT","values":[{"id":"0","label":"Beginner"}]}]}
            ]}""");

    private static List<ScreeningAnswerMapping.Given> given(String json) {
        return ScreeningAnswerMapping.parse(Json.read("{\"screening_question_answers\":" + json + "}"));
    }

    @Test
    void everySupportedFormatMapsToRecordsOfFieldValues() {
        Warnings w = new Warnings();
        String kombo = UnifiedIds.of("int-1", "ats_screening_questions", "q-text");
        JsonNode out = ScreeningAnswerMapping.map("int-1", CONFIG, given("""
                [{"question_id":"%s","answer":"Because"},{"question_id":"remote:q-radio","answer":"Yes"},
                 {"question_id":"q-multi","answer":["java","remote:sql"]},{"question_id":"q-check","answer":true},
                 {"question_id":"q-lang","answer":"Deutsch"}]""".formatted(kombo)), w);
        assertThat(Json.write(out)).isEqualTo("[{\"id\":\"q-text\",\"records\":[{\"fields\":{\"value\":[\"Because\"]}}]},"
                + "{\"id\":\"q-radio\",\"records\":[{\"fields\":{\"value\":[\"1\"]}}]},"
                + "{\"id\":\"q-multi\",\"records\":[{\"fields\":{\"value\":[\"java\",\"sql\"]}}]},"
                + "{\"id\":\"q-check\",\"records\":[{\"fields\":{\"confirm\":[\"true\"]}}]}]");
        assertThat(w.messages()).singleElement().asString().contains("Languages");
    }

    @Test
    void wrongIdsAndAnswerTypesNameTheAnswer() {
        assertThatThrownBy(() -> ScreeningAnswerMapping.map("i", CONFIG, given("[{\"question_id\":\"nope\",\"answer\":\"x\"}]"),
                new Warnings())).isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.getMessage()).startsWith("screening_question_answers[0].question_id");
                });
        assertThatThrownBy(() -> ScreeningAnswerMapping.map("i", CONFIG, given("[{\"question_id\":\"q-radio\",\"answer\":\"Maybe\"}]"),
                new Warnings())).hasMessageStartingWith("screening_question_answers[0].answer: 'Maybe' is not an option");
        assertThatThrownBy(() -> ScreeningAnswerMapping.map("i", CONFIG, given("[{\"question_id\":\"q-check\",\"answer\":\"yes\"}]"),
                new Warnings())).hasMessageContaining("true or false");
        assertThatThrownBy(() -> ScreeningAnswerMapping.map("i", CONFIG, given("[{\"question_id\":\"q-text\",\"answer\":42}]"),
                new Warnings())).hasMessageContaining("non-blank string");
        assertThatThrownBy(() -> given("[{\"question_id\":\"q-text\",\"answer\":\"a\"},{\"question_id\":\"q-text\",\"answer\":\"b\"}]"))
                .hasMessageContaining("answered twice");
        assertThatThrownBy(() -> given("[{\"question_id\":\"q-text\"}]"))
                .hasMessage("screening_question_answers[0].answer: is required");
    }
}
