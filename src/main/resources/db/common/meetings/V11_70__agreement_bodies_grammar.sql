-- The grammar of the Agreements' bodies (V11_30) for sentences (V11_51): la Réunion des
-- Parties, la Réunion des Signataires / la Reunión de las Partes, la Reunión de los
-- Signatarios; le Comité permanent / el Comité Permanente.
UPDATE governing_body SET gender_fr = 'F', gender_es = 'F', plural_fr = FALSE, plural_es = FALSE, elision_fr = FALSE
 WHERE kind IN ('MEETING_OF_THE_PARTIES', 'MEETING_OF_SIGNATORIES');
UPDATE governing_body SET gender_fr = 'M', gender_es = 'M', plural_fr = FALSE, plural_es = FALSE, elision_fr = FALSE
 WHERE code = 'AEWA StC';
