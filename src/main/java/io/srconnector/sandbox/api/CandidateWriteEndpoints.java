package io.srconnector.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.sandbox.auth.ApiArea;
import io.srconnector.sandbox.data.AccountConfiguration;
import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.data.Attachment;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.CandidateLocation;
import io.srconnector.sandbox.data.Education;
import io.srconnector.sandbox.data.Experience;
import io.srconnector.sandbox.data.HiringProcess;
import io.srconnector.sandbox.data.IdLabel;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.data.SourceType;
import io.srconnector.sandbox.data.StatusChange;
import io.srconnector.sandbox.data.WebProfile;
import io.srconnector.sandbox.http.ApiException;
import io.srconnector.sandbox.http.ErrorStyle;
import io.srconnector.sandbox.http.Route;
import io.srconnector.sandbox.http.RouteTable;
import io.srconnector.sandbox.http.SandboxHandler;
import io.srconnector.sandbox.http.SandboxRequest;
import io.srconnector.sandbox.http.SandboxResponse;
import io.srconnector.sandbox.json.Dates;
import io.srconnector.sandbox.json.Json;
import io.srconnector.sandbox.render.CandidateRenderer;
import io.srconnector.sandbox.render.Links;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Candidate API writes (S1; smartrecruiters-api.md §5):
 * <ul>
 *   <li>{@code POST /jobs/{jobId}/candidates} ({@code CandidateInput}) → {@code 201 CandidateDetails}; body errors
 *       {@code 422} with {@code dataPath}s (a {@code location.countryCode} must have two letters, FC-06);
 *       {@code 404 JOB_NOT_FOUND}, {@code 404 SOURCE_TYPE_NOT_FOUND}, {@code 400 INVALID_SOURCE_ID},
 *       {@code 400 SUBTYPE_REQUIRED}; the same e-mail and last name already on the job → {@code 409
 *       CANDIDATE_DATA_CONFLICT} (FC-07), on another job → the application is added to the existing candidate;</li>
 *   <li>{@code PUT /candidates/{id}/jobs/{jobId}/status} ({@code CandidateStatus {status, subStatus, startsOn,
 *       reason}}) → {@code 204}; {@code 400 REQUIRED_SUB_STATUS_OMITTED} when the job's hiring process has
 *       sub-statuses for the status and none is given, {@code 400 INVALID_SUB_STATUS} (sandbox code) for a sub-status
 *       the process does not have, {@code 400 NO_REASON_SUPPORT_FOR_STATUS}, {@code 400 REASON_NOT_FOUND};</li>
 *   <li>{@code POST /candidates/{id}/tags} (append) → {@code 201}, {@code PUT /candidates/{id}/tags} (replace all)
 *       → {@code 200}, both {@code {tags}}; at most 100 tags of at most 50 characters, else {@code 400
 *       TOO_MANY_TAGS} / {@code 422};</li>
 *   <li>{@code POST /candidates/{id}/jobs/{jobId}/attachments} (multipart {@code attachmentType}, {@code file}) →
 *       {@code 201 {id, name, type, contentType, actions}}; {@code 400 INVALID_FILE} (empty, over 10 MB, not
 *       multipart), {@code 400 FILE_ALREADY_EXIST} (same name and bytes), {@code 422 ATTACHMENT_LIMIT_EXCEEDED}
 *       (over 50 per application).</li>
 * </ul>
 * Every change runs inside {@link SandboxAccount#write}; a refused request changes nothing.
 */
public final class CandidateWriteEndpoints {

    /** Largest attachment accepted (SmartRecruiters' upload limit is about 10 MB, §5). */
    public static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
    /** Attachments one application may hold (sandbox choice behind {@code ATTACHMENT_LIMIT_EXCEEDED}). */
    public static final int MAX_ATTACHMENTS = 50;
    /** Tags per candidate (S1 {@code CandidateTags}). */
    public static final int MAX_TAGS = 100;
    /** Characters per tag (S1 {@code CandidateTags}). */
    public static final int MAX_TAG_LENGTH = 50;
    private static final List<String> STATUSES = CandidateEndpoints.CANDIDATE_STATUSES;
    private static final List<String> ATTACHMENT_TYPES = List.of("GENERIC_FILE", "RESUME", "COVER_LETTER");

    private final ApiContext ctx;
    private final WriteFaults faults;

    public CandidateWriteEndpoints(ApiContext ctx, WriteFaults faults) {
        this.ctx = ctx;
        this.faults = faults;
    }

    /** Registers the routes. */
    public void register(RouteTable routes) {
        routes.add(route("POST", "/jobs/{jobId}/candidates", ApiArea.CANDIDATES_CREATE, this::createOnJob));
        routes.add(route("PUT", "/candidates/{id}/jobs/{jobId}/status", ApiArea.CANDIDATES_MANAGE, this::status));
        routes.add(route("POST", "/candidates/{id}/tags", ApiArea.CANDIDATES_MANAGE, r -> tags(r, true)));
        routes.add(route("PUT", "/candidates/{id}/tags", ApiArea.CANDIDATES_MANAGE, r -> tags(r, false)));
        routes.add(route("POST", "/candidates/{id}/jobs/{jobId}/attachments", ApiArea.CANDIDATES_CREATE,
                this::attachment));
    }

    private Route route(String method, String template, ApiArea area, SandboxHandler h) {
        return new Route(method, template, area, ErrorStyle.CUSTOMER, faults.wrap(method + " " + template, h));
    }

    // ---- POST /jobs/{jobId}/candidates ----

    SandboxResponse createOnJob(SandboxRequest r) {
        JsonNode body = r.jsonBody();
        BodyCheck check = new BodyCheck();
        if (!body.isObject()) {
            return check.error("", "must be an object").customerResponse();
        }
        String first = check.requiredText(body, "firstName", ".firstName", 0);
        String last = check.requiredText(body, "lastName", ".lastName", 0);
        String email = check.requiredText(body, "email", ".email", 0);
        if (email != null && !BodyCheck.EMAIL.matcher(email).matches()) {
            check.error(".email", "must be a well-formed email address");
        }
        String phone = check.optionalText(body, "phoneNumber", ".phoneNumber", 0);
        CandidateLocation location = location(check, check.optionalObject(body, "location", ".location"));
        WebProfile web = web(check, check.optionalObject(body, "web", ".web"));
        List<String> tags = tagList(check, body, ".tags");
        Boolean internal = check.optionalBool(body, "internal", ".internal");
        List<Education> education = new ArrayList<>();
        List<JsonNode> edu = check.optionalArray(body, "education", ".education", 0);
        for (int i = 0; i < edu.size(); i++) {
            String p = ".education[" + i + "]";
            JsonNode e = edu.get(i);
            education.add(new Education(check.requiredText(e, "institution", p + ".institution", 0),
                    check.requiredText(e, "degree", p + ".degree", 0), check.optionalText(e, "major", p + ".major", 0),
                    check.optionalBool(e, "current", p + ".current"), when(check, e, "startDate", p),
                    when(check, e, "endDate", p), check.optionalText(e, "location", p + ".location", 0),
                    check.optionalText(e, "description", p + ".description", 0)));
        }
        List<Experience> experience = new ArrayList<>();
        List<JsonNode> exp = check.optionalArray(body, "experience", ".experience", 0);
        for (int i = 0; i < exp.size(); i++) {
            String p = ".experience[" + i + "]";
            JsonNode e = exp.get(i);
            experience.add(new Experience(check.optionalText(e, "title", p + ".title", 0),
                    check.optionalText(e, "company", p + ".company", 0), check.optionalBool(e, "current", p + ".current"),
                    when(check, e, "startDate", p), when(check, e, "endDate", p),
                    check.optionalText(e, "location", p + ".location", 0),
                    check.optionalText(e, "description", p + ".description", 0)));
        }
        JsonNode source = check.optionalObject(body, "sourceDetails", ".sourceDetails");
        String typeId = source == null ? null : check.requiredText(source, "sourceTypeId", ".sourceDetails.sourceTypeId", 0);
        String subTypeId = source == null ? null : check.optionalText(source, "sourceSubTypeId", ".sourceDetails.sourceSubTypeId", 0);
        String sourceId = source == null ? null : check.requiredText(source, "sourceId", ".sourceDetails.sourceId", 0);
        if (!check.ok()) {
            return check.customerResponse();
        }
        SandboxAccount account = ctx.account();
        return account.write(() -> {
            Job job = Lookups.job(account, r.variable("jobId"));
            SourceType.Value value = null;
            if (source != null) {
                if (account.configuration().sourceType(typeId) == null) {
                    throw ApiException.notFound("SOURCE_TYPE_NOT_FOUND", "source type " + typeId + " not found");
                }
                value = NewCandidates.sourceValue(account, typeId, sourceId);
                if (value == null) {
                    throw ApiException.badRequest("INVALID_SOURCE_ID", "source " + sourceId + " not found");
                }
                if (value.subTypeId() != null && subTypeId == null) {
                    throw ApiException.badRequest("SUBTYPE_REQUIRED", "sourceSubTypeId is required for this source");
                }
            }
            Candidate existing = NewCandidates.existing(account, email, last);
            if (existing != null && existing.application(job.id) != null) {
                throw new ApiException(409, "CANDIDATE_DATA_CONFLICT", "Conflict",
                        "a candidate with this e-mail and last name already applied to the job");
            }
            long now = account.clock().millis();
            Candidate c = existing != null ? existing : NewCandidates.candidate(now);
            if (existing == null) {
                c.firstName = first;
                c.lastName = last;
                c.email = email;
                c.phoneNumber = phone;
                c.location = location;
                c.web = web;
                c.tags = List.copyOf(tags);
                c.internal = Boolean.TRUE.equals(internal);
                c.education = List.copyOf(education);
                c.experience = List.copyOf(experience);
            }
            NewCandidates.apply(account, c, job, value, now, existing == null);
            return SandboxResponse.json(201, new CandidateRenderer(account, new Links(r.baseUrl())).details(c));
        });
    }

    private static String when(BodyCheck check, JsonNode e, String field, String path) {
        String v = check.optionalText(e, field, path + "." + field, 0);
        if (v != null && !BodyCheck.WHEN.matcher(v).matches()) {
            check.error(path + "." + field, "must match YYYY, YYYY-MM or YYYY-MM-dd");
            return null;
        }
        return v;
    }

    /** {@code CandidateLocation}; a {@code countryCode} must be a two-letter code (FC-06). */
    static CandidateLocation location(BodyCheck check, JsonNode loc) {
        if (loc == null) {
            return null;
        }
        String code = check.optionalText(loc, "countryCode", ".location.countryCode", 0);
        if (code != null && !code.matches("[A-Za-z]{2}")) {
            check.error(".location.countryCode", "size must be between 2 and 2");
            code = null;
        }
        Double lat = loc.hasNonNull("lat") && loc.get("lat").isNumber() ? loc.get("lat").asDouble() : null;
        Double lng = loc.hasNonNull("lng") && loc.get("lng").isNumber() ? loc.get("lng").asDouble() : null;
        return new CandidateLocation(check.optionalText(loc, "country", ".location.country", 0),
                NewCandidates.countryCode(code), check.optionalText(loc, "regionCode", ".location.regionCode", 0),
                check.optionalText(loc, "region", ".location.region", 0),
                check.optionalText(loc, "city", ".location.city", 0), lat, lng);
    }

    static WebProfile web(BodyCheck check, JsonNode web) {
        if (web == null) {
            return null;
        }
        return new WebProfile(check.optionalText(web, "skype", ".web.skype", 0),
                check.optionalText(web, "linkedin", ".web.linkedin", 0),
                check.optionalText(web, "facebook", ".web.facebook", 0),
                check.optionalText(web, "twitter", ".web.twitter", 0),
                check.optionalText(web, "website", ".web.website", 0));
    }

    static List<String> tagList(BodyCheck check, JsonNode body, String path) {
        List<String> out = new ArrayList<>();
        List<JsonNode> tags = check.optionalArray(body, "tags", path, 0);
        for (int i = 0; i < tags.size(); i++) {
            JsonNode t = tags.get(i);
            if (!t.isTextual() || t.asText().isBlank()) {
                check.error(path + "[" + i + "]", "must be a non-blank string");
            } else if (t.asText().length() > MAX_TAG_LENGTH) {
                check.error(path + "[" + i + "]", "size must be between 1 and " + MAX_TAG_LENGTH);
            } else if (!out.contains(t.asText())) {
                out.add(t.asText());
            }
        }
        return out;
    }

    // ---- PUT /candidates/{id}/jobs/{jobId}/status ----

    SandboxResponse status(SandboxRequest r) {
        JsonNode body = r.jsonBody();
        BodyCheck check = new BodyCheck();
        String status = check.requiredText(body, "status", ".status", 0);
        if (status != null && !STATUSES.contains(status)) {
            check.error(".status", "must be one of " + STATUSES);
        }
        String subStatus = check.optionalText(body, "subStatus", ".subStatus", 0);
        String reason = check.optionalText(body, "reason", ".reason", 0);
        String startsOnText = check.optionalText(body, "startsOn", ".startsOn", 0);
        Long startsOn = null;
        if (startsOnText != null) {
            try {
                startsOn = Dates.parse(startsOnText);
            } catch (IllegalArgumentException e) {
                check.error(".startsOn", "must be an ISO-8601 date-time");
            }
        }
        if (!check.ok()) {
            return check.customerResponse();
        }
        Long starts = startsOn;
        SandboxAccount account = ctx.account();
        return account.write(() -> {
            Application a = Lookups.application(account, r.variable("id"), r.variable("jobId"));
            Job job = account.job(a.jobId);
            List<String> subs = subStatuses(account.configuration(), job, status);
            if (subStatus == null && !subs.isEmpty()) {
                throw ApiException.badRequest("REQUIRED_SUB_STATUS_OMITTED",
                        "status " + status + " requires one of the sub-statuses " + subs);
            }
            if (subStatus != null && !subs.contains(subStatus)) {
                throw ApiException.badRequest("INVALID_SUB_STATUS",
                        "sub-status '" + subStatus + "' is not part of the job's hiring process for " + status);
            }
            IdLabel rejection = null;
            IdLabel withdrawal = null;
            if (reason != null) {
                List<IdLabel> reasons = switch (status) {
                    case "REJECTED" -> account.configuration().rejectionReasons();
                    case "WITHDRAWN" -> account.configuration().withdrawalReasons();
                    default -> throw ApiException.badRequest("NO_REASON_SUPPORT_FOR_STATUS",
                            "status " + status + " takes no reason");
                };
                IdLabel found = reasons.stream().filter(x -> x.id().equals(reason)).findFirst()
                        .orElseThrow(() -> ApiException.badRequest("REASON_NOT_FOUND", "reason " + reason + " not found"));
                if ("REJECTED".equals(status)) {
                    rejection = found;
                } else {
                    withdrawal = found;
                }
            }
            long now = account.clock().millis();
            a.status = status;
            a.subStatus = subStatus;
            a.reasonOfRejection = rejection;
            a.reasonOfWithdrawal = withdrawal;
            if (starts != null) {
                a.startsOn = starts;
            }
            List<StatusChange> h = new ArrayList<>(a.history);
            h.add(new StatusChange(now, status, subStatus));
            a.history = List.copyOf(h);
            if (job != null) {
                job.lastActivityOn = now;
            }
            touchCandidate(account, a.candidateId, now);
            return SandboxResponse.empty(204);
        });
    }

    /** Sub-statuses of a status in the job's hiring process (any active process when the job has none). */
    static List<String> subStatuses(AccountConfiguration cfg, Job job, String status) {
        HiringProcess p = job == null || job.hiringProcessId == null ? null : cfg.hiringProcess(job.hiringProcessId);
        if (p != null) {
            return p.subStatuses() == null ? List.of() : p.subStatuses().of(status);
        }
        Set<String> all = new LinkedHashSet<>();
        cfg.hiringProcesses().forEach(hp -> all.addAll(hp.subStatuses() == null ? List.of() : hp.subStatuses().of(status)));
        return List.copyOf(all);
    }

    private void touchCandidate(SandboxAccount account, String candidateId, long now) {
        if (account.applicationChangesTouchCandidate()) {
            Candidate c = account.candidate(candidateId);
            if (c != null) {
                c.updatedOn = now;
            }
        }
    }

    // ---- POST / PUT /candidates/{id}/tags ----

    SandboxResponse tags(SandboxRequest r, boolean append) {
        JsonNode body = r.jsonBody();
        BodyCheck check = new BodyCheck();
        if (!body.isObject() || !body.has("tags")) {
            check.error(".tags", "must not be null");
        }
        List<String> tags = tagList(check, body, ".tags");
        if (!check.ok()) {
            return check.customerResponse();
        }
        SandboxAccount account = ctx.account();
        return account.write(() -> {
            Candidate c = Lookups.candidate(account, r.variable("id"));
            List<String> result = new ArrayList<>(append ? c.tags : List.of());
            for (String t : tags) {
                if (!result.contains(t)) {
                    result.add(t);
                }
            }
            if (result.size() > MAX_TAGS) {
                throw ApiException.badRequest("TOO_MANY_TAGS", "a candidate can have at most " + MAX_TAGS + " tags");
            }
            c.tags = List.copyOf(result);
            c.updatedOn = account.clock().millis();
            return SandboxResponse.json(append ? 201 : 200, CandidateRenderer.tags(c));
        });
    }

    // ---- POST /candidates/{id}/jobs/{jobId}/attachments ----

    SandboxResponse attachment(SandboxRequest r) {
        MultipartForm form = MultipartForm.parse(r.header("Content-Type"), r.body());
        MultipartForm.Part typePart = form.part("attachmentType");
        String type = typePart == null ? "GENERIC_FILE" : typePart.text().trim();
        BodyCheck check = new BodyCheck();
        if (!ATTACHMENT_TYPES.contains(type)) {
            check.error("attachmentType", "must be one of " + ATTACHMENT_TYPES);
        }
        MultipartForm.Part file = form.part("file");
        if (file == null) {
            check.error("file", "must not be null");
        }
        if (!check.ok()) {
            return check.customerResponse();
        }
        if (file.content().length == 0 || file.content().length > MAX_ATTACHMENT_BYTES) {
            throw ApiException.badRequest("INVALID_FILE", "file must hold 1 to " + MAX_ATTACHMENT_BYTES + " bytes");
        }
        String name = file.fileName() == null || file.fileName().isBlank() ? "file" : file.fileName();
        String contentType = file.contentType() == null ? "application/octet-stream" : file.contentType();
        SandboxAccount account = ctx.account();
        return account.write(() -> {
            Application a = Lookups.application(account, r.variable("id"), r.variable("jobId"));
            for (Attachment existing : a.attachments) {
                if (existing.name().equals(name) && existing.content() != null
                        && Arrays.equals(existing.content(), file.content())) {
                    throw ApiException.badRequest("FILE_ALREADY_EXIST", "the application already has this file");
                }
            }
            if (a.attachments.size() >= MAX_ATTACHMENTS) {
                throw new ApiException(422, "ATTACHMENT_LIMIT_EXCEEDED", "Unprocessable entity",
                        "an application can hold at most " + MAX_ATTACHMENTS + " attachments");
            }
            Attachment att = new Attachment(UUID.randomUUID().toString(), name, type, contentType, file.content(), null);
            List<Attachment> list = new ArrayList<>(a.attachments);
            list.add(att);
            a.attachments = List.copyOf(list);
            Candidate c = account.candidate(a.candidateId);
            account.reindex(c);
            touchCandidate(account, a.candidateId, account.clock().millis());
            Links links = new Links(r.baseUrl());
            ObjectNode out = Json.object();
            out.put("id", att.id());
            out.put("name", att.name());
            out.put("type", att.type());
            out.put("contentType", att.contentType());
            ObjectNode actions = out.putObject("actions");
            actions.set("download", links.get("/candidates/attachments/" + att.id()));
            return SandboxResponse.json(201, out);
        });
    }
}
