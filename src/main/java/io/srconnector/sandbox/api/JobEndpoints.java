package io.srconnector.sandbox.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.sandbox.auth.ApiArea;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.JobAd;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.http.ApiException;
import io.srconnector.sandbox.http.ErrorStyle;
import io.srconnector.sandbox.http.QueryParams;
import io.srconnector.sandbox.http.Route;
import io.srconnector.sandbox.http.RouteTable;
import io.srconnector.sandbox.http.SandboxRequest;
import io.srconnector.sandbox.http.SandboxResponse;
import io.srconnector.sandbox.json.Json;
import io.srconnector.sandbox.paging.Cursor;
import io.srconnector.sandbox.paging.PageParams;
import io.srconnector.sandbox.paging.Pages;
import io.srconnector.sandbox.render.JobRenderer;
import io.srconnector.sandbox.render.Links;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Job API (S1; smartrecruiters-api.md §4.2, §4.3): {@code GET /jobs} and the job sub-resources.
 *
 * <p>{@code GET /jobs} paging: {@code limit} 1..100 (default 10); {@code sort=default} (creation date, newest
 * first) or {@code sort=job_id}; {@code pageId} is only accepted with {@code sort=job_id} (400 otherwise, §3.1
 * quirk 2) and a {@code nextPageId} always points after the last id of the page in job-id order, so paging that
 * starts with the default sort skips and repeats jobs, as SR warns.
 */
public final class JobEndpoints {

    static final List<String> JOB_STATUSES = List.of("CREATED", "SOURCING", "FILLED", "INTERVIEW", "OFFER", "CANCELLED", "ON_HOLD", "OTHER");
    static final List<String> POSTING_STATUSES = List.of("PUBLIC", "INTERNAL", "NOT_PUBLISHED", "PRIVATE");

    private final ApiContext ctx;
    private final TotalCounts totals = new TotalCounts();

    public JobEndpoints(ApiContext ctx) {
        this.ctx = ctx;
    }

    /** Registers the routes. */
    public void register(RouteTable routes) {
        routes.add(route("/jobs", this::list));
        routes.add(route("/jobs/{jobId}", r -> job(r, j -> new JobRenderer(links(r)).details(j))));
        routes.add(route("/jobs/{jobId}/status/history", r -> job(r, j -> new JobRenderer(links(r)).statusHistory(j))));
        routes.add(route("/jobs/{jobId}/hiring-team", r -> job(r, j -> new JobRenderer(links(r)).hiringTeam(j))));
        routes.add(route("/jobs/{jobId}/jobads", this::jobAds));
        routes.add(route("/jobs/{jobId}/jobads/{jobAdId}", r -> jobAd(r, ad -> new JobRenderer(links(r)).jobAd(ad))));
        routes.add(route("/jobs/{jobId}/jobads/{jobAdId}/postings",
                r -> jobAd(r, ad -> JobRenderer.publications(ad.publications, Params.bool(r.query(), "activeOnly", true)))));
        routes.add(route("/jobs/{jobId}/publication",
                r -> job(r, j -> JobRenderer.jobPublications(j, Params.bool(r.query(), "activeOnly", true)))));
    }

    private static Route route(String template, io.srconnector.sandbox.http.SandboxHandler h) {
        return new Route("GET", template, ApiArea.JOBS, ErrorStyle.CUSTOMER, h);
    }

    private static Links links(SandboxRequest r) {
        return new Links(r.baseUrl());
    }

    private SandboxResponse job(SandboxRequest r, java.util.function.Function<Job, ObjectNode> render) {
        return ctx.account().read(() -> SandboxResponse.json(200, render.apply(Lookups.job(ctx.account(), r.variable("jobId")))));
    }

    private SandboxResponse jobAd(SandboxRequest r, java.util.function.Function<JobAd, ObjectNode> render) {
        return ctx.account().read(() -> {
            JobAd ad = Lookups.job(ctx.account(), r.variable("jobId")).jobAd(r.variable("jobAdId"));
            if (ad == null) {
                throw ApiException.notFound("JOB_AD_NOT_FOUND", "job ad not found");
            }
            return SandboxResponse.json(200, render.apply(ad));
        });
    }

    /** {@code GET /jobs/{jobId}/jobads}: a bare JSON array of {@code JobAdItem}. */
    SandboxResponse jobAds(SandboxRequest r) {
        return ctx.account().read(() -> {
            ArrayNode a = new JobRenderer(links(r)).jobAds(Lookups.job(ctx.account(), r.variable("jobId")));
            return SandboxResponse.json(200, a);
        });
    }

    /** {@code GET /jobs}. */
    SandboxResponse list(SandboxRequest r) {
        QueryParams q = r.query();
        int limit = PageParams.limit(q, "limit", 10, 100);
        String sort = q.first("sort") == null ? "default" : q.first("sort").toLowerCase(Locale.ROOT);
        if (!sort.equals("default") && !sort.equals("job_id")) {
            throw ApiException.invalidParameter("sort must be one of [default, job_id]");
        }
        String pageId = q.first("pageId");
        boolean cursor = pageId != null && !pageId.isEmpty();
        if (cursor && !sort.equals("job_id")) {
            throw ApiException.invalidParameter("You must set job_id value for sort parameter if you use pageId");
        }
        String after = cursor ? Cursor.decode(pageId) : null;
        int offset = PageParams.offset(q);
        if (cursor && offset > 0) {
            throw ApiException.invalidParameter("offset cannot be used with pageId");
        }
        Predicate<Job> filter = filter(q);
        SandboxAccount account = ctx.account();
        return account.read(() -> {
            List<Job> items;
            String nextAfter;
            int total;
            if (sort.equals("job_id")) {
                Pages.CursorPage<Job> page = Pages.cursor(account.jobs(), after, limit + offset, filter);
                items = page.items().subList(Math.min(offset, page.items().size()), page.items().size());
                nextAfter = page.nextAfterId();
                total = totals.total(account, "jobs", q, () -> Pages.count(account.jobs().values(), filter));
            } else {
                List<Job> all = new ArrayList<>();
                for (Job j : account.jobs().values()) {
                    if (filter.test(j)) {
                        all.add(j);
                    }
                }
                all.sort(Comparator.comparingLong((Job j) -> j.createdOn).reversed().thenComparing(j -> j.id));
                Pages.OffsetPage<Job> page = Pages.offset(all, offset, limit);
                items = page.items();
                total = page.totalFound();
                nextAfter = offset + items.size() < total && !items.isEmpty() ? items.get(items.size() - 1).id : null;
            }
            ObjectNode body = Json.object();
            body.put("limit", limit);
            body.put("offset", offset);
            String next = nextAfter == null ? null : Cursor.encode(nextAfter);
            Json.putIfPresent(body, "nextPageId", next);
            body.put("totalFound", total);
            ArrayNode content = body.putArray("content");
            JobRenderer renderer = new JobRenderer(links(r));
            items.forEach(j -> content.add(renderer.summary(j)));
            SandboxResponse resp = SandboxResponse.json(200, body);
            if (next != null && !sort.equals("job_id")) {
                return resp;
            }
            return CursorLinks.withNext(resp, r, "pageId", next);
        });
    }

    private Predicate<Job> filter(QueryParams q) {
        Long updatedAfter = Params.date(q, "updatedAfter");
        Long lastActivityAfter = Params.date(q, "lastActivityAfter");
        Set<String> statuses = Params.enums(q, "status", JOB_STATUSES);
        Set<String> postingStatuses = Params.enums(q, "postingStatus", POSTING_STATUSES);
        String text = Params.text(q, "q");
        List<String> departments = q.all("department");
        List<String> cities = q.all("city");
        String language = q.first("language");
        return j -> ctx.after(j.updatedOn, updatedAfter)
                && ctx.after(j.lastActivityOn, lastActivityAfter)
                && (statuses.isEmpty() || statuses.contains(j.status))
                && (postingStatuses.isEmpty() || postingStatuses.contains(j.postingStatus))
                && (text == null || Params.containsIgnoreCase(text, j.title, j.refNumber,
                        j.location == null ? null : j.location.city()))
                && (departments.isEmpty() || j.department != null && departments.stream().anyMatch(d -> d.equalsIgnoreCase(j.department.label())))
                && (cities.isEmpty() || j.location != null && cities.stream().anyMatch(c -> c.equalsIgnoreCase(j.location.city())))
                && (language == null || j.language != null && language.equalsIgnoreCase(j.language.code()));
    }
}
