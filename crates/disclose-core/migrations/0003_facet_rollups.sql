-- Schema 3: roll-ups that let the app's facet counts skip the raw tables.
--
-- rollup_categories gains process and outcome, so category counts under a process or
-- outcome filter no longer join four million request_categories rows. rollup_dispositions
-- counts, per month, process and outcome, the requests with at least one category in each
-- disposition (a request counts once per disposition it has, so sums stay exact).

CREATE TABLE rollup_categories_v3 (
    organisation TEXT NOT NULL,
    month        TEXT NOT NULL,
    process      TEXT NOT NULL,
    outcome      TEXT NOT NULL, -- '' when not recorded
    category     TEXT NOT NULL,
    disposition  TEXT NOT NULL,
    n            INTEGER NOT NULL,
    PRIMARY KEY (organisation, month, process, outcome, category, disposition)
) STRICT, WITHOUT ROWID;

INSERT INTO rollup_categories_v3
SELECT r.organisation, substr(r.received_start, 1, 7), r.process, ifnull(r.outcome, ''),
       rc.category, rc.disposition, count(*)
FROM request_categories rc JOIN requests r ON r.rowid = rc.request GROUP BY 1, 2, 3, 4, 5, 6;

DROP TABLE rollup_categories;
ALTER TABLE rollup_categories_v3 RENAME TO rollup_categories;

CREATE TABLE rollup_dispositions (
    organisation TEXT NOT NULL,
    month        TEXT NOT NULL,
    process      TEXT NOT NULL,
    outcome      TEXT NOT NULL,
    disposition  TEXT NOT NULL,
    n            INTEGER NOT NULL,
    PRIMARY KEY (organisation, month, process, outcome, disposition)
) STRICT, WITHOUT ROWID;

INSERT INTO rollup_dispositions
SELECT r.organisation, substr(r.received_start, 1, 7), r.process, ifnull(r.outcome, ''),
       d.disposition, count(*)
FROM (SELECT DISTINCT request, disposition FROM request_categories) d
JOIN requests r ON r.rowid = d.request GROUP BY 1, 2, 3, 4, 5;
