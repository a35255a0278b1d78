package io.srconnector.observability;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.srconnector.http.SmartRecruitersRequester;
import io.srconnector.http.SrRequest;
import io.srconnector.http.SrTestHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** SmartRecruiters calls and 429s are counted once per HTTP attempt by the requester, tagged without ids. */
class ConnectorMetricsTest {
    private static SrTestHarness h;

    @BeforeAll
    static void start() {
        h = SrTestHarness.start();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    @Test
    void everyAttemptIsCountedByStatusAndA429AlsoAsRateLimited() {
        h.reset();
        SmartRecruitersRequester requester = h.requester(SrTestHarness.settings());
        SimpleMeterRegistry meters = h.meters();
        double before200 = calls(meters, "candidates", "200");
        double before429 = calls(meters, "candidates", "429");
        double beforeLimited = limited(meters);
        h.wireMock.stubFor(get(urlPathEqualTo("/candidates/c-77/jobs/j-1/status/history")).inScenario("m")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(429)).willSetStateTo("ok"));
        h.wireMock.stubFor(get(urlPathEqualTo("/candidates/c-77/jobs/j-1/status/history")).inScenario("m")
                .whenScenarioStateIs("ok").willReturn(okJson("{\"content\":[]}")));

        requester.execute(SrRequest.get(SrTestHarness.INTEGRATION, "/candidates/c-77/jobs/j-1/status/history").build());

        assertThat(calls(meters, "candidates", "429") - before429).isEqualTo(1.0);
        assertThat(calls(meters, "candidates", "200") - before200).isEqualTo(1.0);
        assertThat(limited(meters) - beforeLimited).isEqualTo(1.0);
        // no tag value carries the record ids of the path
        meters.getMeters().forEach(m -> m.getId().getTags().forEach(t ->
                assertThat(t.getValue()).doesNotContain("c-77").doesNotContain("j-1")));
    }

    @Test
    void theEndpointTagIsTheFirstPathSegmentFromAFixedList() {
        assertThat(ConnectorMetrics.endpoint("/candidates/abc/jobs/x/status")).isEqualTo("candidates");
        assertThat(ConnectorMetrics.endpoint("/user-api/v201804/users")).isEqualTo("user-api");
        assertThat(ConnectorMetrics.endpoint("/jobs")).isEqualTo("jobs");
        assertThat(ConnectorMetrics.endpoint("/identity/oauth/token")).isEqualTo("identity");
        assertThat(ConnectorMetrics.endpoint("/some-passthrough-path/123")).isEqualTo("other");
        assertThat(ConnectorMetrics.endpoint(null)).isEqualTo("other");
    }

    private static double calls(SimpleMeterRegistry meters, String endpoint, String status) {
        Counter c = meters.find("srconnector.smartrecruiters.calls").tag("integration", SrTestHarness.INTEGRATION)
                .tag("endpoint", endpoint).tag("status", status).counter();
        return c == null ? 0 : c.count();
    }

    private static double limited(SimpleMeterRegistry meters) {
        Counter c = meters.find("srconnector.smartrecruiters.rate.limited")
                .tag("integration", SrTestHarness.INTEGRATION).counter();
        return c == null ? 0 : c.count();
    }
}
