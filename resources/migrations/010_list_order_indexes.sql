-- Schema version 10: the long lists of the Interviews tab are read in order from indexes.
--
-- The Scorecards page lists scorecards by their last change, newest first; without an index
-- on that column SQLite sorted every posting's 20,000 scorecards in a temporary B-tree each
-- time the page was shown, about a third of the listing. Ties are broken by id, which the
-- index holds. Each rating moves the scorecard's entry: one small index write more a save.
CREATE INDEX scorecards_by_update ON scorecards (updated_at);

-- Candidates are listed, and offered in the Scorecards and Debrief boxes, by name ignoring
-- case; for the boxes (id and name only) this index holds all they read.
CREATE INDEX candidates_by_name ON candidates (name COLLATE NOCASE);
