package io.srconnector.sandbox.api;

import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sandbox.data.Attachment;
import io.srconnector.sandbox.support.SandboxClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /candidates/attachments/{attachmentId}} serves downloadable bytes with the (non-ASCII) file name. */
class AttachmentDownloadTest {

    private static SandboxServer server;
    private static SandboxClient client;
    private static List<Attachment> attachments;

    @BeforeAll
    static void start() {
        server = new SandboxServer(SandboxSettings.builder().rateLimiting(false).candidates(40).build()).start();
        client = new SandboxClient(server);
        attachments = server.account().read(() -> server.account().candidates().values().stream()
                .flatMap(c -> c.applications.stream()).flatMap(a -> a.attachments.stream()).toList());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void downloadsEveryTypeWithContentTypeAndFileName() {
        Attachment pdf = attachments.stream().filter(a -> a.contentType().equals("application/pdf") && !a.name().matches("\\p{ASCII}*"))
                .findFirst().orElseThrow();
        SandboxClient.Response r = client.get("/candidates/attachments/" + pdf.id());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).contains("application/pdf");
        assertThat(new String(r.bytes(), 0, 8, StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4");
        String disposition = r.header("Content-Disposition").orElseThrow();
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + 17);
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(pdf.name());
        assertThat(disposition).startsWith("attachment; filename=\"").matches("\\p{ASCII}*");
        assertThat(client.get("/candidates/attachments/" + pdf.id()).bytes()).as("deterministic bytes").isEqualTo(r.bytes());
        for (Attachment a : attachments.subList(0, Math.min(20, attachments.size()))) {
            SandboxClient.Response d = client.get("/candidates/attachments/" + a.id());
            assertThat(d.status()).isEqualTo(200);
            assertThat(d.header("Content-Type")).contains(a.contentType());
            assertThat(d.bytes()).isNotEmpty();
        }
    }
}
