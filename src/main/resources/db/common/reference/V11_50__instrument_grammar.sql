-- What a sentence needs to put an article before an instrument's name (issue 11, point 5):
-- the gender and number of the name in French and Spanish, and, in French, whether the
-- article elides before it when the first letter cannot tell (an h aspiré). NULL means
-- "judge from the name" (org.synergies.shared.Name).
ALTER TABLE cms_instrument ADD COLUMN gender_fr VARCHAR(1);
ALTER TABLE cms_instrument ADD COLUMN gender_es VARCHAR(1);
ALTER TABLE cms_instrument ADD COLUMN plural_fr BOOLEAN;
ALTER TABLE cms_instrument ADD COLUMN plural_es BOOLEAN;
ALTER TABLE cms_instrument ADD COLUMN elision_fr BOOLEAN;

-- la Convention / la Convención; l'Accord / el Acuerdo; le Mémorandum d'accord / el Memorando
UPDATE cms_instrument SET gender_fr = 'F', gender_es = 'F', plural_fr = FALSE, plural_es = FALSE, elision_fr = FALSE
 WHERE kind = 'CONVENTION';
UPDATE cms_instrument SET gender_fr = 'M', gender_es = 'M', plural_fr = FALSE, plural_es = FALSE, elision_fr = TRUE
 WHERE kind = 'AGREEMENT';
UPDATE cms_instrument SET gender_fr = 'M', gender_es = 'M', plural_fr = FALSE, plural_es = FALSE, elision_fr = FALSE
 WHERE kind = 'MOU';
