package io.srconnector.http;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A SmartRecruiters requester wired as the application wires it, against WireMock: a started
 * {@link DefaultCamelContext} with the camel-http component ({@code automaticRetriesDisabled=true}, as
 * {@code camel.component.http.automatic-retries-disabled} does in application.yaml, short timeouts for tests), an
 * in-memory {@link SrConnectionProvider} and a back-off sleeper that records waits instead of sleeping.
 * One harness per test class; {@link #requester(RequesterSettings)} per test (fresh limits).
 */
public final class SrTestHarness implements AutoCloseable {
    public static final String INTEGRATION = "int-1";
    public static final String TOKEN = "sr-token-1";
    /** Response timeout of the test HTTP component. */
    public static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(1000);

    public final WireMockServer wireMock;
    public final DefaultCamelContext camel;
    public final ProducerTemplate producer;
    public final Connections connections = new Connections();
    /** Back-off waits the requester asked for, in ms. */
    public final List<Long> sleeps = new CopyOnWriteArrayList<>();
    private CredentialLimits limits;
    private final io.micrometer.core.instrument.simple.SimpleMeterRegistry meters =
            new io.micrometer.core.instrument.simple.SimpleMeterRegistry();

    private SrTestHarness() throws Exception {
        wireMock = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(40));
        wireMock.start();
        camel = new DefaultCamelContext();
        HttpComponent http = new HttpComponent();
        http.setAutomaticRetriesDisabled(true);
        http.setConnectTimeout(1000);
        http.setResponseTimeout(RESPONSE_TIMEOUT.toMillis());
        http.setSoTimeout(RESPONSE_TIMEOUT.toMillis());
        camel.addComponent("http", http);
        camel.start();
        producer = camel.createProducerTemplate();
    }

    public static SrTestHarness start() {
        try {
            return new SrTestHarness();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Test defaults: 6 attempts, no rate limit (0), real concurrency limits, 1 s back-off start. */
    public static RequesterSettings settings() {
        RequesterSettings s = new RequesterSettings();
        s.setRequestsPerSecond(0);
        s.setMaxAttempts(6);
        s.setInitialBackoff(Duration.ofMillis(1000));
        s.setMaxBackoff(Duration.ofSeconds(30));
        s.setMaxRetryAfter(Duration.ofSeconds(60));
        s.setPermitTimeout(Duration.ofSeconds(20));
        return s;
    }

    public String baseUrl() {
        return "http://localhost:" + wireMock.port();
    }

    /** Resets WireMock, the recorded sleeps and the connections (int-1 → WireMock, X-SmartToken). */
    public void reset() {
        wireMock.resetAll();
        sleeps.clear();
        connections.reset(baseUrl());
    }

    /** A new requester with fresh per-credential limits. */
    public SmartRecruitersRequester requester(RequesterSettings settings) {
        limits = new CredentialLimits(settings);
        SmartRecruitersRequester r = new SmartRecruitersRequester(camel, producer, connections, limits, settings,
                new io.srconnector.observability.ConnectorMetrics(meters));
        r.setSleeper(sleeps::add);
        return r;
    }

    /** The meters the requesters of this harness count SmartRecruiters calls in. */
    public io.micrometer.core.instrument.simple.SimpleMeterRegistry meters() {
        return meters;
    }

    /** The limits of the last requester built. */
    public CredentialLimits limits() {
        return limits;
    }

    @Override
    public void close() {
        try {
            producer.close();
        } catch (Exception ignored) {
            // closing anyway
        }
        camel.stop();
        wireMock.stop();
    }

    /** In-memory connections; counts 401 refreshes and can swap the token on refresh. */
    public static final class Connections implements SrConnectionProvider {
        private final Map<String, SrConnection> byId = new ConcurrentHashMap<>();
        public final AtomicInteger refreshes = new AtomicInteger();
        /** Auth headers to switch to on refresh; null = refresh not possible (API key). */
        public volatile Map<String, String> refreshedHeaders;

        void reset(String baseUrl) {
            byId.clear();
            refreshes.set(0);
            refreshedHeaders = null;
            put(new SrConnection(INTEGRATION, baseUrl, "credential-1", Map.of("X-SmartToken", TOKEN)));
        }

        public void put(SrConnection c) {
            byId.put(c.integrationId(), c);
        }

        @Override
        public SrConnection connection(String integrationId) {
            SrConnection c = byId.get(integrationId);
            if (c == null) {
                throw new IllegalArgumentException("No integration " + integrationId);
            }
            return c;
        }

        @Override
        public boolean refreshAfterUnauthorized(SrConnection used) {
            refreshes.incrementAndGet();
            if (refreshedHeaders == null) {
                return false;
            }
            put(new SrConnection(used.integrationId(), used.baseUrl(), used.limiterKey(), refreshedHeaders));
            return true;
        }
    }
}
