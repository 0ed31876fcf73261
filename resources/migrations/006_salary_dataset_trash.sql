-- Schema version 6: deleting a salary dataset first moves it to the trash, so the delete can
-- be undone. Trashed datasets and their rows are removed for good when the window next opens
-- the library (on a worker thread), or when a new dataset takes the name of a trashed one.
ALTER TABLE salary_datasets ADD COLUMN deleted_at TEXT;
