package io.srconnector.sandbox.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sandbox.auth.ApiArea;
import io.srconnector.sandbox.data.AccountMutations;
import io.srconnector.sandbox.data.AccountMutations.Model;
import io.srconnector.sandbox.data.Candidate;
import io.srconnector.sandbox.data.Job;
import io.srconnector.sandbox.data.User;
import io.srconnector.sandbox.files.RecordParsers;
import io.srconnector.sandbox.http.ApiException;
import io.srconnector.sandbox.http.ErrorStyle;
import io.srconnector.sandbox.http.Route;
import io.srconnector.sandbox.http.RouteTable;
import io.srconnector.sandbox.http.SandboxHandler;
import io.srconnector.sandbox.http.SandboxRequest;
import io.srconnector.sandbox.http.SandboxResponse;
import io.srconnector.sandbox.json.Dates;
import io.srconnector.sandbox.json.Json;
import io.srconnector.sandbox.log.RecordedRequest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * The sandbox's own endpoints under {@code /_sandbox/} (not part of the SR API, no SR authentication, not logged):
 * health, the request log, stats, the mutation API and the clock.
 *
 * <ul>
 *   <li>{@code GET /_sandbox/health}</li>
 *   <li>{@code GET /_sandbox/requests?limit=N}, {@code DELETE /_sandbox/requests}</li>
 *   <li>{@code GET /_sandbox/stats}, {@code DELETE /_sandbox/stats}</li>
 *   <li>{@code POST /_sandbox/touch?model=candidates&fraction=0.1}</li>
 *   <li>{@code POST /_sandbox/delete?model=candidates&id=…} (applications and job ads also take {@code jobId})</li>
 *   <li>{@code POST /_sandbox/add?model=candidates&count=5}, or with an SR-shaped JSON body
 *       ({@code CandidateDetails}, {@code JobDetails}, {@code UserEntity})</li>
 *   <li>{@code GET /_sandbox/oauth} (grants issued/refused), {@code POST /_sandbox/oauth/expire-tokens} (all access
 *       tokens expire now) or {@code ?after=N} (when the N-th further request with an access token arrives)</li>
 *   <li>{@code GET /_sandbox/clock}, {@code POST /_sandbox/clock?set=<ISO instant>} or {@code ?advance=PT1H}</li>
 * </ul>
 */
public final class AdminEndpoints {

    private static final String P = "/_sandbox";
    private final SandboxServer server;

    public AdminEndpoints(SandboxServer server) {
        this.server = server;
    }

    /** Registers the routes. */
    public void register(RouteTable routes) {
        routes.add(route("GET", "/health", this::health));
        routes.add(route("GET", "/requests", this::requests));
        routes.add(route("DELETE", "/requests", r -> {
            server.requestLog().clear();
            return SandboxResponse.empty(204);
        }));
        routes.add(route("GET", "/stats", this::stats));
        routes.add(route("DELETE", "/stats", r -> {
            server.stats().reset();
            return SandboxResponse.empty(204);
        }));
        routes.add(route("POST", "/touch", this::touch));
        routes.add(route("POST", "/delete", this::delete));
        routes.add(route("POST", "/add", this::add));
        routes.add(route("GET", "/oauth", r -> oauthBody()));
        routes.add(route("POST", "/oauth/expire-tokens", this::expireTokens));
        routes.add(route("GET", "/clock", r -> clockBody()));
        routes.add(route("POST", "/clock", this::clock));
    }

    private static Route route(String method, String path, SandboxHandler h) {
        return new Route(method, P + path, ApiArea.SANDBOX_ADMIN, ErrorStyle.CUSTOMER, h);
    }

    SandboxResponse health(SandboxRequest r) {
        ObjectNode body = Json.object();
        body.put("status", "UP");
        body.put("company", server.account().read(() -> server.account().company().identifier()));
        ObjectNode counts = body.putObject("counts");
        server.account().read(() -> server.account().counts()).forEach(counts::put);
        body.put("rateLimiting", server.settings().rateLimits().enabled());
        return SandboxResponse.json(200, body);
    }

    SandboxResponse requests(SandboxRequest r) {
        String l = r.query().first("limit");
        int limit;
        try {
            limit = l == null ? 100 : Integer.parseInt(l);
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter("limit must be an integer");
        }
        List<RecordedRequest> last = server.requestLog().last(Math.max(0, limit));
        ObjectNode body = Json.object();
        body.put("total", server.requestLog().size());
        body.put("dropped", server.requestLog().dropped());
        ArrayNode content = body.putArray("content");
        for (RecordedRequest q : last) {
            ObjectNode e = content.addObject();
            e.put("sequence", q.sequence());
            e.put("timestamp", Dates.format(q.timestamp()));
            e.put("method", q.method());
            e.put("path", q.path());
            e.put("query", q.rawQuery());
            ObjectNode headers = e.putObject("headers");
            q.headers().forEach((k, v) -> {
                ArrayNode a = headers.putArray(k);
                v.forEach(a::add);
            });
            e.put("credentialId", q.credentialId());
            e.put("route", q.routeKey());
            e.put("status", q.status());
            String text = utf8(q.body());
            if (text != null) {
                e.put("body", text);
            }
            e.put("bodyBase64", Base64.getEncoder().encodeToString(q.body()));
        }
        return SandboxResponse.json(200, body);
    }

    private static String utf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    SandboxResponse stats(SandboxRequest r) {
        ObjectNode body = Json.object();
        body.put("total", server.stats().total());
        body.put("tooManyRequests", server.stats().tooManyRequests());
        body.put("unauthorized", server.stats().unauthorized());
        ObjectNode routes = body.putObject("perRoute");
        server.stats().perRoute().forEach(routes::put);
        ObjectNode statuses = body.putObject("perStatus");
        server.stats().perStatus().forEach((k, v) -> statuses.put(Integer.toString(k), v));
        return SandboxResponse.json(200, body);
    }

    private static Model model(SandboxRequest r) {
        String m = r.query().first("model");
        if (m == null) {
            throw ApiException.invalidParameter("model is required (candidates, jobs, users, applications, job-ads)");
        }
        try {
            return Model.parse(m);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter("unknown model " + m);
        }
    }

    SandboxResponse touch(SandboxRequest r) {
        Model model = model(r);
        double fraction;
        try {
            fraction = Double.parseDouble(r.query().first("fraction") == null ? "0.1" : r.query().first("fraction"));
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter("fraction must be a number within 0..1");
        }
        if (fraction < 0 || fraction > 1) {
            throw ApiException.invalidParameter("fraction must be within 0..1");
        }
        List<String> ids = server.mutations().touch(model, fraction);
        ObjectNode body = Json.object();
        body.put("model", model.name());
        body.put("now", Dates.format(server.clock().instant()));
        ArrayNode a = body.putArray("touched");
        ids.forEach(a::add);
        return SandboxResponse.json(200, body);
    }

    SandboxResponse delete(SandboxRequest r) {
        Model model = model(r);
        String id = r.query().first("id");
        String jobId = r.query().first("jobId");
        AccountMutations m = server.mutations();
        boolean deleted = switch (model) {
            case CANDIDATES -> m.deleteCandidate(require(id, "id"));
            case JOBS -> m.deleteJob(require(id, "id"));
            case USERS -> m.deleteUser(require(id, "id"));
            case APPLICATIONS -> m.deleteApplication(require(id, "id"), require(jobId, "jobId"));
            case JOB_ADS -> m.deleteJobAd(require(jobId, "jobId"), require(id, "id"));
        };
        ObjectNode body = Json.object();
        body.put("deleted", deleted);
        return SandboxResponse.json(deleted ? 200 : 404, body);
    }

    private static String require(String v, String name) {
        if (v == null || v.isBlank()) {
            throw ApiException.invalidParameter(name + " is required");
        }
        return v;
    }

    SandboxResponse add(SandboxRequest r) {
        Model model = model(r);
        ObjectNode body = Json.object();
        ArrayNode added = body.putArray("added");
        if (r.body().length > 0) {
            JsonNode json = r.jsonBody();
            AccountMutations m = server.mutations();
            switch (model) {
                case CANDIDATES -> {
                    Candidate c = RecordParsers.candidate(json);
                    m.addCandidate(c);
                    added.add(c.id);
                }
                case JOBS -> {
                    Job j = RecordParsers.job(json);
                    m.addJob(j);
                    added.add(j.id);
                }
                case USERS -> {
                    User u = RecordParsers.user(json);
                    m.addUser(u);
                    added.add(u.id);
                }
                default -> throw ApiException.invalidParameter("cannot add " + model + " from a body");
            }
        } else {
            int count;
            try {
                count = Integer.parseInt(r.query().first("count") == null ? "1" : r.query().first("count"));
            } catch (NumberFormatException e) {
                throw ApiException.invalidParameter("count must be an integer");
            }
            if (count < 1 || count > 100_000) {
                throw ApiException.invalidParameter("count must be within 1..100000");
            }
            try {
                server.mutations().addGenerated(model, count).forEach(added::add);
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidParameter(e.getMessage());
            }
        }
        return SandboxResponse.json(201, body);
    }

    private SandboxResponse oauthBody() {
        ObjectNode body = Json.object();
        ObjectNode counts = body.putObject("counts");
        server.oauth().counts().forEach(counts::put);
        return SandboxResponse.json(200, body);
    }

    SandboxResponse expireTokens(SandboxRequest r) {
        String after = r.query().first("after");
        ObjectNode body = Json.object();
        if (after == null) {
            body.put("expired", server.oauth().expireAccessTokens());
            return SandboxResponse.json(200, body);
        }
        int n;
        try {
            n = Integer.parseInt(after);
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter("after must be a positive integer");
        }
        if (n < 1) {
            throw ApiException.invalidParameter("after must be a positive integer");
        }
        server.oauth().expireAccessTokensAfter(n);
        body.put("expireAfterRequests", n);
        return SandboxResponse.json(200, body);
    }

    private SandboxResponse clockBody() {
        ObjectNode body = Json.object();
        body.put("now", Dates.format(server.clock().instant()));
        return SandboxResponse.json(200, body);
    }

    SandboxResponse clock(SandboxRequest r) {
        String set = r.query().first("set");
        String advance = r.query().first("advance");
        try {
            if (set != null) {
                server.clock().set(Instant.ofEpochMilli(Dates.parse(set)));
            } else if (advance != null) {
                server.clock().advance(Duration.parse(advance));
            } else if (r.query().has("release")) {
                server.clock().release();
            }
        } catch (RuntimeException e) {
            throw ApiException.invalidParameter("set takes an ISO-8601 instant, advance an ISO-8601 duration (PT1H)");
        }
        return clockBody();
    }
}
