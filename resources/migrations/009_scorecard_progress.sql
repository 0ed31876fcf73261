-- Schema version 9: a scorecard's progress (how many questions it has, how many are rated or
-- marked not asked) is kept on the scorecard, not counted from its answers each time the
-- scorecards are listed.
--
-- Listing every posting's 20,000 scorecards spent two thirds of its time counting answers
-- (one search of the answers a scorecard). Answers are written one at a time while an
-- interviewer rates (or a few dozen at a time by a merge), so triggers keep the counts:
-- every path that writes an answer (the editor, live mode, the command line, a merge, an
-- erase) keeps them true, at the cost of one small UPDATE per answer written.
ALTER TABLE scorecards ADD COLUMN question_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE scorecards ADD COLUMN answered_count INTEGER NOT NULL DEFAULT 0;

UPDATE scorecards
SET question_count = (SELECT count(*) FROM scorecard_answers a WHERE a.scorecard_id = scorecards.id),
    answered_count = (SELECT count(*) FROM scorecard_answers a
                      WHERE a.scorecard_id = scorecards.id
                        AND (a.rating IS NOT NULL OR a.not_asked));

-- The index of version 7 answered the counting; nothing else reads it.
DROP INDEX scorecard_answers_progress;

CREATE TRIGGER scorecard_progress_answer_insert AFTER INSERT ON scorecard_answers BEGIN
    UPDATE scorecards
    SET question_count = question_count + 1,
        answered_count = answered_count + (NEW.rating IS NOT NULL OR NEW.not_asked <> 0)
    WHERE id = NEW.scorecard_id;
END;

CREATE TRIGGER scorecard_progress_answer_delete AFTER DELETE ON scorecard_answers BEGIN
    UPDATE scorecards
    SET question_count = question_count - 1,
        answered_count = answered_count - (OLD.rating IS NOT NULL OR OLD.not_asked <> 0)
    WHERE id = OLD.scorecard_id;
END;

CREATE TRIGGER scorecard_progress_answer_update AFTER UPDATE OF rating, not_asked, scorecard_id
ON scorecard_answers
WHEN (OLD.rating IS NOT NULL OR OLD.not_asked <> 0) IS NOT (NEW.rating IS NOT NULL OR NEW.not_asked <> 0)
     OR OLD.scorecard_id IS NOT NEW.scorecard_id BEGIN
    UPDATE scorecards
    SET question_count = question_count - 1,
        answered_count = answered_count - (OLD.rating IS NOT NULL OR OLD.not_asked <> 0)
    WHERE id = OLD.scorecard_id;
    UPDATE scorecards
    SET question_count = question_count + 1,
        answered_count = answered_count + (NEW.rating IS NOT NULL OR NEW.not_asked <> 0)
    WHERE id = NEW.scorecard_id;
END;
