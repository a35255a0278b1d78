package io.srconnector.sandbox.auth;

/** How a credential is presented: API key in {@code X-SmartToken} or access token in {@code Authorization: Bearer} (§2). */
public enum CredentialKind {
    /** 32-character key sent as {@code X-SmartToken} (D-key). */
    API_KEY,
    /** OAuth access token sent as {@code Authorization: Bearer} (D-cc, D-ac). */
    ACCESS_TOKEN
}
