-- Resolutions and decisions, one row per revision ("11.10" revised at COP12), and their
-- paragraphs in each language. No CHECK on the enumerated columns: the aggregate guards
-- them (and H2 2.4 mishandles such checks).
CREATE TABLE mandate (
    id            UUID                     NOT NULL PRIMARY KEY,
    kind          VARCHAR(20)              NOT NULL,
    symbol_number VARCHAR(20)              NOT NULL,
    revision      VARCHAR(20),
    title_en      VARCHAR(500),
    title_fr      VARCHAR(500),
    title_es      VARCHAR(500),
    meeting_id    UUID REFERENCES meeting (id),
    status        VARCHAR(20)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL
);

CREATE UNIQUE INDEX mandate_symbol ON mandate (kind, symbol_number, revision);

-- One paragraph in one language; the number as adopted ("6.bis"), one per language.
CREATE TABLE mandate_paragraph (
    mandate_id       UUID          NOT NULL REFERENCES mandate (id) ON DELETE CASCADE,
    paragraph_key    UUID          NOT NULL,
    language         VARCHAR(2)    NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    paragraph_number VARCHAR(20)   NOT NULL,
    opening_words    VARCHAR(200),
    body             TEXT          NOT NULL,
    sub_paragraphs   TEXT,
    footnotes        TEXT,
    PRIMARY KEY (mandate_id, paragraph_key),
    CONSTRAINT mandate_paragraph_slot UNIQUE (mandate_id, kind, paragraph_number, language)
);
