package io.srconnector.observability;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.integration.ConnectionsItSupport;
import io.srconnector.json.Json;
import io.srconnector.sandbox.auth.OAuthClient;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sync.SyncType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Observability end to end: {@code /actuator/prometheus} after a real sync shows exactly the per-model counts the
 * run stored in {@code sync_runs}, its SmartRecruiters calls and its duration; write actions are counted by outcome;
 * and the log of a sync, a write and an OAuth token renewal contains no secret and no personal data of the seeded
 * account (captured with a Logback appender on the root logger).
 */
class ObservabilityIT extends ConnectionsItSupport {
    private static final String RECORDS = "srconnector_sync_records_total";
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger("observability-it");

    @AfterEach
    void cleanUp() {
        deleteTestIntegrations();
    }

    @Test
    void prometheusShowsTheRunsPerModelCountsCallsAndDuration() {
        resetSyncedData();
        PrometheusText before = prometheus();

        String runId = sync(SyncType.FULL);

        Map<String, Object> run = run(runId);
        assertThat(run.get("status")).as("%s", run.get("errors")).isEqualTo("SUCCEEDED");
        JsonNode models = Json.read((String) run.get("models"));
        PrometheusText after = prometheus();
        assertThat(models.size()).isEqualTo(12);
        models.fields().forEachRemaining(e -> {
            for (String op : ConnectorMetrics.OPERATIONS) {
                String[] labels = {"integration", INTEGRATION, "model", e.getKey(), "operation", op};
                assertThat(after.has(RECORDS, labels)).as("series %s %s", e.getKey(), op).isTrue();
                assertThat(after.sum(RECORDS, labels) - before.sum(RECORDS, labels)).as("%s %s", e.getKey(), op)
                        .isEqualTo((double) e.getValue().path(op).asLong());
            }
        });
        // a fresh full sync of the sandbox account: real numbers, not zeros
        assertThat(models.path("candidates").path("fetched").asLong()).isGreaterThan(100);
        assertThat(models.path("candidates").path("inserted").asLong())
                .isEqualTo(models.path("candidates").path("fetched").asLong());
        assertThat(after.sum(RECORDS, "integration", INTEGRATION, "model", "applications", "operation", "inserted")
                - before.sum(RECORDS, "integration", INTEGRATION, "model", "applications", "operation", "inserted"))
                .isGreaterThan(100);

        String[] runLabels = {"integration", INTEGRATION, "type", "FULL", "status", "SUCCEEDED"};
        assertThat(after.sum("srconnector_sync_duration_seconds_count", runLabels)
                - before.sum("srconnector_sync_duration_seconds_count", runLabels)).isEqualTo(1.0);
        assertThat(after.sum("srconnector_sync_duration_seconds_sum", runLabels)
                - before.sum("srconnector_sync_duration_seconds_sum", runLabels)).isPositive();

        long srCalls = ((Number) run.get("sr_calls")).longValue();
        assertThat(srCalls).isGreaterThan(500);
        assertThat(after.sum("srconnector_smartrecruiters_calls_total", "integration", INTEGRATION)
                - before.sum("srconnector_smartrecruiters_calls_total", "integration", INTEGRATION))
                .as("HTTP attempts counted by the requester = sync_runs.sr_calls").isEqualTo((double) srCalls);
        assertThat(after.has("srconnector_smartrecruiters_calls_total", "integration", INTEGRATION,
                "endpoint", "candidates", "status", "200")).isTrue();
        assertThat(after.has("srconnector_smartrecruiters_rate_limited_total")
                || after.sum("srconnector_smartrecruiters_calls_total", "status", "429") == 0).isTrue();
        after.samples().stream().filter(s -> s.name().startsWith("srconnector_sync")
                        && ("candidates".equals(s.labels().get("model")) || s.labels().containsKey("type")))
                .forEach(s -> LOG.info("after run {}: {}{} {}", runId, s.name(), s.labels(), s.value()));
        // no tag value holds a record id: every label value is short and from a small vocabulary
        after.samples().stream().filter(s -> s.name().startsWith("srconnector_")).forEach(s ->
                s.labels().forEach((k, v) -> assertThat(v).as("%s %s", s.name(), k).doesNotContain("/")));
    }

    @Test
    void writeActionsAreCountedByOutcome() {
        ensureSynced();
        Job job = openJob();
        PrometheusText before = prometheus();

        Answer created = write("/v1/ats/jobs/remote:" + job.id + "/applications",
                "{\"candidate\":{\"first_name\":\"Ana\",\"last_name\":\"Metric\",\"email_address\":\""
                        + unique("metric") + "\"}}");
        Answer invalid = write("/v1/ats/jobs/remote:" + job.id + "/applications", "{\"candidate\":{}}");

        assertThat(created.status()).as(created.text()).isEqualTo(200);
        assertThat(invalid.status()).as(invalid.text()).isEqualTo(400);
        PrometheusText after = prometheus();
        String name = "srconnector_write_actions_total";
        assertThat(after.sum(name, "action", "create-application", "outcome", "success")
                - before.sum(name, "action", "create-application", "outcome", "success")).isEqualTo(1.0);
        assertThat(after.sum(name, "action", "create-application", "outcome", "invalid")
                - before.sum(name, "action", "create-application", "outcome", "invalid")).isEqualTo(1.0);
    }

    @Test
    void theLogOfASyncAWriteAndAnOAuthRenewalHoldsNoSecretAndNoPersonalData() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        String email = unique("zyx.private");
        String fullName = "Quirinius Logtestperson";
        String ccIntegration;
        try {
            resetSyncedData();
            assertThat(run(sync(SyncType.FULL)).get("status")).isEqualTo("SUCCEEDED");
            Answer created = write("/v1/ats/jobs/remote:" + openJob().id + "/applications",
                    "{\"candidate\":{\"first_name\":\"Quirinius\",\"last_name\":\"Logtestperson\",\"email_address\":\""
                            + email + "\",\"phone_number\":\"+41 79 555 12 34\"}}");
            assertThat(created.status()).as(created.text()).isEqualTo(200);
            // a duplicate create fails at SmartRecruiters' duplicate check: the error path is logged too
            write("/v1/ats/jobs/remote:" + openJob().id + "/applications",
                    "{\"candidate\":{\"first_name\":\"Quirinius\",\"last_name\":\"Logtestperson\",\"email_address\":\""
                            + email + "\"}}");
            // OAuth: connect with client credentials, expire the token, the next calls renew it
            Answer connected = api("POST", "/v1/integrations", "{\"auth_type\":\"OAUTH_CLIENT_CREDENTIALS\","
                    + "\"client_id\":\"" + OAuthClient.DEFAULT_CC_ADMIN_ID + "\",\"client_secret\":\""
                    + OAuthClient.DEFAULT_CC_ADMIN_SECRET + "\",\"organization_name\":\"Log Audit AG\"}");
            assertThat(connected.status()).as(connected.text()).isEqualTo(200);
            ccIntegration = connected.json().path("data").path("id").asText();
            int tokensBefore = sandbox.oauth().count("client_credentials");
            sandbox.oauth().expireAccessTokens();
            assertThat(api("POST", "/v1/integrations/" + ccIntegration + "/scope-test", null).status()).isEqualTo(200);
            assertThat(sandbox.oauth().count("client_credentials")).as("token renewed").isEqualTo(tokensBefore + 1);
        } finally {
            root.detachAppender(captured);
        }

        StringBuilder log = new StringBuilder();
        for (ILoggingEvent e : captured.list) {
            log.append(e.getLoggerName()).append(' ').append(e.getFormattedMessage()).append('\n');
            if (e.getThrowableProxy() != null) {
                log.append(ThrowableProxyUtil.asString(e.getThrowableProxy())).append('\n');
            }
        }
        String text = log.toString();
        assertThat(text).as("the sync was logged").contains("FULL sync").contains("ended SUCCEEDED");

        Set<String> secrets = new LinkedHashSet<>(List.of(API_KEY, OAuthClient.DEFAULT_CC_ADMIN_SECRET,
                integrations.credentials(INTEGRATION).path("api_key").asText(),
                integrations.credentials(ccIntegration).path("access_token").asText(),
                "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="));
        secrets.removeIf(String::isBlank);
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(5);
        Set<String> personal = new LinkedHashSet<>(List.of(email, fullName, "Logtestperson", "555 12 34"));
        SandboxAccount account = sandbox.account();
        account.read(() -> {
            account.candidates().values().forEach(c -> {
                personal.add(c.email);
                personal.add(c.firstName + " " + c.lastName);
            });
            account.users().values().forEach(u -> {
                personal.add(u.email);
                personal.add(u.firstName + " " + u.lastName);
            });
            return null;
        });
        personal.removeIf(p -> p == null || p.isBlank() || p.startsWith("null"));
        assertThat(personal.size()).isGreaterThan(500);
        List<String> leaks = new ArrayList<>();
        secrets.forEach(s -> {
            if (text.contains(s)) {
                leaks.add("secret " + s.substring(0, Math.min(4, s.length())) + "…");
            }
        });
        personal.forEach(p -> {
            if (text.contains(p)) {
                leaks.add("personal data '" + p + "'");
            }
        });
        assertThat(leaks).as("%d log lines", captured.list.size()).isEmpty();
    }

    private PrometheusText prometheus() {
        Answer a = call("GET", "/actuator/prometheus", null);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.header("Content-Type")).startsWith("text/plain");
        return new PrometheusText(a.text());
    }

    private Answer write(String path, String body) {
        return call("POST", path, body, "Authorization", "Bearer " + API_KEY, "X-Integration-Id", INTEGRATION);
    }

    private void ensureSynced() {
        Integer jobs = jdbc.queryForObject("SELECT count(*) FROM ats_jobs WHERE integration_id = ?", Integer.class,
                INTEGRATION);
        if (jobs == null || jobs == 0) {
            assertThat(run(sync(SyncType.FULL)).get("status")).isEqualTo("SUCCEEDED");
        }
    }

    private Job openJob() {
        SandboxAccount account = sandbox.account();
        return account.read(() -> account.jobs().values().stream()
                .filter(j -> !Boolean.TRUE.equals(j.template) && "SOURCING".equals(j.status) && j.hiringProcessId != null)
                .filter(j -> account.postings().values().stream().noneMatch(p -> j.id.equals(p.jobId())))
                .findFirst().orElseThrow());
    }

    private static String unique(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }
}
