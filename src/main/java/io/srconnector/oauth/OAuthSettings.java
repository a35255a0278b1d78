package io.srconnector.oauth;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * SmartRecruiters OAuth 2.0 settings ({@code connector.oauth.*}, smartrecruiters-api.md §2.2–§2.4). The client id and
 * secret are those of the connector's SmartRecruiters app (authorization-code flow, registered with SmartRecruiters'
 * partner team); customers' own client-credentials clients are entered per integration instead. With the embedded
 * sandbox on and no client id configured, the sandbox's app is used.
 */
@ConfigurationProperties(prefix = "connector.oauth")
public class OAuthSettings {
    /** The app's {@code client_id} (authorization-code flow). */
    private String clientId = "";
    /** The app's {@code client_secret}. */
    private String clientSecret = "";
    /** SmartRecruiters' authorize page (S1). */
    private String authorizeUrl = "https://www.smartrecruiters.com/identity/oauth/allow";
    /** Token endpoint path on the integration's API base URL (S1: https://api.smartrecruiters.com/identity/oauth/token). */
    private String tokenPath = "/identity/oauth/token";
    /** Scopes requested on the authorize page (space-joined); empty = the app's defaults. */
    private List<String> scopes = new ArrayList<>(List.of("candidates_read", "candidate_status_read",
            "candidates_offers_read", "jobs_read", "users_read", "configuration_read", "company_read",
            "interviews_read", "job_applications_read", "candidates_create", "candidates_manage"));
    /** An access token this close to its expiry is renewed before use. */
    private Duration refreshBeforeExpiry = Duration.ofMinutes(2);
    /** How long a pending authorization (the {@code state} of one connect attempt) stays valid. */
    private Duration stateTtl = Duration.ofMinutes(15);

    public String getClientId() { return clientId; }
    public void setClientId(String v) { this.clientId = v; }
    public String getClientSecret() { return clientSecret; }
    public void setClientSecret(String v) { this.clientSecret = v; }
    public String getAuthorizeUrl() { return authorizeUrl; }
    public void setAuthorizeUrl(String v) { this.authorizeUrl = v; }
    public String getTokenPath() { return tokenPath; }
    public void setTokenPath(String v) { this.tokenPath = v; }
    public List<String> getScopes() { return scopes; }
    public void setScopes(List<String> v) { this.scopes = v; }
    public Duration getRefreshBeforeExpiry() { return refreshBeforeExpiry; }
    public void setRefreshBeforeExpiry(Duration v) { this.refreshBeforeExpiry = v; }
    public Duration getStateTtl() { return stateTtl; }
    public void setStateTtl(Duration v) { this.stateTtl = v; }
}
