-- Schema 4: what a published count is about. Companies report requests about devices,
-- payment identifiers, push tokens, enterprise customers or app takedowns apart from
-- requests for account data; `scope` keeps them apart ('' for account data), and it is
-- part of the natural key so that both can hold for the same period, country and process.

CREATE TABLE aggregates_v4 (
    organisation TEXT NOT NULL REFERENCES organisations(id),
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,
    country      TEXT NOT NULL DEFAULT '', -- '' for a global figure
    process      TEXT NOT NULL DEFAULT '', -- '' for all processes
    scope        TEXT NOT NULL DEFAULT '', -- '' for requests about user accounts' data
    metric       TEXT NOT NULL,
    unit         TEXT NOT NULL,
    value        REAL,
    value_min    REAL,
    value_max    REAL,
    source       TEXT,
    content_hash BLOB NOT NULL,
    PRIMARY KEY (organisation, period_start, period_end, country, process, scope, metric, unit)
) STRICT;

INSERT INTO aggregates_v4 (organisation, period_start, period_end, country, process, scope,
    metric, unit, value, value_min, value_max, source, content_hash)
SELECT organisation, period_start, period_end, country, process, '', metric, unit, value,
    value_min, value_max, source, content_hash
FROM aggregates;

DROP TABLE aggregates;
ALTER TABLE aggregates_v4 RENAME TO aggregates;
