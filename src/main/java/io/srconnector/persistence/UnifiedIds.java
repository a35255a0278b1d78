package io.srconnector.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Deterministic unified ids: 24 base58 characters of SHA-256({@code integrationId \0 model \0 remoteId}).
 * The same SmartRecruiters record always gets the same id, so re-syncs, rebuilds and references (an application's
 * {@code job_id}) need no lookups. Field-mapping §0.1.
 */
public final class UnifiedIds {
    /** Length of every unified id (Kombo: maxLength 24). */
    public static final int LENGTH = 24;

    private UnifiedIds() {
    }

    /**
     * @param integrationId our integration id, e.g. {@code smartrecruiters:sandbox}
     * @param model         the unified model table name, e.g. {@code ats_jobs}
     * @param remoteId      the SmartRecruiters identifier (for join rows: the two joined unified ids)
     * @return a 24-character base58 id
     */
    public static String of(String integrationId, String model, String remoteId) {
        if (remoteId == null) {
            return null;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(integrationId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(model.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(remoteId.getBytes(StandardCharsets.UTF_8));
            String b58 = Base58.encode(sha.digest());
            return b58.substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Id of an integration field (a raw SmartRecruiters field that may appear in {@code integration_fields}).
     *
     * @param table the unified table the field belongs to, e.g. {@code ats_jobs}
     * @param type  DEFAULT or CUSTOM
     * @param key   the property id (CUSTOM) or field path (DEFAULT)
     */
    public static String integrationField(String integrationId, String table, String type, String key) {
        return of(integrationId, "integration_fields", table + ":" + type + ":" + key);
    }

    /** True when {@code s} looks like a unified id (24 base58 characters). */
    public static boolean looksLikeId(String s) {
        return s != null && s.length() == LENGTH && Base58.isBase58(s);
    }
}
