-- Issue 3 (complete read coverage): the remaining Kombo ATS models and their join models. Same bookkeeping
-- columns as V3 (integration_id, changed_at, nested_changed_at, remote_deleted_at, remote_data, content_hash,
-- last_seen_run_id). Join models (ats_join_*) carry only Kombo ids (hashed from the two joined ids), no remote_id.

CREATE TABLE ats_rejection_reasons (
    id                  text PRIMARY KEY,
    integration_id      text NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    remote_id           text,
    name                text,
    changed_at          timestamptz NOT NULL,
    nested_changed_at   timestamptz,
    remote_deleted_at   timestamptz,
    remote_data         jsonb,
    content_hash        text NOT NULL,
    last_seen_run_id    text
);
CREATE INDEX ats_rejection_reasons_integration_idx ON ats_rejection_reasons(integration_id, id);

-- Tags: SmartRecruiters tags are plain strings on candidates; remote_id is the string.
CREATE TABLE ats_tags (
    id                  text PRIMARY KEY,
    integration_id      text NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    remote_id           text,
    name                text,
    changed_at          timestamptz NOT NULL,
    nested_changed_at   timestamptz,
    remote_deleted_at   timestamptz,
    remote_data         jsonb,
    content_hash        text NOT NULL,
    last_seen_run_id    text
);
CREATE INDEX ats_tags_integration_idx ON ats_tags(integration_id, id);

CREATE TABLE ats_join_candidates_tags (
    id                  text PRIMARY KEY,
    integration_id      text NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    candidate_id        text,
    tag_id              text,
    changed_at          timestamptz NOT NULL,
    nested_changed_at   timestamptz,
    remote_deleted_at   timestamptz,
    remote_data         jsonb,
    content_hash        text NOT NULL,
    last_seen_run_id    text
);
CREATE INDEX ats_join_candidates_tags_candidate_idx ON ats_join_candidates_tags(candidate_id);
CREATE INDEX ats_join_candidates_tags_integration_idx ON ats_join_candidates_tags(integration_id, id);

-- Job postings: one per SmartRecruiters job ad (a job has up to 100, one per language; FC-02).
CREATE TABLE ats_job_postings (
    id                  text PRIMARY KEY,
    integration_id      text NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    remote_id           text,
    title               text,
    description_html    text,
    status              text,
    visibility          text,
    url                 text,
    job_id              text,
    remote_created_at   timestamptz,
    changed_at          timestamptz NOT NULL,
    nested_changed_at   timestamptz,
    remote_deleted_at   timestamptz,
    remote_data         jsonb,
    content_hash        text NOT NULL,
    last_seen_run_id    text
);
CREATE INDEX ats_job_postings_job_idx ON ats_job_postings(job_id);
CREATE INDEX ats_job_postings_integration_idx ON ats_job_postings(integration_id, id);

-- Job hiring team members: (job, user) with the user's roles on that job.
CREATE TABLE ats_join_jobs_users (
    id                  text PRIMARY KEY,
    integration_id      text NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    job_id              text,
    user_id             text,
    roles               jsonb,
    changed_at          timestamptz NOT NULL,
    nested_changed_at   timestamptz,
    remote_deleted_at   timestamptz,
    remote_data         jsonb,
    content_hash        text NOT NULL,
    last_seen_run_id    text
);
CREATE INDEX ats_join_jobs_users_job_idx ON ats_join_jobs_users(job_id);
CREATE INDEX ats_join_jobs_users_integration_idx ON ats_join_jobs_users(integration_id, id);

CREATE TABLE ats_screening_questions (
    id                  text PRIMARY KEY,
    integration_id      text NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    remote_id           text,
    title               text,
    description         text,
    format              jsonb,
    category            text,
    changed_at          timestamptz NOT NULL,
    nested_changed_at   timestamptz,
    remote_deleted_at   timestamptz,
    remote_data         jsonb,
    content_hash        text NOT NULL,
    last_seen_run_id    text
);
CREATE INDEX ats_screening_questions_integration_idx ON ats_screening_questions(integration_id, id);

-- Job-specific screening questions: the per-job attributes of a (library) question.
CREATE TABLE ats_join_jobs_screening_questions (
    id                        text PRIMARY KEY,
    integration_id            text NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    job_id                    text,
    question_id               text,
    index                     integer,
    required                  boolean,
    precondition_question_id  text,
    precondition_options      jsonb,
    changed_at                timestamptz NOT NULL,
    nested_changed_at         timestamptz,
    remote_deleted_at         timestamptz,
    remote_data               jsonb,
    content_hash              text NOT NULL,
    last_seen_run_id          text
);
CREATE INDEX ats_join_jobs_screening_questions_job_idx ON ats_join_jobs_screening_questions(job_id);
CREATE INDEX ats_join_jobs_screening_questions_integration_idx ON ats_join_jobs_screening_questions(integration_id, id);

CREATE TABLE ats_interviews (
    id                      text PRIMARY KEY,
    integration_id          text NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    remote_id               text,
    title                   text,
    starting_at             timestamptz,
    ending_at               timestamptz,
    location                jsonb,
    application_id          text,
    stage_id                text,
    canceled                boolean,
    video_conferencing_url  text,
    remote_created_at       timestamptz,
    remote_updated_at       timestamptz,
    changed_at              timestamptz NOT NULL,
    nested_changed_at       timestamptz,
    remote_deleted_at       timestamptz,
    remote_data             jsonb,
    content_hash            text NOT NULL,
    last_seen_run_id        text
);
CREATE INDEX ats_interviews_application_idx ON ats_interviews(application_id);
CREATE INDEX ats_interviews_integration_idx ON ats_interviews(integration_id, id);
CREATE INDEX ats_interviews_remote_idx ON ats_interviews(integration_id, remote_id);

-- Interviewing team members: (interview, user).
CREATE TABLE ats_join_interviews_users (
    id                  text PRIMARY KEY,
    integration_id      text NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    interview_id        text,
    user_id             text,
    changed_at          timestamptz NOT NULL,
    nested_changed_at   timestamptz,
    remote_deleted_at   timestamptz,
    remote_data         jsonb,
    content_hash        text NOT NULL,
    last_seen_run_id    text
);
CREATE INDEX ats_join_interviews_users_interview_idx ON ats_join_interviews_users(interview_id);
CREATE INDEX ats_join_interviews_users_integration_idx ON ats_join_interviews_users(integration_id, id);

CREATE TABLE ats_offers (
    id                     text PRIMARY KEY,
    integration_id         text NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    remote_id              text,
    status                 text,
    employment_start_date  timestamptz,
    application_id         text,
    custom_fields          jsonb,
    integration_fields     jsonb,
    remote_created_at      timestamptz,
    remote_updated_at      timestamptz,
    changed_at             timestamptz NOT NULL,
    nested_changed_at      timestamptz,
    remote_deleted_at      timestamptz,
    remote_data            jsonb,
    content_hash           text NOT NULL,
    last_seen_run_id       text
);
CREATE INDEX ats_offers_application_idx ON ats_offers(application_id);
CREATE INDEX ats_offers_integration_idx ON ats_offers(integration_id, id);
CREATE INDEX ats_offers_remote_idx ON ats_offers(integration_id, remote_id);

-- The "seen in this run" walks of the child models (jobs → postings, hiring team, screening questions;
-- applications → interviews) read their parents in id order per run, like ats_candidates_run_idx (V4).
CREATE INDEX ats_jobs_run_idx ON ats_jobs (integration_id, last_seen_run_id, id);
CREATE INDEX ats_applications_run_idx ON ats_applications (integration_id, last_seen_run_id, id);
CREATE INDEX ats_job_postings_run_idx ON ats_job_postings (integration_id, last_seen_run_id, job_id);
