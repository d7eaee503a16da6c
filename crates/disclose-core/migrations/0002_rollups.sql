-- Schema 2: monthly roll-ups, so charts and headline numbers over a million
-- requests read thousands of rows instead of millions. Kept in step by every
-- import (see import::Writer); the raw tables stay the truth, and queries fall
-- back to them whenever a filter needs what a roll-up does not keep.

CREATE TABLE rollup_requests (
    organisation TEXT NOT NULL,
    month        TEXT NOT NULL, -- first month a received date can mean, YYYY-MM
    process      TEXT NOT NULL,
    outcome      TEXT NOT NULL, -- '' when not recorded
    country      TEXT NOT NULL, -- '' when not recorded
    nondisclosure INTEGER NOT NULL, -- 1 when a nondisclosure order was recorded
    notified     INTEGER NOT NULL, -- 1 notified, 0 not, -1 not recorded
    n            INTEGER NOT NULL,
    PRIMARY KEY (organisation, month, process, outcome, country, nondisclosure, notified)
) STRICT, WITHOUT ROWID;

-- The same counts, coarse enough for charts over any span: a few thousand rows.
CREATE TABLE rollup_periods (
    organisation TEXT NOT NULL,
    month        TEXT NOT NULL,
    process      TEXT NOT NULL,
    outcome      TEXT NOT NULL,
    n            INTEGER NOT NULL,
    PRIMARY KEY (organisation, month, process, outcome)
) STRICT, WITHOUT ROWID;

CREATE TABLE rollup_categories (
    organisation TEXT NOT NULL,
    month        TEXT NOT NULL,
    category     TEXT NOT NULL,
    disposition  TEXT NOT NULL,
    n            INTEGER NOT NULL,
    PRIMARY KEY (organisation, month, category, disposition)
) STRICT, WITHOUT ROWID;

INSERT INTO rollup_requests
SELECT organisation, substr(received_start, 1, 7), process, ifnull(outcome, ''), ifnull(country, ''),
       nondisclosure_until IS NOT NULL, ifnull(users_notified, -1), count(*)
FROM requests GROUP BY 1, 2, 3, 4, 5, 6, 7;

INSERT INTO rollup_periods
SELECT organisation, month, process, outcome, sum(n) FROM rollup_requests GROUP BY 1, 2, 3, 4;

INSERT INTO rollup_categories
SELECT r.organisation, substr(r.received_start, 1, 7), rc.category, rc.disposition, count(*)
FROM request_categories rc JOIN requests r ON r.rowid = rc.request GROUP BY 1, 2, 3, 4;
