package io.srconnector.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.http.SmartRecruitersException;
import io.srconnector.http.SmartRecruitersRequester;
import io.srconnector.paging.OffsetPaginator;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.sync.SyncContext;
import io.srconnector.sync.SyncSettings;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Quirk: a job ad's public URL ({@code postingUrl}) and the posting {@code uuid} that the Application API's screening
 * questions are keyed by exist only in SmartRecruiters' public Posting API, which lists postings per company
 * ({@code GET /v1/companies/{companyIdentifier}/postings}, offset paging, one {@code destination} per request, items
 * carrying {@code jobAdId} but not {@code jobId}) and gives the URL only in the detail
 * ({@code GET /v1/companies/{companyIdentifier}/postings/{postingId}}). This page-route step of the job-postings stream
 * binds, on each job-ad record, the path variables {@code companyIdentifier} (from {@code GET /configuration/company})
 * and {@code postingId} of the ad's posting, so the next step can fetch that detail. The company's posting index
 * (PUBLIC and INTERNAL destinations; a PUBLIC posting wins) is read once per run, through the offset pager. Ads without
 * a posting (unpublished, or published privately) stay unbound; if the company or its postings cannot be read (4xx),
 * no ad is bound and posting URLs fall back to the ad's {@code applyUrl}.
 */
@Component("jobAdPostings")
public class JobAdPostings {
    private static final Logger LOG = LoggerFactory.getLogger(JobAdPostings.class);
    private static final int REMEMBERED_RUNS = 4;

    private final SmartRecruitersRequester requester;
    private final OffsetPaginator pager;
    private final Map<String, Index> byRun = Collections.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Index> eldest) {
            return size() > REMEMBERED_RUNS;
        }
    });

    public JobAdPostings(SmartRecruitersRequester requester, SyncSettings settings) {
        this.requester = requester;
        this.pager = new OffsetPaginator(requester, settings.getMaxPages());
    }

    /**
     * A company's postings by job-ad id.
     *
     * @param companyIdentifier the company's identifier (Posting API path), null when unknown
     * @param postingIdByJobAd  job-ad id → posting id
     */
    public record Index(String companyIdentifier, Map<String, String> postingIdByJobAd) {
        static final Index EMPTY = new Index(null, Map.of());
    }

    /** Camel step: binds {@code companyIdentifier} and {@code postingId} on the page's job-ad records. */
    @SuppressWarnings("unchecked")
    public void bind(Exchange exchange) {
        SyncContext ctx = exchange.getVariable(SyncContext.VARIABLE, SyncContext.class);
        List<RemoteRecord> ads = exchange.getIn().getBody(List.class);
        if (ads.isEmpty()) {
            return;
        }
        bindAll(ads, index(ctx));
    }

    /** Binds the variables of every ad that has a posting in the index. */
    public static void bindAll(List<RemoteRecord> ads, Index index) {
        if (index.companyIdentifier() == null) {
            return;
        }
        for (RemoteRecord ad : ads) {
            String postingId = index.postingIdByJobAd().get(ad.var("jobAdId"));
            if (postingId != null) {
                ad.vars().put("companyIdentifier", index.companyIdentifier());
                ad.vars().put("postingId", postingId);
            }
        }
    }

    /** The run's posting index, read on first use. */
    Index index(SyncContext ctx) {
        synchronized (byRun) {
            Index i = byRun.get(ctx.runId());
            if (i == null) {
                i = read(ctx);
                byRun.put(ctx.runId(), i);
            }
            return i;
        }
    }

    private Index read(SyncContext ctx) {
        try {
            String company = text(requester.json(ctx.get("/configuration/company").build()).path("identifier"));
            if (company == null) {
                return Index.EMPTY;
            }
            Map<String, String> byAd = new HashMap<>();
            String path = "/v1/companies/" + java.net.URLEncoder.encode(company, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20") + "/postings";
            for (String destination : List.of("PUBLIC", "INTERNAL")) {
                pager.paginate(ctx.get(path).query("destination", destination), null, 100, page -> {
                    for (JsonNode p : page.items()) {
                        String ad = text(p.path("jobAdId"));
                        String id = text(p.path("id"));
                        if (ad != null && id != null) {
                            byAd.putIfAbsent(ad, id);
                        }
                    }
                });
            }
            LOG.info("[{}] job postings: {} Posting API postings of company {}", ctx.integrationId(), byAd.size(),
                    company);
            return new Index(company, byAd);
        } catch (SmartRecruitersException e) {
            if (e.status() >= 400 && e.status() < 500 && e.status() != 429) {
                LOG.warn("[{}] job postings: Posting API index not read (HTTP {} on {}), posting URLs fall back to "
                        + "applyUrl", ctx.integrationId(), e.status(), e.path());
                ctx.stats().warn("Posting API index not read: HTTP " + e.status() + " on " + e.path());
                return Index.EMPTY;
            }
            throw e;
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }
}
