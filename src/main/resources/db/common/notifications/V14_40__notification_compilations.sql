-- Compilations "as received" of the contributions to a notification: an information
-- document (symbol, language) written in the background as DOCX, PDF and HTML, with its
-- progress; the contributions (and their revision) it holds; published by the
-- Secretariat, after which the compiled contributions whose senders did not withhold them
-- are public.
CREATE TABLE notification_compilation (
    id              UUID                     NOT NULL PRIMARY KEY,
    notification_id UUID                     NOT NULL REFERENCES notification (id),
    symbol          VARCHAR(100)             NOT NULL,
    language        VARCHAR(2)               NOT NULL,
    status          VARCHAR(12)              NOT NULL,
    step            VARCHAR(20),
    progress        INT                      NOT NULL,
    error           VARCHAR(200),
    requested_by    VARCHAR(300)             NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    published_at    TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL
);

CREATE INDEX notification_compilation_by_notification ON notification_compilation (notification_id);

CREATE TABLE notification_compilation_item (
    compilation_id  UUID NOT NULL REFERENCES notification_compilation (id),
    contribution_id UUID NOT NULL REFERENCES notification_contribution (id),
    revision        INT  NOT NULL,
    position        INT  NOT NULL,
    PRIMARY KEY (compilation_id, contribution_id)
);

CREATE INDEX notification_compilation_item_by_contribution ON notification_compilation_item (contribution_id);

CREATE TABLE notification_compilation_output (
    compilation_id UUID        NOT NULL REFERENCES notification_compilation (id),
    format         VARCHAR(10) NOT NULL,
    content        BYTEA       NOT NULL,
    PRIMARY KEY (compilation_id, format)
);
