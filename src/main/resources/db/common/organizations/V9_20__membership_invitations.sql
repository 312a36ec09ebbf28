-- Invitations to join an organization (issue 9): asking a colleague never changes an
-- existing account; the person joins only by accepting. No CHECK (… IN …) on status: see
-- the H2 2.4.240 trap in the stack notes.
CREATE TABLE membership_invitation (
    id               UUID                     NOT NULL PRIMARY KEY,
    organization_id  UUID                     NOT NULL REFERENCES organization (id),
    email            VARCHAR(320)             NOT NULL,
    email_key        VARCHAR(320)             NOT NULL,
    -- the account invited: an existing one, or the one created for a new person
    account_id       UUID                     NOT NULL,
    new_account      BOOLEAN                  NOT NULL,
    requested_by     UUID                     NOT NULL,
    requester_name   VARCHAR(300)             NOT NULL,
    message          VARCHAR(2000),
    -- what the invitation is about in another module, e.g. ('report', its id)
    subject_kind     VARCHAR(40)              NOT NULL,
    subject_id       UUID                     NOT NULL,
    status           VARCHAR(10)              NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE,
    version          BIGINT                   NOT NULL
);

CREATE INDEX membership_invitation_by_requester ON membership_invitation (requested_by, created_at);
CREATE INDEX membership_invitation_by_account ON membership_invitation (account_id, status);
CREATE INDEX membership_invitation_by_subject ON membership_invitation (subject_id, email_key, status);

-- One row per person who ever asked: locked while their requests are counted, so that
-- two application nodes cannot both let the eleventh request of an hour through.
CREATE TABLE membership_invitation_requester (
    requester_id UUID NOT NULL PRIMARY KEY
);

-- Each request admitted under the hourly quota (kept an hour).
CREATE TABLE membership_invitation_request (
    id           UUID                     NOT NULL PRIMARY KEY,
    requester_id UUID                     NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX membership_invitation_request_by_requester ON membership_invitation_request (requester_id, requested_at);
