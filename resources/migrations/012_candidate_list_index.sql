-- Schema version 12: the Candidates page's list is read from an index alone.
--
-- The page lists every candidate by name with their posting, contact, stage and when they
-- were added; it leaves the notes, which it reads for the one candidate chosen. With the
-- name index of schema 10 SQLite looked each candidate up in the table, whose rows hold the
-- notes too (a recruiter's notes run to hundreds of characters): on the big library of the
-- performance runner that read most of the table's pages, 17 ms of the 19 the list took. This
-- index holds every listed column, in the list's order, so the list reads the index and never
-- the table. The id is named second although SQLite keeps the rowid in every index entry: it
-- keeps it last, after the other columns, and the list orders candidates of one name by id.
-- It also holds all that the candidate boxes read (id and name), so it replaces the name
-- index. One index write more per candidate saved, no more than the name index cost.
CREATE INDEX candidates_listed
    ON candidates (name COLLATE NOCASE, id, posting_id, contact, stage, created_at);
DROP INDEX candidates_by_name;
