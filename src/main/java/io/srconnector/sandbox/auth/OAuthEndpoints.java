package io.srconnector.sandbox.auth;

import io.srconnector.sandbox.http.ErrorStyle;
import io.srconnector.sandbox.http.QueryParams;
import io.srconnector.sandbox.http.Route;
import io.srconnector.sandbox.http.RouteTable;
import io.srconnector.sandbox.http.SandboxRequest;
import io.srconnector.sandbox.http.SandboxResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * SmartRecruiters' OAuth endpoints (smartrecruiters-api.md §1 "OAuth", §2.2, §2.3), served by the sandbox on its one
 * host (SR uses {@code www.smartrecruiters.com} for the authorize page and {@code api.smartrecruiters.com} for the
 * token endpoint):
 * <ul>
 *   <li>{@code GET /identity/oauth/allow?client_id&redirect_uri&scope&state} — the consent page (HTML) where the
 *       signed-in user (the sandbox lets them pick their system role) allows or denies the app;</li>
 *   <li>{@code POST /identity/oauth/allow} — the page's form: {@code 302} to {@code redirect_uri?code=…&state=…}, or
 *       {@code ?error=access_denied&state=…};</li>
 *   <li>{@code POST /identity/oauth/token} — form body {@code grant_type=authorization_code|refresh_token|
 *       client_credentials}; client credentials in the body or {@code Authorization: Basic}; answers
 *       {@code {access_token, token_type, expires_in, refresh_token?}} or {@code {error, error_description}}.</li>
 * </ul>
 */
public final class OAuthEndpoints {
    private final OAuthServer oauth;
    private final String companyName;

    public OAuthEndpoints(OAuthServer oauth, String companyName) {
        this.oauth = oauth;
        this.companyName = companyName;
    }

    /** Registers the three routes. */
    public void register(RouteTable routes) {
        routes.add(new Route("GET", "/identity/oauth/allow", ApiArea.OAUTH, ErrorStyle.CUSTOMER, this::page));
        routes.add(new Route("POST", "/identity/oauth/allow", ApiArea.OAUTH, ErrorStyle.CUSTOMER, this::decide));
        routes.add(new Route("POST", "/identity/oauth/token", ApiArea.OAUTH, ErrorStyle.CUSTOMER, this::token));
    }

    SandboxResponse page(SandboxRequest r) {
        QueryParams q = r.query();
        OAuthClient client = oauth.client(q.first("client_id")).orElse(null);
        if (client == null || !client.allows("authorization_code")) {
            return html(400, "<h1>Invalid request</h1><p>Unknown client_id.</p>");
        }
        String redirect = q.first("redirect_uri");
        if (!client.acceptsRedirect(redirect)) {
            return html(400, "<h1>Invalid request</h1><p>redirect_uri is not registered for this app.</p>");
        }
        String scope = q.first("scope");
        if (scope != null && scope.isBlank()) {
            return html(400, "<h1>Invalid request</h1><p>An empty scope is invalid.</p>");
        }
        StringBuilder roles = new StringBuilder();
        for (SystemRole role : SystemRole.values()) {
            roles.append("<option value=\"").append(role.name()).append("\"")
                    .append(role == SystemRole.ADMINISTRATOR ? " selected" : "").append(">")
                    .append(role.name().charAt(0)).append(role.name().substring(1).toLowerCase(Locale.ROOT))
                    .append("</option>");
        }
        String body = "<h1>SmartRecruiters (sandbox)</h1>"
                + "<p id=\"consent\"><b>" + esc(client.name()) + "</b> asks for access to <b>" + esc(companyName)
                + "</b>" + (scope == null ? " (all scopes of the app)" : " with the scopes <code id=\"scopes\">"
                + esc(scope) + "</code>") + ".</p>"
                + "<form method=\"post\" action=\"/identity/oauth/allow\">"
                + hidden("client_id", client.clientId()) + hidden("redirect_uri", redirect)
                + hidden("state", q.first("state")) + (scope == null ? "" : hidden("scope", scope))
                + "<label>Signed in as a user with the system role <select id=\"role\" name=\"role\">" + roles
                + "</select></label><p>"
                + "<button id=\"allow\" type=\"submit\" name=\"decision\" value=\"allow\">Allow</button> "
                + "<button id=\"deny\" type=\"submit\" name=\"decision\" value=\"deny\">Deny</button></p></form>";
        return html(200, body);
    }

    SandboxResponse decide(SandboxRequest r) {
        QueryParams f = QueryParams.parse(new String(r.body(), StandardCharsets.UTF_8));
        OAuthClient client = oauth.client(f.first("client_id")).orElse(null);
        String redirect = f.first("redirect_uri");
        if (client == null || !client.acceptsRedirect(redirect)) {
            return html(400, "<h1>Invalid request</h1>");
        }
        String state = f.first("state");
        String sep = redirect.contains("?") ? "&" : "?";
        String suffix = state == null ? "" : "&state=" + enc(state);
        if (!"allow".equals(f.first("decision"))) {
            return SandboxResponse.empty(302).header("Location", redirect + sep + "error=access_denied" + suffix);
        }
        SystemRole role;
        try {
            role = SystemRole.valueOf(f.first("role") == null ? "ADMINISTRATOR" : f.first("role"));
        } catch (IllegalArgumentException e) {
            return html(400, "<h1>Invalid role</h1>");
        }
        String code = oauth.authorize(client, redirect, f.first("scope"), role);
        return SandboxResponse.empty(302).header("Location", redirect + sep + "code=" + enc(code) + suffix);
    }

    SandboxResponse token(SandboxRequest r) {
        QueryParams f = QueryParams.parse(new String(r.body(), StandardCharsets.UTF_8));
        Map<String, String> form = new LinkedHashMap<>();
        f.asMap().forEach((k, v) -> form.put(k, v.isEmpty() ? null : v.get(0)));
        OAuthServer.TokenAnswer a = oauth.token(form, basic(r.header("Authorization")));
        return SandboxResponse.json(a.status(), a.body()).header("Cache-Control", "no-store");
    }

    private static String[] basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String s = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = s.indexOf(':');
            return colon < 0 ? null : new String[]{s.substring(0, colon), s.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static SandboxResponse html(int status, String body) {
        String page = "<!doctype html><html><head><meta charset=\"utf-8\"><title>SmartRecruiters sandbox</title></head>"
                + "<body>" + body + "</body></html>";
        return SandboxResponse.bytes(status, "text/html;charset=UTF-8", page.getBytes(StandardCharsets.UTF_8));
    }

    private static String hidden(String name, String value) {
        return value == null ? "" : "<input type=\"hidden\" name=\"" + name + "\" value=\"" + esc(value) + "\">";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
