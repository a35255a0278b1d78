-- Tenancy: an account owns API keys (for our own /v1 API) and integrations (one per SmartRecruiters account).
CREATE TABLE accounts (
    id          text PRIMARY KEY,
    name        text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Our own API keys are stored hashed (SHA-256 hex of the key); the plaintext is shown once.
CREATE TABLE api_keys (
    id          text PRIMARY KEY,
    account_id  text NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    key_hash    text NOT NULL UNIQUE,
    name        text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz
);

-- One row per connected SmartRecruiters account. Credentials are AES-GCM encrypted (credentials_ciphertext).
CREATE TABLE integrations (
    id                      text PRIMARY KEY,            -- e.g. smartrecruiters:7C9M5sXAQx2cNMpVHLojrFpL
    account_id              text NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    tool                    text NOT NULL DEFAULT 'smartrecruiters',
    organization_name       text NOT NULL,
    origin_id               text,
    creator_email           text,
    base_url                text NOT NULL,               -- https://api.smartrecruiters.com or the sandbox
    auth_type               text NOT NULL,               -- API_KEY | OAUTH_CLIENT_CREDENTIALS | OAUTH_AUTHORIZATION_CODE
    credentials_ciphertext  text NOT NULL,
    credential_fingerprint  text NOT NULL,               -- SHA-256 of the credential; keys the shared rate limiter
    status                  text NOT NULL DEFAULT 'ACTIVE',   -- ACTIVE | INVALID | INACTIVE
    enabled                 boolean NOT NULL DEFAULT true,
    settings                jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX integrations_account_idx ON integrations(account_id);
