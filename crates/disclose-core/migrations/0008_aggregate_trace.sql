-- Schema 8: where each published count comes from.
--
-- `trace` is JSON (`trace::Trace`): the file and its SHA-256, the layout, the rows and
-- wordings the count was summed from, and the period as the file wrote it. It is not part
-- of the content hash: the same figure from a newer copy of a file is unchanged.
-- The journal's mirror keeps it too, so an undo puts back where a figure came from.

ALTER TABLE aggregates ADD COLUMN trace TEXT;
ALTER TABLE j_aggregates ADD COLUMN trace TEXT;
