-- Who must do what under a text or one of its operative paragraphs ('' for the text as a
-- whole): its addressees and implementation status, the Secretariat's dated notes, the
-- period of a time-bound decision, and the records of other modules that implement it.
-- No CHECK on the enumerated columns: the services guard them.
CREATE TABLE mandate_duty (
    mandate_id       UUID                     NOT NULL REFERENCES mandate (id) ON DELETE CASCADE,
    paragraph_number VARCHAR(20)              NOT NULL,
    addressees       VARCHAR(300)             NOT NULL,
    status           VARCHAR(20)              NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL,
    PRIMARY KEY (mandate_id, paragraph_number)
);

CREATE TABLE mandate_duty_note (
    id               UUID                     NOT NULL PRIMARY KEY,
    mandate_id       UUID                     NOT NULL REFERENCES mandate (id) ON DELETE CASCADE,
    paragraph_number VARCHAR(20)              NOT NULL,
    noted_on         DATE                     NOT NULL,
    text_en          TEXT,
    text_fr          TEXT,
    text_es          TEXT,
    written_by       VARCHAR(200)             NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX mandate_duty_note_paragraph ON mandate_duty_note (mandate_id, paragraph_number);

-- A decision in force from the meeting that adopted it until the one at which it lapses
-- unless renewed; the Secretariat's proposal for that meeting.
CREATE TABLE mandate_period (
    mandate_id    UUID                     NOT NULL PRIMARY KEY REFERENCES mandate (id) ON DELETE CASCADE,
    from_meeting  UUID                     NOT NULL REFERENCES meeting (id),
    until_meeting UUID                     NOT NULL REFERENCES meeting (id),
    proposal      VARCHAR(20)              NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL
);

CREATE INDEX mandate_period_until ON mandate_period (until_meeting);

CREATE TABLE mandate_link (
    id               UUID                     NOT NULL PRIMARY KEY,
    mandate_id       UUID                     NOT NULL REFERENCES mandate (id) ON DELETE CASCADE,
    paragraph_number VARCHAR(20)              NOT NULL,
    module           VARCHAR(40)              NOT NULL,
    record_id        UUID                     NOT NULL,
    title_en         VARCHAR(500)             NOT NULL,
    title_fr         VARCHAR(500),
    title_es         VARCHAR(500),
    path             VARCHAR(500)             NOT NULL,
    linked_by        VARCHAR(200)             NOT NULL,
    linked_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mandate_link_once UNIQUE (mandate_id, paragraph_number, module, record_id)
);

CREATE INDEX mandate_link_record ON mandate_link (module, record_id);
