package io.srconnector.write;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings of the unified write actions ({@code connector.write.*} in application.yaml).
 * Defaults follow SmartRecruiters' limits: about 10 MB per uploaded file (smartrecruiters-api.md §5).
 */
@ConfigurationProperties(prefix = "connector.write")
public class WriteSettings {
    /**
     * Name of the source (of SmartRecruiters source type OTHER) used when a create names no source or one that does
     * not exist; an integration's {@code settings.default_source} overrides it. SmartRecruiters' own default for API
     * creates is "API".
     */
    private String defaultSource = "API";
    /** Largest attachment, in bytes (decoded). */
    private long maxAttachmentBytes = 10L * 1024 * 1024;
    /** Largest total of all attachments of one create, in bytes (decoded). */
    private long maxTotalAttachmentBytes = 25L * 1024 * 1024;
    /** Content types accepted for attachments (exact, lower case). */
    private List<String> acceptedContentTypes = new ArrayList<>(List.of(
            "application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", "application/rtf", "text/rtf", "text/plain", "text/html",
            "image/png", "image/jpeg", "image/gif"));
    /** Timeout of a {@code data_url} download. */
    private Duration dataUrlTimeout = Duration.ofSeconds(20);
    /**
     * Whether {@code data_url} may point at loopback, link-local or private addresses (off: such URLs are refused, so
     * the connector cannot be used to read internal services).
     */
    private boolean dataUrlAllowPrivateHosts = false;
    /** Attempts of the read-remove-replace-verify cycle of removing a tag before giving up with 409. */
    private int tagRemovalAttempts = 3;

    public String getDefaultSource() { return defaultSource; }
    public void setDefaultSource(String v) { this.defaultSource = v; }
    public long getMaxAttachmentBytes() { return maxAttachmentBytes; }
    public void setMaxAttachmentBytes(long v) { this.maxAttachmentBytes = v; }
    public long getMaxTotalAttachmentBytes() { return maxTotalAttachmentBytes; }
    public void setMaxTotalAttachmentBytes(long v) { this.maxTotalAttachmentBytes = v; }
    public List<String> getAcceptedContentTypes() { return acceptedContentTypes; }
    public void setAcceptedContentTypes(List<String> v) { this.acceptedContentTypes = v; }
    public Duration getDataUrlTimeout() { return dataUrlTimeout; }
    public void setDataUrlTimeout(Duration v) { this.dataUrlTimeout = v; }
    public boolean isDataUrlAllowPrivateHosts() { return dataUrlAllowPrivateHosts; }
    public void setDataUrlAllowPrivateHosts(boolean v) { this.dataUrlAllowPrivateHosts = v; }
    public int getTagRemovalAttempts() { return tagRemovalAttempts; }
    public void setTagRemovalAttempts(int v) { this.tagRemovalAttempts = v; }
}
