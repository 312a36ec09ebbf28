-- Courtesy translations of contributions: one row per contribution and official language
-- it is not written in, once the Secretariat has said what it needs (no row: not decided
-- yet). The translator is an account with the translator role or an external address.
-- of_revision: the contribution's revision that was translated (a later revision makes
-- the translation outdated).
CREATE TABLE notification_translation (
    id               UUID                     NOT NULL PRIMARY KEY,
    contribution_id  UUID                     NOT NULL REFERENCES notification_contribution (id),
    language         VARCHAR(2)               NOT NULL, -- EN, FR or ES
    status           VARCHAR(12)              NOT NULL,
    translator_id    UUID,
    translator_email VARCHAR(320),
    translator_name  VARCHAR(300),
    due_on           DATE,
    body             TEXT,
    file_id          UUID,
    file_name        VARCHAR(300),
    of_revision      INT                      NOT NULL,
    updated_by       UUID,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL,
    CONSTRAINT notification_translation_once UNIQUE (contribution_id, language)
);

CREATE INDEX notification_translation_by_translator ON notification_translation (translator_id);
