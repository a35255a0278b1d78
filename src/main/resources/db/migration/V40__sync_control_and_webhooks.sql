-- Issue 4: sync control, schedules across replicas, resumable runs and outgoing webhooks.

-- scheduled_for: the fire time of the schedule that queued the run (NULL for API, start-up and follow-up runs).
--   Every replica computes the same fire time from the cron expression, so the unique index below lets exactly one
--   run per integration, type and fire time into the queue however many replicas fire (failure case FC-17).
-- follow_up: a FULL requested while this DELTA was already running; queued when this run ends.
-- attempts: how often the run was claimed (1 = never resumed; a resumed run continues from its checkpoints).
ALTER TABLE sync_runs ADD COLUMN scheduled_for timestamptz;
ALTER TABLE sync_runs ADD COLUMN follow_up text;
ALTER TABLE sync_runs ADD COLUMN attempts integer NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX sync_runs_fire_time_idx ON sync_runs(integration_id, type, scheduled_for)
    WHERE scheduled_for IS NOT NULL;

-- Outgoing webhooks (sync-finished, data-changed): written by the sync in one insert, delivered by the
-- webhook-delivery route with retries and back-off, so a slow or failing receiver never holds up a sync.
CREATE TABLE webhook_outbox (
    id               text PRIMARY KEY,                 -- the event id sent as "id" (receivers de-duplicate on it)
    integration_id   text REFERENCES integrations(id) ON DELETE CASCADE,
    type             text NOT NULL,                    -- sync-finished | data-changed
    url              text NOT NULL,
    body             text NOT NULL,                    -- the exact bytes signed and sent
    status           text NOT NULL DEFAULT 'PENDING',  -- PENDING | DELIVERED | FAILED (gave up)
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    last_error       text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    delivered_at     timestamptz
);
CREATE INDEX webhook_outbox_due_idx ON webhook_outbox(next_attempt_at) WHERE status = 'PENDING';
