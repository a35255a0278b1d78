package io.srconnector.sandbox.api;

import io.srconnector.sandbox.auth.ApiArea;
import io.srconnector.sandbox.data.Application;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.Offer;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.http.ApiException;
import io.srconnector.sandbox.http.ErrorStyle;
import io.srconnector.sandbox.http.QueryParams;
import io.srconnector.sandbox.http.Route;
import io.srconnector.sandbox.http.RouteTable;
import io.srconnector.sandbox.http.SandboxRequest;
import io.srconnector.sandbox.http.SandboxResponse;
import io.srconnector.sandbox.paging.PageParams;
import io.srconnector.sandbox.paging.Pages;
import io.srconnector.sandbox.render.Links;
import io.srconnector.sandbox.render.OfferRenderer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Offers (area OFFERS: ADMINISTRATOR only, FC-10; smartrecruiters-api.md §4.10): per application
 * {@code GET /candidates/{id}/jobs/{jobId}/offers[/{offerId}]} and the company-wide search {@code GET /offers}
 * (offset paging, {@code limit} 1..100 default 10, {@code createdAfter}, {@code createdBefore}, {@code age},
 * {@code status[]}; S3 {@code candidates_offers_find}), ordered by {@code createdOn} then id.
 */
public final class OfferEndpoints {

    static final List<String> OFFER_STATUSES = List.of("CREATED", "PENDING_APPROVAL", "APPROVED", "NOT_APPROVED",
            "PENDING_ACCEPTANCE", "ACCEPTED", "NOT_ACCEPTED", "ABANDONED");
    private static final Pattern AGE = Pattern.compile("(\\d+)\\s*(minute|hour|day|week|month)s?", Pattern.CASE_INSENSITIVE);

    private final ApiContext ctx;

    public OfferEndpoints(ApiContext ctx) {
        this.ctx = ctx;
    }

    /** Registers the routes. */
    public void register(RouteTable routes) {
        routes.add(new Route("GET", "/offers", ApiArea.OFFERS, ErrorStyle.CUSTOMER, this::search));
        routes.add(new Route("GET", "/candidates/{id}/jobs/{jobId}/offers", ApiArea.OFFERS, ErrorStyle.CUSTOMER, this::ofApplication));
        routes.add(new Route("GET", "/candidates/{id}/jobs/{jobId}/offers/{offerId}", ApiArea.OFFERS, ErrorStyle.CUSTOMER, this::one));
    }

    SandboxResponse ofApplication(SandboxRequest r) {
        return ctx.account().read(() -> {
            Application a = Lookups.application(ctx.account(), r.variable("id"), r.variable("jobId"));
            int size = a.offers.size();
            return SandboxResponse.json(200, new OfferRenderer(new Links(r.baseUrl())).offers(a.offers, Math.max(10, size), 0, size));
        });
    }

    SandboxResponse one(SandboxRequest r) {
        return ctx.account().read(() -> {
            Offer o = Lookups.application(ctx.account(), r.variable("id"), r.variable("jobId")).offer(r.variable("offerId"));
            if (o == null) {
                throw ApiException.notFound("OFFER_NOT_FOUND", "offer not found");
            }
            return SandboxResponse.json(200, new OfferRenderer(new Links(r.baseUrl())).offer(o));
        });
    }

    SandboxResponse search(SandboxRequest r) {
        QueryParams q = r.query();
        int limit = PageParams.limit(q, "limit", 10, 100);
        int offset = PageParams.offset(q);
        Long createdAfter = Params.date(q, "createdAfter");
        Long createdBefore = Params.date(q, "createdBefore");
        Set<String> statuses = Params.enums(q, "status", OFFER_STATUSES);
        SandboxAccount account = ctx.account();
        Long ageFrom = age(q.first("age"), account.clock().millis());
        return account.read(() -> {
            List<Offer> all = new ArrayList<>();
            for (Candidate c : account.candidates().values()) {
                for (Application a : c.applications) {
                    for (Offer o : a.offers) {
                        boolean created = ageFrom != null ? o.createdOn() >= ageFrom
                                : ctx.after(o.createdOn(), createdAfter) && (createdBefore == null || o.createdOn() < createdBefore);
                        if (created && (statuses.isEmpty() || statuses.contains(o.status()))) {
                            all.add(o);
                        }
                    }
                }
            }
            all.sort(Comparator.comparingLong(Offer::createdOn).thenComparing(Offer::id));
            Pages.OffsetPage<Offer> page = Pages.offset(all, offset, limit);
            return SandboxResponse.json(200, new OfferRenderer(new Links(r.baseUrl()))
                    .offers(page.items(), limit, offset, page.totalFound()));
        });
    }

    /** Start of the {@code age} window ("7 days", "10 hours", "1 week") relative to now, or null. */
    private static Long age(String age, long now) {
        if (age == null || age.isBlank()) {
            return null;
        }
        Matcher m = AGE.matcher(age.trim());
        if (!m.matches()) {
            throw ApiException.invalidParameter("age must look like '7 days', '10 hours' or '1 week'");
        }
        long n = Long.parseLong(m.group(1));
        long unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "minute" -> 60_000L;
            case "hour" -> 3_600_000L;
            case "day" -> 86_400_000L;
            case "week" -> 7 * 86_400_000L;
            default -> 30 * 86_400_000L;
        };
        return now - n * unit;
    }
}
