-- Notifications a secretariat of the CMS Family issues, who they were addressed and sent
-- to, and the contributions received in answer. No CHECK on the enumerated columns: the
-- façades guard them (and H2 2.4 mishandles such checks).
CREATE TABLE notification (
    id                 UUID                     NOT NULL PRIMARY KEY,
    instrument         VARCHAR(20)              NOT NULL,
    number_year        INT,
    number_seq         INT,
    dated              DATE                     NOT NULL,
    deadline           DATE,
    title_en           VARCHAR(500),
    title_fr           VARCHAR(500),
    title_es           VARCHAR(500),
    text_en            TEXT,
    text_fr            TEXT,
    text_es            TEXT,
    file_en            UUID,
    file_fr            UUID,
    file_es            UUID,
    action_en          TEXT,
    action_fr          TEXT,
    action_es          TEXT,
    categories         VARCHAR(400)             NOT NULL,
    named_countries    VARCHAR(2000)            NOT NULL,
    named_organizations VARCHAR(4000)           NOT NULL,
    mandate_paragraphs VARCHAR(2000)            NOT NULL,
    status             VARCHAR(12)              NOT NULL,
    issued_at          TIMESTAMP WITH TIME ZONE,
    created_by         UUID,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CONSTRAINT notification_number_once UNIQUE (instrument, number_year, number_seq)
);

CREATE INDEX notification_by_status ON notification (status, dated);

-- Who a notification was addressed to, resolved when it was issued: a country (code) or
-- an organization (id), and through which category, or NAMED.
CREATE TABLE notification_addressee (
    notification_id UUID         NOT NULL REFERENCES notification (id),
    kind            VARCHAR(12)  NOT NULL,
    ref             VARCHAR(64)  NOT NULL,
    name            VARCHAR(500) NOT NULL,
    via             VARCHAR(40)  NOT NULL,
    PRIMARY KEY (notification_id, kind, ref)
);

CREATE INDEX notification_addressee_by_ref ON notification_addressee (kind, ref);

-- What was sent to whom: the notification when it was issued, and each reminder.
CREATE TABLE notification_delivery (
    id              UUID                     NOT NULL PRIMARY KEY,
    notification_id UUID                     NOT NULL REFERENCES notification (id),
    purpose         VARCHAR(12)              NOT NULL,
    kind            VARCHAR(12)              NOT NULL,
    ref             VARCHAR(64)              NOT NULL,
    email           VARCHAR(320)             NOT NULL,
    person          VARCHAR(300)             NOT NULL,
    language        VARCHAR(2)               NOT NULL,
    mail_id         UUID                     NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT notification_delivery_once UNIQUE (notification_id, purpose, kind, ref, email)
);

-- A reminder goes once to each addressee that has not answered.
CREATE TABLE notification_reminder (
    notification_id UUID                     NOT NULL REFERENCES notification (id),
    kind            VARCHAR(12)              NOT NULL,
    ref             VARCHAR(64)              NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (notification_id, kind, ref)
);

CREATE TABLE notification_contribution (
    id              UUID                     NOT NULL PRIMARY KEY,
    notification_id UUID                     NOT NULL REFERENCES notification (id),
    sender_kind     VARCHAR(12)              NOT NULL,
    sender_ref      VARCHAR(64)              NOT NULL,
    sender_name     VARCHAR(500)             NOT NULL,
    reply_to        VARCHAR(320),
    account_id      UUID,
    channel         VARCHAR(12)              NOT NULL,
    language        VARCHAR(2)               NOT NULL,
    body            TEXT,
    received_on     DATE                     NOT NULL,
    late            BOOLEAN                  NOT NULL,
    unsolicited     BOOLEAN                  NOT NULL,
    withheld        BOOLEAN                  NOT NULL,
    recorded_by     UUID,
    revision        INT                      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL
);

CREATE INDEX notification_contribution_by_notification ON notification_contribution (notification_id);

-- On whose behalf a contribution is made, besides its sender: it counts for each.
CREATE TABLE notification_contribution_party (
    contribution_id UUID         NOT NULL REFERENCES notification_contribution (id),
    kind            VARCHAR(12)  NOT NULL,
    ref             VARCHAR(64)  NOT NULL,
    name            VARCHAR(500) NOT NULL,
    PRIMARY KEY (contribution_id, kind, ref)
);

-- Every revision of a contribution, the current one included: text, language and files
-- as they were.
CREATE TABLE notification_contribution_revision (
    contribution_id UUID                     NOT NULL REFERENCES notification_contribution (id),
    revision        INT                      NOT NULL,
    language        VARCHAR(2)               NOT NULL,
    body            TEXT,
    late            BOOLEAN                  NOT NULL,
    made_by         UUID,
    made_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (contribution_id, revision)
);

CREATE TABLE notification_contribution_file (
    contribution_id UUID         NOT NULL REFERENCES notification_contribution (id),
    revision        INT          NOT NULL,
    file_id         UUID         NOT NULL,
    name            VARCHAR(300) NOT NULL,
    PRIMARY KEY (contribution_id, revision, file_id)
);

INSERT INTO scheduled_lease (name, held_until, held_by)
VALUES ('notification-reminders', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00', 'nobody');
