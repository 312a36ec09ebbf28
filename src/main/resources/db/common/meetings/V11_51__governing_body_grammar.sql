-- What a sentence needs to put an article before a body's name (issue 11, point 5): the
-- gender and number of the name in French and Spanish, and whether French elides before
-- it when the first letter cannot tell. NULL means "judge from the name"
-- (org.synergies.shared.Name): bodies added later, working groups included, read well
-- without them ("le Groupe de travail", "el Grupo de trabajo").
ALTER TABLE governing_body ADD COLUMN gender_fr VARCHAR(1);
ALTER TABLE governing_body ADD COLUMN gender_es VARCHAR(1);
ALTER TABLE governing_body ADD COLUMN plural_fr BOOLEAN;
ALTER TABLE governing_body ADD COLUMN plural_es BOOLEAN;
ALTER TABLE governing_body ADD COLUMN elision_fr BOOLEAN;

-- la Conférence des Parties / la Conferencia de las Partes
UPDATE governing_body SET gender_fr = 'F', gender_es = 'F', plural_fr = FALSE, plural_es = FALSE, elision_fr = FALSE
 WHERE code = 'COP';
-- le Comité permanent, le Conseil scientifique, le Comité de session / el Comité, el Consejo
UPDATE governing_body SET gender_fr = 'M', gender_es = 'M', plural_fr = FALSE, plural_es = FALSE, elision_fr = FALSE
 WHERE code IN ('StC', 'ScC', 'ScC-SC');
