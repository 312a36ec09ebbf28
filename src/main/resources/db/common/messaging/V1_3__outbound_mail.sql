-- The outbox: every e-mail the platform sends, rendered in its recipient's language.
CREATE TABLE outbound_mail (
    id         UUID                     NOT NULL PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recipient  VARCHAR(320)             NOT NULL,
    language   VARCHAR(2)               NOT NULL,
    template   VARCHAR(100)             NOT NULL,
    subject    VARCHAR(500)             NOT NULL,
    body       TEXT                     NOT NULL,
    status     VARCHAR(10)              NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'KEPT')),
    attempts   INT                      NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE,
    last_error TEXT
);

CREATE INDEX outbound_mail_by_status ON outbound_mail (status, created_at);
CREATE INDEX outbound_mail_by_created ON outbound_mail (created_at);
