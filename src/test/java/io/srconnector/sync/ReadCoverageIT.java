package io.srconnector.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.mapping.HiringTeamRoles;
import io.srconnector.mapping.OfferStatuses;
import io.srconnector.persistence.UnifiedIds;
import io.srconnector.persistence.UnifiedTable;
import io.srconnector.persistence.UnifiedTables;
import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.data.ApplyConfiguration;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.HiringTeamMember;
import io.srconnector.sandbox.data.Interview;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.JobAd;
import io.srconnector.sandbox.data.Offer;
import io.srconnector.sandbox.data.Posting;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.support.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Read coverage of every model (issue 3) against the default sandbox account, through the real sync and the REST API:
 * every unified table holds exactly as many live records as the sandbox has (parameterized over
 * {@link UnifiedTables#all()}, so a new table fails here until it gets an expectation), every list endpoint pages
 * through them once, nested lists add up, sampled values match the sandbox, and a second full sync changes nothing.
 */
class ReadCoverageIT extends IntegrationTestBase {
    private static String firstRun;
    @org.springframework.beans.factory.annotation.Autowired
    private SyncSettings settings;

    /** Expected live rows per model, computed from the sandbox account. */
    static final Map<String, ToIntFunction<SandboxAccount>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("users", a -> a.users().size());
        EXPECTED.put("jobs", a -> jobs(a).size());
        EXPECTED.put("candidates", a -> listed(a).size());
        EXPECTED.put("applications", a -> listed(a).stream().mapToInt(c -> c.applications.size()).sum());
        EXPECTED.put("application-stages", a -> FullSyncIT.expected(a).stages());
        EXPECTED.put("rejection-reasons", a -> a.configuration().rejectionReasons().size());
        EXPECTED.put("tags", a -> (int) listed(a).stream().flatMap(c -> c.tags.stream()).distinct().count());
        EXPECTED.put("candidate-tags", a -> listed(a).stream().mapToInt(c -> new HashSet<>(c.tags).size()).sum());
        EXPECTED.put("job-postings", a -> jobs(a).stream().mapToInt(j -> j.jobAds.size()).sum());
        EXPECTED.put("hiring-team", a -> jobs(a).stream()
                .mapToInt(j -> (int) j.hiringTeam.stream().map(HiringTeamMember::id).distinct().count()).sum());
        EXPECTED.put("screening-questions", a -> (int) jobs(a).stream().map(j -> configuration(a, j))
                .filter(java.util.Objects::nonNull).flatMap(c -> c.questions().stream())
                .map(ApplyConfiguration.ScreeningQuestion::id).distinct().count());
        EXPECTED.put("job-screening-questions", a -> jobs(a).stream().map(j -> configuration(a, j))
                .filter(java.util.Objects::nonNull).mapToInt(c -> c.questions().size()).sum());
        EXPECTED.put("interviews", a -> interviews(a).size());
        EXPECTED.put("interview-users", a -> interviews(a).stream().mapToInt(i -> (int) i.timeslots().stream()
                .flatMap(t -> t.interviewers().stream()).map(Interview.Interviewer::id).distinct().count()).sum());
        EXPECTED.put("offers", a -> offers(a).size());
    }

    static List<Job> jobs(SandboxAccount a) {
        return a.jobs().values().stream().filter(j -> !Boolean.TRUE.equals(j.template)).toList();
    }

    static List<Candidate> listed(SandboxAccount a) {
        return a.candidates().values().stream().filter(Candidate::hasApplications).toList();
    }

    static List<Interview> interviews(SandboxAccount a) {
        return listed(a).stream().flatMap(c -> c.applications.stream().flatMap(app -> a.interviewsOf(c.id, app.jobId)
                .stream())).toList();
    }

    static List<Offer> offers(SandboxAccount a) {
        return a.candidates().values().stream().flatMap(c -> c.applications.stream())
                .flatMap(app -> app.offers.stream()).toList();
    }

    /** The configuration the connector reads for a job: that of the default ad's posting, else of any posting. */
    static ApplyConfiguration configuration(SandboxAccount a, Job j) {
        List<Posting> postings = a.postings().values().stream()
                .filter(p -> j.id.equals(p.jobId()) && Boolean.TRUE.equals(p.active())).toList();
        return postings.stream().sorted((x, y) -> Boolean.compare(Boolean.TRUE.equals(y.defaultJobAd()),
                        Boolean.TRUE.equals(x.defaultJobAd())))
                .map(p -> a.applyConfiguration(p.uuid())).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    @BeforeEach
    void syncOnce() {
        if (firstRun == null || jdbc.queryForObject("SELECT count(*) FROM sync_runs WHERE id = ?", Integer.class,
                firstRun) == 0) {
            resetSyncedData();
            firstRun = sync(SyncType.FULL);
        }
    }

    static Stream<UnifiedTable<?>> tables() {
        return UnifiedTables.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void everyTableHoldsExactlyTheSandboxRecords(UnifiedTable<?> table) {
        ToIntFunction<SandboxAccount> expected = EXPECTED.get(table.model());
        if (expected == null) {
            fail("No expected count for model " + table.model() + ": add it to ReadCoverageIT.EXPECTED");
        }
        SandboxAccount account = sandbox.account();
        int want = account.read(() -> expected.applyAsInt(account));
        Integer live = jdbc.queryForObject("SELECT count(*) FROM " + table.table()
                + " WHERE integration_id = ? AND remote_deleted_at IS NULL", Integer.class, INTEGRATION);
        assertThat(live).as(table.model()).isEqualTo(want);
        assertThat(want).as(table.model() + ": the sandbox seeds this model").isPositive();
        Integer unstamped = jdbc.queryForObject("SELECT count(*) FROM " + table.table()
                + " WHERE integration_id = ? AND (changed_at IS NULL OR last_seen_run_id IS DISTINCT FROM ?)",
                Integer.class, INTEGRATION, firstRun);
        assertThat(unstamped).as(table.model() + ": changed_at set and seen by the run").isZero();
    }

    static Stream<String> endpoints() {
        return Stream.of("users", "jobs", "candidates", "applications", "application-stages", "tags", "interviews",
                "offers", "rejection-reasons");
    }

    @ParameterizedTest(name = "GET /v1/ats/{0}")
    @MethodSource("endpoints")
    void everyListEndpointServesEveryRecordOnce(String model) {
        List<JsonNode> all = listAll("/v1/ats/" + model, 41);
        Set<String> ids = new HashSet<>();
        all.forEach(n -> ids.add(n.path("id").asText()));
        SandboxAccount account = sandbox.account();
        assertThat(ids).as(model + " distinct ids").hasSize(all.size());
        assertThat(all).as(model).hasSize(account.read(() -> EXPECTED.get(model).applyAsInt(account)));
        assertThat(all).allSatisfy(n -> {
            assertThat(n.path("changed_at").isTextual()).isTrue();
            assertThat(n.has("remote_deleted_at")).isTrue();
            assertThat(n.has("remote_data")).isTrue();
        });
    }

    @Test
    void nestedListsAddUpToTheJoinModels() {
        SandboxAccount a = sandbox.account();
        List<JsonNode> jobs = listAll("/v1/ats/jobs", 100);
        assertThat(jobs.stream().mapToInt(j -> j.path("job_postings").size()).sum())
                .isEqualTo(a.read(() -> EXPECTED.get("job-postings").applyAsInt(a)));
        assertThat(jobs.stream().mapToInt(j -> j.path("screening_questions").size()).sum())
                .isEqualTo(a.read(() -> EXPECTED.get("job-screening-questions").applyAsInt(a)));
        assertThat(jobs.stream().mapToInt(j -> j.path("hiring_team").size()).sum())
                .isEqualTo(a.read(() -> EXPECTED.get("hiring-team").applyAsInt(a)));
        List<JsonNode> candidates = listAll("/v1/ats/candidates", 250);
        assertThat(candidates.stream().mapToInt(c -> c.path("tags").size()).sum())
                .isEqualTo(a.read(() -> EXPECTED.get("candidate-tags").applyAsInt(a)));
        List<JsonNode> applications = listAll("/v1/ats/applications", 250);
        assertThat(applications.stream().mapToInt(x -> x.path("interviews").size()).sum())
                .isEqualTo(a.read(() -> EXPECTED.get("interviews").applyAsInt(a)));
        assertThat(applications.stream().mapToInt(x -> x.path("offers").size()).sum())
                .isEqualTo(a.read(() -> EXPECTED.get("offers").applyAsInt(a)));
        assertThat(applications.stream().mapToInt(x -> x.path("candidate").path("tags").size()).sum())
                .isEqualTo(a.read(() -> listed(a).stream().mapToInt(c -> new HashSet<>(c.tags).size() * c.applications.size()).sum()));
        List<JsonNode> interviews = listAll("/v1/ats/interviews", 250);
        assertThat(interviews.stream().mapToInt(i -> i.path("users").size()).sum())
                .isEqualTo(a.read(() -> EXPECTED.get("interview-users").applyAsInt(a)));
        assertThat(interviews).allSatisfy(i -> assertThat(i.path("application").path("candidate").path("remote_id")
                .isTextual()).isTrue());
        assertThat(listAll("/v1/ats/offers", 250)).allSatisfy(o -> assertThat(o.path("application_id").isTextual()).isTrue());
    }

    /** Issue 3: an offer seeded on a candidate with two applications gets the application of the offer's job. */
    @Test
    void theOfferOfJoseGarciaBelongsToTheApplicationOfItsJobNotToHisPrimaryOne() {
        SandboxAccount a = sandbox.account();
        Candidate jose = a.read(() -> a.candidates().values().stream()
                .filter(c -> "José".equals(c.firstName) && "García".equals(c.lastName) && c.applications.size() == 2)
                .findFirst().orElseThrow());
        Application primary = jose.applications.get(0);
        Application withOffer = jose.applications.stream().filter(x -> !x.offers.isEmpty()).findFirst().orElseThrow();
        assertThat(withOffer).as("the sandbox seeds the offer on the non-primary application").isNotSameAs(primary);
        Offer offer = withOffer.offers.get(0);

        JsonNode o = only(get("/v1/ats/offers?remote_ids=" + offer.id()).body());
        String expectedApp = UnifiedIds.of(INTEGRATION, "ats_applications", jose.id + ":" + withOffer.jobId);
        assertThat(o.path("application_id").asText()).isEqualTo(expectedApp);
        assertThat(o.path("application_id").asText())
                .isNotEqualTo(UnifiedIds.of(INTEGRATION, "ats_applications", jose.id + ":" + primary.jobId));
        assertThat(o.path("application").path("job").path("remote_id").asText()).isEqualTo(withOffer.jobId);
        assertThat(o.path("application").path("candidate").path("first_name").asText()).isEqualTo("José");
        assertThat(o.path("status").isNull() ? null : o.path("status").asText())
                .isEqualTo(OfferStatuses.unified(offer.status()));
        assertThat(o.path("remote_data").path("/offers").path("id").asText()).isEqualTo(offer.id());

        JsonNode app = only(get("/v1/ats/applications?ids=" + expectedApp).body());
        assertThat(values(app.path("offers"), "remote_id")).contains(offer.id());
    }

    @Test
    void sampledValuesMatchTheSandbox() {
        SandboxAccount a = sandbox.account();
        // a job with several postings, a hiring team and screening questions
        Job job = a.read(() -> jobs(a).stream().filter(j -> j.jobAds.size() > 1 && configuration(a, j) != null)
                .findFirst().orElseThrow());
        JsonNode j = only(get("/v1/ats/jobs?remote_ids=" + job.id).body());
        assertThat(values(j.path("job_postings"), "remote_id"))
                .containsExactlyInAnyOrderElementsOf(job.jobAds.stream().map(ad -> ad.id).toList());
        for (JsonNode p : j.path("job_postings")) {
            JobAd ad = job.jobAd(p.path("remote_id").asText());
            assertThat(p.path("title").asText()).isEqualTo(ad.title);
            assertThat(p.path("status").asText()).isEqualTo("PUBLISHED".equals(ad.postingStatus) ? "ACTIVE"
                    : ad.publications.isEmpty() ? "DRAFT" : "INACTIVE");
            Posting posting = a.read(() -> a.postings().values().stream().filter(x -> ad.id.equals(x.jobAdId()))
                    .findFirst().orElse(null));
            if (posting != null) {
                assertThat(p.path("url").asText()).isEqualTo(posting.postingUrl());
            }
        }
        ApplyConfiguration config = a.read(() -> configuration(a, job));
        assertThat(values(j.path("screening_questions"), "title")).containsExactlyElementsOf(
                config.questions().stream().map(ApplyConfiguration.ScreeningQuestion::label).toList());
        assertThat(j.path("screening_questions").get(0).path("index").asInt()).isZero();
        Map<String, Set<String>> roles = new HashMap<>();
        job.hiringTeam.forEach(m -> roles.computeIfAbsent(m.id(), k -> new LinkedHashSet<>()).add(m.role()));
        assertThat(values(j.path("hiring_team"), "remote_id")).containsExactlyInAnyOrderElementsOf(roles.keySet());
        for (JsonNode m : j.path("hiring_team")) {
            Set<String> srRoles = roles.get(m.path("remote_id").asText());
            assertThat(values(m.path("job_roles"), "remote_id")).containsExactlyInAnyOrderElementsOf(srRoles);
            List<String> unified = srRoles.stream().map(HiringTeamRoles::unifiedType).filter(java.util.Objects::nonNull)
                    .distinct().toList();
            List<String> got = new java.util.ArrayList<>();
            m.path("hiring_team_roles").forEach(r -> got.add(r.asText()));
            assertThat(got).containsExactlyInAnyOrderElementsOf(unified);
        }

        // an interview with its interviewers and application
        Interview interview = a.read(() -> interviews(a).stream().filter(i -> i.timeslots().size() > 1).findFirst()
                .orElseThrow());
        JsonNode i = only(get("/v1/ats/interviews?remote_ids=" + interview.id()).body());
        assertThat(i.path("application").path("candidate").path("remote_id").asText()).isEqualTo(interview.candidate().id());
        assertThat(i.path("application").path("job").path("remote_id").asText()).isEqualTo(interview.jobId());
        assertThat(i.path("starting_at").asText()).isEqualTo(Json.timestamp(interview.timeslots().stream()
                .map(Interview.Timeslot::startsOn).min(java.util.Comparator.naturalOrder()).orElseThrow()));
        assertThat(values(i.path("users"), "remote_id")).containsExactlyInAnyOrderElementsOf(
                interview.timeslots().stream().flatMap(t -> t.interviewers().stream()).map(Interview.Interviewer::id)
                        .distinct().toList());
        assertThat(i.path("canceled").asBoolean()).isFalse();
        String jobKomboId = UnifiedIds.of(INTEGRATION, "ats_jobs", interview.jobId());
        assertThat(listAll("/v1/ats/interviews?job_ids=" + jobKomboId, 50).stream().map(x -> x.path("id").asText()))
                .contains(i.path("id").asText());

        // tags of a candidate
        Candidate tagged = a.read(() -> listed(a).stream().filter(c -> c.tags.size() > 1).findFirst().orElseThrow());
        JsonNode c = only(get("/v1/ats/candidates?remote_ids=" + tagged.id).body());
        assertThat(values(c.path("tags"), "name")).containsExactlyInAnyOrderElementsOf(new LinkedHashSet<>(tagged.tags));
        assertThat(values(c.path("tags"), "remote_id")).containsExactlyInAnyOrderElementsOf(new LinkedHashSet<>(tagged.tags));
    }

    @Test
    void integrationFieldsAreDiscoveredForJobsCandidatesApplicationsAndOffers() {
        Map<String, Integer> perModel = new HashMap<>();
        jdbc.query("SELECT model, count(*) FROM integration_fields WHERE integration_id = ? GROUP BY model",
                rs -> {
                    perModel.put(rs.getString(1), rs.getInt(2));
                }, INTEGRATION);
        SandboxAccount a = sandbox.account();
        int offerProps = a.read(() -> a.configuration().offerPropertyCategories().stream().mapToInt(x -> x.properties().size()).sum());
        assertThat(perModel).containsEntry("ats_jobs", a.read(() -> a.configuration().jobProperties().size()))
                .containsEntry("ats_candidates", a.read(() -> a.configuration().candidateProperties().size()))
                .containsEntry("ats_applications", a.read(() -> a.configuration().candidateProperties().size()))
                .containsEntry("ats_offers", offerProps);
        JsonNode offer = listAll("/v1/ats/offers", 250).stream().filter(o -> o.path("integration_fields").size() > 0)
                .findFirst().orElseThrow();
        assertThat(offer.path("integration_fields")).allSatisfy(f -> {
            assertThat(f.path("type").asText()).isEqualTo("CUSTOM");
            assertThat(f.path("label").isTextual()).as("label from /configuration/offer-properties").isTrue();
        });
    }

    @Test
    void aSecondFullSyncChangesNothingInAnyTable() {
        Map<String, String> before = changedAt();
        String second = sync(SyncType.FULL);
        assertThat(run(second).get("status")).isEqualTo("SUCCEEDED");
        assertThat(changedAt()).isEqualTo(before);
        JsonNode models = Json.read((String) run(second).get("models"));
        for (String m : settings.getModels()) {
            assertThat(models.path(m).path("status").asText()).as(m).isEqualTo("SUCCEEDED");
            assertThat(models.path(m).path("inserted").asLong()).as(m + " inserted").isZero();
            assertThat(models.path(m).path("updated").asLong()).as(m + " updated").isZero();
            assertThat(models.path(m).path("deleted").asLong()).as(m + " deleted").isZero();
        }
        firstRun = second;
    }

    private Map<String, String> changedAt() {
        Map<String, String> m = new HashMap<>();
        for (UnifiedTable<?> t : UnifiedTables.all()) {
            jdbc.query("SELECT id, changed_at::text FROM " + t.table() + " WHERE integration_id = ?",
                    rs -> {
                        m.put(t.table() + ":" + rs.getString(1), rs.getString(2));
                    }, INTEGRATION);
        }
        return m;
    }

    /** A field of each element of an array (not searched recursively). */
    static List<String> values(Iterable<JsonNode> array, String field) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(e -> out.add(e.path(field).asText(null)));
        return out;
    }

    static JsonNode only(JsonNode body) {
        JsonNode results = body.path("data").path("results");
        assertThat(results).hasSize(1);
        return results.get(0);
    }
}
