-- A DOCX read for one text in one language, waiting for the officer who uploaded it to
-- confirm it: the paragraphs as read (JSON), the text's version when it was read. Forgotten
-- after a day when not confirmed.
CREATE TABLE mandate_import (
    id              UUID                     NOT NULL PRIMARY KEY,
    mandate_id      UUID                     NOT NULL REFERENCES mandate (id) ON DELETE CASCADE,
    language        VARCHAR(2)               NOT NULL,
    created_by      UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    file_name       VARCHAR(300)             NOT NULL,
    mandate_version BIGINT                   NOT NULL,
    content_json    TEXT                     NOT NULL,
    status          VARCHAR(10)              NOT NULL
);

CREATE INDEX mandate_import_mandate ON mandate_import (mandate_id);

-- A text (every revision of a number) repealed by an operative paragraph of another: at
-- most once.
CREATE TABLE mandate_repeal (
    id                   UUID                     NOT NULL PRIMARY KEY,
    repealing_mandate_id UUID                     NOT NULL REFERENCES mandate (id) ON DELETE CASCADE,
    paragraph_number     VARCHAR(20)              NOT NULL,
    repealed_kind        VARCHAR(20)              NOT NULL,
    repealed_number      VARCHAR(20)              NOT NULL,
    recorded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mandate_repeal_once UNIQUE (repealed_kind, repealed_number)
);

CREATE INDEX mandate_repeal_repealing ON mandate_repeal (repealing_mandate_id);
