-- Disclose store, schema 1.
-- Dates are kept as the source gave them ("2023-03", "2023-03/2023-04"); the
-- *_start columns hold the first day they can mean, for sorting and binning only.
-- Keys are natural (organisation + id), so re-importing a file is idempotent.
-- content_hash is a SHA-256 of the record as imported: equal hash, unchanged record.

CREATE TABLE import_batches (
    id          INTEGER PRIMARY KEY,
    file        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    format      TEXT NOT NULL,
    imported_at TEXT NOT NULL
) STRICT;

CREATE TABLE organisations (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    service      TEXT,
    url          TEXT,
    content_hash BLOB NOT NULL
) STRICT;

CREATE TABLE categories (
    id           TEXT PRIMARY KEY,
    label        TEXT NOT NULL,
    class        TEXT NOT NULL,
    description  TEXT,
    aliases      TEXT NOT NULL, -- JSON array of wordings
    position     INTEGER NOT NULL,
    content_hash BLOB NOT NULL
) STRICT;

CREATE TABLE matters (
    organisation       TEXT NOT NULL REFERENCES organisations(id),
    id                 TEXT NOT NULL,
    title              TEXT,
    accounts_specified INTEGER,
    notes              TEXT,
    content_hash       BLOB NOT NULL,
    PRIMARY KEY (organisation, id)
) STRICT;

CREATE TABLE inventory (
    organisation   TEXT NOT NULL REFERENCES organisations(id),
    category       TEXT NOT NULL REFERENCES categories(id),
    valid_from     TEXT NOT NULL,
    location       TEXT NOT NULL DEFAULT '', -- '' when not given, so it can be part of the key
    held           INTEGER NOT NULL,
    retention      TEXT,
    valid_to       TEXT,
    from_start     TEXT NOT NULL,
    to_start       TEXT,
    notes          TEXT,
    source         TEXT,
    content_hash   BLOB NOT NULL,
    PRIMARY KEY (organisation, category, valid_from, location)
) STRICT;

CREATE TABLE policy_changes (
    organisation TEXT NOT NULL REFERENCES organisations(id),
    id           TEXT NOT NULL,
    date         TEXT NOT NULL,
    date_start   TEXT NOT NULL,
    kind         TEXT NOT NULL,
    summary      TEXT NOT NULL,
    changes      TEXT NOT NULL, -- JSON array of {category, before, after}
    source       TEXT,
    content_hash BLOB NOT NULL,
    PRIMARY KEY (organisation, id)
) STRICT;

CREATE TABLE requests (
    rowid               INTEGER PRIMARY KEY,
    organisation        TEXT NOT NULL REFERENCES organisations(id),
    id                  TEXT NOT NULL,
    received            TEXT NOT NULL,
    received_start      TEXT NOT NULL,
    answered            TEXT,
    authority           TEXT,
    country             TEXT,
    process             TEXT NOT NULL,
    legal_basis         TEXT,
    accounts_specified  INTEGER,
    nondisclosure_until TEXT,
    users_notified      INTEGER,
    outcome             TEXT,
    notes               TEXT,
    matter              TEXT,
    content_hash        BLOB NOT NULL,
    import_batch        INTEGER NOT NULL REFERENCES import_batches(id),
    UNIQUE (organisation, id)
) STRICT;
CREATE INDEX requests_by_received ON requests (received_start);
CREATE INDEX requests_by_org_received ON requests (organisation, received_start);

CREATE TABLE request_categories (
    request      INTEGER NOT NULL REFERENCES requests(rowid) ON DELETE CASCADE,
    category     TEXT NOT NULL REFERENCES categories(id),
    disposition  TEXT NOT NULL,
    requested_as TEXT, -- JSON array, NULL when the source named the category by id
    PRIMARY KEY (request, category)
) STRICT, WITHOUT ROWID;

CREATE TABLE documents (
    request  INTEGER NOT NULL REFERENCES requests(rowid) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title    TEXT NOT NULL,
    url      TEXT,
    sha256   TEXT,
    PRIMARY KEY (request, position)
) STRICT;

-- Sensitive. Read only by the internal export (export --include-subjects).
CREATE TABLE subjects (
    request    INTEGER NOT NULL REFERENCES requests(rowid) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    identifier TEXT NOT NULL,
    PRIMARY KEY (request, position)
) STRICT;

CREATE TABLE aggregates (
    organisation TEXT NOT NULL REFERENCES organisations(id),
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,
    country      TEXT NOT NULL DEFAULT '', -- '' for a global figure
    process      TEXT NOT NULL DEFAULT '', -- '' for all processes
    metric       TEXT NOT NULL,
    unit         TEXT NOT NULL,
    value        REAL,
    value_min    REAL,
    value_max    REAL,
    source       TEXT,
    content_hash BLOB NOT NULL,
    PRIMARY KEY (organisation, period_start, period_end, country, process, metric, unit)
) STRICT;

-- Full-text search over request text. Contentless: the text lives in requests.
CREATE VIRTUAL TABLE requests_fts USING fts5(
    authority, legal_basis, notes, requested_as,
    content = '', contentless_delete = 1
);
