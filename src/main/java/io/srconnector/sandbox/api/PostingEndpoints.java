package io.srconnector.sandbox.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.sandbox.auth.ApiArea;
import io.srconnector.sandbox.data.ApplyConfiguration;
import io.srconnector.sandbox.data.Posting;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.http.ApiException;
import io.srconnector.sandbox.http.ErrorStyle;
import io.srconnector.sandbox.http.QueryParams;
import io.srconnector.sandbox.http.Route;
import io.srconnector.sandbox.http.RouteTable;
import io.srconnector.sandbox.http.SandboxRequest;
import io.srconnector.sandbox.http.SandboxResponse;
import io.srconnector.sandbox.json.Json;
import io.srconnector.sandbox.paging.PageParams;
import io.srconnector.sandbox.paging.Pages;
import io.srconnector.sandbox.render.Links;
import io.srconnector.sandbox.render.PostingRenderer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Public Posting API (no authentication, D-over; S1; §4.3) and the Application API configuration (API key, S1; §4.8).
 *
 * <p>{@code GET /v1/companies/{companyIdentifier}/postings}: active postings only, offset paging ({@code limit}
 * 1..100, default 100), newest {@code releasedDate} first; filters {@code q}, {@code destination}
 * (PUBLIC default, INTERNAL, INTERNAL_OR_PUBLIC), {@code language}, {@code country}, {@code region},
 * {@code city}, {@code department}, {@code releasedAfter}. An unknown company gives an empty list.
 */
public final class PostingEndpoints {

    private final ApiContext ctx;

    public PostingEndpoints(ApiContext ctx) {
        this.ctx = ctx;
    }

    /** Registers the routes. */
    public void register(RouteTable routes) {
        routes.add(new Route("GET", "/v1/companies/{companyIdentifier}/postings", ApiArea.POSTING_PUBLIC, ErrorStyle.CUSTOMER, this::list));
        routes.add(new Route("GET", "/v1/companies/{companyIdentifier}/postings/{postingId}", ApiArea.POSTING_PUBLIC, ErrorStyle.CUSTOMER, this::one));
        routes.add(new Route("GET", "/postings/{uuid}/configuration", ApiArea.APPLY, ErrorStyle.APPLY, this::configuration));
    }

    private boolean companyMatches(String identifier) {
        return ctx.account().company().identifier().equalsIgnoreCase(identifier);
    }

    SandboxResponse list(SandboxRequest r) {
        QueryParams q = r.query();
        int limit = PageParams.limit(q, "limit", 100, 100);
        int offset = PageParams.offset(q);
        String text = Params.text(q, "q");
        Set<String> destination = Params.enums(q, "destination", List.of("PUBLIC", "INTERNAL", "INTERNAL_OR_PUBLIC"));
        String dest = destination.isEmpty() ? "PUBLIC" : destination.iterator().next();
        String language = q.first("language");
        String country = q.first("country");
        String region = q.first("region");
        String city = q.first("city");
        String department = q.first("department");
        Long releasedAfter = Params.date(q, "releasedAfter");
        SandboxAccount account = ctx.account();
        return account.read(() -> {
            List<Posting> matches = new ArrayList<>();
            if (companyMatches(r.variable("companyIdentifier"))) {
                Set<String> jobsWithInternal = new HashSet<>();
                account.postings().values().stream().filter(p -> Boolean.TRUE.equals(p.active()) && "INTERNAL".equals(p.visibility()))
                        .forEach(p -> jobsWithInternal.add(p.jobId()));
                for (Posting p : account.postings().values()) {
                    if (!Boolean.TRUE.equals(p.active()) || !destinationMatches(dest, p, jobsWithInternal)) {
                        continue;
                    }
                    if (text != null && !Params.containsIgnoreCase(text, p.name(), p.refNumber(),
                            p.location() == null ? null : p.location().city())) {
                        continue;
                    }
                    if (language != null && (p.language() == null || !language.equalsIgnoreCase(p.language().code()))) {
                        continue;
                    }
                    if (country != null && (p.location() == null || !country.equalsIgnoreCase(p.location().country()))) {
                        continue;
                    }
                    if (region != null && (p.location() == null || !region.equalsIgnoreCase(p.location().region()))) {
                        continue;
                    }
                    if (city != null && (p.location() == null || !city.equalsIgnoreCase(p.location().city()))) {
                        continue;
                    }
                    if (department != null && (p.department() == null || !department.equals(p.department().id()))) {
                        continue;
                    }
                    if (releasedAfter != null && (p.releasedDate() == null || !ctx.after(p.releasedDate().toEpochMilli(), releasedAfter))) {
                        continue;
                    }
                    matches.add(p);
                }
            }
            matches.sort(Comparator.comparing((Posting p) -> p.releasedDate() == null ? 0L : p.releasedDate().toEpochMilli())
                    .reversed().thenComparing(Posting::id));
            Pages.OffsetPage<Posting> page = Pages.offset(matches, offset, limit);
            ObjectNode body = Json.object();
            body.put("offset", offset);
            body.put("limit", limit);
            body.put("totalFound", page.totalFound());
            ArrayNode content = body.putArray("content");
            PostingRenderer renderer = new PostingRenderer(new Links(r.baseUrl()));
            page.items().forEach(p -> content.add(renderer.listItem(p)));
            return SandboxResponse.json(200, body);
        });
    }

    private static boolean destinationMatches(String dest, Posting p, Set<String> jobsWithInternal) {
        String vis = p.visibility() == null ? "PUBLIC" : p.visibility().toUpperCase(Locale.ROOT);
        return switch (dest) {
            case "INTERNAL" -> vis.equals("INTERNAL");
            case "INTERNAL_OR_PUBLIC" -> vis.equals("INTERNAL") || vis.equals("PUBLIC") && !jobsWithInternal.contains(p.jobId());
            default -> vis.equals("PUBLIC");
        };
    }

    SandboxResponse one(SandboxRequest r) {
        return ctx.account().read(() -> {
            Posting p = companyMatches(r.variable("companyIdentifier")) ? ctx.account().posting(r.variable("postingId")) : null;
            if (p == null) {
                throw ApiException.notFound("POSTING_NOT_FOUND", "posting not found");
            }
            return SandboxResponse.json(200, new PostingRenderer(new Links(r.baseUrl())).detail(p));
        });
    }

    /** {@code GET /postings/{uuid}/configuration}: screening questions; {@code conditionalsIncluded=true} adds conditionals. */
    SandboxResponse configuration(SandboxRequest r) {
        boolean conditionals = Params.bool(r.query(), "conditionalsIncluded", false);
        return ctx.account().read(() -> {
            ApplyConfiguration c = ctx.account().applyConfiguration(r.variable("uuid"));
            if (c == null) {
                throw ApiException.notFound("RESOURCE_NOT_FOUND_ERROR", "posting " + r.variable("uuid") + " not found");
            }
            return SandboxResponse.json(200, Json.tree(conditionals ? c : c.withoutConditionals()));
        });
    }
}
