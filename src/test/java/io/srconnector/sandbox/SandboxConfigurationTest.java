package io.srconnector.sandbox;

import io.srconnector.sandbox.support.SandboxClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The Spring configuration starts the sandbox only with {@code sandbox.enabled=true} and binds {@code sandbox.*}. */
class SandboxConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(SandboxConfiguration.class);

    @Test
    void disabledByDefault() {
        runner.run(ctx -> assertThat(ctx).doesNotHaveBean(SandboxServer.class));
        runner.withPropertyValues("sandbox.enabled=false").run(ctx -> assertThat(ctx).doesNotHaveBean(SandboxServer.class));
    }

    @Test
    void startsBindsAndStops() {
        SandboxServer[] seen = new SandboxServer[1];
        runner.withPropertyValues("sandbox.enabled=true", "sandbox.candidates=30", "sandbox.jobs=6", "sandbox.users=5",
                        "sandbox.rate-limit.enabled=false", "sandbox.rate-limit.retry-after-seconds=2",
                        "sandbox.api-key=springspringspringspringspringsp", "sandbox.company-identifier=SpringCo")
                .run(ctx -> {
                    assertThat(ctx).hasSingleBean(SandboxServer.class);
                    SandboxServer server = ctx.getBean(SandboxServer.class);
                    seen[0] = server;
                    assertThat(server.running()).isTrue();
                    assertThat(server.settings().rateLimits().enabled()).isFalse();
                    assertThat(server.settings().rateLimits().retryAfterSeconds()).isEqualTo(2);
                    assertThat(server.account().read(() -> server.account().counts().get("candidates"))).isEqualTo(30);
                    SandboxClient client = new SandboxClient(server.baseUrl(), "springspringspringspringspringsp");
                    assertThat(client.getJson("/configuration/company").get("identifier").asText()).isEqualTo("SpringCo");
                    assertThat(client.withKey(SandboxSettings.DEFAULT_API_KEY).get("/jobs").status()).isEqualTo(401);
                });
        assertThat(seen[0].running()).as("stopped with the context").isFalse();
    }
}
