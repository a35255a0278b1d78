package io.srconnector.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.api.ApiException;
import io.srconnector.json.Json;
import io.srconnector.write.quirks.NoteMarkup;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Notes on a candidate through SmartRecruiters' Message API: {@code POST /messages/shares} with
 * {@code {content: "#[CANDIDATE:<id>] <text>", shareWith: {hiringTeamOf: [<jobIds>]}}} (scope
 * {@code messages_write}; smartrecruiters-api.md §5). The candidate link makes it a note on the candidate; sharing
 * it with the hiring team of the job ties it to the application. The caller's text is escaped
 * ({@link NoteMarkup}); SmartRecruiters takes at most 10,000 characters.
 */
@Component
public class CandidateNotes {
    /** SmartRecruiters' limit for {@code Message.content}. */
    public static final int MAX_CONTENT = 10_000;
    /** Room left for the caller's text after the candidate link (a UUID link is 49 characters with its space). */
    public static final int MAX_TEXT = MAX_CONTENT - 64;

    private final SrWrites sr;

    public CandidateNotes(SrWrites sr) {
        this.sr = sr;
    }

    /** The {@code Message} body of a note (text already escaped or composed from escaped parts). */
    public static ObjectNode message(String candidateRemoteId, String escapedText, List<String> jobRemoteIds) {
        ObjectNode m = Json.mapper().createObjectNode();
        m.put("content", NoteMarkup.candidateLink(candidateRemoteId) + " " + escapedText);
        ObjectNode share = m.putObject("shareWith");
        ArrayNode jobs = share.putArray("hiringTeamOf");
        jobRemoteIds.forEach(jobs::add);
        if (jobRemoteIds.isEmpty()) {
            share.put("everyone", true);
        }
        return m;
    }

    /**
     * Posts a note.
     *
     * @return SmartRecruiters' message id
     * @throws ApiException SmartRecruiters' refusal, translated
     */
    public String post(String integrationId, String candidateRemoteId, String escapedText, List<String> jobRemoteIds,
                       String what) {
        if (escapedText.length() > MAX_TEXT) {
            throw ApiException.invalid("content", "must be at most " + MAX_TEXT + " characters");
        }
        return sr.send(integrationId, "POST", "/messages/shares", message(candidateRemoteId, escapedText, jobRemoteIds),
                what).json().path("id").asText(null);
    }
}
