package io.srconnector.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.sandbox.auth.ApiArea;
import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.data.ApplyConfiguration;
import io.srconnector.sandbox.data.Attachment;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.CandidateLocation;
import io.srconnector.sandbox.data.Education;
import io.srconnector.sandbox.data.Experience;
import io.srconnector.sandbox.data.IdLabel;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.Posting;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.data.ScreeningAnswer;
import io.srconnector.sandbox.data.SourceType;
import io.srconnector.sandbox.http.ApiException;
import io.srconnector.sandbox.http.ErrorBodies;
import io.srconnector.sandbox.http.ErrorStyle;
import io.srconnector.sandbox.http.Route;
import io.srconnector.sandbox.http.RouteTable;
import io.srconnector.sandbox.http.SandboxRequest;
import io.srconnector.sandbox.http.SandboxResponse;
import io.srconnector.sandbox.json.Dates;
import io.srconnector.sandbox.json.Json;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Application API {@code POST /postings/{uuid}/candidates} (S1 {@code ApplyApiRequest}; smartrecruiters-api.md §5):
 * applies on behalf of the candidate to the job of a posting, with screening answers, files and consent.
 * <ul>
 *   <li>{@code firstName}, {@code lastName}, {@code email} required (at most 128 characters each);</li>
 *   <li>{@code location} needs {@code city} and a two-letter {@code countryCode};</li>
 *   <li>{@code experience[]} ({@code Employment}) needs {@code title} and {@code startDate}, dates
 *       {@code yyyy-MM-dd} — the rule behind the connector's placeholder quirk; {@code education[]} needs
 *       {@code institution} and {@code degree};</li>
 *   <li>{@code answers[{id, records[{fields{fieldId: [values]}}]}]} must name questions and fields of the posting's
 *       configuration; select values must be value ids of the field;</li>
 *   <li>{@code resume} / {@code attachments[]} are {@code {fileName (≤100), mimeType, fileContent (base64,
 *       ≤13,981,014 characters)}};</li>
 *   <li>{@code sourceDetails} must name a configured source; {@code consent: true} records consent (ACQUIRED).</li>
 * </ul>
 * Errors are {@code ApplyApiError {id, code, message}}: {@code 400 INVALID_INPUT} naming the field, {@code 404
 * RESOURCE_NOT_FOUND_ERROR} for an unknown posting, {@code 409 DATA_VALIDATION_ERROR} when the candidate (e-mail and
 * last name) already applied to the job (sandbox choice: SR documents the uniqueness, not the answer). Success is
 * {@code 200 {id, createdOn, candidatePortalUrl}} with the candidate id.
 */
public final class ApplyEndpoints {

    /** Longest base64 {@code fileContent} (S1: ≈ 10 MB of file). */
    public static final int MAX_FILE_CONTENT_CHARS = 13_981_014;
    private final ApiContext ctx;
    private final WriteFaults faults;

    public ApplyEndpoints(ApiContext ctx, WriteFaults faults) {
        this.ctx = ctx;
        this.faults = faults;
    }

    /** Registers the route. */
    public void register(RouteTable routes) {
        String key = "POST /postings/{uuid}/candidates";
        routes.add(new Route("POST", "/postings/{uuid}/candidates", ApiArea.APPLY, ErrorStyle.APPLY,
                faults.wrap(key, this::apply)));
    }

    private record File(String name, String mimeType, byte[] content) {
    }

    SandboxResponse apply(SandboxRequest r) {
        String uuid = r.variable("uuid");
        SandboxAccount account = ctx.account();
        ApplyConfiguration config = account.read(() -> account.applyConfiguration(uuid));
        Posting posting = account.read(() -> account.posting(uuid));
        if (config == null || posting == null) {
            throw ApiException.notFound("RESOURCE_NOT_FOUND_ERROR", "posting " + uuid + " not found");
        }
        JsonNode body = r.jsonBody();
        BodyCheck check = new BodyCheck();
        if (!body.isObject()) {
            return check.error("body", "must be an object").applyResponse(r);
        }
        String first = check.requiredText(body, "firstName", "firstName", 128);
        String last = check.requiredText(body, "lastName", "lastName", 128);
        String email = check.requiredText(body, "email", "email", 128);
        if (email != null && !BodyCheck.EMAIL.matcher(email).matches()) {
            check.error("email", "must be a well-formed email address");
        }
        String phone = check.optionalText(body, "phoneNumber", "phoneNumber", 0);
        JsonNode loc = check.optionalObject(body, "location", "location");
        CandidateLocation location = null;
        if (loc != null) {
            String city = check.requiredText(loc, "city", "location.city", 0);
            String code = check.requiredText(loc, "countryCode", "location.countryCode", 0);
            if (code != null && !code.matches("[A-Za-z]{2}")) {
                check.error("location.countryCode", "must be a two-letter country code");
            }
            location = new CandidateLocation(check.optionalText(loc, "country", "location.country", 0),
                    NewCandidates.countryCode(code), check.optionalText(loc, "regionCode", "location.regionCode", 0),
                    check.optionalText(loc, "region", "location.region", 0), city, null, null);
        }
        var web = CandidateWriteEndpoints.web(check, check.optionalObject(body, "web", "web"));
        List<String> tags = CandidateWriteEndpoints.tagList(check, body, "tags");
        List<Experience> experience = new ArrayList<>();
        List<JsonNode> exp = check.optionalArray(body, "experience", "experience", 0);
        for (int i = 0; i < exp.size(); i++) {
            String p = "experience[" + i + "]";
            JsonNode e = exp.get(i);
            experience.add(new Experience(check.requiredText(e, "title", p + ".title", 0),
                    check.optionalText(e, "company", p + ".company", 0), check.optionalBool(e, "current", p + ".current"),
                    day(check, e, "startDate", p, true), day(check, e, "endDate", p, false),
                    check.optionalText(e, "location", p + ".location", 0),
                    check.optionalText(e, "description", p + ".description", 0)));
        }
        List<Education> education = new ArrayList<>();
        List<JsonNode> edu = check.optionalArray(body, "education", "education", 0);
        for (int i = 0; i < edu.size(); i++) {
            String p = "education[" + i + "]";
            JsonNode e = edu.get(i);
            education.add(new Education(check.requiredText(e, "institution", p + ".institution", 0),
                    check.requiredText(e, "degree", p + ".degree", 0), check.optionalText(e, "major", p + ".major", 0),
                    check.optionalBool(e, "current", p + ".current"), day(check, e, "startDate", p, false),
                    day(check, e, "endDate", p, false), null, check.optionalText(e, "description", p + ".description", 0)));
        }
        check.optionalText(body, "messageToHiringManager", "messageToHiringManager", 4000);
        Boolean consent = check.optionalBool(body, "consent", "consent");
        Boolean internal = check.optionalBool(body, "internal", "internal");
        List<File> files = new ArrayList<>();
        JsonNode resume = check.optionalObject(body, "resume", "resume");
        File resumeFile = resume == null ? null : file(check, resume, "resume");
        List<JsonNode> atts = check.optionalArray(body, "attachments", "attachments", 0);
        for (int i = 0; i < atts.size(); i++) {
            File f = file(check, atts.get(i), "attachments[" + i + "]");
            if (f != null) {
                files.add(f);
            }
        }
        List<ScreeningAnswer> answers = answers(check, config, check.optionalArray(body, "answers", "answers", 0));
        JsonNode source = check.optionalObject(body, "sourceDetails", "sourceDetails");
        SourceType.Value sourceValue = null;
        if (source != null) {
            String typeId = check.requiredText(source, "sourceTypeId", "sourceDetails.sourceTypeId", 0);
            String sourceId = check.requiredText(source, "sourceId", "sourceDetails.sourceId", 0);
            if (typeId != null && sourceId != null) {
                sourceValue = account.read(() -> NewCandidates.sourceValue(account, typeId, sourceId));
                if (sourceValue == null) {
                    check.error("sourceDetails.sourceId", "source not found");
                }
            }
        }
        if (!check.ok()) {
            return check.applyResponse(r);
        }
        CandidateLocation finalLocation = location;
        SourceType.Value finalSource = sourceValue;
        return account.write(() -> {
            Job job = account.job(posting.jobId());
            if (job == null) {
                throw ApiException.notFound("RESOURCE_NOT_FOUND_ERROR", "posting " + uuid + " has no job");
            }
            Candidate existing = NewCandidates.existing(account, email, last);
            if (existing != null && existing.application(job.id) != null) {
                return SandboxResponse.json(409, ErrorBodies.apply(r.sequence(), "DATA_VALIDATION_ERROR",
                        "The candidate has already applied to this job"));
            }
            long now = account.clock().millis();
            Candidate c = existing != null ? existing : NewCandidates.candidate(now);
            if (existing == null) {
                c.firstName = first;
                c.lastName = last;
                c.email = email;
                c.phoneNumber = phone;
                c.location = finalLocation;
                c.web = web;
                c.tags = List.copyOf(tags);
                c.internal = Boolean.TRUE.equals(internal);
                c.education = List.copyOf(education);
                c.experience = List.copyOf(experience);
                c.applicationLanguage = posting.language() == null ? null : posting.language().code();
            }
            if (Boolean.TRUE.equals(consent)) {
                c.consentStatus = "ACQUIRED";
            }
            Application a = NewCandidates.apply(account, c, job, finalSource, now, existing == null);
            a.screeningAnswers = List.copyOf(answers);
            List<Attachment> stored = new ArrayList<>();
            if (resumeFile != null) {
                stored.add(new Attachment(UUID.randomUUID().toString(), resumeFile.name(), "RESUME",
                        resumeFile.mimeType(), resumeFile.content(), null));
            }
            for (File f : files) {
                stored.add(new Attachment(UUID.randomUUID().toString(), f.name(), "GENERIC_FILE", f.mimeType(),
                        f.content(), null));
            }
            a.attachments = List.copyOf(stored);
            account.reindex(c);
            ObjectNode out = Json.object();
            out.put("id", c.id);
            out.put("createdOn", Dates.format(now));
            out.put("candidatePortalUrl", "https://my.smartrecruiters.com/candidate/" + c.id);
            return SandboxResponse.json(200, out);
        });
    }

    private static String day(BodyCheck check, JsonNode e, String field, String path, boolean required) {
        String v = required ? check.requiredText(e, field, path + "." + field, 0)
                : check.optionalText(e, field, path + "." + field, 0);
        if (v != null && !BodyCheck.DAY.matcher(v).matches()) {
            check.error(path + "." + field, "must match \\d{4}-\\d{2}-\\d{2}");
            return null;
        }
        return v;
    }

    private static File file(BodyCheck check, JsonNode f, String path) {
        if (!f.isObject()) {
            check.error(path, "must be an object");
            return null;
        }
        String name = check.requiredText(f, "fileName", path + ".fileName", 100);
        String mime = check.requiredText(f, "mimeType", path + ".mimeType", 0);
        String content = check.requiredText(f, "fileContent", path + ".fileContent", MAX_FILE_CONTENT_CHARS);
        if (content == null) {
            return null;
        }
        try {
            return new File(name, mime, Base64.getDecoder().decode(content));
        } catch (IllegalArgumentException e) {
            check.error(path + ".fileContent", "must be base64");
            return null;
        }
    }

    /** Answers checked against the posting's questions and stored in the {@code ScreeningAnswers} shape. */
    private static List<ScreeningAnswer> answers(BodyCheck check, ApplyConfiguration config, List<JsonNode> given) {
        List<ScreeningAnswer> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String p = "answers[" + i + "]";
            JsonNode a = given.get(i);
            String id = check.requiredText(a, "id", p + ".id", 0);
            if (id == null) {
                continue;
            }
            ApplyConfiguration.ScreeningQuestion q = config.questions().stream().filter(x -> x.id().equals(id))
                    .findFirst().orElse(null);
            if (q == null) {
                check.error(p + ".id", "question not found in the posting's configuration");
                continue;
            }
            List<JsonNode> records = check.optionalArray(a, "records", p + ".records", 0);
            if (records.isEmpty()) {
                check.error(p + ".records", "must not be empty");
                continue;
            }
            if (records.size() > 1 && !Boolean.TRUE.equals(q.repeatable())) {
                check.error(p + ".records", "question is not repeatable");
                continue;
            }
            List<ScreeningAnswer.Record> outRecords = new ArrayList<>();
            for (int k = 0; k < records.size(); k++) {
                JsonNode fields = records.get(k).path("fields");
                String rp = p + ".records[" + k + "].fields";
                if (!fields.isObject()) {
                    check.error(rp, "must be an object");
                    continue;
                }
                List<ScreeningAnswer.Field> outFields = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    ApplyConfiguration.QuestionField f = q.fields().stream().filter(x -> x.id().equals(e.getKey()))
                            .findFirst().orElse(null);
                    if (f == null) {
                        check.error(rp + "." + e.getKey(), "field not found in question " + id);
                        continue;
                    }
                    if (!e.getValue().isArray()) {
                        check.error(rp + "." + e.getKey(), "must be an array of values");
                        continue;
                    }
                    List<IdLabel> values = new ArrayList<>();
                    for (JsonNode v : e.getValue()) {
                        String text = v.isValueNode() ? v.asText() : null;
                        if (text == null) {
                            check.error(rp + "." + e.getKey(), "values must be strings");
                            continue;
                        }
                        if (f.values() != null && !f.values().isEmpty()) {
                            IdLabel opt = f.values().stream().filter(x -> x.id().equals(text)).findFirst().orElse(null);
                            if (opt == null) {
                                check.error(rp + "." + e.getKey(), "value '" + text + "' is not an option");
                                continue;
                            }
                            values.add(opt);
                        } else if ("CHECKBOX".equals(f.type())) {
                            if (!text.equals("true") && !text.equals("false")) {
                                check.error(rp + "." + e.getKey(), "must be true or false");
                                continue;
                            }
                            values.add(new IdLabel(text.equals("true") ? "1" : "0",
                                    text.equals("true") ? "Confirmed" : "Not confirmed"));
                        } else {
                            values.add(new IdLabel(text, text));
                        }
                    }
                    if (values.size() > 1 && !"MULTI_SELECT".equals(f.type())) {
                        check.error(rp + "." + e.getKey(), "takes one value");
                    }
                    outFields.add(new ScreeningAnswer.Field(f.id(), f.label(), List.copyOf(values)));
                }
                outRecords.add(new ScreeningAnswer.Record(List.copyOf(outFields)));
            }
            String type = q.fields().isEmpty() ? "text" : answerType(q.fields().get(0).type());
            out.add(new ScreeningAnswer(q.id(), type, null, q.label(), q.label(), List.copyOf(outRecords)));
        }
        return out;
    }

    private static String answerType(String fieldType) {
        return switch (fieldType == null ? "" : fieldType.toUpperCase(Locale.ROOT)) {
            case "TEXTAREA" -> "textarea";
            case "SINGLE_SELECT", "MULTI_SELECT" -> "select";
            case "RADIO" -> "radio";
            case "CHECKBOX" -> "checkbox";
            default -> "text";
        };
    }
}
