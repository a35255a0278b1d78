package io.srconnector.passthrough;

import io.srconnector.api.ApiException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The passthrough's path and header rules (issue 6: relative paths on the SmartRecruiters API only). */
class PassthroughPathsTest {

    @Test
    void relativeApiPathsAreAcceptedAndTheirQueryIsParsed() {
        PassthroughPaths.Target t = PassthroughPaths.parse("/user-api/v201804/users?limit=1&q=Ana%20Tester&status=A&status=B");
        assertThat(t.path()).isEqualTo("/user-api/v201804/users");
        assertThat(t.query()).isEqualTo(Map.of("limit", List.of("1"), "q", List.of("Ana Tester"),
                "status", List.of("A", "B")));
        assertThat(PassthroughPaths.parse("/candidates/3f1c7e9a-0000-4000-8000-000000000001/jobs/j-1/status/history")
                .path()).endsWith("/status/history");
        assertThat(PassthroughPaths.parse("/jobs/").path()).isEqualTo("/jobs/");
        assertThat(PassthroughPaths.parse("/v1/companies/Acme.Corp_1~x/postings").query()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example/x", "https://api.smartrecruiters.com/jobs", "//evil.example/x",
            "/\\evil.example", "/../x", "/jobs/..", "/jobs/./x", "/jobs/%2e%2e", "/jobs%2f..", "/@evil.example",
            "/http://evil.example", "/jobs:80", "/jobs#x", "/jobs x", "/jobs\tx", "/jöbs", "jobs", "", "/jobs;x",
            "/jobs\r\nHost: evil.example", "/a//b"})
    void hostilePathsAreRefusedNamingThePath(String path) {
        assertThatThrownBy(() -> PassthroughPaths.parse(path)).isInstanceOf(ApiException.class)
                .satisfies(e -> {
                    assertThat(((ApiException) e).httpStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).startsWith("path:");
                });
    }

    @Test
    void authTransportAndForwardingHeadersAreDroppedAndInjectionIsRefused() {
        for (String h : List.of("Authorization", "x-smarttoken", "Cookie", "Host", "Content-Length",
                "Transfer-Encoding", "Connection", "Proxy-Authorization", "X-Forwarded-For", "Forwarded",
                "CamelHttpUri", "camelhttppath", "X-Integration-Id", "Upgrade", "X-HTTP-Method-Override")) {
            assertThat(PassthroughHeaders.allowed(h, "v")).as(h).isFalse();
        }
        assertThat(PassthroughHeaders.allowed("Accept-Language", "de")).isTrue();
        assertThat(PassthroughHeaders.allowed("If-None-Match", "\"abc\"")).isTrue();
        assertThatThrownBy(() -> PassthroughHeaders.allowed("X-A", "1\r\nX-B: 2")).hasMessageStartingWith("headers.X-A:");
        assertThatThrownBy(() -> PassthroughHeaders.allowed("Bad Name", "1")).hasMessageStartingWith("headers:");
    }
}
