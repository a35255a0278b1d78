package io.srconnector.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.JobAd;
import io.srconnector.sandbox.data.Offer;
import io.srconnector.sandbox.support.Fixtures;
import io.srconnector.sandbox.support.SandboxClient;
import io.srconnector.sandbox.support.ShapeChecker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sandbox response has the shape of the corresponding SR example in {@code fixtures/smartrecruiters/}:
 * same members (where the example has one and the record has a value) and the same JSON types, checked over
 * many records of the default generated account. Extras are only members S1 defines but the example left out.
 */
class ResponseShapeTest {

    private static SandboxServer server;
    private static SandboxClient client;
    private static List<Candidate> candidates;
    private static List<Job> jobs;

    @BeforeAll
    static void start() {
        server = new SandboxServer(SandboxSettings.builder().rateLimiting(false).candidates(300).build()).start();
        client = new SandboxClient(server);
        candidates = server.account().read(() -> new ArrayList<>(server.account().candidates().values()));
        jobs = server.account().read(() -> new ArrayList<>(server.account().jobs().values()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertShape(ShapeChecker checker) {
        assertThat(checker.problems()).isEmpty();
    }

    private static List<Application> applications() {
        return candidates.stream().flatMap(c -> c.applications.stream()).toList();
    }

    @Test
    void candidateList() {
        ShapeChecker c = new ShapeChecker(Fixtures.example("candidates-list.from-schema.json"), Map.of(), Set.of(), Set.of());
        client.cursorPages("/candidates?limit=100", "pageId", 10).forEach(c::observe);
        assertShape(c);
    }

    @Test
    void candidateDetails() {
        ShapeChecker c = new ShapeChecker(Fixtures.example("candidate-details.from-schema.json"),
                Map.of("secondaryAssignments[]", "primaryAssignment"), Set.of(),
                Set.of("primaryAssignment.reasonOfWithdrawal"));
        candidates.forEach(cand -> c.observe(client.getJson("/candidates/" + cand.id)));
        assertShape(c);
    }

    @Test
    void applicationAndSubResources() {
        ShapeChecker app = new ShapeChecker(Fixtures.example("candidate-job-application.from-schema.json"), Map.of(), Set.of(),
                Set.of("subStatus", "startsOn", "reasonOfWithdrawal"));
        ShapeChecker history = ShapeChecker.of(Fixtures.example("candidate-job-status-history.from-schema.json"));
        ShapeChecker attachments = ShapeChecker.of(Fixtures.example("candidate-job-attachments.from-schema.json"));
        ShapeChecker answers = ShapeChecker.of(Fixtures.example("candidate-job-screening-answers.json"));
        ShapeChecker tags = ShapeChecker.of(Fixtures.example("candidate-tags.from-schema.json"));
        for (Application a : applications().subList(0, 150)) {
            String base = "/candidates/" + a.candidateId + "/jobs/" + a.jobId;
            app.observe(client.getJson(base));
            history.observe(client.getJson(base + "/status/history"));
            attachments.observe(client.getJson(base + "/attachments"));
            answers.observe(client.getJson(base + "/screening-answers"));
            tags.observe(client.getJson("/candidates/" + a.candidateId + "/tags"));
        }
        assertShape(app);
        assertShape(history);
        assertShape(attachments);
        assertShape(answers);
        assertShape(tags);
    }

    @Test
    void offers() {
        ShapeChecker list = new ShapeChecker(Fixtures.example("candidate-job-offers.from-schema.json"), Map.of(),
                Set.of("content[].properties"), Set.of());
        ShapeChecker one = new ShapeChecker(Fixtures.example("candidate-job-offer.from-schema.json"), Map.of(),
                Set.of("properties"), Set.of());
        ShapeChecker search = new ShapeChecker(Fixtures.example("candidate-job-offers.from-schema.json"), Map.of(),
                Set.of("content[].properties"), Set.of());
        for (Application a : applications()) {
            for (Offer o : a.offers) {
                String base = "/candidates/" + a.candidateId + "/jobs/" + a.jobId + "/offers";
                list.observe(client.getJson(base));
                one.observe(client.getJson(base + "/" + o.id()));
            }
        }
        client.offsetPages("/offers", 100, 20).forEach(search::observe);
        assertShape(list);
        assertShape(one);
        assertShape(search);
    }

    @Test
    void jobs() {
        ShapeChecker list = ShapeChecker.of(Fixtures.example("jobs-list.from-schema.json"));
        client.cursorPages("/jobs?limit=20&sort=job_id", "pageId", 5).forEach(list::observe);
        ShapeChecker details = ShapeChecker.of(Fixtures.example("job-details.from-schema.json"));
        ShapeChecker team = ShapeChecker.of(Fixtures.example("job-hiring-team.from-schema.json"));
        ShapeChecker ads = ShapeChecker.of(Fixtures.example("job-jobads.from-schema.json"));
        ShapeChecker adPostings = ShapeChecker.of(Fixtures.example("job-jobad-postings.from-schema.json"));
        ShapeChecker publication = ShapeChecker.of(Fixtures.example("job-publication.from-schema.json"));
        for (Job j : jobs) {
            details.observe(client.getJson("/jobs/" + j.id));
            team.observe(client.getJson("/jobs/" + j.id + "/hiring-team"));
            ads.observe(client.getJson("/jobs/" + j.id + "/jobads"));
            publication.observe(client.getJson("/jobs/" + j.id + "/publication?activeOnly=false"));
            for (JobAd ad : j.jobAds) {
                adPostings.observe(client.getJson("/jobs/" + j.id + "/jobads/" + ad.id + "/postings?activeOnly=false"));
            }
        }
        assertShape(list);
        assertShape(details);
        assertShape(team);
        assertShape(ads);
        assertShape(adPostings);
        assertShape(publication);
    }

    @Test
    void postingApiAndApplyConfiguration() {
        ShapeChecker list = ShapeChecker.of(Fixtures.example("posting-api-postings-list.from-schema.json"));
        ShapeChecker detail = ShapeChecker.of(Fixtures.example("posting-api-posting.from-schema.json"));
        ShapeChecker config = ShapeChecker.of(Fixtures.example("posting-configuration.from-schema.json"));
        ShapeChecker conditional = new ShapeChecker(Fixtures.example("posting-configuration.conditionals.from-schema.json"),
                Map.of(), Set.of(), Set.of("questions[].fields[].complianceType"));
        for (JsonNode page : client.offsetPages("/v1/companies/AcmeSandbox/postings?destination=INTERNAL_OR_PUBLIC", 100, 5)) {
            list.observe(page);
            for (JsonNode p : page.get("content")) {
                detail.observe(client.getJson("/v1/companies/AcmeSandbox/postings/" + p.get("id").asText()));
                config.observe(client.getJson("/postings/" + p.get("uuid").asText() + "/configuration"));
                conditional.observe(client.getJson("/postings/" + p.get("uuid").asText() + "/configuration?conditionalsIncluded=true"));
            }
        }
        assertShape(list);
        assertShape(detail);
        assertShape(config);
        assertShape(conditional);
    }

    @Test
    void configuration() {
        assertShape(ShapeChecker.of(Fixtures.example("configuration-hiring-processes.from-schema.json"))
                .observe(client.getJson("/configuration/hiring-processes")));
        JsonNode first = client.getJson("/configuration/hiring-processes").get("content").get(0);
        assertShape(ShapeChecker.of(Fixtures.example("configuration-hiring-process.from-schema.json"))
                .observe(client.getJson("/configuration/hiring-processes/" + first.get("id").asText())));
        assertShape(ShapeChecker.of(Fixtures.example("configuration-rejection-reasons.from-schema.json"))
                .observe(client.getJson("/configuration/rejection-reasons"))
                .observe(client.getJson("/configuration/withdrawal-reasons")));
        assertShape(new ShapeChecker(Fixtures.example("configuration-candidate-properties.from-schema.json"), Map.of(), Set.of(),
                Set.of("content[].actions", "content[].availability.forOrgFields[]"))
                .observe(client.getJson("/configuration/candidate-properties")));
        assertShape(new ShapeChecker(Fixtures.example("configuration-job-properties.from-schema.json"), Map.of(), Set.of(),
                Set.of("content[].actions")).observe(client.getJson("/configuration/job-properties")));
        JsonNode sources = client.getJson("/configuration/sources");
        assertShape(ShapeChecker.of(Fixtures.example("configuration-sources.from-schema.json")).observe(sources));
        ShapeChecker values = ShapeChecker.of(Fixtures.example("configuration-source-values.from-schema.json"));
        sources.get("content").forEach(t -> values.observe(client.getJson("/configuration/sources/" + t.get("id").asText() + "/values")));
        assertShape(values);
    }

    @Test
    void usersAndInterviews() {
        ShapeChecker users = ShapeChecker.of(Fixtures.example("users-list.from-schema.json"));
        client.cursorPages("/user-api/v201804/users?limit=10", "pageId", 5).forEach(users::observe);
        assertShape(users);
        ShapeChecker interviews = ShapeChecker.of(Fixtures.example("interviews-list.from-schema.json"));
        for (Application a : applications()) {
            interviews.observe(client.getJson("/interviews-api/v201904/interviews?applicationId=" + a.applicationId));
        }
        assertShape(interviews);
    }

    @Test
    void errors() {
        assertShape(ShapeChecker.of(Fixtures.example("error-400-invalid-page-id.from-schema.json"))
                .observe(client.get("/jobs?sort=job_id&pageId=not-a-cursor!").json()));
        assertShape(ShapeChecker.of(Fixtures.example("error-401-permission-denied.from-schema.json"))
                .observe(client.withKey("wrong").get("/jobs").json()));
        assertShape(ShapeChecker.of(Fixtures.example("error-403-permission-denied.from-schema.json"))
                .observe(client.withKey(SandboxSettings.DEFAULT_STANDARD_API_KEY).get("/offers").json()));
        Candidate c = candidates.stream().filter(Candidate::hasApplications).findFirst().orElseThrow();
        Job other = jobs.stream().filter(j -> c.application(j.id) == null).findFirst().orElseThrow();
        assertShape(ShapeChecker.of(Fixtures.example("error-404-job-not-found.from-schema.json"))
                .observe(client.get("/candidates/" + c.id + "/jobs/" + other.id + "/status/history").json()));
    }
}
