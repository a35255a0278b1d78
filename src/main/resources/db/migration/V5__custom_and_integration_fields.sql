-- Integration fields: the raw SmartRecruiters fields of an integration that can appear in a model's
-- integration_fields array (Kombo GET/PATCH /integrations/{id}/integration-fields). CUSTOM = a SmartRecruiters
-- property (key = property id); DEFAULT = a standard SmartRecruiters field (key = its JSON path).
CREATE TABLE integration_fields (
    id                      text PRIMARY KEY,           -- UnifiedIds.of(integration, 'integration_fields', model:type:key)
    integration_id          text NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    model                   text NOT NULL,              -- Kombo model name: ats_jobs, ats_candidates, ats_applications, ats_offers
    key                     text NOT NULL,
    type                    text NOT NULL,              -- DEFAULT | CUSTOM
    label                   text,
    value_type              text,                       -- SmartRecruiters property type (TEXT, SINGLE_SELECT, …)
    options                 jsonb,                      -- select options [{id, label}] where known
    is_passthrough_enabled  boolean NOT NULL DEFAULT true,
    last_seen_at            timestamptz NOT NULL DEFAULT now(),
    UNIQUE (integration_id, model, type, key)
);

-- Custom fields: stable keys the API user defines per model (e.g. t_shirt_size on ats_candidates), filled from the
-- integration field each integration maps to them (Kombo GET/PUT /integrations/{id}/custom-fields).
CREATE TABLE custom_fields (
    id           text PRIMARY KEY,
    account_id   text NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    model        text NOT NULL,
    key          text NOT NULL,
    label        text,
    description  text,
    UNIQUE (account_id, model, key)
);

CREATE TABLE custom_field_mappings (
    integration_id        text NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    custom_field_id       text NOT NULL REFERENCES custom_fields(id) ON DELETE CASCADE,
    integration_field_id  text NOT NULL REFERENCES integration_fields(id) ON DELETE CASCADE,
    PRIMARY KEY (integration_id, custom_field_id)
);
