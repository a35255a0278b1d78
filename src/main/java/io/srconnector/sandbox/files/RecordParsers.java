package io.srconnector.sandbox.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.data.ApplicationProperty;
import io.srconnector.sandbox.data.Attachment;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.CandidateLocation;
import io.srconnector.sandbox.data.Compensation;
import io.srconnector.sandbox.data.Creator;
import io.srconnector.sandbox.data.Department;
import io.srconnector.sandbox.data.Education;
import io.srconnector.sandbox.data.Experience;
import io.srconnector.sandbox.data.HiringTeamMember;
import io.srconnector.sandbox.data.IdLabel;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.JobAd;
import io.srconnector.sandbox.data.JobAdContent;
import io.srconnector.sandbox.data.JobAdSections;
import io.srconnector.sandbox.data.JobLocation;
import io.srconnector.sandbox.data.JobProperty;
import io.srconnector.sandbox.data.JobStatusChange;
import io.srconnector.sandbox.data.Language;
import io.srconnector.sandbox.data.Offer;
import io.srconnector.sandbox.data.Publication;
import io.srconnector.sandbox.data.ScreeningAnswer;
import io.srconnector.sandbox.data.StatusChange;
import io.srconnector.sandbox.data.User;
import io.srconnector.sandbox.data.WebProfile;
import io.srconnector.sandbox.json.Json;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads SR response bodies (as stored in account files or posted to {@code /_sandbox/add}) back into the
 * sandbox's records. Tolerant: unknown members are ignored, absent optional members stay empty.
 */
public final class RecordParsers {

    private RecordParsers() {
    }

    private static JsonNode content(JsonNode listBody) {
        if (listBody == null) {
            return null;
        }
        return listBody.isArray() ? listBody : listBody.get("content");
    }

    /** Last path segment of {@code actions.<name>.url}, or null. */
    static String actionId(JsonNode node, String action) {
        String url = Json.text(node.path("actions").path(action), "url");
        if (url == null) {
            return null;
        }
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String actionUrl(JsonNode node, String action) {
        return Json.text(node.path("actions").path(action), "url");
    }

    /** A user from {@code UserEntity} or {@code UserListItem}. */
    public static User user(JsonNode n) {
        User u = new User();
        u.id = Json.text(n, "id");
        u.email = Json.text(n, "email");
        u.firstName = Json.text(n, "firstName");
        u.lastName = Json.text(n, "lastName");
        u.systemRoleId = Json.text(n.path("systemRole"), "id");
        u.externalData = Json.text(n, "externalData");
        u.ssoIdentifier = Json.text(n, "ssoIdentifier");
        u.ssoLoginMode = Json.text(n, "ssoLoginMode");
        u.languageCode = Json.text(n.path("language"), "code");
        u.active = !n.has("active") || n.get("active").asBoolean();
        Long updated = Json.millis(n, "updatedOn");
        u.updatedOn = updated == null ? 0L : updated;
        u.location = Json.convert(n.get("location"), CandidateLocation.class);
        List<String> groups = new ArrayList<>();
        n.path("accessGroups").forEach(g -> groups.add(Json.text(g, "id")));
        u.accessGroupIds = List.copyOf(groups);
        List<String> seats = new ArrayList<>();
        n.path("seats").forEach(s -> seats.add(s.asText()));
        u.seats = List.copyOf(seats);
        return u;
    }

    /** A job from {@code JobDetails} (job ads, history and team are added separately). */
    public static Job job(JsonNode n) {
        Job j = new Job();
        j.id = Json.text(n, "id");
        j.title = Json.text(n, "title");
        j.refNumber = Json.text(n, "refNumber");
        Long created = Json.millis(n, "createdOn");
        Long updated = Json.millis(n, "updatedOn");
        j.createdOn = created != null ? created : updated != null ? updated : 0L;
        j.updatedOn = updated != null ? updated : j.createdOn;
        j.lastActivityOn = Json.millis(n, "lastActivityOn");
        j.department = Json.convert(n.get("department"), Department.class);
        j.location = Json.convert(n.get("location"), JobLocation.class);
        j.status = Json.text(n, "status");
        j.postingStatus = Json.text(n, "postingStatus");
        j.targetHiringDate = Json.millis(n, "targetHiringDate");
        j.industry = Json.convert(n.get("industry"), IdLabel.class);
        j.function = Json.convert(n.get("function"), IdLabel.class);
        j.typeOfEmployment = Json.convert(n.get("typeOfEmployment"), IdLabel.class);
        j.experienceLevel = Json.convert(n.get("experienceLevel"), IdLabel.class);
        j.eeoCategory = Json.convert(n.get("eeoCategory"), IdLabel.class);
        j.template = Json.bool(n, "template");
        j.creator = Json.convert(n.get("creator"), Creator.class);
        j.compensation = Json.convert(n.get("compensation"), Compensation.class);
        j.jobAd = Json.convert(n.get("jobAd"), JobAdContent.class);
        j.properties = Json.convertList(n.get("properties"), JobProperty.class);
        j.applyOnWebUrl = actionUrl(n, "applyOnWeb");
        Language top = Json.convert(n.get("language"), Language.class);
        j.language = top != null ? top : j.jobAd != null ? j.jobAd.language() : null;
        return j;
    }

    /** {@code JobStatusHistory} entries. */
    public static List<JobStatusChange> jobStatusHistory(JsonNode body) {
        List<JobStatusChange> out = new ArrayList<>();
        JsonNode c = content(body);
        if (c != null) {
            c.forEach(e -> {
                Long at = Json.millis(e, "changedOn");
                out.add(new JobStatusChange(at == null ? 0L : at, Json.text(e, "status"), actionId(e, "user")));
            });
        }
        return List.copyOf(out);
    }

    /** {@code HiringTeamMembers} entries. */
    public static List<HiringTeamMember> hiringTeam(JsonNode body) {
        List<HiringTeamMember> out = new ArrayList<>();
        JsonNode c = content(body);
        if (c != null) {
            c.forEach(e -> out.add(new HiringTeamMember(Json.text(e, "id"), Json.text(e, "role"))));
        }
        return List.copyOf(out);
    }

    /** A {@code JobAdItem} with its publications ({@code PublicationList}, may be null). */
    public static JobAd jobAd(JsonNode n, String jobId, JsonNode publications) {
        JobAd ad = new JobAd();
        ad.id = Json.text(n, "id");
        ad.jobId = jobId;
        ad.title = Json.text(n, "title");
        ad.language = Json.convert(n.get("language"), Language.class);
        ad.sections = Json.convert(n.get("jobAd"), JobAdSections.class);
        Long created = Json.millis(n, "createdOn");
        ad.createdOn = created == null ? 0L : created;
        Long updated = Json.millis(n, "updatedOn");
        ad.updatedOn = updated == null ? ad.createdOn : updated;
        ad.applyUrl = Json.text(n, "applyUrl");
        ad.postingStatus = Json.text(n, "postingStatus");
        ad.isDefault = Boolean.TRUE.equals(Json.bool(n, "default"));
        ad.creatorId = Json.text(n.path("creator"), "id");
        ad.visibility = Json.text(n, "visibility");
        ad.publications = Json.convertList(content(publications), Publication.class);
        return ad;
    }

    /** A candidate from {@code CandidateDetails}; its assignments become applications (ids filled in later). */
    public static Candidate candidate(JsonNode n) {
        Candidate c = new Candidate();
        c.id = Json.text(n, "id");
        c.email = Json.text(n, "email");
        c.firstName = Json.text(n, "firstName");
        c.lastName = Json.text(n, "lastName");
        c.phoneNumber = Json.text(n, "phoneNumber");
        c.location = Json.convert(n.get("location"), CandidateLocation.class);
        c.web = Json.convert(n.get("web"), WebProfile.class);
        Long created = Json.millis(n, "createdOn");
        c.createdOn = created == null ? 0L : created;
        c.updatedOn = Json.millis(n, "updatedOn");
        c.updatedOnExplicitNull = n.has("updatedOn") && n.get("updatedOn").isNull();
        c.internal = Boolean.TRUE.equals(Json.bool(n, "internal"));
        c.applicationLanguage = Json.text(n, "applicationLanguage");
        c.consentStatus = Json.text(n.path("consent"), "status");
        List<String> tags = new ArrayList<>();
        n.path("tags").forEach(t -> tags.add(t.asText()));
        c.tags = List.copyOf(tags);
        c.education = Json.convertList(n.get("education"), Education.class);
        c.experience = Json.convertList(n.get("experience"), Experience.class);
        if (n.hasNonNull("primaryAssignment")) {
            c.applications.add(assignment(c.id, n.get("primaryAssignment")));
        }
        n.path("secondaryAssignments").forEach(a -> c.applications.add(assignment(c.id, a)));
        for (Application a : c.applications) {
            a.createDate = c.createdOn;
        }
        return c;
    }

    /** An application from an assignment ({@code Job ∧ Assignment}) or an {@code Application} body. */
    public static Application assignment(String candidateId, JsonNode n) {
        Application a = new Application();
        a.candidateId = candidateId;
        a.jobId = n.has("job") ? Json.text(n.get("job"), "id") : Json.text(n, "jobId");
        a.jobTitle = Json.text(n.path("job"), "title");
        a.applicationId = n.hasNonNull("applicationId") ? Json.text(n, "applicationId") : derivedApplicationId(candidateId, a.jobId);
        updateAssignment(a, n);
        return a;
    }

    /** Copies status, sub-status, start, source and reasons of an assignment body onto an application. */
    public static void updateAssignment(Application a, JsonNode n) {
        a.status = Json.text(n, "status");
        a.subStatus = Json.text(n, "subStatus");
        a.startsOn = Json.millis(n, "startsOn");
        a.source = Json.text(n, "source");
        a.sourceId = actionId(n, "sourceDetails");
        a.reasonOfRejection = Json.convert(n.get("reasonOfRejection"), IdLabel.class);
        a.reasonOfWithdrawal = Json.convert(n.get("reasonOfWithdrawal"), IdLabel.class);
        if (n.hasNonNull("applicationId")) {
            a.applicationId = Json.text(n, "applicationId");
        }
    }

    /**
     * Merges an {@code Application} body ({@code GET /candidates/{id}/jobs/{jobId}}) into an application read from the
     * candidate's assignment: members present in the body win, absent ones keep the assignment's values.
     */
    public static void mergeApplication(Application a, JsonNode n) {
        if (n.hasNonNull("applicationId")) {
            a.applicationId = Json.text(n, "applicationId");
        }
        if (n.has("status")) {
            a.status = Json.text(n, "status");
        }
        if (n.has("subStatus")) {
            a.subStatus = Json.text(n, "subStatus");
        }
        if (n.has("startsOn")) {
            a.startsOn = Json.millis(n, "startsOn");
        }
        if (n.has("source")) {
            a.source = Json.text(n, "source");
        }
        String sourceId = actionId(n, "sourceDetails");
        if (sourceId != null) {
            a.sourceId = sourceId;
        }
        if (n.has("reasonOfRejection")) {
            a.reasonOfRejection = Json.convert(n.get("reasonOfRejection"), IdLabel.class);
        }
        if (n.has("reasonOfWithdrawal")) {
            a.reasonOfWithdrawal = Json.convert(n.get("reasonOfWithdrawal"), IdLabel.class);
        }
    }

    /** Application id used when no {@code Application} file gives one: a name-based UUID of candidate and job. */
    public static String derivedApplicationId(String candidateId, String jobId) {
        return UUID.nameUUIDFromBytes(("application:" + candidateId + ":" + jobId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** {@code CandidateStatusHistoryList} entries. */
    public static List<StatusChange> statusHistory(JsonNode body) {
        List<StatusChange> out = new ArrayList<>();
        JsonNode c = content(body);
        if (c != null) {
            c.forEach(e -> {
                Long at = Json.millis(e, "changedOn");
                out.add(new StatusChange(at == null ? 0L : at, Json.text(e, "status"), Json.text(e, "subStatus")));
            });
        }
        return List.copyOf(out);
    }

    /** {@code CandidateProperties} entries. */
    public static List<ApplicationProperty> properties(JsonNode body) {
        List<ApplicationProperty> out = new ArrayList<>();
        JsonNode c = content(body);
        if (c != null) {
            c.forEach(e -> out.add(new ApplicationProperty(Json.text(e, "id"), Json.text(e, "label"), Json.text(e, "type"),
                    e.hasNonNull("value") ? e.get("value") : null, Json.text(e, "valueLabel"))));
        }
        return List.copyOf(out);
    }

    /** {@code ScreeningAnswers} entries. */
    public static List<ScreeningAnswer> screeningAnswers(JsonNode body) {
        return Json.convertList(content(body), ScreeningAnswer.class);
    }

    /** {@code CandidateAttachmentsForJob} entries; {@code binaries} holds downloaded files named by attachment id. */
    public static List<Attachment> attachments(JsonNode body, Path binaries) {
        List<Attachment> out = new ArrayList<>();
        JsonNode c = content(body);
        if (c != null) {
            c.forEach(e -> {
                String id = Json.text(e, "id");
                Path file = binaries == null ? null : binaries.resolve(id);
                out.add(new Attachment(id, Json.text(e, "name"), Json.text(e, "type"), Json.text(e, "contentType"), null,
                        file != null && java.nio.file.Files.isRegularFile(file) ? file : null));
            });
        }
        return List.copyOf(out);
    }

    /** An {@code Offer} of a candidate on a job. */
    public static Offer offer(JsonNode n, String candidateId, String jobId) {
        Map<String, String> props = new LinkedHashMap<>();
        n.path("properties").properties().forEach(e -> props.put(e.getKey(), e.getValue().asText()));
        Long created = Json.millis(n, "createdOn");
        Long updated = Json.millis(n, "updatedOn");
        long c = created == null ? 0L : created;
        return new Offer(Json.text(n, "id"), candidateId, jobId, Json.text(n, "status"), c, updated == null ? c : updated,
                java.util.Collections.unmodifiableMap(props));
    }
}
