package io.srconnector.sandbox.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.sandbox.SandboxClock;
import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.data.Attachment;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.Interview;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.JobAd;
import io.srconnector.sandbox.data.Offer;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.generate.GeneratorSizes;
import io.srconnector.sandbox.http.SandboxResponse;
import io.srconnector.sandbox.support.SandboxClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Account files: generate → dump → load gives the same responses; a pinned hand-written account loads as SR would serve it. */
class AccountFilesTest {

    private static final Map<String, List<String>> KEY = Map.of("X-SmartToken", List.of(SandboxSettings.DEFAULT_API_KEY));

    private static List<String> paths(SandboxAccount account) {
        return account.read(() -> {
            List<String> p = new ArrayList<>(List.of("/configuration/company", "/configuration/hiring-processes",
                    "/configuration/rejection-reasons", "/configuration/withdrawal-reasons", "/configuration/candidate-properties",
                    "/configuration/job-properties", "/configuration/offer-properties", "/configuration/sources",
                    "/configuration/departments", "/user-api/v201804/users?limit=100", "/user-api/v201804/users/me",
                    "/jobs?limit=100", "/jobs?limit=7&sort=job_id", "/jobs?status=SOURCING&limit=100",
                    "/candidates?limit=100", "/candidates?limit=100&updatedAfter=2024-03-01T00:00:00.000Z",
                    "/candidates?status=HIRED&limit=100", "/offers?limit=100", "/v1/companies/AcmeSandbox/postings",
                    "/v1/companies/AcmeSandbox/postings?destination=INTERNAL_OR_PUBLIC&language=de"));
            account.configuration().hiringProcesses().forEach(h -> p.add("/configuration/hiring-processes/" + h.id()));
            account.configuration().candidateProperties().forEach(d -> p.add("/configuration/candidate-properties/" + d.id() + "/values"));
            account.configuration().jobProperties().forEach(d -> p.add("/configuration/job-properties/" + d.id() + "/values?pageSize=1000"));
            account.configuration().sourceTypes().forEach(t -> {
                p.add("/configuration/sources/" + t.id() + "/values");
                t.values().forEach(v -> p.add("/configuration/sources/" + v.id()));
            });
            account.users().keySet().forEach(id -> p.add("/user-api/v201804/users/" + id));
            for (Job j : account.jobs().values()) {
                String b = "/jobs/" + j.id;
                p.addAll(List.of(b, b + "/status/history", b + "/hiring-team", b + "/jobads", b + "/publication",
                        b + "/publication?activeOnly=false"));
                for (JobAd ad : j.jobAds) {
                    p.addAll(List.of(b + "/jobads/" + ad.id, b + "/jobads/" + ad.id + "/postings?activeOnly=false"));
                }
            }
            for (Candidate c : account.candidates().values()) {
                p.add("/candidates/" + c.id);
                p.add("/candidates/" + c.id + "/tags");
                for (Application a : c.applications) {
                    String b = "/candidates/" + c.id + "/jobs/" + a.jobId;
                    p.addAll(List.of(b, b + "/status/history", b + "/properties", b + "/properties?context=PROFILE",
                            b + "/screening-answers", b + "/attachments", b + "/offers",
                            "/interviews-api/v201904/interviews?applicationId=" + a.applicationId,
                            "/job-applications-api/v202112/job-applications/" + a.applicationId));
                    a.offers.stream().map(Offer::id).forEach(o -> p.add(b + "/offers/" + o));
                    a.attachments.stream().map(Attachment::id).forEach(id -> p.add("/candidates/attachments/" + id));
                }
            }
            account.interviews().values().stream().map(Interview::id).forEach(id -> p.add("/interviews-api/v201904/interviews/" + id));
            account.postings().values().forEach(post -> {
                p.add("/v1/companies/AcmeSandbox/postings/" + post.id());
                p.add("/v1/companies/AcmeSandbox/postings/" + post.uuid());
            });
            account.applyConfigurationUuids().forEach(u -> {
                p.add("/postings/" + u + "/configuration");
                p.add("/postings/" + u + "/configuration?conditionalsIncluded=true");
            });
            return p;
        });
    }

    @Test
    void generatedAccountRoundTripsThroughFiles(@TempDir Path dir, @TempDir Path second) throws Exception {
        SandboxSettings settings = SandboxSettings.builder().rateLimiting(false).sizes(new GeneratorSizes(10, 12, 60))
                .publicBaseUrl("https://api.smartrecruiters.com").build();
        SandboxServer generated = new SandboxServer(settings);
        int written = AccountDumper.dump(generated.account(), dir);
        assertThat(written).isGreaterThan(300);
        assertThat(dir.resolve("user-api/v201804/users.json")).isRegularFile();
        assertThat(dir.resolve("configuration/hiring-processes.json")).isRegularFile();
        SandboxServer loaded = new SandboxServer(settings.toBuilder().dataDirectory(dir).build());
        List<String> paths = paths(generated.account());
        assertThat(paths).hasSizeGreaterThan(500);
        for (String path : paths) {
            SandboxResponse a = generated.handle("GET", path, KEY, null);
            SandboxResponse b = loaded.handle("GET", path, KEY, null);
            assertThat(a.status()).as(path).isEqualTo(200);
            assertThat(b.status()).as(path).isEqualTo(200);
            assertThat(new String(b.body(), StandardCharsets.UTF_8)).as(path).isEqualTo(new String(a.body(), StandardCharsets.UTF_8));
        }
        assertThat(loaded.account().read(() -> loaded.account().counts())).isEqualTo(generated.account().read(() -> generated.account().counts()));
        AccountDumper.dump(loaded.account(), second);
        try (var s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readAllBytes(second.resolve(dir.relativize(f)))).as(f.toString()).isEqualTo(Files.readAllBytes(f));
            }
        }
    }

    private static Path pinned() throws URISyntaxException {
        return Path.of(AccountFilesTest.class.getResource("/fixtures/smartrecruiters/account-fc").toURI());
    }

    @Test
    void pinnedAccountServesDerivedListsAndFailureCaseInputs() throws Exception {
        try (SandboxServer server = new SandboxServer(SandboxSettings.builder().rateLimiting(false).dataDirectory(pinned())
                .clock(SandboxClock.system()).build()).start()) {
            SandboxClient client = new SandboxClient(server);
            // FC-02: three postings, two for job-aaa in two languages, one refNumber on two jobs
            JsonNode postings = client.getJson("/v1/companies/acme/postings?limit=100");
            assertThat(postings.get("totalFound").asInt()).isEqualTo(3);
            Set<String> languages = new TreeSet<>();
            postings.get("content").forEach(p -> {
                assertThat(p.get("refNumber").asText()).isEqualTo("REF100X");
                if (p.has("language")) {
                    languages.add(p.at("/language/code").asText());
                }
            });
            assertThat(languages).containsExactly("de", "en");
            assertThat(client.getJson("/v1/companies/acme/postings/744000000000001").get("jobId").asText()).isEqualTo("job-aaa");
            assertThat(client.getJson("/v1/companies/acme/postings/744000000000003").get("jobId").asText()).isEqualTo("job-bbb");
            assertThat(client.getJson("/v1/companies/acme/postings?offset=3").get("content")).isEmpty();
            assertThat(client.getJson("/jobs/job-aaa/jobads")).hasSize(2);
            assertThat(client.getJson("/jobs/job-aaa/jobads").get(0).get("id").asText()).as("default ad first").isEqualTo("ad-de");
            assertThat(client.getJson("/jobs/job-bbb/status/history").get("content")).as("missing file = empty body").isEmpty();
            assertThat(client.getJson("/jobs?limit=10").get("totalFound").asInt()).isEqualTo(2);
            assertThat(client.getJson("/jobs?limit=10").at("/content/0/language/code").asText()).isIn("de", "en");

            // talent pool, FC-13
            JsonNode candidates = client.getJson("/candidates?limit=10");
            List<String> ids = new ArrayList<>();
            candidates.get("content").forEach(c -> ids.add(c.get("id").asText()));
            assertThat(ids).containsExactlyInAnyOrder("c-1", "c-3");
            assertThat(client.getJson("/candidates/c-2").get("firstName").asText()).isEqualTo("Talent");
            assertThat(client.getJson("/candidates?updatedAfter=2024-01-01T00:00:00.000Z").get("totalFound").asInt()).isEqualTo(1);
            assertThat(client.getJson("/candidates/c-3").has("updatedOn")).isFalse();

            // FC-08: recorded status outside the enum is served as is
            assertThat(client.getJson("/candidates/c-3/jobs/job-aaa").get("status").asText()).isEqualTo("ON_HOLD");

            // FC-10: offer on the non-primary job; admin only
            assertThat(client.getJson("/candidates/c-1").at("/primaryAssignment/job/id").asText()).isEqualTo("job-bbb");
            JsonNode offers = client.getJson("/candidates/c-1/jobs/job-aaa/offers");
            assertThat(offers.at("/content/0/id").asText()).isEqualTo("off-1");
            assertThat(offers.at("/content/0").has("applicationId")).isFalse();
            assertThat(client.getJson("/candidates/c-1/jobs/job-bbb/offers").get("content")).isEmpty();
            assertThat(client.withKey(SandboxSettings.DEFAULT_STANDARD_API_KEY).get("/candidates/c-1/jobs/job-aaa/offers").status()).isEqualTo(403);
            assertThat(client.getJson("/offers").get("totalFound").asInt()).isEqualTo(1);

            // application ids: recorded, or derived deterministically when no Application file exists
            assertThat(client.getJson("/candidates/c-1/jobs/job-aaa").get("applicationId").asText()).isEqualTo("app-1a");
            assertThat(client.getJson("/candidates/c-1/jobs/job-bbb").get("applicationId").asText())
                    .isEqualTo(RecordParsers.derivedApplicationId("c-1", "job-bbb"));
            assertThat(client.getJson("/candidates/c-1/jobs/job-aaa").at("/actions/sourceDetails/url").asText()).endsWith("/configuration/sources/src-9");
            assertThat(client.getJson("/job-applications-api/v202112/job-applications/" + RecordParsers.derivedApplicationId("c-1", "job-bbb"))
                    .get("createDate").asText()).as("first history entry").isEqualTo("2024-04-28T10:00:00.000Z");

            // recorded attachment bytes
            SandboxClient.Response file = client.get("/candidates/attachments/att-1");
            assertThat(file.text()).isEqualTo("recorded resume bytes\n");
            assertThat(file.header("Content-Type")).contains("text/plain");

            // FC-09: unverified and null e-mails, inactive user
            JsonNode users = client.getJson("/user-api/v201804/users?limit=10");
            assertThat(users.get("content")).hasSize(2);
            assertThat(users.at("/content/1/email").isNull()).isTrue();
            assertThat(users.at("/content/1/active").asBoolean()).isFalse();

            // Application API configuration for a recorded posting, empty bodies for missing config files
            assertThat(client.getJson("/postings/f0e1d2c3-0000-4000-8000-000000000001/configuration").at("/questions/0/id").asText()).isEqualTo("q-1");
            assertThat(client.getJson("/configuration/hiring-processes").get("content")).isEmpty();
            assertThat(client.getJson("/configuration/rejection-reasons").get("totalFound").asInt()).isEqualTo(1);
        }
    }
}
