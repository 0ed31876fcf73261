-- Schema version 4: structured interviews. Each question gets a rubric (what a 1, 2, 3 or
-- 4 answer looks like), follow-up prompts and a suggested time; kits order questions for a
-- posting and stage; scorecards follow a kit, record red flags, remember where a live
-- interview stopped, and keep a history of being submitted and reopened.

ALTER TABLE interview_questions ADD COLUMN suggested_minutes INTEGER NOT NULL DEFAULT 5
    CHECK (suggested_minutes > 0);

CREATE TABLE question_rubric_anchors (
    question_id INTEGER NOT NULL REFERENCES interview_questions (id) ON DELETE CASCADE,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    description TEXT NOT NULL,
    PRIMARY KEY (question_id, rating)
) STRICT;

CREATE TABLE question_follow_ups (
    id INTEGER PRIMARY KEY,
    question_id INTEGER NOT NULL REFERENCES interview_questions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    prompt TEXT NOT NULL
) STRICT;

CREATE INDEX question_follow_ups_by_question ON question_follow_ups (question_id, position);

CREATE TABLE interview_kits (
    id INTEGER PRIMARY KEY,
    posting_id INTEGER REFERENCES postings (id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    stage TEXT NOT NULL DEFAULT '',
    time_budget_minutes INTEGER NOT NULL DEFAULT 45 CHECK (time_budget_minutes > 0),
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE interview_kit_questions (
    kit_id INTEGER NOT NULL REFERENCES interview_kits (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    question_id INTEGER NOT NULL REFERENCES interview_questions (id),
    PRIMARY KEY (kit_id, position)
) STRICT;

ALTER TABLE scorecards ADD COLUMN kit_id INTEGER REFERENCES interview_kits (id) ON DELETE SET NULL;
-- Where live mode stopped: the kit position of the current question and the seconds spent.
ALTER TABLE scorecards ADD COLUMN live_position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE scorecards ADD COLUMN live_elapsed_seconds INTEGER NOT NULL DEFAULT 0;

-- "Not asked" is an answer of its own, unlike a question not rated yet.
ALTER TABLE scorecard_answers ADD COLUMN not_asked INTEGER NOT NULL DEFAULT 0
    CHECK (not_asked IN (0, 1));
ALTER TABLE scorecard_answers ADD COLUMN seconds_spent INTEGER NOT NULL DEFAULT 0;

CREATE TABLE scorecard_red_flags (
    scorecard_id INTEGER NOT NULL REFERENCES scorecards (id) ON DELETE CASCADE,
    red_flag_id INTEGER NOT NULL REFERENCES red_flags (id) ON DELETE CASCADE,
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (scorecard_id, red_flag_id)
) STRICT;

CREATE TABLE scorecard_events (
    id INTEGER PRIMARY KEY,
    scorecard_id INTEGER NOT NULL REFERENCES scorecards (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    event TEXT NOT NULL CHECK (event IN ('created', 'submitted', 'reopened', 'imported')),
    actor TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX scorecard_events_by_scorecard ON scorecard_events (scorecard_id, id);
CREATE INDEX scorecards_by_posting ON scorecards (posting_id);
CREATE INDEX candidates_by_created ON candidates (created_at);
