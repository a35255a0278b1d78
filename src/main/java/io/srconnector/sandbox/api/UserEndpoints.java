package io.srconnector.sandbox.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.sandbox.auth.ApiArea;
import io.srconnector.sandbox.auth.Credential;
import io.srconnector.sandbox.data.SandboxAccount;
import io.srconnector.sandbox.data.User;
import io.srconnector.sandbox.http.ApiException;
import io.srconnector.sandbox.http.ErrorStyle;
import io.srconnector.sandbox.http.Route;
import io.srconnector.sandbox.http.RouteTable;
import io.srconnector.sandbox.http.SandboxRequest;
import io.srconnector.sandbox.http.SandboxResponse;
import io.srconnector.sandbox.json.Json;
import io.srconnector.sandbox.paging.Cursor;
import io.srconnector.sandbox.paging.PageParams;
import io.srconnector.sandbox.paging.Pages;
import io.srconnector.sandbox.render.UserRenderer;

/**
 * User API v201804 (base {@code /user-api/v201804}, S2; params S3; smartrecruiters-api.md §4.1):
 * {@code GET /users} (cursor {@code pageId}→{@code nextPageId}, {@code limit} 1..100 default 10, no
 * {@code totalFound}; filters {@code q}, {@code updatedAfter}), {@code GET /users/{id}}, {@code GET /users/me}.
 */
public final class UserEndpoints {

    static final String BASE = "/user-api/v201804";

    private final ApiContext ctx;

    public UserEndpoints(ApiContext ctx) {
        this.ctx = ctx;
    }

    /** Registers the routes. */
    public void register(RouteTable routes) {
        routes.add(new Route("GET", BASE + "/users", ApiArea.USERS, ErrorStyle.CUSTOMER, this::list));
        routes.add(new Route("GET", BASE + "/users/me", ApiArea.USERS, ErrorStyle.CUSTOMER, this::me));
        routes.add(new Route("GET", BASE + "/users/{id}", ApiArea.USERS, ErrorStyle.CUSTOMER, this::get));
    }

    /** {@code GET /user-api/v201804/users}: users in id order. */
    SandboxResponse list(SandboxRequest r) {
        int limit = PageParams.limit(r.query(), "limit", 10, 100);
        String pageId = r.query().first("pageId");
        String after = pageId == null || pageId.isEmpty() ? null : Cursor.decode(pageId);
        Long updatedAfter = Params.date(r.query(), "updatedAfter");
        String q = Params.text(r.query(), "q");
        SandboxAccount account = ctx.account();
        return account.read(() -> {
            Pages.CursorPage<User> page = Pages.cursor(account.users(), after, limit,
                    u -> ctx.after(u.updatedOn, updatedAfter)
                            && (q == null || Params.containsIgnoreCase(q, u.firstName, u.lastName, u.email, u.externalData)));
            ObjectNode body = Json.object();
            body.put("limit", limit);
            String next = page.nextAfterId() == null ? null : Cursor.encode(page.nextAfterId());
            Json.putIfPresent(body, "nextPageId", next);
            ArrayNode content = body.putArray("content");
            page.items().forEach(u -> content.add(UserRenderer.listItem(u)));
            return CursorLinks.withNext(SandboxResponse.json(200, body), r, "pageId", next);
        });
    }

    /** {@code GET /user-api/v201804/users/{id}}. */
    SandboxResponse get(SandboxRequest r) {
        return ctx.account().read(() -> {
            User u = ctx.account().user(r.variable("id"));
            if (u == null) {
                throw ApiException.notFound("USER_NOT_FOUND", "user not found");
            }
            return SandboxResponse.json(200, UserRenderer.entity(u));
        });
    }

    /** {@code GET /user-api/v201804/users/me}: the credential's user, else the first active administrator. */
    SandboxResponse me(SandboxRequest r) {
        Credential c = r.credential();
        return ctx.account().read(() -> {
            User u = c != null && c.userId() != null ? ctx.account().user(c.userId()) : null;
            if (u == null) {
                u = ctx.account().users().values().stream()
                        .filter(x -> x.active && "ADMINISTRATOR".equals(x.systemRoleId)).findFirst().orElse(null);
            }
            if (u == null) {
                throw ApiException.notFound("USER_NOT_FOUND", "no user behind this credential");
            }
            return SandboxResponse.json(200, UserRenderer.entity(u));
        });
    }
}
