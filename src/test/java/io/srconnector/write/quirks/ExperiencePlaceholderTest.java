package io.srconnector.write.quirks;

import io.srconnector.api.ApiException;
import io.srconnector.json.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Experience needs a title and a start date: '-' and 2100-01-01 unless given through remote_fields. */
class ExperiencePlaceholderTest {

    @Test
    void companyOnlyGetsTheDashTitleAndThePlaceholderStartDate() {
        assertThat(Json.write(ExperiencePlaceholder.entry("Acme", null, null)))
                .isEqualTo("{\"title\":\"-\",\"company\":\"Acme\",\"current\":true,\"startDate\":\"2100-01-01\"}");
    }

    @Test
    void titleOnlyKeepsTheTitleWithoutCompany() {
        assertThat(Json.write(ExperiencePlaceholder.entry(null, "Engineer", null)))
                .isEqualTo("{\"title\":\"Engineer\",\"current\":true,\"startDate\":\"2100-01-01\"}");
    }

    @Test
    void remoteFieldsGiveTheStartDate() {
        var overrides = Json.read("{\"experience\":[{\"startDate\":\"2019-04-01\"}]}");
        assertThat(ExperiencePlaceholder.entry("Acme", "CTO", overrides).get("startDate").asText()).isEqualTo("2019-04-01");
    }

    @Test
    void noCompanyAndNoTitleMeansNoExperience() {
        assertThat(ExperiencePlaceholder.entry(null, null, null)).isNull();
    }

    @Test
    void aMalformedStartDateIsRefused() {
        var overrides = Json.read("{\"experience\":[{\"startDate\":\"April 2019\"}]}");
        assertThatThrownBy(() -> ExperiencePlaceholder.entry("Acme", null, overrides))
                .isInstanceOf(ApiException.class)
                .hasMessageStartingWith("remote_fields.smartrecruiters.candidate.experience[0].startDate:");
    }
}
