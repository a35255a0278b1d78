package io.srconnector.sandbox.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.sandbox.api.JobApplicationEndpoints;
import io.srconnector.sandbox.data.AccountConfiguration;
import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.CandidatePropertyDefinition;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.JobAd;
import io.srconnector.sandbox.data.JobPropertyDefinition;
import io.srconnector.sandbox.data.Offer;
import io.srconnector.sandbox.data.Posting;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.data.SourceType;
import io.srconnector.sandbox.json.Json;
import io.srconnector.sandbox.render.CandidateRenderer;
import io.srconnector.sandbox.render.ConfigurationRenderer;
import io.srconnector.sandbox.render.JobRenderer;
import io.srconnector.sandbox.render.Links;
import io.srconnector.sandbox.render.OfferRenderer;
import io.srconnector.sandbox.render.PostingRenderer;
import io.srconnector.sandbox.render.UserRenderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an account as account files ({@code <path>.json} = body of {@code GET <path>}), rendered by the same
 * code that serves the API, so {@link AccountLoader} reads back an account giving the same responses. Links in
 * {@code actions} use {@link #SR_BASE_URL} unless another base is given. Attachment bytes are not written
 * (the loader regenerates the placeholder files).
 */
public final class AccountDumper {

    /** SmartRecruiters' API host, used in dumped {@code actions} links by default. */
    public static final String SR_BASE_URL = "https://api.smartrecruiters.com";

    private final Path root;
    private final Links links;
    private int files;

    private AccountDumper(Path root, String baseUrl) {
        this.root = root;
        this.links = new Links(baseUrl);
    }

    /** Dumps the account into {@code directory} (created if needed); returns the number of files written. */
    public static int dump(SandboxAccount account, Path directory) {
        return dump(account, directory, SR_BASE_URL);
    }

    /** Dumps with links against {@code baseUrl}. */
    public static int dump(SandboxAccount account, Path directory, String baseUrl) {
        AccountDumper d = new AccountDumper(directory, baseUrl);
        account.read(() -> {
            d.write(account);
            return null;
        });
        return d.files;
    }

    private void write(SandboxAccount account) {
        AccountConfiguration cfg = account.configuration();
        ConfigurationRenderer config = new ConfigurationRenderer(cfg, links);
        put("configuration/company.json", Json.tree(account.company()));
        put("configuration/hiring-processes.json", config.hiringProcesses());
        put("configuration/rejection-reasons.json", config.rejectionReasons());
        put("configuration/withdrawal-reasons.json", config.withdrawalReasons());
        put("configuration/candidate-properties.json", config.candidateProperties());
        for (CandidatePropertyDefinition p : cfg.candidateProperties()) {
            put("configuration/candidate-properties/" + p.id() + "/values.json", ConfigurationRenderer.candidatePropertyValues(p));
        }
        put("configuration/job-properties.json", config.jobProperties());
        for (JobPropertyDefinition p : cfg.jobProperties()) {
            put("configuration/job-properties/" + p.id() + "/values.json",
                    ConfigurationRenderer.jobPropertyValues(p.values(), p.values().size(), null));
        }
        put("configuration/offer-properties.json", config.offerProperties());
        put("configuration/sources.json", config.sources());
        for (SourceType t : cfg.sourceTypes()) {
            put("configuration/sources/" + t.id() + "/values.json",
                    config.sourceValues(t, t.values(), Math.max(100, t.values().size()), 0, t.values().size()));
        }
        put("configuration/departments.json", config.departments());

        ObjectNode users = Json.object();
        ArrayNode userContent = users.putArray("content");
        account.users().values().forEach(u -> userContent.add(UserRenderer.entity(u)));
        put("user-api/v201804/users.json", users);

        JobRenderer jobs = new JobRenderer(links);
        for (Job j : account.jobs().values()) {
            String base = "jobs/" + j.id;
            put(base + ".json", jobs.details(j));
            put(base + "/status/history.json", jobs.statusHistory(j));
            put(base + "/hiring-team.json", jobs.hiringTeam(j));
            for (JobAd ad : j.jobAds) {
                put(base + "/jobads/" + ad.id + ".json", jobs.jobAd(ad));
                put(base + "/jobads/" + ad.id + "/postings.json", JobRenderer.publications(ad.publications, false));
            }
        }

        CandidateRenderer candidates = new CandidateRenderer(account, links);
        OfferRenderer offers = new OfferRenderer(links);
        ObjectNode list = Json.object();
        ArrayNode listContent = list.putArray("content");
        for (Candidate c : account.candidates().values()) {
            listContent.add(candidates.listItem(c));
            put("candidates/" + c.id + ".json", candidates.details(c));
            for (Application a : c.applications) {
                String base = "candidates/" + c.id + "/jobs/" + a.jobId;
                put(base + ".json", candidates.application(a));
                put(base + "/status/history.json", CandidateRenderer.statusHistory(a));
                put(base + "/properties.json", candidates.properties(a, null));
                put(base + "/screening-answers.json", CandidateRenderer.screeningAnswers(a));
                put(base + "/attachments.json", candidates.attachments(a));
                for (Offer o : a.offers) {
                    put(base + "/offers/" + o.id() + ".json", offers.offer(o));
                }
                put("job-applications-api/v202112/job-applications/" + a.applicationId + ".json", JobApplicationEndpoints.render(a));
                account.interviewsOf(a.candidateId, a.jobId).forEach(i ->
                        put("interviews-api/v201904/interviews/" + i.id() + ".json", Json.tree(i)));
            }
        }
        put("candidates.json", list);

        PostingRenderer postings = new PostingRenderer(links);
        for (Posting p : account.postings().values()) {
            put("v1/companies/" + account.company().identifier() + "/postings/" + p.id() + ".json", postings.detail(p));
        }
        for (String uuid : account.applyConfigurationUuids()) {
            put("postings/" + uuid + "/configuration.json", Json.tree(account.applyConfiguration(uuid)));
        }
    }

    private void put(String relative, JsonNode body) {
        Path f = root.resolve(relative);
        try {
            Files.createDirectories(f.getParent());
            Files.write(f, Json.prettyBytes(body));
            files++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
