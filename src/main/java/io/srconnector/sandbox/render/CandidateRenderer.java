package io.srconnector.sandbox.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.data.ApplicationProperty;
import io.srconnector.sandbox.data.Attachment;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.CandidatePropertyDefinition;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.data.ScreeningAnswer;
import io.srconnector.sandbox.data.StatusChange;
import io.srconnector.sandbox.json.Json;

import java.util.List;

/**
 * Candidate API bodies (S1; examples {@code candidates-list}, {@code candidate-details},
 * {@code candidate-job-application}, {@code candidate-job-status-history}, {@code candidate-tags},
 * {@code candidate-job-attachments}, {@code candidate-job-screening-answers}). Job titles in assignments come from
 * the account's job (so a renamed job shows everywhere).
 */
public final class CandidateRenderer {

    private final SandboxAccount account;
    private final Links links;

    public CandidateRenderer(SandboxAccount account, Links links) {
        this.account = account;
        this.links = links;
    }

    /** {@code Candidate} item of {@code GET /candidates}: no status on secondary assignments (§7 quirk 1). */
    public ObjectNode listItem(Candidate c) {
        ObjectNode n = Json.object();
        n.put("id", c.id);
        Json.putIfPresent(n, "email", c.email);
        Json.putIfPresent(n, "firstName", c.firstName);
        Json.putIfPresent(n, "lastName", c.lastName);
        Json.putIfPresent(n, "applicationLanguage", c.applicationLanguage);
        n.put("internal", c.internal);
        Json.putDate(n, "createdOn", c.createdOn);
        putUpdatedOn(n, c);
        Json.putTree(n, "location", c.location);
        tags(n.putArray("tags"), c.tags);
        if (c.consentStatus != null) {
            n.putObject("consent").put("status", c.consentStatus);
        }
        if (c.hasApplications()) {
            Application p = c.applications.get(0);
            ObjectNode primary = n.putObject("primaryAssignment");
            primary.set("job", jobRef(p, true));
            Json.putIfPresent(primary, "status", p.status);
            Json.putIfPresent(primary, "subStatus", p.subStatus);
        }
        ArrayNode secondary = n.putArray("secondaryAssignments");
        for (Application a : c.applications.subList(Math.min(1, c.applications.size()), c.applications.size())) {
            secondary.addObject().set("job", jobRef(a, false));
        }
        ObjectNode actions = n.putObject("actions");
        actions.set("details", links.get("/candidates/" + c.id));
        actions.set("properties", links.get("/candidates/" + c.id + "/properties"));
        return n;
    }

    /** {@code CandidateDetails} of {@code GET /candidates/{id}}. */
    public ObjectNode details(Candidate c) {
        ObjectNode n = Json.object();
        tags(n.putArray("tags"), c.tags);
        n.put("id", c.id);
        n.put("internal", c.internal);
        Json.putIfPresent(n, "firstName", c.firstName);
        Json.putIfPresent(n, "lastName", c.lastName);
        Json.putIfPresent(n, "email", c.email);
        Json.putIfPresent(n, "phoneNumber", c.phoneNumber);
        Json.putTree(n, "location", c.location);
        Json.putTree(n, "web", c.web);
        Json.putDate(n, "createdOn", c.createdOn);
        putUpdatedOn(n, c);
        n.set("education", Json.tree(c.education));
        n.set("experience", Json.tree(c.experience));
        if (c.hasApplications()) {
            n.set("primaryAssignment", assignment(c.applications.get(0)));
        }
        ArrayNode secondary = n.putArray("secondaryAssignments");
        for (Application a : c.applications.subList(Math.min(1, c.applications.size()), c.applications.size())) {
            secondary.add(assignment(a));
        }
        ObjectNode actions = n.putObject("actions");
        actions.set("properties", links.get("/candidates/" + c.id + "/properties"));
        actions.set("attachments", links.get("/candidates/" + c.id + "/attachments"));
        actions.set("consent", links.get("/candidates/" + c.id + "/consent"));
        actions.set("consents", links.get("/candidates/" + c.id + "/consents"));
        return n;
    }

    private static void putUpdatedOn(ObjectNode n, Candidate c) {
        if (c.updatedOn != null) {
            Json.putDate(n, "updatedOn", c.updatedOn);
        } else if (c.updatedOnExplicitNull) {
            n.putNull("updatedOn");
        }
    }

    private static void tags(ArrayNode target, List<String> tags) {
        tags.forEach(target::add);
    }

    private ObjectNode jobRef(Application a, boolean withTitle) {
        ObjectNode job = Json.object();
        job.put("id", a.jobId);
        if (withTitle) {
            Job j = account.job(a.jobId);
            Json.putIfPresent(job, "title", j != null ? j.title : a.jobTitle);
        }
        job.putObject("actions").set("details", links.get("/jobs/" + a.jobId));
        return job;
    }

    /** {@code Job ∧ Assignment} of {@code CandidateDetails.primaryAssignment}/{@code secondaryAssignments}. */
    public ObjectNode assignment(Application a) {
        ObjectNode n = Json.object();
        n.set("job", jobRef(a, true));
        assignmentFields(n, a);
        return n;
    }

    private void assignmentFields(ObjectNode n, Application a) {
        Json.putIfPresent(n, "status", a.status);
        Json.putIfPresent(n, "subStatus", a.subStatus);
        Json.putDate(n, "startsOn", a.startsOn);
        Json.putIfPresent(n, "source", a.source);
        Json.putTree(n, "reasonOfRejection", a.reasonOfRejection);
        Json.putTree(n, "reasonOfWithdrawal", a.reasonOfWithdrawal);
        if (a.sourceId != null) {
            n.putObject("actions").set("sourceDetails", links.get("/configuration/sources/" + a.sourceId));
        }
    }

    /** {@code Application} of {@code GET /candidates/{id}/jobs/{jobId}} (the only place with {@code applicationId}). */
    public ObjectNode application(Application a) {
        ObjectNode n = Json.object();
        n.put("applicationId", a.applicationId);
        n.put("candidateId", a.candidateId);
        n.put("jobId", a.jobId);
        assignmentFields(n, a);
        n.put("url", links.url("/candidates/" + a.candidateId + "/jobs/" + a.jobId));
        return n;
    }

    /** {@code CandidateStatusHistoryList}, oldest first. */
    public static ObjectNode statusHistory(Application a) {
        ObjectNode n = Json.object();
        n.put("totalFound", a.history.size());
        ArrayNode content = n.putArray("content");
        for (StatusChange s : a.history) {
            ObjectNode e = content.addObject();
            Json.putDate(e, "changedOn", s.changedOn());
            e.put("status", s.status());
            Json.putIfPresent(e, "subStatus", s.subStatus());
        }
        return n;
    }

    /**
     * {@code CandidateProperties} of {@code GET /candidates/{id}/jobs/{jobId}/properties}: the set values, optionally
     * only those whose definition is available in {@code context} (PROFILE, OFFER_FORM, HIRE_FORM, OFFER_APPROVAL_FORM).
     */
    public ObjectNode properties(Application a, String context) {
        ObjectNode n = Json.object();
        ArrayNode content = n.putArray("content");
        for (ApplicationProperty p : a.properties) {
            if (context != null) {
                CandidatePropertyDefinition def = account.configuration().candidateProperty(p.id());
                if (def != null && def.availability() != null && def.availability().context() != null
                        && !def.availability().context().contains(context)) {
                    continue;
                }
            }
            ObjectNode e = content.addObject();
            e.put("id", p.id());
            Json.putIfPresent(e, "label", p.label());
            Json.putIfPresent(e, "type", p.type());
            if (p.value() != null) {
                e.set("value", p.value());
            }
            Json.putIfPresent(e, "valueLabel", p.valueLabel());
            e.putObject("actions").set("configuration", links.get("/configuration/candidate-properties/" + p.id()));
        }
        return n;
    }

    /** {@code ScreeningAnswers} of {@code GET /candidates/{id}/jobs/{jobId}/screening-answers}. */
    public static ObjectNode screeningAnswers(Application a) {
        ObjectNode n = Json.object();
        n.put("totalFound", a.screeningAnswers.size());
        ArrayNode content = n.putArray("content");
        for (ScreeningAnswer s : a.screeningAnswers) {
            content.add(Json.tree(s));
        }
        return n;
    }

    /** {@code CandidateAttachmentsForJob} of {@code GET /candidates/{id}/jobs/{jobId}/attachments}. */
    public ObjectNode attachments(Application a) {
        ObjectNode n = Json.object();
        n.put("totalFound", a.attachments.size());
        ArrayNode content = n.putArray("content");
        for (Attachment att : a.attachments) {
            ObjectNode e = content.addObject();
            e.put("id", att.id());
            e.put("name", att.name());
            e.put("type", att.type());
            e.put("contentType", att.contentType());
            ObjectNode actions = e.putObject("actions");
            actions.set("download", links.get("/candidates/attachments/" + att.id()));
            actions.set("remove", links.action("/candidates/attachments/" + att.id(), "DELETE"));
        }
        return n;
    }

    /** {@code CandidateTags} of {@code GET /candidates/{id}/tags}. */
    public static ObjectNode tags(Candidate c) {
        ObjectNode n = Json.object();
        tags(n.putArray("tags"), c.tags);
        return n;
    }
}
