-- 异议处理结果 on the mark (社会信用条例 第五十一条第四款): what an upheld objection does to a credit mark, one row
-- per change, append-only — 更正 (CORRECTED: the corrected content, a new version of the mark; the versions before
-- it are kept here and in credit_marks), 补充 (SUPPLEMENTED: information shown with the mark), 停止公开
-- (PUBLICATION_STOPPED: the mark is no longer published or shared). Each change belongs to the objection decided.
--
-- The marks' table is created by 0922, which runs after this migration (files run in the order of their names), so
-- neither this table nor credit_objections (0918) can have a foreign key to credit_marks. Instead a trigger refuses a
-- row whose mark does not exist, with the foreign-key error (23503): plpgsql resolves credit_marks when the trigger
-- runs, not when it is created. It guards inserts and updates of mark_id; marks are never deleted, so the other
-- half of a foreign key (refusing to delete a referenced mark) is not needed. The API loads the mark first as well.

CREATE FUNCTION credit_mark_must_exist() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM credit_marks WHERE mark_id = NEW.mark_id FOR KEY SHARE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no credit mark %', NEW.mark_id USING ERRCODE = 'foreign_key_violation', TABLE = TG_TABLE_NAME, COLUMN = 'mark_id';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER credit_objections_mark_exists BEFORE INSERT OR UPDATE OF mark_id ON credit_objections
  FOR EACH ROW EXECUTE FUNCTION credit_mark_must_exist();

CREATE TABLE credit_mark_changes (
  mark_id text NOT NULL,
  seq integer NOT NULL CHECK (seq >= 1),
  objection_id text NOT NULL UNIQUE REFERENCES credit_objections (objection_id),
  kind text NOT NULL CHECK (kind IN ('CORRECTED', 'SUPPLEMENTED', 'PUBLICATION_STOPPED')),
  -- CORRECTED: { finding, subjectName }; SUPPLEMENTED: { supplement }; PUBLICATION_STOPPED: {}.
  content jsonb NOT NULL,
  -- The law-library address of the item of 第五十一条第四款 carried out.
  article text NOT NULL,
  at timestamptz NOT NULL,
  decided_by text NOT NULL REFERENCES users (id),
  PRIMARY KEY (mark_id, seq)
);
-- The public list and the bank's scope leave out marks whose publication was stopped.
CREATE INDEX credit_mark_changes_stopped_idx ON credit_mark_changes (mark_id) WHERE kind = 'PUBLICATION_STOPPED';

CREATE TRIGGER credit_mark_changes_mark_exists BEFORE INSERT OR UPDATE OF mark_id ON credit_mark_changes
  FOR EACH ROW EXECUTE FUNCTION credit_mark_must_exist();
