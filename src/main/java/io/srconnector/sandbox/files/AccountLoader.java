package io.srconnector.sandbox.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.sandbox.data.AccountConfiguration;
import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.CandidatePropertyDefinition;
import io.srconnector.sandbox.data.Company;
import io.srconnector.sandbox.data.Department;
import io.srconnector.sandbox.data.HiringProcess;
import io.srconnector.sandbox.data.IdLabel;
import io.srconnector.sandbox.data.Interview;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.JobAd;
import io.srconnector.sandbox.data.JobPropertyDefinition;
import io.srconnector.sandbox.data.Offer;
import io.srconnector.sandbox.data.OfferPropertyCategory;
import io.srconnector.sandbox.data.Posting;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.data.SourceType;
import io.srconnector.sandbox.data.ApplyConfiguration;
import io.srconnector.sandbox.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads an account from a directory of SR response bodies laid out like SR's GET paths: {@code <path>.json}
 * holds exactly what {@code GET <path>} returns (see {@code docs/sandbox.md}). Detail files are the source of
 * truth; list endpoints are derived from them. Every file except the detail files is optional; a missing one
 * means SR's empty body.
 */
public final class AccountLoader {

    private final Path root;
    private final SandboxAccount account;

    private AccountLoader(Path root, Clock clock) {
        this.root = root;
        this.account = new SandboxAccount(clock);
    }

    /** Loads the directory into a new account whose mutations use {@code clock}. */
    public static SandboxAccount load(Path directory, Clock clock) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("not a directory: " + directory);
        }
        AccountLoader loader = new AccountLoader(directory, clock);
        loader.account.write(loader::loadAll);
        return loader.account;
    }

    private void loadAll() {
        loadCompany();
        loadConfiguration();
        JsonNode users = read("user-api/v201804/users.json");
        if (users != null) {
            users.path("content").forEach(u -> account.putUser(RecordParsers.user(u)));
        }
        for (Path f : jsonFiles(root.resolve("jobs"))) {
            loadJob(f);
        }
        Map<String, JsonNode> listItems = new HashMap<>();
        JsonNode list = read("candidates.json");
        if (list != null) {
            list.path("content").forEach(c -> listItems.put(Json.text(c, "id"), c));
        }
        for (Path f : jsonFiles(root.resolve("candidates"))) {
            loadCandidate(f, listItems);
        }
        for (Path f : jsonFiles(root.resolve("interviews-api/v201904/interviews"))) {
            account.putInterview(Json.convert(parse(f), Interview.class));
        }
        loadPostings();
    }

    private void loadCompany() {
        Company c = Json.convert(read("configuration/company.json"), Company.class);
        if (c == null || c.identifier() == null) {
            Path companies = root.resolve("v1/companies");
            String identifier = "SandboxCompany";
            if (Files.isDirectory(companies)) {
                try (Stream<Path> s = Files.list(companies)) {
                    identifier = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().findFirst().orElse(identifier);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            c = new Company(identifier, c == null ? identifier : c.name(), null, null, null, null);
        }
        account.company(c);
    }

    private void loadConfiguration() {
        List<CandidatePropertyDefinition> candidateProps = new ArrayList<>();
        for (CandidatePropertyDefinition d : list("configuration/candidate-properties.json", CandidatePropertyDefinition.class)) {
            candidateProps.add(d.withValues(list("configuration/candidate-properties/" + d.id() + "/values.json", IdLabel.class)));
        }
        List<JobPropertyDefinition> jobProps = new ArrayList<>();
        for (JobPropertyDefinition d : list("configuration/job-properties.json", JobPropertyDefinition.class)) {
            jobProps.add(d.withValues(list("configuration/job-properties/" + d.id() + "/values.json", JobPropertyDefinition.Value.class)));
        }
        List<SourceType> sources = new ArrayList<>();
        for (SourceType t : list("configuration/sources.json", SourceType.class)) {
            List<SourceType.Value> values = new ArrayList<>();
            JsonNode v = read("configuration/sources/" + t.id() + "/values.json");
            if (v != null) {
                v.path("content").forEach(e -> values.add(new SourceType.Value(Json.text(e, "id"), Json.text(e, "label"),
                        Json.text(e.path("sourceSubType"), "id"))));
            }
            sources.add(t.withValues(values));
        }
        JsonNode offers = read("configuration/offer-properties.json");
        account.configuration(new AccountConfiguration(
                list("configuration/hiring-processes.json", HiringProcess.class),
                list("configuration/rejection-reasons.json", IdLabel.class),
                list("configuration/withdrawal-reasons.json", IdLabel.class),
                candidateProps, jobProps,
                offers == null ? List.of() : Json.convertList(offers.get("categories"), OfferPropertyCategory.class),
                sources, list("configuration/departments.json", Department.class)));
    }

    private void loadJob(Path file) {
        Job j = RecordParsers.job(parse(file));
        String base = "jobs/" + j.id;
        j.statusHistory = RecordParsers.jobStatusHistory(read(base + "/status/history.json"));
        j.hiringTeam = RecordParsers.hiringTeam(read(base + "/hiring-team.json"));
        List<JobAd> ads = new ArrayList<>();
        for (Path f : jsonFiles(root.resolve(base + "/jobads"))) {
            JsonNode n = parse(f);
            String adId = Json.text(n, "id");
            ads.add(RecordParsers.jobAd(n, j.id, read(base + "/jobads/" + adId + "/postings.json")));
        }
        ads.sort(Comparator.comparing((JobAd a) -> !a.isDefault).thenComparingLong(a -> a.createdOn).thenComparing(a -> a.id));
        j.jobAds = ads;
        if (j.language == null && !ads.isEmpty()) {
            j.language = ads.get(0).language;
        }
        account.putJob(j);
    }

    private void loadCandidate(Path file, Map<String, JsonNode> listItems) {
        Candidate c = RecordParsers.candidate(parse(file));
        JsonNode item = listItems.get(c.id);
        if (item != null) {
            c.applicationLanguage = Json.text(item, "applicationLanguage");
            c.consentStatus = Json.text(item.path("consent"), "status");
        }
        Path binaries = root.resolve("candidates/attachments");
        for (Application a : c.applications) {
            String base = "candidates/" + c.id + "/jobs/" + a.jobId;
            JsonNode app = read(base + ".json");
            if (app != null) {
                RecordParsers.mergeApplication(a, app);
            }
            a.history = RecordParsers.statusHistory(read(base + "/status/history.json"));
            a.properties = RecordParsers.properties(read(base + "/properties.json"));
            a.screeningAnswers = RecordParsers.screeningAnswers(read(base + "/screening-answers.json"));
            a.attachments = RecordParsers.attachments(read(base + "/attachments.json"), binaries);
            List<Offer> offers = new ArrayList<>();
            for (Path f : jsonFiles(root.resolve(base + "/offers"))) {
                offers.add(RecordParsers.offer(parse(f), c.id, a.jobId));
            }
            offers.sort(Comparator.comparingLong(Offer::createdOn).thenComparing(Offer::id));
            a.offers = List.copyOf(offers);
            JsonNode jobApplication = read("job-applications-api/v202112/job-applications/" + a.applicationId + ".json");
            Long created = jobApplication == null ? null : Json.millis(jobApplication, "createDate");
            a.createDate = created != null ? created : a.history.isEmpty() ? c.createdOn : a.history.get(0).changedOn();
            if (a.sourceId == null && jobApplication != null) {
                a.sourceId = Json.text(jobApplication, "sourceIdentifier");
            }
            Job j = account.job(a.jobId);
            if (a.jobTitle == null && j != null) {
                a.jobTitle = j.title;
            }
        }
        account.putCandidate(c);
    }

    private void loadPostings() {
        Path dir = root.resolve("v1/companies/" + account.company().identifier() + "/postings");
        for (Path f : jsonFiles(dir)) {
            Posting p = Json.convert(withSections(parse(f)), Posting.class);
            if (p.language() == null && p.jobId() != null && account.job(p.jobId()) != null) {
                JobAd ad = account.job(p.jobId()).jobAd(p.jobAdId());
                if (ad != null) {
                    p = p.withLanguage(ad.language);
                }
            }
            account.putPosting(p);
        }
        Path configs = root.resolve("postings");
        if (Files.isDirectory(configs)) {
            try (Stream<Path> s = Files.list(configs)) {
                s.filter(Files::isDirectory).sorted().forEach(d -> {
                    Path f = d.resolve("configuration.json");
                    if (Files.isRegularFile(f)) {
                        account.putApplyConfiguration(d.getFileName().toString(), Json.convert(parse(f), ApplyConfiguration.class));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The Posting API nests sections as {@code jobAd.sections}; the record keeps them flat. */
    private static JsonNode withSections(JsonNode posting) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = posting.deepCopy();
        JsonNode sections = posting.path("jobAd").get("sections");
        copy.remove("jobAd");
        if (sections != null) {
            copy.set("sections", sections);
        }
        return copy;
    }

    private <T> List<T> list(String path, Class<T> type) {
        JsonNode n = read(path);
        return n == null ? List.of() : Json.convertList(n.isArray() ? n : n.get("content"), type);
    }

    private JsonNode read(String relative) {
        Path f = root.resolve(relative);
        return Files.isRegularFile(f) ? parse(f) : null;
    }

    private static JsonNode parse(Path f) {
        try {
            return Json.parse(Files.readAllBytes(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(f + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> jsonFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
