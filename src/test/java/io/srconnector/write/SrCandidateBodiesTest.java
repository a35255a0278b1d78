package io.srconnector.write;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.json.Json;
import io.srconnector.write.quirks.StageTargets;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The SmartRecruiters create bodies built from a validated input. */
class SrCandidateBodiesTest {

    private static CreateInput input(String company, String title, String city, List<URI> links, String overrides) {
        return new CreateInput(new RecordRefs.JobRef("job-1", "K"), "job_id", (StageTargets.Target) null,
                new CreateInput.CandidateFields("Ana", "Tester", "ana@example.test", company, title, "+49 30 1",
                        city, "DE", null, links), List.of(), List.of(), null, true,
                overrides == null ? null : Json.read(overrides));
    }

    @Test
    void candidateInputCarriesEveryFieldSmartRecruitersTakes() {
        Warnings w = new Warnings();
        ObjectNode source = Json.mapper().createObjectNode().put("sourceTypeId", "OTHER").put("sourceId", "s1");
        ObjectNode b = SrCandidateBodies.candidateInput(input("Acme", null, "Berlin",
                List.of(URI.create("https://www.linkedin.com/in/ana"), URI.create("https://x.com/ana"),
                        URI.create("https://ana.dev"), URI.create("https://blog.ana.dev")), null), source, w);
        assertThat(Json.write(b)).isEqualTo("{\"firstName\":\"Ana\",\"lastName\":\"Tester\",\"email\":\"ana@example.test\","
                + "\"phoneNumber\":\"+49 30 1\",\"location\":{\"country\":\"Germany\",\"countryCode\":\"de\",\"city\":\"Berlin\"},"
                + "\"web\":{\"linkedin\":\"https://www.linkedin.com/in/ana\",\"twitter\":\"https://x.com/ana\",\"website\":\"https://ana.dev\"},"
                + "\"experience\":[{\"title\":\"-\",\"company\":\"Acme\",\"current\":true,\"startDate\":\"2100-01-01\"}],"
                + "\"sourceDetails\":{\"sourceTypeId\":\"OTHER\",\"sourceId\":\"s1\"}}");
        assertThat(w.messages()).singleElement().asString().contains("https://blog.ana.dev");
    }

    @Test
    void applyRequestNeedsACityForTheLocationAndCarriesResumeAndConsent() {
        Warnings w = new Warnings();
        Attachment cv = new Attachment("CV Ünïcødé.pdf", "application/pdf", "CV", new byte[]{1, 2, 3});
        ObjectNode b = SrCandidateBodies.applyRequest(input(null, "Dev", null, List.of(), null), null, cv, null, w);
        assertThat(b.has("location")).isFalse();
        assertThat(w.messages()).singleElement().asString().contains("needs a city");
        assertThat(b.get("resume").get("fileName").asText()).isEqualTo("CV Ünïcødé.pdf");
        assertThat(b.get("resume").get("fileContent").asText()).isEqualTo("AQID");
        assertThat(b.get("consent").asBoolean()).isTrue();
        assertThat(b.get("experience").get(0).get("title").asText()).isEqualTo("Dev");
    }

    @Test
    void remoteFieldsMergeIntoTheBody() {
        ObjectNode b = SrCandidateBodies.candidateInput(input("Acme", "CTO", "Berlin", List.of(),
                "{\"experience\":[{\"startDate\":\"2019-04-01\",\"description\":\"Built it\"}],\"internal\":true,"
                        + "\"location\":{\"region\":\"Berlin\"}}"), null, new Warnings());
        assertThat(b.get("experience").get(0).get("startDate").asText()).isEqualTo("2019-04-01");
        assertThat(b.get("experience").get(0).get("description").asText()).isEqualTo("Built it");
        assertThat(b.get("experience").get(0).get("company").asText()).isEqualTo("Acme");
        assertThat(b.get("internal").asBoolean()).isTrue();
        assertThat(b.get("location").get("city").asText()).isEqualTo("Berlin");
        assertThat(b.get("location").get("region").asText()).isEqualTo("Berlin");
    }
}
