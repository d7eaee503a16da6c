-- Schema 10: a request's categories are packed into its own row, as a JSON array of
-- [category, disposition] or [category, disposition, [wording, ...]], sorted by category
-- (store/requests.rs writes and reads it). One row per request instead of about five:
-- an import writes a fifth fewer B-tree entries. Queries unpack it with json_each.
ALTER TABLE requests ADD COLUMN categories TEXT NOT NULL DEFAULT '[]';
UPDATE requests SET categories = (
    SELECT json_group_array(
               CASE WHEN rc.requested_as IS NULL THEN json_array(rc.category, rc.disposition)
                    ELSE json_array(rc.category, rc.disposition, json(rc.requested_as)) END
               ORDER BY rc.category)
    FROM request_categories rc WHERE rc.request = requests.rowid)
WHERE rowid IN (SELECT request FROM request_categories);

-- The journal keeps whole request rows, so its images of categories move the same way.
ALTER TABLE j_requests ADD COLUMN categories TEXT;
UPDATE j_requests SET categories = coalesce((
    SELECT json_group_array(
               CASE WHEN jc.requested_as IS NULL THEN json_array(jc.category, jc.disposition)
                    ELSE json_array(jc.category, jc.disposition, json(jc.requested_as)) END
               ORDER BY jc.category)
    FROM j_request_categories jc
    WHERE jc.change_id = j_requests.change_id AND jc.side = j_requests.side
      AND jc.request = j_requests.rowid), '[]');

DROP TABLE request_categories;
DROP TABLE j_request_categories;
