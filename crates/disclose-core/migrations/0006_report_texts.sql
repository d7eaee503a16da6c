-- Schema 6: the texts of a transparency report, written by the organisation's staff in the
-- app or set by `disclose report --text`, per organisation and period: title,
-- introduction, contact, methodology, which sections are on, a note under each section.
-- Markdown; journaled like every record (a `batch`, row images in `j_report_texts`).

CREATE TABLE report_texts (
    organisation TEXT NOT NULL REFERENCES organisations(id),
    period       TEXT NOT NULL, -- as the report names it: 2023, 2023-01/2023-06
    period_start TEXT NOT NULL, -- its first day, to find the period before
    key          TEXT NOT NULL, -- title, introduction, contact, methodology, sections, note.SECTION
    text         TEXT NOT NULL,
    content_hash BLOB NOT NULL,
    batch        INTEGER,
    PRIMARY KEY (organisation, period, key)
) STRICT;

CREATE TABLE j_report_texts AS SELECT 0 AS change_id, '' AS side, * FROM report_texts WHERE 0;
CREATE INDEX j_report_texts_by_change ON j_report_texts (change_id, side);
