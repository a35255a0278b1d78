-- Sync runs: a queue and a history. At most one QUEUED or RUNNING run per integration (cluster-wide).
CREATE TABLE sync_runs (
    id              text PRIMARY KEY,
    integration_id  text NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    type            text NOT NULL,                  -- FULL | DELTA
    status          text NOT NULL,                  -- QUEUED | RUNNING | SUCCEEDED | PARTIAL | FAILED
    trigger         text NOT NULL,                  -- SCHEDULE | API | STARTUP
    queued_at       timestamptz NOT NULL DEFAULT now(),
    started_at      timestamptz,
    ended_at        timestamptz,
    heartbeat_at    timestamptz,
    worker          text,
    current_model   text,
    sr_calls        bigint NOT NULL DEFAULT 0,
    models          jsonb NOT NULL DEFAULT '{}'::jsonb,   -- per model: status, fetched, inserted, updated, unchanged, deleted, error
    errors          jsonb NOT NULL DEFAULT '[]'::jsonb
);
CREATE UNIQUE INDEX sync_runs_one_active_idx ON sync_runs(integration_id) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX sync_runs_integration_idx ON sync_runs(integration_id, queued_at DESC);

-- Per integration and model: the delta watermark (start time of the last successful run) and the
-- checkpoint of a running stream (cursor of the last page written), so a crashed run resumes.
CREATE TABLE sync_state (
    integration_id  text NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    model           text NOT NULL,
    watermark       timestamptz,
    last_full_at    timestamptz,
    checkpoint      jsonb,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (integration_id, model)
);
