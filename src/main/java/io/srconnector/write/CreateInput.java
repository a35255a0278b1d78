package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.write.quirks.StageTargets;

import java.net.URI;
import java.util.List;

/**
 * A validated create-candidate / create-application request (coverage sheet input fields): the job, the optional
 * stage, the candidate's fields, screening answers, decoded attachments, source name, GDPR consent and the
 * SmartRecruiters pass-through fields ({@code remote_fields.smartrecruiters.candidate}).
 *
 * @param job           the job (resolved from a Kombo id or {@code remote:<id>})
 * @param jobField      the request field that named the job ({@code job_id} or {@code application.job_id})
 * @param stage         the stage to move to after the create, or null
 * @param candidate     the candidate's fields
 * @param answers       screening answers (checked against the posting when the job is read)
 * @param attachments   decoded attachments
 * @param sourceName    {@code source.name}, or null
 * @param consent       {@code gdpr_consent.given}, or null
 * @param srOverrides   {@code remote_fields.smartrecruiters.candidate}, or null
 */
public record CreateInput(RecordRefs.JobRef job, String jobField, StageTargets.Target stage, CandidateFields candidate,
                          List<ScreeningAnswerMapping.Given> answers, List<Attachment> attachments, String sourceName,
                          Boolean consent, JsonNode srOverrides) {

    /**
     * The candidate's fields.
     *
     * @param country     ISO alpha-2 (normalised), or null without location
     * @param socialLinks validated http(s) URLs
     */
    public record CandidateFields(String firstName, String lastName, String email, String company, String title,
                                  String phone, String city, String country, String state, List<URI> socialLinks) {
    }
}
