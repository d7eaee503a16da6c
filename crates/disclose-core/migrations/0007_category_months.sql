-- Schema 7: requested categories by organisation and month only.
--
-- rollup_categories keeps process and outcome too, which for a million requests is about
-- 160,000 rows: summing them took 80 to 110 ms, over the 50 ms a chart may take. Charts
-- and counts without a process or outcome filter read this table instead (about 10,000
-- rows for the same store). Both are kept by every import, undo and redo.

CREATE TABLE rollup_category_months (
    organisation TEXT NOT NULL,
    month        TEXT NOT NULL,
    category     TEXT NOT NULL,
    disposition  TEXT NOT NULL,
    n            INTEGER NOT NULL,
    PRIMARY KEY (organisation, month, category, disposition)
) STRICT, WITHOUT ROWID;

INSERT INTO rollup_category_months
SELECT organisation, month, category, disposition, sum(n)
FROM rollup_categories GROUP BY 1, 2, 3, 4;
