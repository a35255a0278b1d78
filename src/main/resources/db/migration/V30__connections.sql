-- Connect links (Kombo POST /v1/connect/create-link): a link lets a customer's admin connect one SmartRecruiters
-- account on the connect page. The link's token is a bearer secret: only its SHA-256 is stored.
CREATE TABLE connect_links (
    id                          text PRIMARY KEY,
    token_hash                  text NOT NULL UNIQUE,
    account_id                  text NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    end_user_email              text,
    end_user_organization_name  text NOT NULL,
    end_user_origin_id          text,
    integration_id              text REFERENCES integrations(id) ON DELETE SET NULL,  -- set once connected (or a relink)
    oauth_state_hash            text UNIQUE,     -- SHA-256 of the pending authorization-code flow's state
    oauth_state_expires_at      timestamptz,
    created_at                  timestamptz NOT NULL DEFAULT now(),
    expires_at                  timestamptz NOT NULL,
    connected_at                timestamptz
);
CREATE INDEX connect_links_account_idx ON connect_links(account_id);

-- Scope test: the last probe of each SmartRecruiters permission the enabled models and write actions need.
-- results: [{"kind":"model"|"action","id":"offers","status":"OK"|"MISSING"|"ERROR","scope":…,"role":…,
--            "endpoint":"GET /offers","message":…}]
CREATE TABLE scope_tests (
    integration_id  text PRIMARY KEY REFERENCES integrations(id) ON DELETE CASCADE,
    tested_at       timestamptz NOT NULL,
    results         jsonb NOT NULL
);
