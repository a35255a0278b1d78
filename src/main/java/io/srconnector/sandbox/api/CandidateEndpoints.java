package io.srconnector.sandbox.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.sandbox.auth.ApiArea;
import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.data.Attachment;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.http.ApiException;
import io.srconnector.sandbox.http.ErrorStyle;
import io.srconnector.sandbox.http.QueryParams;
import io.srconnector.sandbox.http.Route;
import io.srconnector.sandbox.http.RouteTable;
import io.srconnector.sandbox.http.SandboxHandler;
import io.srconnector.sandbox.http.SandboxRequest;
import io.srconnector.sandbox.http.SandboxResponse;
import io.srconnector.sandbox.json.Json;
import io.srconnector.sandbox.paging.Cursor;
import io.srconnector.sandbox.paging.PageParams;
import io.srconnector.sandbox.paging.Pages;
import io.srconnector.sandbox.render.CandidateRenderer;
import io.srconnector.sandbox.render.Links;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Candidate API (S1; smartrecruiters-api.md §4.4, §4.5, §4.8): {@code GET /candidates} and the candidate and
 * application sub-resources, plus the attachment download.
 *
 * <p>{@code GET /candidates}: cursor paging in candidate-id order ({@code limit} 1..100, default 10), only
 * candidates with at least one application (talent-pool candidates are never listed), filters
 * {@code updatedAfter} (candidates without {@code updatedOn} never match it, FC-13), {@code jobId[]},
 * {@code status[]} (+ {@code subStatus}, only together with {@code status}), {@code tag[]}, {@code q}.
 * The 1-concurrent-request limit of this endpoint is enforced by the rate limiter.
 */
public final class CandidateEndpoints {

    static final List<String> CANDIDATE_STATUSES = List.of("LEAD", "NEW", "IN_REVIEW", "INTERVIEW", "OFFERED", "HIRED",
            "REJECTED", "WITHDRAWN", "TRANSFERRED");

    private final ApiContext ctx;
    private final TotalCounts totals = new TotalCounts();

    public CandidateEndpoints(ApiContext ctx) {
        this.ctx = ctx;
    }

    /** Registers the routes. */
    public void register(RouteTable routes) {
        routes.add(route("/candidates", this::list));
        routes.add(route("/candidates/{id}", r -> candidate(r, c -> renderer(r).details(c))));
        routes.add(route("/candidates/{id}/tags", r -> candidate(r, CandidateRenderer::tags)));
        routes.add(route("/candidates/{id}/jobs/{jobId}", r -> application(r, a -> renderer(r).application(a))));
        routes.add(route("/candidates/{id}/jobs/{jobId}/status/history", r -> application(r, CandidateRenderer::statusHistory)));
        routes.add(route("/candidates/{id}/jobs/{jobId}/properties",
                r -> application(r, a -> renderer(r).properties(a, contextParam(r.query())))));
        routes.add(route("/candidates/{id}/jobs/{jobId}/screening-answers", r -> application(r, CandidateRenderer::screeningAnswers)));
        routes.add(route("/candidates/{id}/jobs/{jobId}/attachments", r -> application(r, a -> renderer(r).attachments(a))));
        routes.add(route("/candidates/attachments/{attachmentId}", this::download));
    }

    private static Route route(String template, SandboxHandler h) {
        return new Route("GET", template, ApiArea.CANDIDATES, ErrorStyle.CUSTOMER, h);
    }

    private CandidateRenderer renderer(SandboxRequest r) {
        return new CandidateRenderer(ctx.account(), new Links(r.baseUrl()));
    }

    private static String contextParam(QueryParams q) {
        String c = q.first("context");
        if (c == null || c.isBlank()) {
            return null;
        }
        String u = c.toUpperCase(Locale.ROOT);
        if (!List.of("PROFILE", "OFFER_FORM", "HIRE_FORM", "OFFER_APPROVAL_FORM").contains(u)) {
            throw ApiException.invalidParameter("context must be one of [PROFILE, OFFER_FORM, HIRE_FORM, OFFER_APPROVAL_FORM]");
        }
        return u;
    }

    private SandboxResponse candidate(SandboxRequest r, Function<Candidate, ObjectNode> render) {
        return ctx.account().read(() -> SandboxResponse.json(200, render.apply(Lookups.candidate(ctx.account(), r.variable("id")))));
    }

    private SandboxResponse application(SandboxRequest r, Function<Application, ObjectNode> render) {
        return ctx.account().read(() -> SandboxResponse.json(200,
                render.apply(Lookups.application(ctx.account(), r.variable("id"), r.variable("jobId")))));
    }

    /** {@code GET /candidates}. */
    SandboxResponse list(SandboxRequest r) {
        QueryParams q = r.query();
        int limit = PageParams.limit(q, "limit", 10, 100);
        String pageId = q.first("pageId");
        String after = pageId == null || pageId.isEmpty() ? null : Cursor.decode(pageId);
        Predicate<Candidate> filter = filter(q);
        SandboxAccount account = ctx.account();
        return account.read(() -> {
            Pages.CursorPage<Candidate> page = Pages.cursor(account.candidates(), after, limit, filter);
            ObjectNode body = Json.object();
            body.put("limit", limit);
            body.put("offset", 0);
            String next = page.nextAfterId() == null ? null : Cursor.encode(page.nextAfterId());
            Json.putIfPresent(body, "nextPageId", next);
            body.put("totalFound", totals.total(account, "candidates", q, () -> Pages.count(account.candidates().values(), filter)));
            ArrayNode content = body.putArray("content");
            CandidateRenderer renderer = renderer(r);
            page.items().forEach(c -> content.add(renderer.listItem(c)));
            return CursorLinks.withNext(SandboxResponse.json(200, body), r, "pageId", next);
        });
    }

    private Predicate<Candidate> filter(QueryParams q) {
        Long updatedAfter = Params.date(q, "updatedAfter");
        List<String> jobIds = q.all("jobId");
        Set<String> statuses = Params.enums(q, "status", CANDIDATE_STATUSES);
        String subStatus = q.first("subStatus");
        if (subStatus != null && !subStatus.isBlank() && statuses.isEmpty()) {
            throw ApiException.invalidParameter("subStatus can only be used together with status");
        }
        List<String> tags = q.all("tag");
        String text = Params.text(q, "q");
        return c -> c.hasApplications()
                && (updatedAfter == null || ctx.after(c.updatedOn, updatedAfter))
                && (tags.isEmpty() || c.tags.stream().anyMatch(t -> tags.stream().anyMatch(t::equalsIgnoreCase)))
                && (text == null || Params.containsIgnoreCase(text, c.firstName, c.lastName, c.email,
                        c.firstName + " " + c.lastName))
                && (jobIds.isEmpty() && statuses.isEmpty() || c.applications.stream().anyMatch(a ->
                        (jobIds.isEmpty() || jobIds.contains(a.jobId))
                                && (statuses.isEmpty() || statuses.contains(a.status))
                                && (subStatus == null || subStatus.isBlank() || subStatus.equalsIgnoreCase(a.subStatus))));
    }

    /**
     * {@code GET /candidates/attachments/{attachmentId}}: the file bytes with their content type and an RFC 6266
     * {@code Content-Disposition} carrying the (possibly non-ASCII) file name.
     */
    SandboxResponse download(SandboxRequest r) {
        return ctx.account().read(() -> {
            Attachment a = ctx.account().attachment(r.variable("attachmentId"));
            if (a == null) {
                throw ApiException.notFound("ATTACHMENT_NOT_FOUND", "attachment not found");
            }
            byte[] bytes = AttachmentContent.bytes(a);
            String ascii = a.name().replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_");
            String encoded = URLEncoder.encode(a.name(), StandardCharsets.UTF_8).replace("+", "%20");
            return SandboxResponse.bytes(200, a.contentType(), bytes)
                    .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
        });
    }
}
