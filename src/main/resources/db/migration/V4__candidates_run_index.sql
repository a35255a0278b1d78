-- Applications are read from the candidates a run has just written (CandidateAssignmentSource): this index returns
-- them in id order per run without scanning the table, whatever the planner's statistics say.
CREATE INDEX ats_candidates_run_idx ON ats_candidates (integration_id, last_seen_run_id, id);
