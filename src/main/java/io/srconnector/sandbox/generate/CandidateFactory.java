package io.srconnector.sandbox.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.data.ApplicationProperty;
import io.srconnector.sandbox.data.Attachment;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.CandidateLocation;
import io.srconnector.sandbox.data.CandidatePropertyDefinition;
import io.srconnector.sandbox.data.Education;
import io.srconnector.sandbox.data.Experience;
import io.srconnector.sandbox.data.HiringProcess;
import io.srconnector.sandbox.data.HiringTeamMember;
import io.srconnector.sandbox.data.IdLabel;
import io.srconnector.sandbox.data.Interview;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.Offer;
import io.srconnector.sandbox.data.SourceType;
import io.srconnector.sandbox.data.StatusChange;
import io.srconnector.sandbox.data.WebProfile;
import io.srconnector.sandbox.json.Dates;
import io.srconnector.sandbox.json.Json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.srconnector.sandbox.generate.GenerationContext.DAY;
import static io.srconnector.sandbox.generate.GenerationContext.HOUR;

/**
 * Generates candidates with 1–3 applications (every 40th, from index 7, is a talent-pool candidate without
 * applications). Statuses cover the whole enum with consistent history, sub-statuses from the job's hiring
 * process, sources, rejection/withdrawal reasons, application properties of every type, screening answers
 * matching the job's posting questions, attachments (non-ASCII names), offers (every status) and interviews.
 *
 * <p>The first candidates are fixed scenarios: 0 has a complete profile; 1 has two applications and the offer
 * belongs to the non-primary one (FC-10); 0–8 together cover every status; names include José, Zoë, Müller,
 * Łukasz, Øyvind, 李雷, Αλέξανδρος and أحمد. Candidates 13, 113, … have no {@code updatedOn} and 63, 163, … an
 * explicit {@code "updatedOn": null} (FC-13).
 */
final class CandidateFactory {

    /** A generated candidate with its interviews. */
    record Generated(Candidate candidate, List<Interview> interviews) {
    }

    private static final List<List<String>> FORCED = List.of(
            List.of("INTERVIEW", "REJECTED"), List.of("IN_REVIEW", "OFFERED"), List.of("HIRED"),
            List.of("WITHDRAWN", "NEW"), List.of("IN_REVIEW", "TRANSFERRED"), List.of("LEAD"),
            List.of("NEW", "REJECTED", "WITHDRAWN"), List.of(), List.of("OFFERED"));
    private static final String[][] FORCED_NAMES = {
            {"DE", "Zoë", "zoe", "Müller", "mueller"}, {"ES", "José", "jose", "García", "garcia"},
            {"PL", "Łukasz", "lukasz", "Wiśniewski", "wisniewski"}, {"NO", "Øyvind", "oyvind", "Sæther", "saether"},
            {"CN", "雷", "lei", "李", "li"}, {"GR", "Αλέξανδρος", "alexandros", "Παπαδόπουλος", "papadopoulos"},
            {"AE", "أحمد", "ahmed", "الحسن", "alhassan"}, {"FR", "François", "francois", "Lefèvre", "lefevre"}};
    private static final List<String> OFFER_CYCLE = List.of("CREATED", "PENDING_APPROVAL", "APPROVED", "NOT_APPROVED",
            "PENDING_ACCEPTANCE", "NOT_ACCEPTED", "ABANDONED");
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final GenerationContext ctx;
    private final List<SourceType.Value> sources = new ArrayList<>();
    private final Map<String, CandidateLocation> locations = new HashMap<>();
    private final Map<String, JsonNode> textNodes = new HashMap<>();

    CandidateFactory(GenerationContext ctx) {
        this.ctx = ctx;
        ctx.configuration.sourceTypes().forEach(t -> sources.addAll(t.values()));
    }

    /** True if candidate {@code i} is a talent-pool candidate (no application). */
    static boolean talentPool(int i) {
        return i % 40 == 7;
    }

    /**
     * Candidate number {@code i} applying to some of {@code jobs}; dates before {@code base}, applications made in
     * the last two days when {@code recent}.
     */
    Generated candidate(int i, long base, boolean recent, List<Job> jobs) {
        Rng r = Rng.of(ctx.seed, "candidate", i);
        Vocabulary.Culture culture;
        Vocabulary.Name first;
        Vocabulary.Name last;
        if (i < FORCED_NAMES.length) {
            String[] f = FORCED_NAMES[i];
            culture = Vocabulary.culture(f[0]);
            first = new Vocabulary.Name(f[1], f[2]);
            last = new Vocabulary.Name(f[3], f[4]);
        } else {
            int[] weights = Vocabulary.CULTURES.stream().mapToInt(Vocabulary.Culture::weight).toArray();
            culture = Vocabulary.CULTURES.get(r.weighted(weights));
            first = r.pick(culture.firstNames());
            last = r.pick(culture.lastNames());
        }
        boolean complete = i == 0;
        Candidate c = new Candidate();
        c.id = r.uuid();
        c.firstName = first.nativeForm();
        c.lastName = last.nativeForm();
        c.email = first.ascii() + "." + last.ascii() + i + "@" + r.pick(Vocabulary.EMAIL_DOMAINS);
        if (complete || r.chance(0.8)) {
            c.phoneNumber = culture.phonePrefix() + r.digits(culture.phoneDigits());
        }
        if (complete || r.chance(0.85)) {
            Vocabulary.City city = r.pick(culture.cities());
            boolean countryOnly = !complete && r.chance(0.1);
            String key = culture.code() + "|" + (countryOnly ? "" : city.city());
            c.location = locations.computeIfAbsent(key, k -> countryOnly
                    ? new CandidateLocation(culture.country(), culture.countryCode(), null, null, null, null, null)
                    : new CandidateLocation(culture.country(), culture.countryCode(), city.regionCode(), city.region(),
                    city.city(), city.lat(), city.lng()));
        }
        if (complete || r.chance(0.4)) {
            String handle = first.ascii() + "-" + last.ascii() + "-" + i;
            c.web = new WebProfile(complete || r.chance(0.2) ? first.ascii() + "." + last.ascii() : null,
                    "https://www.linkedin.com/in/" + handle,
                    complete || r.chance(0.1) ? "https://www.facebook.com/" + handle : null,
                    complete || r.chance(0.15) ? "https://twitter.com/" + first.ascii() + i : null,
                    complete || r.chance(0.2) ? "https://" + last.ascii() + i + ".example.net" : null);
        }
        c.internal = !complete && r.chance(0.08);
        c.applicationLanguage = culture.language();
        c.consentStatus = List.of("ACQUIRED", "REQUIRED", "PENDING").get(r.weighted(70, 20, 10));
        c.tags = complete ? List.of("fluent english", "java") : tags(r);
        c.education = education(r, complete);
        c.experience = experience(r, complete);

        List<Interview> interviews = new ArrayList<>();
        if (!talentPool(i) && !jobs.isEmpty()) {
            List<String> forced = i < FORCED.size() ? FORCED.get(i) : null;
            int count = forced != null && !forced.isEmpty() ? forced.size() : 1 + r.weighted(57, 31, 12);
            List<Job> chosen = r.sample(jobs, Math.min(count, jobs.size()));
            List<long[]> created = new ArrayList<>();
            for (int k = 0; k < chosen.size(); k++) {
                created.add(new long[]{k, createDate(r, chosen.get(k), base, recent)});
            }
            created.sort(Comparator.comparingLong((long[] x) -> x[1]).reversed());
            for (int k = 0; k < created.size(); k++) {
                Job job = chosen.get((int) created.get(k)[0]);
                String status = forced != null && k < forced.size() ? forced.get(k) : status(r, job);
                Application a = application(r, c, job, created.get(k)[1], status, base, complete && k == 0, i == 1 && k == 1);
                c.applications.add(a);
                interviews.addAll(interviews(r, c, a, job, complete && k == 0));
            }
        }
        long lastChange = c.applications.stream().flatMap(a -> a.history.stream()).mapToLong(StatusChange::changedOn).max().orElse(0);
        long earliest = c.applications.stream().mapToLong(a -> a.createDate).min().orElse(base - r.between(DAY, 700 * DAY));
        c.createdOn = earliest - r.between(0, 2 * HOUR);
        long updated = Math.min(base - 60_000L, Math.max(c.createdOn, lastChange) + r.between(0, 20 * DAY));
        if (i % 100 == 13) {
            c.updatedOn = null;
        } else if (i % 100 == 63) {
            c.updatedOn = null;
            c.updatedOnExplicitNull = true;
        } else {
            c.updatedOn = updated;
        }
        return new Generated(c, interviews);
    }

    private List<String> tags(Rng r) {
        int mode = r.weighted(35, 62, 3);
        if (mode == 0) {
            return List.of();
        }
        int n = mode == 1 ? r.between(1, 4) : r.between(10, 15);
        return List.copyOf(r.sample(Vocabulary.TAGS, n));
    }

    private List<Education> education(Rng r, boolean complete) {
        int n = complete ? 1 : r.weighted(20, 55, 25);
        List<Education> out = new ArrayList<>();
        int year = 2005 + r.nextInt(12);
        for (int k = 0; k < n; k++) {
            String[] d = r.pick(Vocabulary.DEGREES);
            boolean current = !complete && k == 0 && r.chance(0.05);
            out.add(new Education(r.pick(Vocabulary.SCHOOLS), d[0], d[1], current, Integer.toString(year),
                    current ? null : (year + 3) + "-0" + r.between(6, 9), complete || r.chance(0.5) ? "Campus" : null,
                    complete || r.chance(0.3) ? "Graduated with honours" : null));
            year += 3;
        }
        return List.copyOf(out);
    }

    private List<Experience> experience(Rng r, boolean complete) {
        int n = complete ? 2 : r.weighted(15, 35, 35, 15);
        List<Experience> out = new ArrayList<>();
        int year = 2023 - r.nextInt(3);
        for (int k = 0; k < n; k++) {
            boolean current = k == 0 && (complete || r.chance(0.6));
            int start = year - r.between(1, 4);
            String startDate = r.chance(0.5) ? start + "-0" + r.between(1, 9) : Integer.toString(start);
            String endDate = current ? null : year + "-" + String.format("%02d", r.between(1, 12)) + (r.chance(0.3) ? "-28" : "");
            out.add(new Experience(r.pick(Vocabulary.EXPERIENCE_TITLES), r.pick(Vocabulary.COMPANIES), current, startDate,
                    endDate, complete || r.chance(0.5) ? "Remote" : null, complete || r.chance(0.4) ? "Backend services and mentoring" : null));
            year = start;
        }
        return List.copyOf(out);
    }

    private long createDate(Rng r, Job job, long base, boolean recent) {
        long lower = job.statusHistory.size() > 1 ? job.statusHistory.get(1).changedOn() : job.createdOn;
        lower += HOUR;
        long upper = base - 2 * DAY;
        if (recent) {
            lower = Math.max(lower, base - 2 * DAY);
            upper = base - HOUR;
        }
        if (List.of("FILLED", "CANCELLED").contains(job.status) && !job.statusHistory.isEmpty()) {
            upper = Math.min(upper, job.statusHistory.get(job.statusHistory.size() - 1).changedOn() - DAY);
        }
        return upper <= lower ? lower : r.between(lower, upper);
    }

    private String status(Rng r, Job job) {
        List<String> s = List.of("LEAD", "NEW", "IN_REVIEW", "INTERVIEW", "OFFERED", "HIRED", "REJECTED", "WITHDRAWN", "TRANSFERRED");
        return switch (job.status) {
            case "FILLED" -> s.get(r.weighted(0, 2, 2, 2, 1, 10, 60, 15, 3));
            case "CANCELLED" -> s.get(r.weighted(2, 15, 10, 3, 0, 0, 55, 10, 5));
            case "INTERVIEW", "OFFER" -> s.get(r.weighted(4, 12, 15, 25, 10, 4, 22, 6, 2));
            default -> s.get(r.weighted(8, 25, 20, 10, 3, 2, 25, 5, 2));
        };
    }

    private Application application(Rng r, Candidate c, Job job, long createDate, String status, long base,
                                    boolean showcase, boolean forceOffer) {
        Application a = new Application();
        a.applicationId = r.uuid();
        a.candidateId = c.id;
        a.jobId = job.id;
        a.jobTitle = job.title;
        a.createDate = createDate;
        HiringProcess process = ctx.configuration.hiringProcess(job.hiringProcessId);
        List<StatusPaths.Step> path = StatusPaths.path(status, process, r);
        if (showcase && path.get(path.size() - 1).subStatus() == null && process != null) {
            path = new ArrayList<>(path);
            path.set(path.size() - 1, new StatusPaths.Step(status, process.subStatuses().of(status).get(0)));
        }
        long available = Math.max(2 * HOUR, base - HOUR - createDate);
        long step = Math.max(HOUR + 1, available / (path.size() + 1));
        List<StatusChange> history = new ArrayList<>();
        long t = createDate;
        for (int k = 0; k < path.size(); k++) {
            if (k > 0) {
                t += r.between(HOUR, step);
            }
            history.add(new StatusChange(t, path.get(k).status(), path.get(k).subStatus()));
        }
        a.history = List.copyOf(history);
        StatusPaths.Step current = path.get(path.size() - 1);
        a.status = current.status();
        a.subStatus = current.subStatus();
        if (showcase || status.equals("OFFERED") || status.equals("HIRED")) {
            a.startsOn = ((t + r.between(14 * DAY, 60 * DAY)) / DAY) * DAY;
        }
        SourceType.Value source = r.chance(0.3) ? sources.stream().filter(v -> v.label().equals("Company career site"))
                .findFirst().orElse(r.pick(sources)) : r.pick(sources);
        if (status.equals("LEAD")) {
            source = sources.stream().filter(v -> v.label().equals("LinkedIn")).findFirst().orElse(source);
        }
        a.source = source.label();
        a.sourceId = source.id();
        if (status.equals("REJECTED") && (showcase || r.chance(0.9))) {
            a.reasonOfRejection = r.pick(ctx.configuration.rejectionReasons());
        }
        if (status.equals("WITHDRAWN") && r.chance(0.9)) {
            a.reasonOfWithdrawal = r.pick(ctx.configuration.withdrawalReasons());
        }
        a.properties = properties(r, showcase);
        ScreeningFactory.QuestionSet set = ctx.questionSets.get(job.id);
        if (set != null && !status.equals("LEAD")) {
            a.screeningAnswers = ScreeningFactory.answers(set, r);
        }
        a.attachments = attachments(r, c, status, showcase);
        a.offers = offers(r, c, a, path, forceOffer);
        return a;
    }

    private JsonNode text(String s) {
        return textNodes.computeIfAbsent(s, TextNode::valueOf);
    }

    private List<ApplicationProperty> properties(Rng r, boolean all) {
        List<CandidatePropertyDefinition> defs = ctx.configuration.candidateProperties();
        List<CandidatePropertyDefinition> chosen = all ? defs : r.sample(defs, r.between(2, 7));
        List<ApplicationProperty> out = new ArrayList<>();
        for (CandidatePropertyDefinition d : defs) {
            if (!chosen.contains(d)) {
                continue;
            }
            JsonNode value;
            String valueLabel = null;
            switch (d.type()) {
                case "SINGLE_SELECT" -> {
                    IdLabel o = r.pick(d.values());
                    value = text(o.id());
                    valueLabel = o.label();
                }
                case "CURRENCY" -> {
                    ObjectNode money = Json.object();
                    money.put("code", r.pick(List.of("EUR", "USD", "GBP", "PLN")));
                    money.put("value", 1000 * r.between(40, 150));
                    value = money;
                }
                case "BOOLEAN" -> value = BooleanNode.valueOf(r.chance(0.5));
                case "NUMBER" -> value = IntNode.valueOf(r.between(0, 25));
                case "PERCENT" -> value = IntNode.valueOf(5 * r.between(1, 6));
                case "DATE" -> value = text(Dates.formatDay(GenerationContext.BASE + r.between(0, 120) * DAY));
                case "COUNTRY" -> value = text(r.pick(Vocabulary.CULTURES).countryCode());
                case "REGION" -> value = text(r.pick(r.pick(Vocabulary.CULTURES).cities()).regionCode());
                case "USER" -> value = text(r.pick(ctx.users).id);
                default -> value = text(r.pick(List.of("Strong communicator", "Wants hybrid work",
                        "Prefers Kraków office — Łódź also OK", "Sprach gut über Microservices")));
            }
            out.add(new ApplicationProperty(d.id(), d.label(), d.type(), value, valueLabel));
        }
        return List.copyOf(out);
    }

    private List<Attachment> attachments(Rng r, Candidate c, String status, boolean all) {
        List<Attachment> out = new ArrayList<>();
        String name = (c.firstName + "_" + c.lastName).replace(' ', '_');
        boolean cn = c.firstName.codePointAt(0) > 0x2E80 && c.firstName.codePointAt(0) < 0xA000;
        if (all || r.chance(status.equals("LEAD") ? 0.5 : 0.85)) {
            out.add(new Attachment(r.uuid(), (cn ? "简历_" + c.lastName + c.firstName : "CV_" + name) + ".pdf", "RESUME",
                    "application/pdf", null, null));
        }
        if (all || r.chance(0.35)) {
            boolean de = "de".equals(c.applicationLanguage);
            out.add(new Attachment(r.uuid(), (de ? "Anschreiben_" : "Cover_letter_") + name + ".docx", "COVER_LETTER", DOCX, null, null));
        }
        if (all || r.chance(0.1)) {
            boolean png = r.chance(0.5);
            out.add(new Attachment(r.uuid(), png ? "Portfolio_" + name + ".png" : "Zeugnisse & Referenzen.txt", "GENERIC_FILE",
                    png ? "image/png" : "text/plain", null, null));
        }
        return List.copyOf(out);
    }

    private List<Offer> offers(Rng r, Candidate c, Application a, List<StatusPaths.Step> path, boolean force) {
        boolean reachedOffer = path.stream().anyMatch(s -> s.status().equals("OFFERED"));
        if (!reachedOffer) {
            return List.of();
        }
        long offeredAt = a.history.stream().filter(h -> h.status().equals("OFFERED")).mapToLong(StatusChange::changedOn).min().orElse(a.createDate);
        long lastAt = a.history.get(a.history.size() - 1).changedOn();
        List<Offer> out = new ArrayList<>();
        switch (a.status) {
            case "HIRED" -> {
                if (r.chance(0.25)) {
                    out.add(offer(r, c, a, "ABANDONED", offeredAt - 2 * DAY, offeredAt - DAY));
                }
                out.add(offer(r, c, a, "ACCEPTED", offeredAt + HOUR, lastAt));
            }
            case "OFFERED" -> {
                if (force || r.chance(0.85)) {
                    String s = force ? "PENDING_ACCEPTANCE" : OFFER_CYCLE.get(ctx.offerCounter++ % OFFER_CYCLE.size());
                    out.add(offer(r, c, a, s, offeredAt + HOUR, Math.max(offeredAt + HOUR, lastAt)));
                }
            }
            default -> {
                if (r.chance(0.7)) {
                    out.add(offer(r, c, a, a.status.equals("WITHDRAWN") ? "NOT_ACCEPTED" : "ABANDONED", offeredAt + HOUR, lastAt));
                }
            }
        }
        return List.copyOf(out);
    }

    private Offer offer(Rng r, Candidate c, Application a, String status, long created, long updated) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("baseSalary", Integer.toString(1000 * r.between(40, 150)));
        props.put("startDate", Dates.formatDay(a.startsOn != null ? a.startsOn : created + 30 * DAY));
        props.put("contractType", r.pick(List.of("Permanent", "Fixed-term", "Freelance")));
        if (r.chance(0.5)) {
            props.put("bonusPercent", Integer.toString(5 * r.between(1, 4)));
        }
        if (r.chance(0.3)) {
            props.put("remoteWork", Boolean.toString(r.chance(0.5)));
        }
        if (r.chance(0.3)) {
            props.put("hiringManager", r.pick(ctx.users).id);
        }
        props.put("contractTitle", a.jobTitle);
        return new Offer(r.uuid(), c.id, a.jobId, status, created, Math.max(created, updated),
                java.util.Collections.unmodifiableMap(props));
    }

    private List<Interview> interviews(Rng r, Candidate c, Application a, Job job, boolean force) {
        StatusChange first = a.history.stream().filter(h -> h.status().equals("INTERVIEW")).findFirst().orElse(null);
        if (first == null || !(force || r.chance(0.75))) {
            return List.of();
        }
        List<String> teamIds = job.hiringTeam.stream().filter(m -> !m.role().equals(JobFactory.CUSTOM_ROLE))
                .map(HiringTeamMember::id).toList();
        List<String> userIds = teamIds.isEmpty() ? ctx.users.stream().map(u -> u.id).toList() : teamIds;
        String organizer = job.hiringTeam.stream().filter(m -> m.role().equals("RECRUITER")).map(HiringTeamMember::id)
                .findFirst().orElse(ctx.users.get(0).id);
        int count = force ? 2 : r.chance(0.8) ? 1 : 2;
        List<Interview> out = new ArrayList<>();
        long start = first.changedOn() + r.between(DAY, 4 * DAY);
        for (int n = 0; n < count; n++) {
            int slots = force ? 3 : r.between(1, 3);
            List<Interview.Timeslot> timeslots = new ArrayList<>();
            long s = (start / HOUR) * HOUR + 9 * HOUR;
            for (int k = 0; k < slots; k++) {
                List<String> who = r.sample(userIds, Math.min(userIds.size(), r.between(1, 3)));
                List<Interview.Interviewer> interviewers = who.stream().map(id -> new Interview.Interviewer(id,
                        List.of("accepted", "pending", "declined", "tentative").get(r.weighted(60, 20, 10, 10)))).toList();
                long minutes = List.of(45L, 60L, 90L).get(r.nextInt(3));
                timeslots.add(new Interview.Timeslot(r.uuid(), r.pick(Vocabulary.INTERVIEW_TITLES),
                        r.pick(Vocabulary.INTERVIEW_TYPES), r.chance(0.5) ? "Room " + r.between(1, 5) + "." + r.between(10, 30)
                        : "https://meet.example.com/" + r.digits(8), Instant.ofEpochMilli(s),
                        Instant.ofEpochMilli(s + minutes * 60_000L), interviewers,
                        List.of("accepted", "pending", "declined", "tentative").get(r.weighted(70, 20, 5, 5))));
                s += r.between(1, 3) * HOUR + DAY * r.between(0, 1);
            }
            String location = job.location != null && job.location.address() != null && r.chance(0.6)
                    ? ctx.company.name() + ", " + job.location.address() + ", " + job.location.city() : null;
            out.add(new Interview(r.uuid(), new Interview.CandidateRef(c.id), job.id, location, organizer,
                    ctx.timezones.getOrDefault(job.id, "Europe/Berlin"), List.copyOf(timeslots),
                    Instant.ofEpochMilli(Math.max(a.createDate, start - r.between(HOUR, 3 * DAY))),
                    r.chance(0.4) ? "https://calendar.example.com/event/" + r.digits(6) : null));
            start = s + r.between(DAY, 5 * DAY);
        }
        return out;
    }

    /** Moves {@code lastActivityOn} of jobs to their latest application change. */
    static void updateJobActivity(Candidate c, Map<String, Job> jobs) {
        for (Application a : c.applications) {
            Job j = jobs.get(a.jobId);
            if (j != null && !a.history.isEmpty()) {
                long last = a.history.get(a.history.size() - 1).changedOn();
                if (j.lastActivityOn == null || last > j.lastActivityOn) {
                    j.lastActivityOn = last;
                }
            }
        }
    }
}
