-- Schema 13: facet bitmaps for the authority and the accounts specified, which no screen
-- filters by but which order the request table. A page sorted by either is then walked
-- from the bitmaps, value by value, instead of sorting every matching row. The migration
-- has no SQL of its own: opening the store rebuilds every bitmap from the requests
-- (store::facets::rebuild), as schema 9 did.
SELECT 1;
