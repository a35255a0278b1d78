package io.srconnector.sync;

/**
 * Decides before a model is synced whether the integration may read it at all (the scope test found its
 * SmartRecruiters permission missing). The sync skips such a model and records why.
 */
public interface ModelGate {
    /**
     * @param integrationId the integration
     * @param model         sync model name, e.g. {@code offers}
     * @return null to sync the model, else why it is skipped (e.g. "scope test: candidates_offers_read missing")
     */
    String blockedReason(String integrationId, String model);
}
