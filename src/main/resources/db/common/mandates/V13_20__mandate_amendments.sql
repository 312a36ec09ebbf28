-- Draft amendments to a revision of a resolution (prepared by the Secretariat for a
-- meeting, adopted through the shared adoption flow) and, once adopted, the revision they
-- produced and the concordance of its paragraph numbers with the revision amended.
CREATE TABLE mandate_amendment (
    id            UUID                     NOT NULL PRIMARY KEY,
    mandate_id    UUID                     NOT NULL REFERENCES mandate (id),
    meeting_id    UUID                     NOT NULL REFERENCES meeting (id),
    symbol        VARCHAR(100),
    status        VARCHAR(20)              NOT NULL,
    adopted_by    UUID REFERENCES decision (id),
    adopted_on    DATE,
    submitted_at  TIMESTAMP WITH TIME ZONE,
    revision_id   UUID REFERENCES mandate (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL
);

CREATE INDEX mandate_amendment_mandate ON mandate_amendment (mandate_id);

CREATE INDEX mandate_amendment_revision ON mandate_amendment (revision_id);

-- One paragraph the amendment changes, in one language: edited, inserted (no origin),
-- deleted or moved (its number in the amended text differs from its origin).
CREATE TABLE mandate_amendment_change (
    mandate_amendment UUID         NOT NULL REFERENCES mandate_amendment (id) ON DELETE CASCADE,
    change_key        UUID         NOT NULL,
    language          VARCHAR(2)   NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    origin_number     VARCHAR(20),
    paragraph_number  VARCHAR(20)  NOT NULL,
    deleted           BOOLEAN      NOT NULL,
    opening_words     VARCHAR(200),
    body              TEXT         NOT NULL,
    sub_paragraphs    TEXT,
    footnotes         TEXT,
    PRIMARY KEY (mandate_amendment, change_key),
    CONSTRAINT mandate_amendment_change_slot UNIQUE (mandate_amendment, language, kind, paragraph_number)
);

-- Old and new paragraph numbers, in the order of the new revision (deleted ones where
-- they stood); written when the amendment is adopted.
CREATE TABLE mandate_concordance (
    mandate_amendment UUID        NOT NULL REFERENCES mandate_amendment (id) ON DELETE CASCADE,
    position          INTEGER     NOT NULL,
    kind              VARCHAR(20) NOT NULL,
    old_number        VARCHAR(20),
    new_number        VARCHAR(20),
    PRIMARY KEY (mandate_amendment, position)
);
