package io.srconnector.oauth;

import io.srconnector.config.BootstrapSettings;
import io.srconnector.integration.BootstrapTarget;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where new connections go and with which OAuth app: the configured SmartRecruiters API base URL, authorize page and
 * app credentials ({@code connector.oauth.*}), or — when the embedded sandbox runs and nothing is configured — the
 * sandbox's. The redirect URI is {@code <connector.public-url>/connect/oauth/callback}.
 */
@Component
public class OAuthApp {
    /** Path of the OAuth callback served by the connector. */
    public static final String CALLBACK_PATH = "/connect/oauth/callback";
    private final OAuthSettings settings;
    private final BootstrapSettings bootstrap;
    private final ObjectProvider<BootstrapTarget> target;
    private final String publicUrl;

    public OAuthApp(OAuthSettings settings, BootstrapSettings bootstrap, ObjectProvider<BootstrapTarget> target,
                    @Value("${connector.public-url}") String publicUrl) {
        this.settings = settings;
        this.bootstrap = bootstrap;
        this.target = target;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** SmartRecruiters API base URL for new integrations (the sandbox's when it runs). */
    public String apiBaseUrl() {
        BootstrapTarget t = target.getIfAvailable();
        return t != null ? t.baseUrl() : bootstrap.getSmartrecruitersBaseUrl();
    }

    /** The app's client id; empty when no app is configured (authorization-code flow unavailable). */
    public String clientId() {
        BootstrapTarget t = target.getIfAvailable();
        if (settings.getClientId().isBlank() && t != null && t.oauthClientId() != null) {
            return t.oauthClientId();
        }
        return settings.getClientId();
    }

    /** The app's client secret. */
    public String clientSecret() {
        BootstrapTarget t = target.getIfAvailable();
        if (settings.getClientId().isBlank() && t != null && t.oauthClientSecret() != null) {
            return t.oauthClientSecret();
        }
        return settings.getClientSecret();
    }

    /** True if the authorization-code flow can be offered. */
    public boolean authorizationCodeAvailable() {
        return !clientId().isBlank() && !clientSecret().isBlank();
    }

    /** The redirect URI registered for the app. */
    public String redirectUri() {
        return publicUrl + CALLBACK_PATH;
    }

    /** The authorize page URL for one connect attempt (SR: scopes space-separated, state echoed back, D-ac). */
    public String authorizeUrl(String state) {
        BootstrapTarget t = target.getIfAvailable();
        String base = settings.getClientId().isBlank() && t != null && t.authorizeUrl() != null
                ? t.authorizeUrl() : settings.getAuthorizeUrl();
        StringBuilder sb = new StringBuilder(base).append(base.contains("?") ? '&' : '?')
                .append("client_id=").append(enc(clientId()))
                .append("&redirect_uri=").append(enc(redirectUri()))
                .append("&state=").append(enc(state));
        if (!settings.getScopes().isEmpty()) {
            sb.append("&scope=").append(enc(String.join(" ", settings.getScopes())).replace("+", "%20"));
        }
        return sb.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
