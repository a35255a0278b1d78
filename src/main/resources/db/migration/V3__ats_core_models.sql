-- Unified ATS tables (Kombo model names). Every table carries the same bookkeeping columns:
--   id                 24-char base58, deterministic from (integration_id, model, remote_id)
--   changed_at         moves only when the record's own unified fields change (content_hash differs)
--   nested_changed_at  moves when nested data that Kombo's updated_after covers changes
--   remote_deleted_at  set by a complete, successful full sync that no longer sees the record
--   remote_data        raw SmartRecruiters bodies keyed by the endpoint path they came from
--   last_seen_run_id   the sync run that last saw the record (deletion sweeps compare it)

CREATE TABLE ats_users (
    id                  text PRIMARY KEY,
    integration_id      text NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    remote_id           text,
    first_name          text,
    last_name           text,
    email               text,
    status              text,
    system_roles        jsonb,
    changed_at          timestamptz NOT NULL,
    nested_changed_at   timestamptz,
    remote_deleted_at   timestamptz,
    remote_data         jsonb,
    content_hash        text NOT NULL,
    last_seen_run_id    text
);

CREATE TABLE ats_jobs (
    id                  text PRIMARY KEY,
    integration_id      text NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    remote_id           text,
    name                text,
    job_code            text,
    description         text,
    confidential        boolean,
    weekly_hours        numeric,
    employment_type     text,
    status              text,
    visibility          text,
    category            text,
    department          text,
    post_url            text,
    experience_level    text,
    remote_work_status  text,
    salary_amount       numeric,
    salary_amount_from  numeric,
    salary_amount_to    numeric,
    salary_currency     text,
    salary_period       text,
    location            jsonb,
    custom_fields       jsonb,
    integration_fields  jsonb,
    remote_url          text,
    opened_at           timestamptz,
    closed_at           timestamptz,
    remote_created_at   timestamptz,
    remote_updated_at   timestamptz,
    contact_id          text,
    changed_at          timestamptz NOT NULL,
    nested_changed_at   timestamptz,
    remote_deleted_at   timestamptz,
    remote_data         jsonb,
    content_hash        text NOT NULL,
    last_seen_run_id    text
);

CREATE TABLE ats_candidates (
    id                  text PRIMARY KEY,
    integration_id      text NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    remote_id           text,
    first_name          text,
    last_name           text,
    company             text,
    title               text,
    confidential        boolean,
    source              text,
    phone_numbers       jsonb,
    email_addresses     jsonb,
    social_media        jsonb,
    location            jsonb,
    custom_fields       jsonb,
    integration_fields  jsonb,
    remote_url          text,
    remote_created_at   timestamptz,
    remote_updated_at   timestamptz,
    changed_at          timestamptz NOT NULL,
    nested_changed_at   timestamptz,
    remote_deleted_at   timestamptz,
    remote_data         jsonb,
    content_hash        text NOT NULL,
    last_seen_run_id    text
);

CREATE TABLE ats_applications (
    id                          text PRIMARY KEY,
    integration_id              text NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    remote_id                   text,
    outcome                     text,
    rejection_reason_name       text,
    rejected_at                 timestamptz,
    current_stage_id            text,
    job_id                      text,
    candidate_id                text,
    screening_question_answers  jsonb,
    custom_fields               jsonb,
    integration_fields          jsonb,
    remote_url                  text,
    remote_created_at           timestamptz,
    remote_updated_at           timestamptz,
    changed_at                  timestamptz NOT NULL,
    nested_changed_at           timestamptz,
    remote_deleted_at           timestamptz,
    remote_data                 jsonb,
    content_hash                text NOT NULL,
    last_seen_run_id            text
);
CREATE INDEX ats_applications_candidate_idx ON ats_applications(candidate_id);
CREATE INDEX ats_applications_job_idx ON ats_applications(job_id);

CREATE TABLE ats_application_stages (
    id                  text PRIMARY KEY,
    integration_id      text NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    remote_id           text,
    name                text,
    global_index        integer,
    changed_at          timestamptz NOT NULL,
    nested_changed_at   timestamptz,
    remote_deleted_at   timestamptz,
    remote_data         jsonb,
    content_hash        text NOT NULL,
    last_seen_run_id    text
);

CREATE INDEX ats_users_integration_idx ON ats_users(integration_id, id);
CREATE INDEX ats_users_remote_idx ON ats_users(integration_id, remote_id);
CREATE INDEX ats_jobs_integration_idx ON ats_jobs(integration_id, id);
CREATE INDEX ats_jobs_remote_idx ON ats_jobs(integration_id, remote_id);
CREATE INDEX ats_candidates_integration_idx ON ats_candidates(integration_id, id);
CREATE INDEX ats_candidates_remote_idx ON ats_candidates(integration_id, remote_id);
CREATE INDEX ats_applications_integration_idx ON ats_applications(integration_id, id);
CREATE INDEX ats_applications_remote_idx ON ats_applications(integration_id, remote_id);
CREATE INDEX ats_application_stages_integration_idx ON ats_application_stages(integration_id, id);
