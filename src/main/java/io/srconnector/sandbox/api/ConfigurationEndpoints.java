package io.srconnector.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.sandbox.auth.ApiArea;
import io.srconnector.sandbox.data.AccountConfiguration;
import io.srconnector.sandbox.data.CandidatePropertyDefinition;
import io.srconnector.sandbox.data.HiringProcess;
import io.srconnector.sandbox.data.JobPropertyDefinition;
import io.srconnector.sandbox.data.SourceType;
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
import io.srconnector.sandbox.render.ConfigurationRenderer;
import io.srconnector.sandbox.render.Links;

import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Configuration API (S1; smartrecruiters-api.md §4.2, §4.4, §4.6, §4.7, §4.10, §4.11): company, hiring
 * processes, rejection and withdrawal reasons, candidate/job/offer property definitions, sources, departments.
 * {@code /configuration/sources/{type}/values} is offset-paged ({@code limit} 1..100, default 100,
 * {@code sourceSubType} filter); {@code /configuration/job-properties/{id}/values} is cursor-paged with
 * {@code pageSize} ≤ 20000 (default 100, sandbox choice) and accepts both {@code pageId} and {@code page_id}
 * (the real name is unconfirmed, §9.12).
 */
public final class ConfigurationEndpoints {

    private static final String C = "/configuration";
    private final ApiContext ctx;

    public ConfigurationEndpoints(ApiContext ctx) {
        this.ctx = ctx;
    }

    /** Registers the routes. */
    public void register(RouteTable routes) {
        routes.add(route("/company", r -> json(cfg -> (ObjectNode) Json.tree(ctx.account().company()))));
        routes.add(route("/hiring-processes", r -> json(cfg -> renderer(r, cfg).hiringProcesses())));
        routes.add(route("/hiring-processes/{id}", this::hiringProcess));
        routes.add(route("/rejection-reasons", r -> json(cfg -> renderer(r, cfg).rejectionReasons())));
        routes.add(route("/withdrawal-reasons", r -> json(cfg -> renderer(r, cfg).withdrawalReasons())));
        routes.add(route("/candidate-properties", r -> json(cfg -> renderer(r, cfg).candidateProperties())));
        routes.add(route("/candidate-properties/{id}/values", this::candidatePropertyValues));
        routes.add(route("/job-properties", r -> json(cfg -> renderer(r, cfg).jobProperties())));
        routes.add(route("/job-properties/{id}/values", this::jobPropertyValues));
        routes.add(route("/offer-properties", r -> json(cfg -> renderer(r, cfg).offerProperties())));
        routes.add(route("/sources", r -> json(cfg -> renderer(r, cfg).sources())));
        routes.add(route("/sources/{sourceType}/values", this::sourceValues));
        routes.add(route("/sources/{sourceIdentifier}", this::sourceDefinition));
        routes.add(route("/departments", r -> json(cfg -> renderer(r, cfg).departments())));
    }

    private static Route route(String path, io.srconnector.sandbox.http.SandboxHandler h) {
        return new Route("GET", C + path, ApiArea.CONFIGURATION, ErrorStyle.CUSTOMER, h);
    }

    private static ConfigurationRenderer renderer(SandboxRequest r, AccountConfiguration cfg) {
        return new ConfigurationRenderer(cfg, new Links(r.baseUrl()));
    }

    private SandboxResponse json(Function<AccountConfiguration, ObjectNode> render) {
        return ctx.account().read(() -> SandboxResponse.json(200, render.apply(ctx.account().configuration())));
    }

    SandboxResponse hiringProcess(SandboxRequest r) {
        return ctx.account().read(() -> {
            HiringProcess p = ctx.account().configuration().hiringProcess(r.variable("id"));
            if (p == null) {
                throw ApiException.notFound("HIRING_PROCESS_NOT_FOUND", "hiring process not found");
            }
            return SandboxResponse.json(200, Json.tree(p));
        });
    }

    SandboxResponse candidatePropertyValues(SandboxRequest r) {
        return ctx.account().read(() -> {
            CandidatePropertyDefinition d = ctx.account().configuration().candidateProperty(r.variable("id"));
            if (d == null) {
                throw ApiException.notFound("PROPERTY_NOT_FOUND", "candidate property not found");
            }
            return SandboxResponse.json(200, ConfigurationRenderer.candidatePropertyValues(d));
        });
    }

    SandboxResponse jobPropertyValues(SandboxRequest r) {
        QueryParams q = r.query();
        int pageSize = PageParams.limit(q, "pageSize", 100, 20000);
        String pageId = q.first("pageId") != null ? q.first("pageId") : q.first("page_id");
        String after = pageId == null || pageId.isEmpty() ? null : Cursor.decode(pageId);
        return ctx.account().read(() -> {
            JobPropertyDefinition d = ctx.account().configuration().jobProperty(r.variable("id"));
            if (d == null) {
                throw ApiException.notFound("JOB_PROPERTY_NOT_FOUND", "job property not found");
            }
            TreeMap<String, JobPropertyDefinition.Value> byId = new TreeMap<>();
            (d.values() == null ? List.<JobPropertyDefinition.Value>of() : d.values()).forEach(v -> byId.put(v.id(), v));
            Pages.CursorPage<JobPropertyDefinition.Value> page = Pages.cursor(byId, after, pageSize, v -> true);
            String next = page.nextAfterId() == null ? null : Cursor.encode(page.nextAfterId());
            SandboxResponse resp = SandboxResponse.json(200,
                    ConfigurationRenderer.jobPropertyValues(page.items(), byId.size(), next));
            return CursorLinks.withNext(resp, r, q.first("page_id") != null ? "page_id" : "pageId", next);
        });
    }

    SandboxResponse sourceValues(SandboxRequest r) {
        QueryParams q = r.query();
        int limit = PageParams.limit(q, "limit", 100, 100);
        int offset = PageParams.offset(q);
        String subType = q.first("sourceSubType");
        return ctx.account().read(() -> {
            SourceType t = ctx.account().configuration().sourceType(r.variable("sourceType"));
            if (t == null) {
                throw ApiException.notFound("SOURCE_TYPE_NOT_FOUND", "source type not found");
            }
            List<SourceType.Value> values = t.values() == null ? List.of() : t.values().stream()
                    .filter(v -> subType == null || subType.isBlank() || subType.equals(v.subTypeId())).toList();
            Pages.OffsetPage<SourceType.Value> page = Pages.offset(values, offset, limit);
            return SandboxResponse.json(200, renderer(r, ctx.account().configuration())
                    .sourceValues(t, page.items(), limit, offset, page.totalFound()));
        });
    }

    SandboxResponse sourceDefinition(SandboxRequest r) {
        return ctx.account().read(() -> {
            String id = r.variable("sourceIdentifier");
            SourceType t = ctx.account().configuration().sourceTypeOfValue(id);
            if (t == null) {
                throw ApiException.notFound("SOURCE_NOT_FOUND", "source not found");
            }
            SourceType.Value v = t.values().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            return SandboxResponse.json(200, ConfigurationRenderer.sourceDefinition(t, v));
        });
    }
}
