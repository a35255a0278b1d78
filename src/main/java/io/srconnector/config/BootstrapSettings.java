package io.srconnector.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The account, API key and integration created at start-up ({@code connector.bootstrap.*}), so a first run works
 * with no set-up. With the sandbox on, the integration points at the sandbox; otherwise give a real SmartRecruiters
 * API key in {@code smartrecruiters-api-key} to connect an account from configuration.
 */
@ConfigurationProperties(prefix = "connector.bootstrap")
public class BootstrapSettings {
    /** Whether to create the bootstrap account, key and integration. */
    private boolean enabled = true;
    /** Account id for the bootstrap key and integration. */
    private String accountId = "default";
    /** Our own API key (Authorization: Bearer …); stored hashed. Empty: a random key is generated and logged. */
    private String apiKey = "";
    /** Id of the bootstrap integration. */
    private String integrationId = "smartrecruiters:sandbox";
    /** Organisation name shown for the integration. */
    private String organizationName = "SmartRecruiters sandbox";
    /** SmartRecruiters base URL (ignored when the embedded sandbox is on: its URL is used). */
    private String smartrecruitersBaseUrl = "https://api.smartrecruiters.com";
    /** A SmartRecruiters API key (X-SmartToken) for the bootstrap integration when the sandbox is off. */
    private String smartrecruitersApiKey = "";

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean v) { this.enabled = v; }
    public String getAccountId() { return accountId; }
    public void setAccountId(String v) { this.accountId = v; }
    public String getApiKey() { return apiKey; }
    public void setApiKey(String v) { this.apiKey = v; }
    public String getIntegrationId() { return integrationId; }
    public void setIntegrationId(String v) { this.integrationId = v; }
    public String getOrganizationName() { return organizationName; }
    public void setOrganizationName(String v) { this.organizationName = v; }
    public String getSmartrecruitersBaseUrl() { return smartrecruitersBaseUrl; }
    public void setSmartrecruitersBaseUrl(String v) { this.smartrecruitersBaseUrl = v; }
    public String getSmartrecruitersApiKey() { return smartrecruitersApiKey; }
    public void setSmartrecruitersApiKey(String v) { this.smartrecruitersApiKey = v; }
}
