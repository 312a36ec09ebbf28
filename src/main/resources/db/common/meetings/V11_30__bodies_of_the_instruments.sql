-- Governing bodies belong to an instrument of the CMS Family, and each numbers its documents
-- its own way. symbol_pattern is the symbol of an information document of one of the body's
-- meetings: {meeting} is the meeting's number, {year} the year it opens, {n} the document's
-- number. The patterns follow the symbols the secretariats actually print on their documents:
--   CMS          UNEP/CMS/COP13/Inf.4, UNEP/CMS/StC48/Inf.2, UNEP/CMS/ScC-SC3/Inf.1
--   AEWA         AEWA/MOP7 Inf.1, AEWA/StC14 Inf.3 (no "UNEP/" and a space before "Inf.")
--   EUROBATS     EUROBATS.MoP4.Inf.1 (full stops, "MoP")
--   ACCOBAMS     ACCOBAMS-MOP8/2022/Inf 05 (the year of the meeting; here without the leading 0)
--   ASCOBANS     ASCOBANS/MOP9/Inf.3
--   Raptors MOU  UNEP/CMS/Raptors/MOS3/Inf.2 (as its TAG2 report: UNEP/CMS/Raptors/TAG2/Report)
--   Sharks MOU   CMS/Sharks/MOS4/Inf.2 (no "UNEP/")
-- A body's code is unique in the whole family, so that a meeting's code (body code and
-- number, "AEWA MOP9") is too.
ALTER TABLE governing_body ADD COLUMN instrument VARCHAR(40) DEFAULT 'CMS' NOT NULL;
ALTER TABLE governing_body ADD CONSTRAINT governing_body_instrument FOREIGN KEY (instrument) REFERENCES cms_instrument (code);
ALTER TABLE governing_body ADD COLUMN symbol_pattern VARCHAR(100);

UPDATE governing_body SET symbol_pattern = 'UNEP/CMS/' || code || '{meeting}/Inf.{n}';
ALTER TABLE governing_body ALTER COLUMN symbol_pattern SET NOT NULL;

INSERT INTO governing_body (id, kind, code, name_en, name_fr, name_es, position, instrument, symbol_pattern) VALUES
('00000000-0000-4000-8000-00000000c0b5', 'MEETING_OF_THE_PARTIES', 'AEWA MOP', 'Meeting of the Parties', 'Réunion des Parties', 'Reunión de las Partes', 10, 'AEWA', 'AEWA/MOP{meeting} Inf.{n}'),
('00000000-0000-4000-8000-00000000c0b6', 'STANDING_COMMITTEE', 'AEWA StC', 'Standing Committee', 'Comité permanent', 'Comité Permanente', 11, 'AEWA', 'AEWA/StC{meeting} Inf.{n}'),
('00000000-0000-4000-8000-00000000c0b7', 'MEETING_OF_THE_PARTIES', 'EUROBATS MoP', 'Meeting of the Parties', 'Réunion des Parties', 'Reunión de las Partes', 20, 'EUROBATS', 'EUROBATS.MoP{meeting}.Inf.{n}'),
('00000000-0000-4000-8000-00000000c0b8', 'MEETING_OF_THE_PARTIES', 'ASCOBANS MOP', 'Meeting of the Parties', 'Réunion des Parties', 'Reunión de las Partes', 30, 'ASCOBANS', 'ASCOBANS/MOP{meeting}/Inf.{n}'),
('00000000-0000-4000-8000-00000000c0b9', 'MEETING_OF_THE_PARTIES', 'ACCOBAMS MOP', 'Meeting of the Parties', 'Réunion des Parties', 'Reunión de las Partes', 40, 'ACCOBAMS', 'ACCOBAMS-MOP{meeting}/{year}/Inf {n}'),
('00000000-0000-4000-8000-00000000c0ba', 'MEETING_OF_SIGNATORIES', 'Raptors MOS', 'Meeting of the Signatories', 'Réunion des Signataires', 'Reunión de los Signatarios', 50, 'RAPTORS', 'UNEP/CMS/Raptors/MOS{meeting}/Inf.{n}'),
('00000000-0000-4000-8000-00000000c0bb', 'MEETING_OF_SIGNATORIES', 'Sharks MOS', 'Meeting of the Signatories', 'Réunion des Signataires', 'Reunión de los Signatarios', 60, 'SHARKS', 'CMS/Sharks/MOS{meeting}/Inf.{n}');
