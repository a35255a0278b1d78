-- Applications created through this connector's write actions ("tracked"): the "sync only created applications"
-- setting restricts syncs to these (and their candidates and jobs). Kombo: POST /ats/import-tracked-application adds
-- pre-existing ones.
CREATE TABLE tracked_applications (
    integration_id         text NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    candidate_remote_id    text NOT NULL,
    job_remote_id          text NOT NULL,
    tracked_at             timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (integration_id, candidate_remote_id, job_remote_id)
);
