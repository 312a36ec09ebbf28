-- The heading a decision sits under in the meeting's annex of draft decisions
-- ("Synergies and partnerships"), per language.
ALTER TABLE mandate ADD COLUMN heading_en VARCHAR(300);
ALTER TABLE mandate ADD COLUMN heading_fr VARCHAR(300);
ALTER TABLE mandate ADD COLUMN heading_es VARCHAR(300);
