-- Schema version 5: browsing big salary datasets. A table over a million imported rows asks
-- for one page at a time, filtered by exact lists of areas and roles and ordered by area
-- then role: one index on (dataset, area, role) answers all of that, and the index on role
-- alone goes. A wage file lists every occupation of an area before the next area, so rows
-- arrive in area order and this index grows at its end, while an index led by the role
-- took an insert in a thousand places for every area (it doubled the time of an import).
-- A partial index finds the national reference rows without reading the others; a partial
-- level index answers the level filter (wage files have no levels, so their rows cost it
-- nothing). The figures a dataset has at all are remembered on the dataset, because
-- finding a column that no row fills would read every row.

DROP INDEX salary_rows_by_dataset_area;
DROP INDEX salary_rows_by_dataset_role;
CREATE INDEX salary_rows_by_dataset_area_role ON salary_rows (dataset_id, area, role);
CREATE INDEX salary_rows_national ON salary_rows (dataset_id, area) WHERE is_national = 1;
CREATE INDEX salary_rows_by_dataset_level ON salary_rows (dataset_id, level)
    WHERE level IS NOT NULL;

-- Comma-separated salary-row keys (min, max, p10, p25, median, p75, p90) that at least one
-- row of the dataset has; kept by SalaryRepository as rows are written.
ALTER TABLE salary_datasets ADD COLUMN figure_fields TEXT NOT NULL DEFAULT '';

UPDATE salary_datasets SET figure_fields = trim(
    CASE WHEN EXISTS (SELECT 1 FROM salary_rows r WHERE r.dataset_id = salary_datasets.id
                      AND r.min IS NOT NULL) THEN 'min,' ELSE '' END
    || CASE WHEN EXISTS (SELECT 1 FROM salary_rows r WHERE r.dataset_id = salary_datasets.id
                         AND r.max IS NOT NULL) THEN 'max,' ELSE '' END
    || CASE WHEN EXISTS (SELECT 1 FROM salary_rows r WHERE r.dataset_id = salary_datasets.id
                         AND r.p10 IS NOT NULL) THEN 'p10,' ELSE '' END
    || CASE WHEN EXISTS (SELECT 1 FROM salary_rows r WHERE r.dataset_id = salary_datasets.id
                         AND r.p25 IS NOT NULL) THEN 'p25,' ELSE '' END
    || CASE WHEN EXISTS (SELECT 1 FROM salary_rows r WHERE r.dataset_id = salary_datasets.id
                         AND r.median IS NOT NULL) THEN 'median,' ELSE '' END
    || CASE WHEN EXISTS (SELECT 1 FROM salary_rows r WHERE r.dataset_id = salary_datasets.id
                         AND r.p75 IS NOT NULL) THEN 'p75,' ELSE '' END
    || CASE WHEN EXISTS (SELECT 1 FROM salary_rows r WHERE r.dataset_id = salary_datasets.id
                         AND r.p90 IS NOT NULL) THEN 'p90,' ELSE '' END,
    ',');
