-- Schema version 2: candidates and their interview scorecards. Candidate rows are
-- personal data; deleting a candidate removes their scorecards and answers with them.

CREATE TABLE candidates (
    id INTEGER PRIMARY KEY,
    posting_id INTEGER REFERENCES postings (id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    contact TEXT NOT NULL DEFAULT '',
    stage TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
) STRICT;

CREATE INDEX candidates_by_posting ON candidates (posting_id);

CREATE TABLE scorecards (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    posting_id INTEGER REFERENCES postings (id) ON DELETE SET NULL,
    candidate_id INTEGER NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    interviewer TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
    recommendation TEXT CHECK (recommendation IS NULL
        OR recommendation IN ('strong_no', 'no', 'yes', 'strong_yes')),
    key_takeaways TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX scorecards_by_candidate ON scorecards (candidate_id);

CREATE TABLE scorecard_answers (
    scorecard_id INTEGER NOT NULL REFERENCES scorecards (id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES interview_questions (id),
    rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 4),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (scorecard_id, question_id)
) STRICT;
