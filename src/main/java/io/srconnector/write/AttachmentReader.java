package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.http.SmartRecruitersException;
import io.srconnector.http.SrRequest;
import io.srconnector.http.SrResponse;
import io.srconnector.json.Json;
import io.srconnector.persistence.UnifiedIds;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads an application's files live from SmartRecruiters, with their content: {@code GET /candidates/{candidateId}/
 * jobs/{jobId}/attachments} ({@code {content[{id, name, type, contentType}]}}) and, per file,
 * {@code GET /candidates/attachments/{attachmentId}} (the bytes; scope {@code candidates_read}; §4.4). Each file
 * becomes Kombo's attachment {@code {id, remote_id, type, data_url, file_name, content_type, remote_created_at,
 * remote_updated_at}} (+ {@code application_id}, {@code candidate_id} for the candidate list) with the content as a
 * {@code data:<content type>;base64,…} URL; SmartRecruiters has no file dates, so they are null. Ids are
 * {@code UnifiedIds.of(integration, "ats_attachments", attachmentId)}.
 */
@Component
public class AttachmentReader {
    private final SrWrites sr;

    public AttachmentReader(SrWrites sr) {
        this.sr = sr;
    }

    /**
     * The files of one application.
     *
     * @param withOwners add {@code application_id} and {@code candidate_id} (candidate attachment list)
     */
    public List<ObjectNode> application(String integrationId, String candidateRemoteId, String jobRemoteId,
                                        boolean withOwners) {
        JsonNode list = sr.get(integrationId, "/candidates/" + candidateRemoteId + "/jobs/" + jobRemoteId
                + "/attachments", "list the application's attachments");
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode a : list.path("content")) {
            String id = a.path("id").asText(null);
            if (id == null) {
                continue;
            }
            Fields.remoteIdSegment(id, "attachment id");
            SrResponse file;
            try {
                file = sr.raw(SrRequest.get(integrationId, "/candidates/attachments/" + id).header("Accept", "*/*")
                        .build());
            } catch (SmartRecruitersException e) {
                throw SrWriteErrors.translate(e, "download the attachment " + id);
            }
            String contentType = a.path("contentType").asText(null);
            if (contentType == null || contentType.isBlank()) {
                String h = file.header("Content-Type");
                contentType = h == null ? "application/octet-stream" : DataUrlFetcher.mediaType(h);
            }
            ObjectNode o = Json.mapper().createObjectNode();
            o.put("id", UnifiedIds.of(integrationId, "ats_attachments", id));
            if (withOwners) {
                o.put("application_id", UnifiedIds.of(integrationId, "ats_applications",
                        candidateRemoteId + ":" + jobRemoteId));
                o.put("candidate_id", UnifiedIds.of(integrationId, "ats_candidates", candidateRemoteId));
            }
            o.put("type", Attachment.komboType(a.path("type").asText(null)));
            o.put("remote_id", id);
            o.put("data_url", "data:" + contentType + ";base64," + Base64.getEncoder().encodeToString(file.body()));
            o.put("file_name", a.path("name").asText(""));
            o.put("content_type", contentType);
            o.putNull("remote_created_at");
            o.putNull("remote_updated_at");
            out.add(o);
        }
        return out;
    }
}
