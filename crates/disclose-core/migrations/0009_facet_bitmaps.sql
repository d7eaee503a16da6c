-- Schema 9: facet bitmaps. For each value of each facet of the request table, the rowids
-- of the requests that have it, as a serialised roaring bitmap (store/facets.rs). Filled
-- from the raw tables by the migration's Rust step, then kept in step by every write.
CREATE TABLE facet_bitmaps (
    dimension TEXT NOT NULL,
    value     TEXT NOT NULL,
    bitmap    BLOB NOT NULL,
    PRIMARY KEY (dimension, value)
) STRICT, WITHOUT ROWID;

-- The facets no longer read the requests per disposition; nothing else did.
DROP TABLE rollup_dispositions;
