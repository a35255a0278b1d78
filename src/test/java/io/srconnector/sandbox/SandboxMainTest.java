package io.srconnector.sandbox;

import io.srconnector.sandbox.auth.SystemRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Command line of the standalone sandbox. */
class SandboxMainTest {

    @Test
    void defaults() {
        SandboxMain.Options o = SandboxMain.parse(new String[0]);
        assertThat(o.settings().port()).isEqualTo(8091);
        assertThat(o.settings().sizes().candidates()).isEqualTo(500);
        assertThat(o.settings().rateLimits().enabled()).isTrue();
        assertThat(o.settings().rateLimits().sendRetryAfter()).isFalse();
        assertThat(o.settings().credentials()).extracting(c -> c.secret())
                .containsExactly(SandboxSettings.DEFAULT_API_KEY, SandboxSettings.DEFAULT_STANDARD_API_KEY);
        assertThat(SandboxSettings.DEFAULT_API_KEY).hasSize(32);
        assertThat(SandboxSettings.DEFAULT_STANDARD_API_KEY).hasSize(32);
        assertThat(o.settings().credentials().get(0).role()).isEqualTo(SystemRole.ADMINISTRATOR);
        assertThat(o.settings().credentials().get(1).role()).isEqualTo(SystemRole.STANDARD);
        assertThat(o.dump()).isNull();
    }

    @Test
    void options() {
        SandboxMain.Options o = SandboxMain.parse(new String[]{"--port", "0", "--candidates", "100000", "--rate-limit", "off",
                "--retry-after", "3", "--rps", "5", "--concurrency", "4", "--candidates-concurrency", "2", "--seed", "7",
                "--api-key", "k".repeat(32), "--dump", "out", "--data-dir", "in", "--company", "Globex", "--updated-after-inclusive"});
        SandboxSettings s = o.settings();
        assertThat(s.port()).isZero();
        assertThat(s.sizes().candidates()).isEqualTo(100000);
        assertThat(s.rateLimits().enabled()).isFalse();
        assertThat(s.rateLimits().retryAfterSeconds()).isEqualTo(3);
        assertThat(s.rateLimits().sendRetryAfter()).isTrue();
        assertThat(s.rateLimits().requestsPerWindow()).isEqualTo(5);
        assertThat(s.rateLimits().concurrent()).isEqualTo(4);
        assertThat(s.rateLimits().concurrencyOverrides()).containsEntry("GET /candidates", 2);
        assertThat(s.seed()).isEqualTo(7);
        assertThat(s.credentials().get(0).secret()).isEqualTo("k".repeat(32));
        assertThat(s.companyIdentifier()).isEqualTo("Globex");
        assertThat(s.dataDirectory()).isEqualTo(Path.of("in"));
        assertThat(s.updatedAfterInclusive()).isTrue();
        assertThat(o.dump()).isEqualTo(Path.of("out"));
        assertThat(SandboxMain.parse(new String[]{"--help"}).help()).isTrue();
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> SandboxMain.parse(new String[]{"--nope", "1"})).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> SandboxMain.parse(new String[]{"--port"})).hasMessageContaining("missing value");
        assertThatThrownBy(() -> SandboxMain.parse(new String[]{"--rate-limit", "maybe"})).hasMessageContaining("on or off");
        assertThatThrownBy(() -> SandboxMain.parse(new String[]{"--candidates", "many"})).hasMessageContaining("number");
    }

    @Test
    void bannerPrintsBaseUrlAndKeys() {
        try (SandboxServer server = new SandboxServer(SandboxSettings.builder().candidates(5).build()).start()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SandboxMain.printBanner(server, new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(out.toString(StandardCharsets.UTF_8)).contains(server.baseUrl()).contains(SandboxSettings.DEFAULT_API_KEY)
                    .contains(SandboxSettings.DEFAULT_STANDARD_API_KEY);
        }
    }

    @Test
    void dumpWritesAccountFiles(@TempDir Path dir) throws Exception {
        SandboxMain.main(new String[]{"--candidates", "5", "--jobs", "3", "--users", "3", "--dump", dir.toString()});
        assertThat(dir.resolve("configuration/company.json")).isRegularFile();
        assertThat(dir.resolve("candidates.json")).isRegularFile();
        assertThat(dir.resolve("user-api/v201804/users.json")).isRegularFile();
    }
}
