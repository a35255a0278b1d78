package io.srconnector.write;

import io.srconnector.api.ApiException;
import io.srconnector.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Attachment size, type, base64 and data_url rules, checked before any upload. */
class AttachmentInputsTest {
    private final WriteSettings settings = new WriteSettings();
    private final AttachmentInputs inputs;

    AttachmentInputsTest() {
        settings.setMaxAttachmentBytes(1024);
        settings.setMaxTotalAttachmentBytes(1500);
        inputs = new AttachmentInputs(settings, new DataUrlFetcher(settings));
    }

    private static String b64(int bytes) {
        return Base64.getEncoder().encodeToString(new byte[bytes]);
    }

    @Test
    void decodesBase64KeepingTheNonAsciiName() {
        Attachment a = inputs.decode(Json.read("{\"name\":\"Lebenslauf Ünïcødé 李.pdf\",\"content_type\":\"Application/PDF\","
                + "\"data\":\"" + Base64.getEncoder().encodeToString("%PDF".getBytes(StandardCharsets.US_ASCII))
                + "\",\"type\":\"CV\"}"), "attachment");
        assertThat(a.name()).isEqualTo("Lebenslauf Ünïcødé 李.pdf");
        assertThat(a.contentType()).isEqualTo("application/pdf");
        assertThat(a.srType()).isEqualTo("RESUME");
        assertThat(new String(a.bytes(), StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"content_type\":\"text/plain\",\"data\":\"SGk=\",\"type\":\"CV\"}|attachment.name: is required",
            "{\"name\":\"a.txt\",\"content_type\":\"text/plain\",\"data\":\"SGk=\",\"type\":\"RESUME\"}|attachment.type: must be one of",
            "{\"name\":\"a.txt\",\"data\":\"SGk=\",\"type\":\"CV\"}|attachment.content_type: is required with data",
            "{\"name\":\"a.txt\",\"content_type\":\"text/plain\",\"type\":\"CV\"}|attachment.data: either data",
            "{\"name\":\"a.txt\",\"content_type\":\"text/plain\",\"data\":\"SGk=\",\"data_url\":\"https://e.com/a\",\"type\":\"CV\"}|attachment.data: give either",
            "{\"name\":\"a.txt\",\"content_type\":\"text/plain\",\"data\":\"not base64!\",\"type\":\"CV\"}|attachment.data: is not valid base64",
            "{\"name\":\"a.txt\",\"content_type\":\"text/plain\",\"data\":\"data:text/plain;base64,SGk=\",\"type\":\"CV\"}|attachment.data: must be plain base64",
            "{\"name\":\"a.exe\",\"content_type\":\"application/x-msdownload\",\"data\":\"SGk=\",\"type\":\"OTHER\"}|attachment.content_type: 'application/x-msdownload' is not accepted",
            "{\"name\":\"a.txt\",\"content_type\":\"text/plain; rm -rf\",\"data\":\"SGk=\",\"type\":\"CV\"}|attachment.content_type: 'text/plain; rm -rf' is not a MIME type",
            "{\"name\":\"a\\r\\nX: y.txt\",\"content_type\":\"text/plain\",\"data\":\"SGk=\",\"type\":\"CV\"}|attachment.name: must be a file name",
            "{\"name\":\"../../etc/passwd\",\"content_type\":\"text/plain\",\"data\":\"SGk=\",\"type\":\"CV\"}|attachment.name: must be a file name",
            "{\"name\":\"a.txt\",\"content_type\":\"text/plain\",\"data\":\"\",\"type\":\"CV\"}|attachment.data: must not be blank",
            "{\"name\":\"a.txt\",\"content_type\":\"text/plain\",\"data_url\":\"file:///etc/passwd\",\"type\":\"CV\"}|attachment.data_url: must be an absolute http(s) URL",
            "{\"name\":\"a.txt\",\"content_type\":\"text/plain\",\"data_url\":\"http://127.0.0.1:1/x\",\"type\":\"CV\"}|attachment.data_url: must not point at a local or private address",
            "{\"name\":\"a.txt\",\"content_type\":\"text/plain\",\"data_url\":\"http://169.254.169.254/latest\",\"type\":\"CV\"}|attachment.data_url: must not point at a local or private address",
            "{\"name\":\"a.txt\",\"content_type\":\"text/plain\",\"data_url\":\"http://10.0.0.8/x\",\"type\":\"CV\"}|attachment.data_url: must not point at a local or private address"})
    void refusesBadAttachmentsNamingTheField(String json, String message) {
        assertThatThrownBy(() -> inputs.decode(Json.read(json), "attachment"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).startsWith(message);
                });
    }

    @Test
    void oversizedFilesAndTotalsAreRefused() {
        assertThatThrownBy(() -> inputs.decode(Json.read("{\"name\":\"a.pdf\",\"content_type\":\"application/pdf\",\"data\":\""
                + b64(1025) + "\",\"type\":\"CV\"}"), "attachment"))
                .hasMessage("attachment.data: the file is larger than 1024 bytes");
        var one = Json.read("{\"name\":\"a.pdf\",\"content_type\":\"application/pdf\",\"data\":\"" + b64(1000) + "\",\"type\":\"CV\"}");
        assertThatThrownBy(() -> inputs.decodeAll(List.of(one, one), "attachments"))
                .hasMessage("attachments: the attachments add up to more than 1500 bytes");
        assertThat(inputs.decodeAll(List.of(one), "attachments")).hasSize(1);
    }
}
