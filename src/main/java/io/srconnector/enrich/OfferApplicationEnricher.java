package io.srconnector.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.mapping.OfferMapper;
import io.srconnector.model.Offer;
import io.srconnector.persistence.Mapped;
import io.srconnector.persistence.UnifiedIds;
import io.srconnector.sync.SyncContext;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quirk: a SmartRecruiters offer references a candidate and a job — as links ({@code actions.candidate.url},
 * {@code actions.job.url}, {@code actions.details.url} = {@code /candidates/{id}/jobs/{jobId}/offers/{offerId}}) —
 * never an application (coverage sheet "Offers", FC-10). This page-route step (after {@code offerMapper.map})
 * resolves each offer's {@code application_id}: the application is the pair (candidate, job), whose Kombo id is
 * deterministic ({@code UnifiedIds} of {@code <candidateId>:<jobId>}), and it is set only when that application has
 * been synced. An offer whose application cannot be resolved keeps {@code application_id} null, is still written
 * (never dropped), and leaves a warning in the sync log and the model's sync result.
 */
@Component("offerApplicationEnricher")
public class OfferApplicationEnricher {
    private static final Logger LOG = LoggerFactory.getLogger(OfferApplicationEnricher.class);
    private static final Pattern DETAILS = Pattern.compile("/candidates/([^/?#]+)/jobs/([^/?#]+)/offers(?:/|$|\\?)");
    private static final Pattern CANDIDATE = Pattern.compile("/candidates/([^/?#]+)/?(?:$|\\?|#)");
    private static final Pattern JOB = Pattern.compile("/jobs/([^/?#]+)/?(?:$|\\?|#)");

    private final JdbcTemplate jdbc;

    public OfferApplicationEnricher(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The (candidate id, job id) an offer belongs to, or null when its links name neither. */
    public record CandidateJob(String candidateId, String jobId) {
        /** The application's remote id, {@code <candidateId>:<jobId>}. */
        public String applicationRemoteId() {
            return candidateId + ":" + jobId;
        }
    }

    /**
     * Reads the candidate and job of a SmartRecruiters offer from its links: {@code actions.candidate.url} and
     * {@code actions.job.url}, else {@code actions.details.url}; also accepts explicit {@code candidateId}/{@code jobId}
     * members should SmartRecruiters add them.
     *
     * @return the pair, or null when the offer names no candidate or no job
     */
    public static CandidateJob candidateAndJob(JsonNode offer) {
        String candidate = text(offer.path("candidateId"));
        String job = text(offer.path("jobId"));
        JsonNode actions = offer.path("actions");
        if (candidate == null) {
            candidate = group(CANDIDATE, text(actions.path("candidate").path("url")));
        }
        if (job == null) {
            job = group(JOB, text(actions.path("job").path("url")));
        }
        if (candidate == null || job == null) {
            Matcher m = DETAILS.matcher(String.valueOf(text(actions.path("details").path("url"))));
            if (m.find()) {
                candidate = candidate == null ? decode(m.group(1)) : candidate;
                job = job == null ? decode(m.group(2)) : job;
            }
        }
        return candidate == null || job == null ? null : new CandidateJob(candidate, job);
    }

    /** Camel step: body {@code List<Mapped<Offer>>} → the same offers with {@code application_id} resolved. */
    @SuppressWarnings("unchecked")
    public void enrich(Exchange exchange) {
        SyncContext ctx = exchange.getVariable(SyncContext.VARIABLE, SyncContext.class);
        List<Mapped<Offer>> offers = exchange.getIn().getBody(List.class);
        exchange.getIn().setBody(resolve(offers, ctx.integrationId(), (offer, why) -> {
            String msg = "offer " + offer.remoteId() + ": application_id left null (" + why + ")";
            LOG.warn("[{}] offers: {}", ctx.integrationId(), msg);
            ctx.stats().warn(msg);
        }));
    }

    /** Receives the offers whose application could not be resolved. */
    public interface Unresolved {
        void offer(Offer offer, String reason);
    }

    /**
     * Resolves the application ids of a page of offers against the synced applications (one query).
     *
     * @return the offers in the same order, each with its application id or null
     */
    public List<Mapped<Offer>> resolve(List<Mapped<Offer>> offers, String integrationId, Unresolved unresolved) {
        List<String> wanted = new ArrayList<>(offers.size());
        for (Mapped<Offer> m : offers) {
            JsonNode body = m.remoteData() == null ? null : m.remoteData().path(OfferMapper.LIST);
            CandidateJob cj = body == null ? null : candidateAndJob(body);
            wanted.add(cj == null ? null : UnifiedIds.of(integrationId, "ats_applications", cj.applicationRemoteId()));
        }
        Set<String> existing = new HashSet<>();
        String[] ids = wanted.stream().filter(java.util.Objects::nonNull).distinct().toArray(String[]::new);
        if (ids.length > 0) {
            existing.addAll(jdbc.query(con -> {
                var ps = con.prepareStatement("SELECT id FROM ats_applications WHERE integration_id = ? AND id = ANY (?)");
                ps.setString(1, integrationId);
                ps.setArray(2, con.createArrayOf("text", ids));
                return ps;
            }, (rs, i) -> rs.getString(1)));
        }
        List<Mapped<Offer>> out = new ArrayList<>(offers.size());
        for (int i = 0; i < offers.size(); i++) {
            Mapped<Offer> m = offers.get(i);
            String appId = wanted.get(i);
            if (appId != null && existing.contains(appId)) {
                out.add(new Mapped<>(m.record().withApplicationId(appId), m.remoteData()));
            } else {
                unresolved.offer(m.record(), appId == null ? "the offer names no candidate and job"
                        : "no synced application for its candidate and job");
                out.add(new Mapped<>(m.record().withApplicationId(null), m.remoteData()));
            }
        }
        return out;
    }

    private static String group(Pattern p, String url) {
        if (url == null) {
            return null;
        }
        Matcher m = p.matcher(url);
        String last = null;
        while (m.find()) {
            last = decode(m.group(1));
        }
        return last;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String text(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }
}
