-- Lists of appeals paged by key (issue 22): the next page starts after the last row shown,
-- (submitted_at, case_id) newest first for the lists and (next_due_at, case_id) for the 督办 list,
-- each one index walk however deep the page (OFFSET walked every skipped row).
CREATE INDEX appeal_cases_submitted_key_idx ON appeal_cases (submitted_at, case_id);
CREATE INDEX appeal_cases_due_key_idx ON appeal_cases (next_due_at, case_id) WHERE closed_at IS NULL;
