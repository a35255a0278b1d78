package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.http.SmartRecruitersException;
import io.srconnector.http.SrRequest;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Uploads a file to an application: SmartRecruiters {@code POST /candidates/{candidateId}/jobs/{jobId}/attachments}
 * as {@code multipart/form-data} with parts {@code attachmentType} ({@code RESUME}, {@code COVER_LETTER},
 * {@code GENERIC_FILE}) and {@code file} (scope {@code candidates_create}; errors {@code FILE_ALREADY_EXIST},
 * {@code INVALID_FILE}, {@code ATTACHMENT_LIMIT_EXCEEDED}; smartrecruiters-api.md §5). The file name goes into
 * {@code filename="…"} as UTF-8 (RFC 7578 §4.2), so non-ASCII names arrive intact; quotes are percent-encoded.
 */
@Component
public class AttachmentUploads {
    private final SrWrites sr;

    public AttachmentUploads(SrWrites sr) {
        this.sr = sr;
    }

    /**
     * Uploads one file.
     *
     * @return SmartRecruiters' attachment ({@code {id, name, type, contentType}})
     * @throws io.srconnector.api.ApiException SmartRecruiters' refusal, translated
     */
    public JsonNode upload(String integrationId, String candidateRemoteId, String jobRemoteId, Attachment a) {
        String boundary = "srconnector-" + UUID.randomUUID().toString().replace("-", "");
        SrRequest req = SrRequest.of(integrationId, "POST",
                        "/candidates/" + candidateRemoteId + "/jobs/" + jobRemoteId + "/attachments")
                .body(multipart(boundary, a), "multipart/form-data; boundary=" + boundary).build();
        try {
            return sr.raw(req).json();
        } catch (SmartRecruitersException e) {
            throw SrWriteErrors.translate(e, "upload the attachment '" + a.name() + "'");
        }
    }

    /** The multipart body. */
    static byte[] multipart(String boundary, Attachment a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.bytes().length + 512);
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"attachmentType\"\r\n\r\n"
                + a.srType() + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + a.name().replace("\"", "%22") + "\"\r\n"
                + "Content-Type: " + a.contentType() + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(a.bytes());
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
