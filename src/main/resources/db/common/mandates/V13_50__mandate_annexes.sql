-- The annexes of a text ("Annex 1"): one row per annex, a title and body per language
-- (a language without a body is missing in it). The number is the annex's address.
CREATE TABLE mandate_annex (
    mandate_id   UUID         NOT NULL REFERENCES mandate (id) ON DELETE CASCADE,
    annex_number VARCHAR(10)  NOT NULL,
    title_en     VARCHAR(500),
    title_fr     VARCHAR(500),
    title_es     VARCHAR(500),
    body_en      TEXT,
    body_fr      TEXT,
    body_es      TEXT,
    PRIMARY KEY (mandate_id, annex_number)
);
