-- The special accreditation of NGO partners.

-- The process, as versioned data.
CREATE TABLE accreditation_process (
    id                        UUID                     NOT NULL PRIMARY KEY,
    number                    INT                      NOT NULL UNIQUE,
    status                    VARCHAR(12)              NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'ADOPTED', 'SUPERSEDED')),
    working_group             UUID REFERENCES governing_body (id),
    text_en                   TEXT,
    text_fr                   TEXT,
    text_es                   TEXT,
    validity_years            INT,
    reporting_template        VARCHAR(300),
    reporting_interval_months INT,
    adopted_by                UUID REFERENCES decision (id),
    adopted_on                DATE,
    submitted_at              TIMESTAMP WITH TIME ZONE,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    version                   BIGINT                   NOT NULL
);

CREATE TABLE accreditation_criterion (
    process_id        UUID        NOT NULL REFERENCES accreditation_process (id) ON DELETE CASCADE,
    position          INT         NOT NULL,
    criterion_key     VARCHAR(10) NOT NULL,
    text_en           TEXT        NOT NULL,
    text_fr           TEXT,
    text_es           TEXT,
    evidence_required BOOLEAN     NOT NULL,
    PRIMARY KEY (process_id, position)
);

CREATE TABLE accreditation_required_document (
    process_id UUID         NOT NULL REFERENCES accreditation_process (id) ON DELETE CASCADE,
    position   INT          NOT NULL,
    code       VARCHAR(10)  NOT NULL,
    name_en    VARCHAR(300) NOT NULL,
    name_fr    VARCHAR(300),
    name_es    VARCHAR(300),
    PRIMARY KEY (process_id, position)
);

CREATE TABLE process_comment (
    id          UUID                     NOT NULL PRIMARY KEY,
    process_id  UUID                     NOT NULL REFERENCES accreditation_process (id),
    author_id   UUID                     NOT NULL,
    author_name VARCHAR(400)             NOT NULL,
    text        TEXT                     NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX process_comment_by_process ON process_comment (process_id, created_at);

-- Who sits on an intersessional working group, and for whom.
CREATE TABLE working_group_member (
    body_id         UUID                     NOT NULL REFERENCES governing_body (id),
    account_id      UUID                     NOT NULL,
    represents      VARCHAR(20)              NOT NULL CHECK (represents IN ('PARTY', 'SECRETARIAT', 'NGO', 'OTHER_ORGANIZATION')),
    country         VARCHAR(2),
    organization_id UUID,
    added_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (body_id, account_id)
);

CREATE TABLE application_call (
    id                  UUID                     NOT NULL PRIMARY KEY,
    process_id          UUID                     NOT NULL REFERENCES accreditation_process (id),
    opens_on            DATE                     NOT NULL,
    closes_on           DATE                     NOT NULL,
    invitations_sent_at TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (closes_on >= opens_on)
);

CREATE TABLE accreditation_application (
    id              UUID                     NOT NULL PRIMARY KEY,
    organization_id UUID                     NOT NULL REFERENCES organization (id),
    process_id      UUID                     NOT NULL REFERENCES accreditation_process (id),
    call_id         UUID                     NOT NULL REFERENCES application_call (id),
    status          VARCHAR(12)              NOT NULL,
    round           INT                      NOT NULL,
    status_reason   TEXT,
    submitted_at    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL
);

CREATE INDEX application_by_organization ON accreditation_application (organization_id);
CREATE INDEX application_by_status ON accreditation_application (status);

CREATE TABLE application_answer (
    application_id UUID        NOT NULL REFERENCES accreditation_application (id) ON DELETE CASCADE,
    criterion_key  VARCHAR(10) NOT NULL,
    text           TEXT,
    language       VARCHAR(2),
    evidence_file  UUID REFERENCES stored_file (id),
    evidence_name  VARCHAR(200),
    PRIMARY KEY (application_id, criterion_key)
);

CREATE TABLE application_document (
    application_id UUID                     NOT NULL REFERENCES accreditation_application (id) ON DELETE CASCADE,
    document_code  VARCHAR(10)              NOT NULL,
    file_id        UUID                     NOT NULL REFERENCES stored_file (id),
    file_name      VARCHAR(200)             NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, document_code)
);

CREATE TABLE application_question (
    application_id UUID                     NOT NULL REFERENCES accreditation_application (id) ON DELETE CASCADE,
    position       INT                      NOT NULL,
    question_id    UUID                     NOT NULL,
    stage          VARCHAR(10)              NOT NULL,
    text           TEXT                     NOT NULL,
    due_on         DATE,
    asked_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    asked_by       VARCHAR(400)             NOT NULL,
    answer         TEXT,
    answered_at    TIMESTAMP WITH TIME ZONE,
    answered_by    VARCHAR(400),
    PRIMARY KEY (application_id, position)
);

CREATE TABLE application_recommendation (
    application_id UUID                     NOT NULL REFERENCES accreditation_application (id) ON DELETE CASCADE,
    position       INT                      NOT NULL,
    member_id      UUID                     NOT NULL,
    member_name    VARCHAR(400)             NOT NULL,
    round          INT                      NOT NULL,
    recommendation VARCHAR(10)              NOT NULL,
    reasons        TEXT,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, position)
);

CREATE TABLE application_decision (
    application_id UUID                     NOT NULL REFERENCES accreditation_application (id) ON DELETE CASCADE,
    position       INT                      NOT NULL,
    decision_id    UUID                     NOT NULL REFERENCES decision (id),
    outcome        VARCHAR(10)              NOT NULL,
    round          INT                      NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, position)
);

-- The register.
CREATE TABLE accreditation (
    id               UUID                     NOT NULL PRIMARY KEY,
    organization_id  UUID                     NOT NULL REFERENCES organization (id),
    application_id   UUID                     NOT NULL REFERENCES accreditation_application (id),
    process_id       UUID                     NOT NULL REFERENCES accreditation_process (id),
    process_number   INT                      NOT NULL,
    decision_id      UUID                     NOT NULL REFERENCES decision (id),
    valid_from       DATE                     NOT NULL,
    valid_until      DATE                     NOT NULL,
    status           VARCHAR(10)              NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'WITHDRAWN')),
    status_reason    TEXT,
    expiry_warned_at TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL
);

CREATE INDEX accreditation_by_organization ON accreditation (organization_id);
CREATE INDEX accreditation_by_validity ON accreditation (status, valid_until);
