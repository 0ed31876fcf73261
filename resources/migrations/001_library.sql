-- Hirekit library, schema version 1: postings, salary tables, the question bank and the
-- hiring guide's reference content. Every table is STRICT; names explain themselves so
-- the file reads well in any SQLite tool.

CREATE TABLE career_levels (
    key TEXT PRIMARY KEY CHECK (key IN ('entry', 'mid', 'senior', 'staff')),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    experience TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE postings (
    id INTEGER PRIMARY KEY,
    is_template INTEGER NOT NULL DEFAULT 0 CHECK (is_template IN (0, 1)),
    is_builtin INTEGER NOT NULL DEFAULT 0 CHECK (is_builtin IN (0, 1)),
    title TEXT NOT NULL,
    level TEXT REFERENCES career_levels (key),
    department TEXT NOT NULL DEFAULT '',
    employment_type TEXT NOT NULL DEFAULT 'full_time'
        CHECK (employment_type IN ('full_time', 'part_time', 'contract', 'temporary', 'intern')),
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'approved', 'published', 'closed')),
    company_name TEXT NOT NULL DEFAULT '',
    company_description TEXT NOT NULL DEFAULT '',
    how_to_apply TEXT NOT NULL DEFAULT '',
    benefits_summary TEXT NOT NULL DEFAULT '',
    salary_min REAL CHECK (salary_min IS NULL OR salary_min >= 0),
    salary_max REAL CHECK (salary_max IS NULL OR salary_max >= 0),
    salary_currency TEXT NOT NULL DEFAULT 'USD',
    salary_period TEXT NOT NULL DEFAULT 'year' CHECK (salary_period IN ('year', 'month', 'hour')),
    valid_through TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max)
) STRICT;

CREATE INDEX postings_by_update ON postings (is_template, updated_at);

CREATE TABLE posting_locations (
    id INTEGER PRIMARY KEY,
    posting_id INTEGER NOT NULL REFERENCES postings (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    city TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    workplace TEXT NOT NULL DEFAULT 'onsite' CHECK (workplace IN ('onsite', 'hybrid', 'remote'))
) STRICT;

CREATE INDEX posting_locations_by_posting ON posting_locations (posting_id, position);

CREATE TABLE posting_sections (
    id INTEGER PRIMARY KEY,
    posting_id INTEGER NOT NULL REFERENCES postings (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    heading TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX posting_sections_by_posting ON posting_sections (posting_id, position);

CREATE TABLE context_variations (
    key TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    guidance TEXT NOT NULL
) STRICT;

CREATE TABLE industry_considerations (
    key TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    unique_aspects TEXT NOT NULL
) STRICT;

CREATE TABLE industry_requirements (
    id INTEGER PRIMARY KEY,
    industry_key TEXT NOT NULL REFERENCES industry_considerations (key) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    requirement TEXT NOT NULL
) STRICT;

CREATE TABLE salary_datasets (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL DEFAULT '',
    year INTEGER,
    is_builtin INTEGER NOT NULL DEFAULT 0 CHECK (is_builtin IN (0, 1)),
    imported_at TEXT NOT NULL
) STRICT;

CREATE TABLE salary_rows (
    id INTEGER PRIMARY KEY,
    dataset_id INTEGER NOT NULL REFERENCES salary_datasets (id) ON DELETE CASCADE,
    area TEXT NOT NULL,
    area_code TEXT NOT NULL DEFAULT '',
    is_national INTEGER NOT NULL DEFAULT 0 CHECK (is_national IN (0, 1)),
    role TEXT NOT NULL,
    soc_code TEXT NOT NULL DEFAULT '',
    level TEXT REFERENCES career_levels (key),
    currency TEXT NOT NULL DEFAULT 'USD',
    period TEXT NOT NULL DEFAULT 'year' CHECK (period IN ('year', 'hour')),
    min REAL,
    max REAL,
    p10 REAL,
    p25 REAL,
    median REAL,
    p75 REAL,
    p90 REAL,
    -- Comma-separated names of the fields at the source's ceiling (BLS '#', or "$300,000+").
    top_coded TEXT NOT NULL DEFAULT '',
    CHECK (min IS NULL OR max IS NULL OR min <= max)
) STRICT;

CREATE INDEX salary_rows_by_dataset_area ON salary_rows (dataset_id, area);
CREATE INDEX salary_rows_by_dataset_role ON salary_rows (dataset_id, role);

CREATE TABLE compensation_factors (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    premium_min_percent REAL,
    premium_max_percent REAL
) STRICT;

CREATE TABLE interview_questions (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('technical', 'behavioral', 'culture', 'custom')),
    topic TEXT NOT NULL,
    text TEXT NOT NULL,
    evaluate TEXT NOT NULL DEFAULT '',
    is_builtin INTEGER NOT NULL DEFAULT 0 CHECK (is_builtin IN (0, 1))
) STRICT;

CREATE TABLE sourcing_strategies (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL
) STRICT;

CREATE TABLE red_flags (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    is_builtin INTEGER NOT NULL DEFAULT 0 CHECK (is_builtin IN (0, 1))
) STRICT;
