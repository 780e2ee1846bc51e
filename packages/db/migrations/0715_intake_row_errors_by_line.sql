-- The rejected-rows download is read a page of lines at a time: the problems of those lines are
-- found by line, not by scanning the batch's whole report.
CREATE INDEX intake_row_errors_line_idx ON intake_row_errors (batch_id, line);
