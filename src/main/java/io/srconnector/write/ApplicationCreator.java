package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.api.ApiException;
import io.srconnector.http.SmartRecruitersException;
import io.srconnector.http.SmartRecruitersRequester;
import io.srconnector.http.SrClientException;
import io.srconnector.http.SrNotFoundException;
import io.srconnector.http.SrServerException;
import io.srconnector.http.SrTransportException;
import io.srconnector.integration.IntegrationRepository;
import io.srconnector.integration.TrackedApplications;
import io.srconnector.persistence.UnifiedIds;
import io.srconnector.write.quirks.DuplicateCandidateGuard;
import io.srconnector.write.quirks.JobPostingLookup;
import io.srconnector.write.quirks.OtherSourceResolver;
import io.srconnector.write.quirks.StageAfterCreation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Creates a candidate with an application on a job in SmartRecruiters — the machinery behind Kombo's create
 * candidate and create application. Every read comes before the one create call, so a refused request writes
 * nothing:
 * <ol>
 *   <li>{@code GET /jobs/{jobId}}: the job exists (404 naming the job field otherwise);</li>
 *   <li>with screening answers or GDPR consent: the job's published posting ({@link JobPostingLookup}) and its
 *       configuration ({@code GET /postings/{uuid}/configuration}) to check and map the answers
 *       ({@link ScreeningAnswerMapping});</li>
 *   <li>the source ({@link OtherSourceResolver});</li>
 *   <li>the duplicate check ({@link DuplicateCandidateGuard}): the same e-mail and last name already on the job →
 *       {@code 409 ATS.APPLICATION_ALREADY_EXISTS};</li>
 *   <li>the create: through the Application API ({@code POST /postings/{uuid}/candidates}, {@link
 *       SrCandidateBodies#applyRequest}) when answers or consent need it and the job has a posting, else the Customer
 *       API ({@code POST /jobs/{jobId}/candidates}, {@link SrCandidateBodies#candidateInput}). SmartRecruiters' 409
 *       → {@code ATS.APPLICATION_ALREADY_EXISTS}. When the answer never arrives (timeout, 5xx), the request is not
 *       re-sent: the duplicate check runs again and a found application is the created one (with a warning);</li>
 *   <li>the application is recorded in {@link TrackedApplications};</li>
 *   <li>after the create: the attachments not sent with it are uploaded ({@link AttachmentUploads}) and the stage is
 *       set ({@link StageAfterCreation}); a failure there is a warning with the created ids.</li>
 * </ol>
 */
@Component
public class ApplicationCreator {
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationCreator.class);

    private final SrWrites sr;
    private final SmartRecruitersRequester requester;
    private final AttachmentUploads uploads;
    private final TrackedApplications tracked;
    private final IntegrationRepository integrations;
    private final WriteSettings settings;

    public ApplicationCreator(SrWrites sr, SmartRecruitersRequester requester, AttachmentUploads uploads,
                              TrackedApplications tracked, IntegrationRepository integrations, WriteSettings settings) {
        this.sr = sr;
        this.requester = requester;
        this.uploads = uploads;
        this.tracked = tracked;
        this.integrations = integrations;
        this.settings = settings;
    }

    /** What was created: SmartRecruiters ids and Kombo ids. */
    public record Created(String candidateRemoteId, String jobRemoteId, String candidateId, String applicationId) {
        static Created of(String integrationId, String candidateRemoteId, String jobRemoteId) {
            return new Created(candidateRemoteId, jobRemoteId,
                    UnifiedIds.of(integrationId, "ats_candidates", candidateRemoteId),
                    UnifiedIds.of(integrationId, "ats_applications", candidateRemoteId + ":" + jobRemoteId));
        }

        String describe() {
            return "candidate " + candidateId + " (SmartRecruiters " + candidateRemoteId + ") and application "
                    + applicationId;
        }
    }

    /**
     * Creates the candidate and application; asks for both to be refreshed.
     *
     * @throws ApiException 404 unknown job or question, 409 duplicate, 4xx SmartRecruiters' refusal, 502 when
     *                      SmartRecruiters did not answer and no created application was found
     */
    public Created create(WriteContext ctx, CreateInput in) {
        String integrationId = ctx.integrationId();
        Warnings warnings = ctx.warnings();
        String jobId = in.job().remoteId();
        readJob(integrationId, in);
        boolean wantsApplyApi = !in.answers().isEmpty() || Boolean.TRUE.equals(in.consent());
        String postingUuid = wantsApplyApi ? JobPostingLookup.publishedPostingUuid(sr, integrationId, jobId) : null;
        ArrayNode answers = null;
        if (!in.answers().isEmpty()) {
            if (postingUuid == null) {
                ScreeningAnswerMapping.Given first = in.answers().get(0);
                throw ApiException.notFound("screening_question_answers[" + first.index() + "].question_id (the job has "
                        + "no published posting, so no screening questions)", first.questionId());
            }
            JsonNode config = sr.get(integrationId, "/postings/" + postingUuid + "/configuration",
                    "read the posting's screening questions");
            answers = ScreeningAnswerMapping.map(integrationId, config, in.answers(), warnings);
        } else if (Boolean.TRUE.equals(in.consent()) && postingUuid == null) {
            warnings.add("gdpr_consent.given was not written: SmartRecruiters records consent only for an application "
                    + "through a published posting, and the job has none.");
        }
        ObjectNode source = OtherSourceResolver.resolve(sr, requester, integrationId, in.sourceName(),
                defaultSource(integrationId), warnings);
        String email = in.candidate().email();
        String lastName = in.candidate().lastName();
        List<DuplicateCandidateGuard.Match> before = DuplicateCandidateGuard.find(requester, integrationId, email,
                lastName, jobId);
        if (!before.isEmpty() && before.get(0).onJob()) {
            Created existing = Created.of(integrationId, before.get(0).candidateRemoteId(), jobId);
            throw new ApiException(409, "ATS.APPLICATION_ALREADY_EXISTS", "Application already exists",
                    "A candidate with this e-mail and last name already applied to the job: " + existing.describe());
        }
        if (!before.isEmpty()) {
            warnings.add("SmartRecruiters already has a candidate with this e-mail and last name ("
                    + before.get(0).candidateRemoteId() + "); the application was added to that candidate.");
        }
        List<Attachment> later = new ArrayList<>(in.attachments());
        String candidateRemoteId;
        boolean applyApi = postingUuid != null;
        try {
            if (applyApi) {
                Attachment resume = later.stream().filter(a -> "CV".equals(a.type())).findFirst().orElse(null);
                later.remove(resume);
                ObjectNode body = SrCandidateBodies.applyRequest(in, source, resume, answers, warnings);
                candidateRemoteId = sr.raw(SrWrites.json(integrationId, "POST", "/postings/" + postingUuid
                        + "/candidates", body)).json().path("id").asText(null);
            } else {
                ObjectNode body = SrCandidateBodies.candidateInput(in, source, warnings);
                candidateRemoteId = sr.raw(SrWrites.json(integrationId, "POST", "/jobs/" + jobId + "/candidates", body))
                        .json().path("id").asText(null);
            }
        } catch (SrTransportException | SrServerException e) {
            candidateRemoteId = reconcile(integrationId, email, lastName, jobId, e, warnings);
        } catch (SmartRecruitersException e) {
            throw SrWriteErrors.translate(e, "create the candidate");
        }
        if (candidateRemoteId == null || candidateRemoteId.isBlank()) {
            throw new ApiException(502, "REMOTE.UNKNOWN_HTTP_ERROR", "SmartRecruiters error",
                    "SmartRecruiters answered the create without a candidate id");
        }
        Fields.remoteIdSegment(candidateRemoteId, "candidate id from SmartRecruiters");
        Created created = Created.of(integrationId, candidateRemoteId, jobId);
        tracked.track(integrationId, candidateRemoteId, jobId);
        ctx.refreshCandidate(candidateRemoteId);
        ctx.refreshApplication(candidateRemoteId, jobId);
        for (Attachment a : later) {
            try {
                uploads.upload(integrationId, candidateRemoteId, jobId, a);
            } catch (ApiException e) {
                warnings.add("Created " + created.describe() + ", but the attachment '" + a.name()
                        + "' could not be uploaded: " + e.getMessage());
            }
        }
        if (in.stage() != null) {
            StageAfterCreation.move(sr, integrationId, candidateRemoteId, jobId, in.stage(), created.describe(), warnings);
        }
        return created;
    }

    private void readJob(String integrationId, CreateInput in) {
        try {
            requester.json(io.srconnector.http.SrRequest.get(integrationId, "/jobs/" + in.job().remoteId()).build());
        } catch (SrNotFoundException e) {
            throw new ApiException(404, "PLATFORM.INPUT_INVALID", "Not found",
                    in.jobField() + " '" + in.job().remoteId() + "' is not a SmartRecruiters job");
        } catch (SmartRecruitersException e) {
            throw SrWriteErrors.translate(e, "read the job");
        }
    }

    /**
     * After a create whose answer never arrived: SmartRecruiters may or may not have created the candidate. The
     * request is not re-sent; instead the duplicate check tells which.
     */
    private String reconcile(String integrationId, String email, String lastName, String jobId,
                             SmartRecruitersException failure, Warnings warnings) {
        LOG.warn("[{}] create of a candidate on job {} got no answer ({}); checking whether it happened",
                integrationId, jobId, failure.toString());
        List<DuplicateCandidateGuard.Match> after;
        try {
            after = DuplicateCandidateGuard.find(requester, integrationId, email, lastName, jobId);
        } catch (ApiException e) {
            after = List.of();
        }
        if (!after.isEmpty() && after.get(0).onJob()) {
            warnings.add("SmartRecruiters did not confirm the create (" + SrWriteErrors.detail(failure)
                    + "); the request was not re-sent, and the candidate it created was found and is returned.");
            return after.get(0).candidateRemoteId();
        }
        if (failure instanceof SrClientException) {
            throw SrWriteErrors.translate(failure, "create the candidate");
        }
        throw new ApiException(502, "REMOTE.SERVICE_UNAVAILABLE", "SmartRecruiters unavailable",
                "SmartRecruiters did not confirm the create (" + SrWriteErrors.detail(failure) + ") and no created "
                        + "candidate was found; the request was not re-sent. Retrying is safe: an existing application "
                        + "is detected before anything is written.");
    }

    private String defaultSource(String integrationId) {
        return integrations.find(integrationId)
                .map(i -> i.settings() == null ? null : i.settings().path("default_source").asText(null))
                .filter(s -> s != null && !s.isBlank())
                .orElse(settings.getDefaultSource());
    }
}
