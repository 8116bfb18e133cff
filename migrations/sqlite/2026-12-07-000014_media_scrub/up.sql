-- The same-length edits that take camera metadata (GPS, serials, owner, maker notes) out of
-- the copy of a photo or video that buyers and share links get (src/files/scrub.rs), as
-- JSON; NULL until worked out (files stored before this version: at their first download).
ALTER TABLE files ADD COLUMN scrub TEXT;
