-- Schema version 7: what the window reads at start stays cheap however big the library grows.
--
-- Each salary dataset keeps its row count, so listing datasets no longer counts a million
-- rows each time the Salaries tab loads. SalaryRepository, the only writer of salary rows,
-- keeps it with each write (a trigger would cost an UPDATE per row, a third more time on a
-- million-row import).
ALTER TABLE salary_datasets ADD COLUMN row_count INTEGER NOT NULL DEFAULT 0;

UPDATE salary_datasets
SET row_count = (SELECT count(*) FROM salary_rows r WHERE r.dataset_id = salary_datasets.id);

-- The scorecards list shows how much of each is rated; this index answers that without
-- reading the answers' notes.
CREATE INDEX scorecard_answers_progress ON scorecard_answers (scorecard_id, rating, not_asked);

-- Full-text search over what interviewers wrote: every answer's note and the key takeaways
-- of each scorecard (rowid = scorecards.id). Triggers keep it, so every path that writes a
-- note (live mode, the editor, the command line, a merge) and every erase keeps it true.
CREATE VIRTUAL TABLE scorecard_search USING fts5 (
    notes,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- What the index holds of one scorecard: its takeaways and every note.
CREATE VIEW scorecard_search_text AS
SELECT s.id,
       s.key_takeaways || char(10)
       || coalesce((SELECT group_concat(a.note, char(10)) FROM scorecard_answers a
                    WHERE a.scorecard_id = s.id), '') AS notes
FROM scorecards s;

INSERT INTO scorecard_search (rowid, notes) SELECT id, notes FROM scorecard_search_text;

CREATE TRIGGER scorecard_search_answer_insert AFTER INSERT ON scorecard_answers
WHEN NEW.note <> '' BEGIN
    DELETE FROM scorecard_search WHERE rowid = NEW.scorecard_id;
    INSERT INTO scorecard_search (rowid, notes)
    SELECT id, notes FROM scorecard_search_text WHERE id = NEW.scorecard_id;
END;

CREATE TRIGGER scorecard_search_answer_update AFTER UPDATE OF note ON scorecard_answers
WHEN OLD.note IS NOT NEW.note BEGIN
    DELETE FROM scorecard_search WHERE rowid = NEW.scorecard_id;
    INSERT INTO scorecard_search (rowid, notes)
    SELECT id, notes FROM scorecard_search_text WHERE id = NEW.scorecard_id;
END;

CREATE TRIGGER scorecard_search_answer_delete AFTER DELETE ON scorecard_answers
WHEN OLD.note <> '' BEGIN
    DELETE FROM scorecard_search WHERE rowid = OLD.scorecard_id;
    INSERT INTO scorecard_search (rowid, notes)
    SELECT id, notes FROM scorecard_search_text WHERE id = OLD.scorecard_id;
END;

CREATE TRIGGER scorecard_search_insert AFTER INSERT ON scorecards BEGIN
    INSERT INTO scorecard_search (rowid, notes) VALUES (NEW.id, NEW.key_takeaways);
END;

CREATE TRIGGER scorecard_search_takeaways AFTER UPDATE OF key_takeaways ON scorecards
WHEN OLD.key_takeaways IS NOT NEW.key_takeaways BEGIN
    DELETE FROM scorecard_search WHERE rowid = NEW.id;
    INSERT INTO scorecard_search (rowid, notes)
    SELECT id, notes FROM scorecard_search_text WHERE id = NEW.id;
END;

CREATE TRIGGER scorecard_search_delete AFTER DELETE ON scorecards BEGIN
    DELETE FROM scorecard_search WHERE rowid = OLD.id;
END;
