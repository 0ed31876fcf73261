-- Schema version 8: a salary dataset's areas, roles and levels are counted once, not each
-- time the dataset is shown.
--
-- The Salaries tab reads a dataset's distinct areas, roles and levels with their row counts
-- whenever it shows the dataset; grouping 400,000 rows for them took a quarter of a second.
-- This table holds those counts. SalaryRepository, the only writer of salary rows, keeps it
-- in the same transaction as every write, as it keeps salary_datasets.row_count (a trigger
-- would cost an upsert per row, a third more time on a million-row import). One row per
-- dataset, kind of value, value and whether the rows are national reference rows; rows
-- without a level count under the level ''. A count that falls to zero is deleted, so every
-- value listed has rows.
CREATE TABLE salary_value_counts (
    dataset_id INTEGER NOT NULL REFERENCES salary_datasets (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('area', 'role', 'level')),
    value TEXT NOT NULL,
    is_national INTEGER NOT NULL CHECK (is_national IN (0, 1)),
    row_count INTEGER NOT NULL,
    PRIMARY KEY (dataset_id, kind, value, is_national)
) STRICT, WITHOUT ROWID;

-- Filled from the rows there are. Grouping by is_national as well would read every row (it
-- is in no index); instead each value's rows are counted from the indexes of migration 5 as
-- if none were national, the few national rows are counted apart (the partial index finds
-- them), and their counts are then taken from the others: about a third of the time on a
-- million rows. Only rows of existing datasets are counted, so a row a foreign-key-less tool
-- left behind cannot make the upgrade fail.
INSERT INTO salary_value_counts (dataset_id, kind, value, is_national, row_count)
SELECT dataset_id, 'area', area, 0, count(*) FROM salary_rows
WHERE dataset_id IN (SELECT id FROM salary_datasets)
GROUP BY dataset_id, area;

INSERT INTO salary_value_counts (dataset_id, kind, value, is_national, row_count)
SELECT dataset_id, 'role', role, 0, count(*) FROM salary_rows
WHERE dataset_id IN (SELECT id FROM salary_datasets)
GROUP BY dataset_id, role;

INSERT INTO salary_value_counts (dataset_id, kind, value, is_national, row_count)
SELECT dataset_id, 'level', level, 0, count(*) FROM salary_rows
WHERE level IS NOT NULL AND dataset_id IN (SELECT id FROM salary_datasets)
GROUP BY dataset_id, level;

-- The rows without a level: all of the dataset's rows but those counted under a level.
INSERT INTO salary_value_counts (dataset_id, kind, value, is_national, row_count)
SELECT r.dataset_id, 'level', '', 0,
       count(*) - coalesce((SELECT sum(c.row_count) FROM salary_value_counts c
                            WHERE c.dataset_id = r.dataset_id AND c.kind = 'level'), 0)
FROM salary_rows r
WHERE r.dataset_id IN (SELECT id FROM salary_datasets)
GROUP BY r.dataset_id;

INSERT INTO salary_value_counts (dataset_id, kind, value, is_national, row_count)
SELECT r.dataset_id, 'area', r.area, 1, count(*)
FROM salary_datasets d JOIN salary_rows r ON r.dataset_id = d.id AND r.is_national = 1
GROUP BY r.dataset_id, r.area;

INSERT INTO salary_value_counts (dataset_id, kind, value, is_national, row_count)
SELECT r.dataset_id, 'role', r.role, 1, count(*)
FROM salary_datasets d JOIN salary_rows r ON r.dataset_id = d.id AND r.is_national = 1
GROUP BY r.dataset_id, r.role;

INSERT INTO salary_value_counts (dataset_id, kind, value, is_national, row_count)
SELECT r.dataset_id, 'level', coalesce(r.level, ''), 1, count(*)
FROM salary_datasets d JOIN salary_rows r ON r.dataset_id = d.id AND r.is_national = 1
GROUP BY r.dataset_id, r.level;

UPDATE salary_value_counts AS c SET row_count = c.row_count - n.row_count
FROM salary_value_counts AS n
WHERE c.is_national = 0 AND n.is_national = 1 AND n.dataset_id = c.dataset_id
  AND n.kind = c.kind AND n.value = c.value;

DELETE FROM salary_value_counts WHERE row_count = 0;
