package io.srconnector.sandbox.generate;

import io.srconnector.sandbox.data.Compensation;
import io.srconnector.sandbox.data.Creator;
import io.srconnector.sandbox.data.Department;
import io.srconnector.sandbox.data.HiringTeamMember;
import io.srconnector.sandbox.data.IdLabel;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.JobAd;
import io.srconnector.sandbox.data.JobAdContent;
import io.srconnector.sandbox.data.JobProperty;
import io.srconnector.sandbox.data.JobPropertyDefinition;
import io.srconnector.sandbox.data.JobStatusChange;
import io.srconnector.sandbox.data.Posting;
import io.srconnector.sandbox.data.Publication;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.data.User;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.srconnector.sandbox.generate.GenerationContext.DAY;
import static io.srconnector.sandbox.generate.GenerationContext.HOUR;

/**
 * Generates jobs with every job status and posting status, a consistent status history, properties, a hiring
 * team with every role (and a custom role string), 1–3 job ads in several languages (published, unpublished,
 * never published) with publications, Posting API postings (several per job, FC-02; jobs 1 and 2 share a
 * {@code refNumber}) and Application API configurations.
 */
final class JobFactory {

    private static final List<String> STATUS_CYCLE = List.of("SOURCING", "INTERVIEW", "OFFER", "FILLED", "CREATED",
            "ON_HOLD", "CANCELLED");
    private static final List<String> LIVE = List.of("SOURCING", "INTERVIEW", "OFFER", "ON_HOLD");
    static final String CUSTOM_ROLE = "Talent sourcer";

    private final GenerationContext ctx;

    JobFactory(GenerationContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Job number {@code i}, created before {@code base} (within the last 40–700 days, or the last 3 days when
     * {@code recent}); its postings and configurations go into the account.
     */
    Job job(int i, long base, boolean recent, SandboxAccount account, List<Job> earlier) {
        Rng r = Rng.of(ctx.seed, "job", i);
        Vocabulary.JobTitle family = i == 0 ? Vocabulary.JOB_TITLES.get(0) : r.pick(Vocabulary.JOB_TITLES);
        Vocabulary.Office office = i == 0 ? Vocabulary.OFFICES.get(2) : r.pick(Vocabulary.OFFICES);
        String lang = i == 0 ? "en" : Vocabulary.AD_LANGUAGES.get(r.weighted(60, 20, 7, 7, 6));
        Job j = new Job();
        j.id = r.uuid();
        j.title = family.titles().get(lang);
        j.refNumber = "REF-" + (1000 + i);
        if (i == 2 && earlier.size() > 1) {
            j.refNumber = earlier.get(1).refNumber;
        }
        boolean template = i == 7;
        j.template = template;
        j.status = template ? "CREATED" : i < STATUS_CYCLE.size() ? STATUS_CYCLE.get(i)
                : STATUS_CYCLE.get(r.weighted(40, 15, 10, 10, 8, 7, 10));
        j.createdOn = recent ? base - r.between(2 * HOUR, 3 * DAY) : base - r.between(40 * DAY, 700 * DAY);
        List<User> active = ctx.activeUsers();
        User creator = active.get(r.nextInt(Math.min(active.size(), 8)));
        j.creator = new Creator(creator.id, creator.firstName, creator.lastName);

        // status history
        List<JobStatusChange> history = new ArrayList<>();
        long span = Math.max(8 * HOUR, base - j.createdOn - DAY);
        long t = j.createdOn;
        history.add(new JobStatusChange(t, "CREATED", creator.id));
        Long sourcingAt = null;
        Long closedAt = null;
        if (!j.status.equals("CREATED")) {
            t += r.between(HOUR, span / 8);
            sourcingAt = t;
            history.add(new JobStatusChange(t, "SOURCING", creator.id));
            if (j.status.equals("SOURCING") && r.chance(0.2)) {
                t += r.between(HOUR, span / 8);
                history.add(new JobStatusChange(t, "ON_HOLD", creator.id));
                t += r.between(HOUR, span / 8);
                history.add(new JobStatusChange(t, "SOURCING", creator.id));
            }
            List<String> path = switch (j.status) {
                case "INTERVIEW" -> List.of("INTERVIEW");
                case "OFFER" -> List.of("INTERVIEW", "OFFER");
                case "FILLED" -> List.of("INTERVIEW", "OFFER", "FILLED");
                case "ON_HOLD" -> List.of("ON_HOLD");
                case "CANCELLED" -> List.of("CANCELLED");
                default -> List.<String>of();
            };
            for (String s : path) {
                t += r.between(HOUR, span / 8);
                history.add(new JobStatusChange(t, s, r.chance(0.8) ? creator.id : null));
            }
            if (List.of("FILLED", "CANCELLED", "ON_HOLD").contains(j.status)) {
                closedAt = t;
            }
        }
        j.statusHistory = List.copyOf(history);
        j.updatedOn = Math.min(base - HOUR, t + r.between(0, 10 * DAY));
        j.lastActivityOn = j.updatedOn;

        if (i == 0 || r.chance(0.9)) {
            Department d = ctx.configuration.departments().get(family.department());
            j.department = d;
        }
        j.location = office.location();
        j.industry = i == 0 ? Vocabulary.INDUSTRIES.get(0) : r.pick(Vocabulary.INDUSTRIES);
        j.function = family.function();
        j.typeOfEmployment = new IdLabel(family.employment(), Vocabulary.EMPLOYMENT_TYPES.get(family.employment()));
        j.experienceLevel = new IdLabel(family.level(), Vocabulary.EXPERIENCE_LEVELS.get(family.level()));
        if (i == 0 || r.chance(0.6)) {
            j.eeoCategory = r.pick(Vocabulary.EEO_CATEGORIES);
        }
        if (i == 0 || r.chance(0.6)) {
            j.targetHiringDate = (j.createdOn / DAY) * DAY + r.between(60, 120) * DAY;
        }
        if (i == 0 || r.chance(0.7)) {
            double min = 1000 * r.between(35, 120);
            j.compensation = new Compensation(min, min + 1000 * r.between(5, 40), office.currency());
        }
        j.properties = properties(r, i, office);
        j.hiringTeam = hiringTeam(r, i);
        j.hiringProcessId = ctx.configurationFactory.processId(family.process());

        // posting status and job ads
        if (j.status.equals("CREATED") || j.status.equals("FILLED") || j.status.equals("CANCELLED")) {
            j.postingStatus = "NOT_PUBLISHED";
        } else if (j.status.equals("ON_HOLD")) {
            j.postingStatus = r.chance(0.5) ? "PRIVATE" : "NOT_PUBLISHED";
        } else if (i <= 2) {
            j.postingStatus = "PUBLIC";
        } else {
            j.postingStatus = List.of("PUBLIC", "INTERNAL", "PRIVATE", "NOT_PUBLISHED").get(r.weighted(70, 15, 10, 5));
        }
        boolean live = LIVE.contains(j.status) && !j.postingStatus.equals("NOT_PUBLISHED");
        int adCount = i == 0 ? 3 : r.between(1, 3);
        List<String> langs = new ArrayList<>();
        langs.add(lang);
        List<String> others = new ArrayList<>(Vocabulary.AD_LANGUAGES);
        others.remove(lang);
        if (i == 0) {
            langs.addAll(List.of("de", "fr"));
        } else {
            langs.addAll(r.sample(others, adCount - 1));
        }
        String visibility = switch (j.postingStatus) {
            case "INTERNAL" -> "INTERNAL";
            case "PRIVATE" -> "PRIVATE";
            default -> "PUBLIC";
        };
        List<Posting> postings = new ArrayList<>();
        long adCreated = j.createdOn;
        for (int k = 0; k < langs.size(); k++) {
            String l = langs.get(k);
            JobAd ad = new JobAd();
            ad.id = r.uuid();
            ad.jobId = j.id;
            ad.title = family.titles().get(l);
            ad.language = Vocabulary.LANGUAGES.get(l);
            ad.sections = JobAdTexts.sections(l, ctx.company.name(), ad.title, i == 0 || r.chance(0.8));
            adCreated += k == 0 ? 0 : r.between(HOUR, 3 * DAY);
            ad.createdOn = adCreated;
            ad.updatedOn = Math.min(base - HOUR, ad.createdOn + r.between(0, 20 * DAY));
            ad.isDefault = k == 0;
            ad.creatorId = creator.id;
            ad.visibility = visibility;
            String state;
            if (live) {
                state = k == 0 || i == 0 && k == 1 ? "live" : List.of("live", "past", "never").get(r.weighted(60, 20, 20));
                if (i == 0 && k == 2) {
                    state = "never";
                }
            } else {
                state = sourcingAt != null && (k == 0 || r.chance(0.5)) ? "past" : "never";
            }
            String uuid = r.uuid();
            String postingId = Long.toString(744_000_000_000_000L + i * 10L + k);
            String slug = slug(ad.title);
            String postingUrl = "https://jobs.smartrecruiters.com/" + ctx.companyIdentifier + "/" + postingId + "-" + slug;
            ad.postingStatus = state.equals("live") ? "PUBLISHED" : "NOT_PUBLISHED";
            if (!state.equals("never")) {
                long publishedAt = Math.max(sourcingAt, ad.createdOn) + HOUR;
                Long endedAt = state.equals("past") ? Math.max(publishedAt + DAY, closedAt == null ? publishedAt + 20 * DAY : closedAt) : null;
                ad.publications = publications(r, publishedAt, endedAt, base);
                ad.applyUrl = "https://jobs.smartrecruiters.com/oneclick-ui/company/" + ctx.companyIdentifier + "/publication/" + uuid;
            }
            j.jobAds.add(ad);
            if (state.equals("live") && !visibility.equals("PRIVATE")) {
                postings.add(posting(j, ad, postingId, uuid, postingUrl, creator, ad.publications.get(0).publishedOn()));
            }
        }
        JobAd def = j.jobAds.get(0);
        j.jobAd = new JobAdContent(def.sections, def.language);
        j.language = def.language;
        if (!postings.isEmpty()) {
            ScreeningFactory.QuestionSet set = i == 0 ? ctx.screening.sets().get(0) : r.pick(ctx.screening.sets());
            ctx.questionSets.put(j.id, set);
            for (Posting p : postings) {
                account.putPosting(p);
                account.putApplyConfiguration(p.uuid(), set.configuration());
            }
            j.applyOnWebUrl = postings.get(0).postingUrl();
        }
        ctx.timezones.put(j.id, office.timezone());
        return j;
    }

    private List<Publication> publications(Rng r, long publishedAt, Long endedAt, long base) {
        List<Publication> out = new ArrayList<>();
        out.add(new Publication("Career site", "FREE", Instant.ofEpochMilli(publishedAt), end(endedAt)));
        if (r.chance(0.6)) {
            long end = publishedAt + 30 * DAY;
            Long paidEnd = endedAt != null ? Long.valueOf(Math.min(endedAt, end)) : end < base ? Long.valueOf(end) : null;
            out.add(new Publication("LinkedIn", "PAID", Instant.ofEpochMilli(publishedAt + 5 * 60_000L), end(paidEnd)));
        }
        if (r.chance(0.5)) {
            out.add(new Publication("Indeed", "FREE", Instant.ofEpochMilli(publishedAt + 10 * 60_000L), end(endedAt)));
        }
        return List.copyOf(out);
    }

    private static Instant end(Long t) {
        return t == null ? null : Instant.ofEpochMilli(t);
    }

    private Posting posting(Job j, JobAd ad, String id, String uuid, String postingUrl, User creator, Instant released) {
        var loc = j.location;
        String region = loc.regionCode() == null ? null : loc.regionCode().substring(loc.regionCode().indexOf('-') + 1).toUpperCase(Locale.ROOT);
        List<Posting.CustomField> custom = j.properties.stream()
                .map(p -> new Posting.CustomField(p.id(), p.label(), p.value().id(), p.value().label())).toList();
        return new Posting(id, uuid, ad.title, j.id, ad.id, ad.isDefault, postingUrl + "?oga=true", postingUrl,
                postingUrl + "?trid=referral", j.refNumber, new Posting.PostingCompany(ctx.company.identifier(), ctx.company.name()),
                released, new Posting.PostingLocation(loc.countryCode(), region, loc.city(), loc.remote(), loc.latitude(), loc.longitude()),
                j.industry, j.department == null ? null : new IdLabel(j.department.id(), j.department.label()), j.function,
                j.typeOfEmployment, new Posting.ExperienceLevel(j.experienceLevel.id(), j.experienceLevel.label()), custom,
                new Posting.PostingCreator(creator.firstName + " " + creator.lastName), ad.sections, true,
                ad.visibility, ad.language);
    }

    static String slug(String title) {
        String s = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "job" : s;
    }

    private List<JobProperty> properties(Rng r, int i, Vocabulary.Office office) {
        List<JobPropertyDefinition> defs = ctx.configuration.jobProperties();
        List<JobProperty> out = new ArrayList<>();
        double[] chance = {1.0, 0.7, 0.6, 1.0, 0.25, 0.4};
        for (int k = 0; k < defs.size(); k++) {
            JobPropertyDefinition d = defs.get(k);
            if (i != 0 && !r.chance(chance[Math.min(k, chance.length - 1)])) {
                continue;
            }
            JobPropertyDefinition.Value v = d.label().equals("Remote eligible")
                    ? d.values().get(Boolean.TRUE.equals(office.location().remote()) ? 0 : 1)
                    : d.values().get(r.nextInt(d.values().size()));
            out.add(new JobProperty(d.id(), d.label(), new IdLabel(v.id(), v.label())));
        }
        return List.copyOf(out);
    }

    private List<HiringTeamMember> hiringTeam(Rng r, int i) {
        List<User> pool = new ArrayList<>(ctx.users);
        List<User> picked = r.sample(pool.stream().filter(u -> u.active).toList(), Math.min(6, pool.size()));
        List<HiringTeamMember> out = new ArrayList<>();
        out.add(new HiringTeamMember(picked.get(0).id, "RECRUITER"));
        out.add(new HiringTeamMember(picked.get(1 % picked.size()).id, "HIRING_MANAGER"));
        int interviewers = i == 0 ? 1 : r.between(0, 2);
        for (int k = 0; k < interviewers && 2 + k < picked.size(); k++) {
            out.add(new HiringTeamMember(picked.get(2 + k).id, "INTERVIEW_TEAM"));
        }
        if ((i == 0 || r.chance(0.2)) && picked.size() > 4) {
            out.add(new HiringTeamMember(picked.get(4).id, "EXECUTIVE"));
        }
        if ((i == 0 || r.chance(0.15)) && picked.size() > 5) {
            out.add(new HiringTeamMember(picked.get(5).id, "COORDINATOR"));
        }
        if (i == 0 || r.chance(0.1)) {
            User inactive = ctx.users.stream().filter(u -> !u.active).findFirst().orElse(picked.get(0));
            out.add(new HiringTeamMember(inactive.id, CUSTOM_ROLE));
        }
        return List.copyOf(out);
    }
}
