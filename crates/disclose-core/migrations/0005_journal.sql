-- Schema 5: the change journal, for history, undo and redo.
--
-- Every change to the store (an import, a form save, a delete, a policy change applied)
-- is one row of `changes`. The rows a change wrote carry its batch: requests in
-- `import_batch`, every other record table in `batch` (NULL for rows older than the
-- journal); `import_batches.change` says which change a batch belongs to, so the rows an
-- import added or replaced are found by batch, never copied. What a change overwrote or
-- deleted is kept as a row image in the `j_` mirror of its table (`side` = 'before');
-- undo moves the change's own rows to the mirror (`side` = 'after') and puts the
-- before images back; redo does the reverse. Subjects are kept aside in `j_subjects`,
-- a protected table read by nothing but undo and redo; never in `changes`' text.

CREATE TABLE changes (
    id      INTEGER PRIMARY KEY,
    time    TEXT NOT NULL,           -- UTC, RFC 3339
    kind    TEXT NOT NULL,           -- import, add, edit, delete, apply
    summary TEXT NOT NULL,           -- one line, never a subject
    counts  TEXT NOT NULL DEFAULT '{}', -- JSON object: records by kind
    undone  INTEGER NOT NULL DEFAULT 0
) STRICT;

ALTER TABLE import_batches ADD COLUMN change INTEGER REFERENCES changes(id);
ALTER TABLE organisations ADD COLUMN batch INTEGER;
ALTER TABLE categories ADD COLUMN batch INTEGER;
ALTER TABLE matters ADD COLUMN batch INTEGER;
ALTER TABLE inventory ADD COLUMN batch INTEGER;
ALTER TABLE policy_changes ADD COLUMN batch INTEGER;
ALTER TABLE aggregates ADD COLUMN batch INTEGER;

-- Inventory entries get a stable id (bundle version 2), so a form, a delete and the
-- journal can name one. Existing entries are named category/valid_from, numbered when
-- an organisation has several for the same category and day.
ALTER TABLE inventory ADD COLUMN id TEXT;
UPDATE inventory SET id = (
    SELECT n.category || '/' || n.valid_from || CASE WHEN n.k > 1 THEN '#' || n.k ELSE '' END
    FROM (SELECT rowid AS r, category, valid_from,
                 row_number() OVER (PARTITION BY organisation, category, valid_from ORDER BY location) AS k
          FROM inventory) n
    WHERE n.r = inventory.rowid);
CREATE UNIQUE INDEX inventory_by_id ON inventory (organisation, id);

-- Row images: the columns of each table, after the change and the side they belong to.
CREATE TABLE j_organisations AS SELECT 0 AS change_id, '' AS side, * FROM organisations WHERE 0;
CREATE TABLE j_categories AS SELECT 0 AS change_id, '' AS side, * FROM categories WHERE 0;
CREATE TABLE j_matters AS SELECT 0 AS change_id, '' AS side, * FROM matters WHERE 0;
CREATE TABLE j_inventory AS SELECT 0 AS change_id, '' AS side, * FROM inventory WHERE 0;
CREATE TABLE j_policy_changes AS SELECT 0 AS change_id, '' AS side, * FROM policy_changes WHERE 0;
CREATE TABLE j_aggregates AS SELECT 0 AS change_id, '' AS side, * FROM aggregates WHERE 0;
CREATE TABLE j_requests AS SELECT 0 AS change_id, '' AS side, * FROM requests WHERE 0;
CREATE TABLE j_request_categories AS SELECT 0 AS change_id, '' AS side, * FROM request_categories WHERE 0;
CREATE TABLE j_documents AS SELECT 0 AS change_id, '' AS side, * FROM documents WHERE 0;
-- Sensitive, like `subjects`: read only to put a request back.
CREATE TABLE j_subjects AS SELECT 0 AS change_id, '' AS side, * FROM subjects WHERE 0;

CREATE INDEX j_organisations_by_change ON j_organisations (change_id, side);
CREATE INDEX j_categories_by_change ON j_categories (change_id, side);
CREATE INDEX j_matters_by_change ON j_matters (change_id, side);
CREATE INDEX j_inventory_by_change ON j_inventory (change_id, side);
CREATE INDEX j_policy_changes_by_change ON j_policy_changes (change_id, side);
CREATE INDEX j_aggregates_by_change ON j_aggregates (change_id, side);
CREATE INDEX j_requests_by_change ON j_requests (change_id, side);
CREATE INDEX j_request_categories_by_change ON j_request_categories (change_id, side);
CREATE INDEX j_documents_by_change ON j_documents (change_id, side);
CREATE INDEX j_subjects_by_change ON j_subjects (change_id, side);
