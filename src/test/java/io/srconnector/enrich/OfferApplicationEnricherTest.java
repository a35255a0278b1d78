package io.srconnector.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.mapping.MappingContext;
import io.srconnector.mapping.OfferMapper;
import io.srconnector.model.Offer;
import io.srconnector.persistence.Mapped;
import io.srconnector.persistence.UnifiedIds;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.RowMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link OfferApplicationEnricher}: offers name a candidate and a job, the application is resolved (FC-10). */
class OfferApplicationEnricherTest {
    private static final String INTEGRATION = "smartrecruiters:sandbox";
    private static final String CANDIDATE = "5a0f2f4c-9b1e-4d3a-8c7e-2b6d1e9f0a11";
    private static final String JOB = "7c3e9a1b-2d4f-4e6a-9b8c-0d1e2f3a4b5c";

    /** A JdbcTemplate whose application look-up answers from a fixed set of existing application ids. */
    private static JdbcTemplate applications(Set<String> existing, List<String> queried) {
        return new JdbcTemplate() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> List<T> query(PreparedStatementCreator psc, RowMapper<T> rowMapper) {
                queried.add("applications");
                return (List<T>) new ArrayList<>(existing);
            }
        };
    }

    private static List<Mapped<Offer>> offers(String fixture) {
        List<RemoteRecord> records = new ArrayList<>();
        for (JsonNode o : Fixtures.json(fixture).path("content")) {
            records.add(new RemoteRecord(o.path("id").asText(), Map.of(), OfferMapper.LIST, o));
        }
        return new OfferMapper().toUnified(records, new MappingContext(INTEGRATION));
    }

    @Test
    void theCandidateAndJobComeFromTheOffersLinks() {
        JsonNode offer = Fixtures.json("mapping/offers/offers.json").path("content").get(0);
        assertThat(OfferApplicationEnricher.candidateAndJob(offer))
                .isEqualTo(new OfferApplicationEnricher.CandidateJob(CANDIDATE, JOB));
        JsonNode detailsOnly = Fixtures.json("mapping/offers/offers-variants.json").path("content").get(0);
        assertThat(OfferApplicationEnricher.candidateAndJob(detailsOnly))
                .isEqualTo(new OfferApplicationEnricher.CandidateJob("c-1", "job-aaa"));
        assertThat(OfferApplicationEnricher.candidateAndJob(Json.read("{\"id\":\"x\",\"actions\":{}}"))).isNull();
        assertThat(OfferApplicationEnricher.candidateAndJob(Json.read("{\"candidateId\":\"c\",\"jobId\":\"j\"}")))
                .isEqualTo(new OfferApplicationEnricher.CandidateJob("c", "j"));
    }

    @Test
    void anOfferGetsTheApplicationOfItsCandidateAndJob() {
        String app = UnifiedIds.of(INTEGRATION, "ats_applications", CANDIDATE + ":" + JOB);
        String other = UnifiedIds.of(INTEGRATION, "ats_applications", CANDIDATE + ":another-job");
        List<String> queried = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Mapped<Offer>> out = new OfferApplicationEnricher(applications(Set.of(app, other), queried))
                .resolve(offers("mapping/offers/offers.json"), INTEGRATION, (o, why) -> warnings.add(o.remoteId()));

        assertThat(out).hasSize(1);
        assertThat(out.get(0).record().applicationId()).isEqualTo(app);
        assertThat(out.get(0).remoteData()).isNotNull();
        assertThat(warnings).isEmpty();
        assertThat(queried).hasSize(1);
    }

    @Test
    void anUnresolvedOfferIsKeptWithANullApplicationAndAWarning() {
        List<String> warnings = new ArrayList<>();
        List<Mapped<Offer>> in = offers("mapping/offers/offers-variants.json");
        List<Mapped<Offer>> out = new OfferApplicationEnricher(applications(Set.of(), new ArrayList<>()))
                .resolve(in, INTEGRATION, (o, why) -> warnings.add(o.remoteId() + ": " + why));

        assertThat(out).as("never dropped").hasSize(3);
        assertThat(out).extracting(m -> m.record().applicationId()).containsOnlyNulls();
        assertThat(out).extracting(m -> m.record().remoteId()).containsExactly("o-details-only", "o-unknown-status", "o-minimal");
        assertThat(warnings).containsExactly(
                "o-details-only: no synced application for its candidate and job",
                "o-unknown-status: the offer names no candidate and job",
                "o-minimal: the offer names no candidate and job");
    }
}
