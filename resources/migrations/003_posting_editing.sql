-- Schema version 3: editing postings. Deleting a posting only marks it (so the delete can be
-- undone and its revisions survive); every explicit version and every export keeps a
-- revision; a full-text index serves search as you type.

ALTER TABLE postings ADD COLUMN deleted_at TEXT;
ALTER TABLE postings ADD COLUMN context_variation TEXT NOT NULL DEFAULT '';
ALTER TABLE postings ADD COLUMN industry TEXT NOT NULL DEFAULT '';

DROP INDEX postings_by_update;
CREATE INDEX postings_by_update ON postings (is_template, deleted_at, updated_at);

CREATE TABLE posting_revisions (
    id INTEGER PRIMARY KEY,
    posting_id INTEGER NOT NULL REFERENCES postings (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('version', 'export', 'restore')),
    -- What the revision was for: a label, or the export format.
    note TEXT NOT NULL DEFAULT '',
    -- A short summary of what changed since the revision before it.
    summary TEXT NOT NULL DEFAULT '',
    -- The whole posting in its JSON shape (see PRODUCT.md).
    content TEXT NOT NULL
) STRICT;

CREATE INDEX posting_revisions_by_posting ON posting_revisions (posting_id, id);

-- Title and all text of each posting (rowid = postings.id), kept by PostingRepository.
CREATE VIRTUAL TABLE posting_search USING fts5 (
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO posting_search (rowid, title, body)
SELECT p.id, p.title,
       p.company_name || char(10) || p.company_description || char(10) || p.benefits_summary
       || char(10) || p.how_to_apply || char(10)
       || coalesce((SELECT group_concat(s.heading || char(10) || s.body, char(10))
                    FROM posting_sections s WHERE s.posting_id = p.id), '')
FROM postings p;
