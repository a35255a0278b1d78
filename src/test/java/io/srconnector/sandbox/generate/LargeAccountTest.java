package io.srconnector.sandbox.generate;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.support.SandboxClient;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A larger account generates and pages completely. Kept at 20,000 candidates so the suite stays fast; the
 * 100,000-candidate check is manual (docs/sandbox.md, "Large accounts").
 */
class LargeAccountTest {

    @Test
    void twentyThousandCandidatesPageCompletely() {
        try (SandboxServer server = new SandboxServer(SandboxSettings.builder().rateLimiting(false).candidates(20_000).build()).start()) {
            SandboxClient client = new SandboxClient(server);
            long listable = server.account().read(() -> server.account().candidates().values().stream().filter(Candidate::hasApplications).count());
            List<JsonNode> pages = client.cursorPages("/candidates?limit=100", "pageId", 1000);
            Set<String> ids = new HashSet<>();
            pages.forEach(p -> p.get("content").forEach(c -> ids.add(c.get("id").asText())));
            assertThat(ids).hasSize((int) listable);
            assertThat(pages.get(0).get("totalFound").asLong()).isEqualTo(listable);
            assertThat(server.account().read(() -> server.account().counts().get("applications"))).isGreaterThan(28_000);
        }
    }
}
