package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.api.ApiException;
import io.srconnector.write.quirks.CountryCodes;
import io.srconnector.write.quirks.StageTargets;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Validates the body of {@code POST /v1/ats/candidates} and {@code POST /v1/ats/jobs/{job_id}/applications} (Kombo's
 * shapes, checked against the coverage sheet's input fields) into a {@link CreateInput}, before any SmartRecruiters
 * call: required names and e-mail (at most 128 characters each, the Application API's limit), phone number, location
 * (country normalised by {@link CountryCodes}), social links (http(s) URLs), screening answers (shape), attachments
 * ({@link AttachmentInputs}), source, GDPR consent and {@code remote_fields.smartrecruiters.candidate}. Fields
 * SmartRecruiters has no place for (additional e-mails and phones, gender, availability, salary expectations, ZIP
 * code, sourced_by) are checked for type and reported in {@code warnings} as not written. Ids resolve through
 * {@link RecordRefs} (404 when unknown).
 */
@Component
public class CreateInputs {
    /** The Application API's limit for names and e-mail. */
    public static final int MAX_NAME = 128;
    /** Digits, blanks, {@code + ( ) . - /}, with at least three digits. */
    static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().\\-/]{3,40}$");
    static final List<String> CONTACT_TYPES = List.of("PERSONAL", "WORK", "OTHER");

    private final RecordRefs refs;
    private final AttachmentInputs attachments;

    public CreateInputs(RecordRefs refs, AttachmentInputs attachments) {
        this.refs = refs;
        this.attachments = attachments;
    }

    /**
     * Validates a create body.
     *
     * @param jobValue   the job id given (path or body)
     * @param jobField   its field name, for errors
     * @param stageValue the stage id given, or null
     * @param stageField its field name
     */
    public CreateInput parse(String integrationId, JsonNode body, String jobValue, String jobField, String stageValue,
                             String stageField, Warnings warnings) {
        JsonNode c = Fields.requiredObject(body, "candidate", "candidate");
        String first = Fields.requiredText(c, "first_name", "candidate.first_name", MAX_NAME).trim();
        String last = Fields.requiredText(c, "last_name", "candidate.last_name", MAX_NAME).trim();
        String email = Fields.requiredEmail(c, "email_address", "candidate.email_address", MAX_NAME);
        String company = trim(Fields.optionalText(c, "company", "candidate.company", 200));
        String title = trim(Fields.optionalText(c, "title", "candidate.title", 200));
        String phone = Fields.optionalText(c, "phone_number", "candidate.phone_number", 40);
        if (phone != null && (!PHONE.matcher(phone.trim()).matches() || phone.chars().filter(Character::isDigit).count() < 3)) {
            throw ApiException.invalid("candidate.phone_number", "'" + phone + "' is not a phone number");
        }
        String city = null;
        String country = null;
        String state = null;
        JsonNode loc = Fields.optionalObject(c, "location", "candidate.location");
        if (loc != null) {
            city = trim(Fields.optionalText(loc, "city", "candidate.location.city", 200));
            country = CountryCodes.normalize(Fields.requiredText(loc, "country", "candidate.location.country", 10),
                    "candidate.location.country");
            state = trim(Fields.optionalText(loc, "state", "candidate.location.state", 200));
            if (Fields.optionalText(loc, "zip_code", "candidate.location.zip_code", 40) != null) {
                warnings.add("candidate.location.zip_code was not written: SmartRecruiters candidates have no postal code.");
            }
        }
        List<URI> links = new ArrayList<>();
        List<JsonNode> social = Fields.optionalArray(c, "social_links", "candidate.social_links", 20);
        for (int i = 0; i < social.size(); i++) {
            String p = "candidate.social_links[" + i + "]";
            if (!social.get(i).isObject()) {
                throw ApiException.invalid(p, "must be an object");
            }
            links.add(Fields.httpUrl(Fields.requiredText(social.get(i), "url", p + ".url", 2000), p + ".url"));
        }
        notWritten(c, warnings);
        List<ScreeningAnswerMapping.Given> answers = ScreeningAnswerMapping.parse(body);
        List<Attachment> files = attachments.decodeAll(Fields.optionalArray(body, "attachments", "attachments", 20),
                "attachments");
        String sourceName = null;
        JsonNode source = Fields.optionalObject(body, "source", "source");
        if (source != null) {
            sourceName = trim(Fields.optionalText(source, "name", "source.name", 200));
            Fields.optionalText(source, "unified_key", "source.unified_key", 200);
            Fields.optionalText(source, "id", "source.id", 200);
        }
        JsonNode sourcedBy = Fields.optionalObject(body, "sourced_by", "sourced_by");
        if (sourcedBy != null) {
            Fields.requiredText(sourcedBy, "user_id", "sourced_by.user_id", 200);
            warnings.add("sourced_by was not written: SmartRecruiters takes no sourcing user when a candidate is created.");
        }
        Boolean consent = null;
        JsonNode gdpr = Fields.optionalObject(body, "gdpr_consent", "gdpr_consent");
        if (gdpr != null) {
            consent = Fields.optionalBoolean(gdpr, "given", "gdpr_consent.given");
            String expires = Fields.optionalText(gdpr, "expires_at", "gdpr_consent.expires_at", 40);
            if (expires != null) {
                dateTime(expires, "gdpr_consent.expires_at");
                warnings.add("gdpr_consent.expires_at was not written: SmartRecruiters records consent without an expiry.");
            }
        }
        JsonNode overrides = srOverrides(body);
        RecordRefs.JobRef job = refs.job(integrationId, jobValue, jobField);
        StageTargets.Target stage = stageValue == null ? null : refs.stage(integrationId, stageValue, stageField);
        return new CreateInput(job, jobField, stage, new CreateInput.CandidateFields(first, last, email, company, title,
                phone == null ? null : phone.trim(), city, country, state, links), answers, files, sourceName, consent,
                overrides);
    }

    /** Kombo fields SmartRecruiters cannot take at creation: type-checked, then reported as not written. */
    private static void notWritten(JsonNode c, Warnings warnings) {
        List<JsonNode> mails = Fields.optionalArray(c, "additional_email_addresses", "candidate.additional_email_addresses", 20);
        for (int i = 0; i < mails.size(); i++) {
            String p = "candidate.additional_email_addresses[" + i + "]";
            Fields.requiredEnum(mails.get(i), "type", p + ".type", CONTACT_TYPES);
            Fields.requiredEmail(mails.get(i), "email_address", p + ".email_address", 200);
        }
        if (!mails.isEmpty()) {
            warnings.add("candidate.additional_email_addresses were not written: SmartRecruiters keeps one e-mail per candidate.");
        }
        List<JsonNode> phones = Fields.optionalArray(c, "additional_phone_numbers", "candidate.additional_phone_numbers", 20);
        for (int i = 0; i < phones.size(); i++) {
            String p = "candidate.additional_phone_numbers[" + i + "]";
            Fields.requiredEnum(phones.get(i), "type", p + ".type", CONTACT_TYPES);
            Fields.requiredText(phones.get(i), "phone_number", p + ".phone_number", 40);
        }
        if (!phones.isEmpty()) {
            warnings.add("candidate.additional_phone_numbers were not written: SmartRecruiters keeps one phone number per candidate.");
        }
        if (Fields.optionalEnum(c, "gender", "candidate.gender", List.of("MALE", "FEMALE", "OTHER")) != null) {
            warnings.add("candidate.gender was not written: SmartRecruiters takes no gender when a candidate is created.");
        }
        String availability = Fields.optionalText(c, "availability_date", "candidate.availability_date", 40);
        if (availability != null) {
            dateTime(availability, "candidate.availability_date");
            warnings.add("candidate.availability_date was not written: SmartRecruiters has no such candidate field.");
        }
        JsonNode salary = Fields.optionalObject(c, "salary_expectations", "candidate.salary_expectations");
        if (salary != null) {
            Fields.requiredEnum(salary, "period", "candidate.salary_expectations.period", List.of("MONTH", "YEAR"));
            JsonNode amount = salary.get("amount");
            if (amount == null || !amount.isNumber()) {
                throw ApiException.invalid("candidate.salary_expectations.amount", "must be a number");
            }
            warnings.add("candidate.salary_expectations were not written: SmartRecruiters has no such candidate field.");
        }
    }

    /** {@code remote_fields.smartrecruiters.candidate} (or the deprecated {@code candidate_with_questions} / {@code _without_questions}). */
    private static JsonNode srOverrides(JsonNode body) {
        JsonNode remote = Fields.optionalObject(body, "remote_fields", "remote_fields");
        JsonNode sr = remote == null ? null : Fields.optionalObject(remote, "smartrecruiters", "remote_fields.smartrecruiters");
        if (sr == null) {
            return null;
        }
        for (String key : List.of("candidate", "candidate_with_questions", "candidate_without_questions")) {
            JsonNode v = Fields.optionalObject(sr, key, "remote_fields.smartrecruiters." + key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Kombo's date-time pattern {@code YYYY-MM-DD[THH:mm:ss[.sss]][Z]}. */
    private static void dateTime(String v, String path) {
        if (!v.matches("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?)?Z?$")) {
            throw ApiException.invalid(path, "must be a date-time (YYYY-MM-DDTHH:mm:ssZ)");
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
