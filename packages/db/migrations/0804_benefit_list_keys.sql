-- Benefit case lists paged by key (issue 22): (created_at, id) order, the next page starting after
-- the last row shown, one index walk however deep the page.
CREATE INDEX benefit_cases_created_key_idx ON benefit_cases (created_at, id);
