package io.srconnector.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.integration.IntegrationRepository;
import io.srconnector.json.Json;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.support.IntegrationTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offers need an ADMINISTRATOR credential and name only a candidate and a job (FC-10, issue 3 points 2 and 6):
 * <ul>
 *   <li>with the sandbox's STANDARD key, the offers model ends PERMISSION_MISSING and every other model's sync
 *       finishes;</li>
 *   <li>an offer whose application is not synced is kept with {@code application_id} null and a warning in the sync
 *       result, and gets its application once the application is synced.</li>
 * </ul>
 * Each test connects its own integration to the embedded sandbox and deletes it afterwards.
 */
class OffersAndPermissionsIT extends IntegrationTestBase {
    private static final String STANDARD = "smartrecruiters:it-standard-key";
    private static final String OFFERS_FIRST = "smartrecruiters:it-offers-first";

    @Autowired
    private IntegrationRepository integrations;
    @Autowired
    private SyncSettings settings;
    private final List<String> created = new ArrayList<>();

    private void connect(String id, String apiKey) {
        integrations.save(id, "default", id, null, null, sandbox.baseUrl(), "API_KEY",
                Json.mapper().createObjectNode().put("type", "API_KEY").put("api_key", apiKey));
        created.add(id);
    }

    private String sync(String integrationId, SyncType type) {
        SyncRunRepository.Enqueued e = scheduler.enqueue(integrationId, type, "TEST");
        worker.drain();
        return e.runId();
    }

    @AfterEach
    void disconnect() {
        created.forEach(integrations::delete);
        created.clear();
    }

    /** FC-10 / issue 3 point 6: a 403 on offers marks only offers PERMISSION_MISSING. */
    @Test
    void aStandardCredentialMissesOffersOnlyAndEveryOtherModelFinishes() {
        connect(STANDARD, SandboxSettings.DEFAULT_STANDARD_API_KEY);

        String runId = sync(STANDARD, SyncType.FULL);

        Map<String, Object> run = run(runId);
        JsonNode models = Json.read((String) run.get("models"));
        assertThat(run.get("status")).as("some models succeeded, one did not").isEqualTo("PARTIAL");
        assertThat(models.path("offers").path("status").asText()).isEqualTo("PERMISSION_MISSING");
        assertThat(models.path("offers").path("error").asText()).contains("403");
        for (String m : settings.getModels()) {
            if (!m.equals("offers")) {
                assertThat(models.path(m).path("status").asText()).as(m).isEqualTo("SUCCEEDED");
            }
        }
        assertThat((String) run.get("errors")).contains("offers");
        SandboxAccount a = sandbox.account();
        assertThat(count("ats_offers", STANDARD)).isZero();
        assertThat(count("ats_applications", STANDARD))
                .isEqualTo(a.read(() -> ReadCoverageIT.EXPECTED.get("applications").applyAsInt(a)));
        assertThat(count("ats_interviews", STANDARD))
                .isEqualTo(a.read(() -> ReadCoverageIT.EXPECTED.get("interviews").applyAsInt(a)));
        assertThat(get("/v1/ats/offers", API_KEY, STANDARD).body().path("data").path("results")).isEmpty();
        assertThat(get("/v1/ats/jobs?page_size=1", API_KEY, STANDARD).status()).isEqualTo(200);
    }

    /** Issue 3 point 2: an offer whose application cannot be resolved is kept, with a warning. */
    @Test
    void anOfferWithoutSyncedApplicationIsKeptWithANullApplicationAndAWarning() {
        connect(OFFERS_FIRST, SandboxSettings.DEFAULT_API_KEY);
        SandboxAccount a = sandbox.account();
        int offers = a.read(() -> ReadCoverageIT.EXPECTED.get("offers").applyAsInt(a));
        List<String> all = List.copyOf(settings.getModels());
        String onlyOffers;
        try {
            settings.setModels(List.of("offers"));
            onlyOffers = sync(OFFERS_FIRST, SyncType.FULL);
        } finally {
            settings.setModels(all);
        }

        JsonNode model = Json.read((String) run(onlyOffers).get("models")).path("offers");
        assertThat(model.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(model.path("warning_count").asInt()).isEqualTo(offers);
        assertThat(model.path("warnings").get(0).asText()).contains("application_id left null")
                .contains("no synced application for its candidate and job");
        List<JsonNode> served = listAll("/v1/ats/offers", 250, OFFERS_FIRST);
        assertThat(served).as("never dropped").hasSize(offers);
        assertThat(served).allSatisfy(o -> {
            assertThat(o.path("application_id").isNull()).isTrue();
            assertThat(o.path("application").isNull()).isTrue();
        });

        String full = sync(OFFERS_FIRST, SyncType.FULL);
        JsonNode after = Json.read((String) run(full).get("models")).path("offers");
        assertThat(after.path("warning_count").asInt()).isZero();
        assertThat(listAll("/v1/ats/offers", 250, OFFERS_FIRST))
                .allSatisfy(o -> assertThat(o.path("application_id").isTextual()).isTrue());
    }

    private int count(String table, String integrationId) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE integration_id = ? "
                + "AND remote_deleted_at IS NULL", Integer.class, integrationId);
    }

    private List<JsonNode> listAll(String path, int pageSize, String integrationId) {
        List<JsonNode> out = new ArrayList<>();
        String cursor = null;
        do {
            ApiResponse r = get(path + "?page_size=" + pageSize + (cursor == null ? "" : "&cursor=" + cursor), API_KEY,
                    integrationId);
            assertThat(r.status()).isEqualTo(200);
            r.body().path("data").path("results").forEach(out::add);
            JsonNode next = r.body().path("data").path("next");
            cursor = next.isNull() ? null : next.asText();
        } while (cursor != null);
        return out;
    }
}
