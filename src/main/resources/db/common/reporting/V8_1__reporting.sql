-- Civil-society reporting: the template (versioned, a JSON document), the cycles, the reports.
CREATE TABLE reporting_template (
    id           UUID                     NOT NULL PRIMARY KEY,
    number       INT                      NOT NULL UNIQUE,
    status       VARCHAR(20)              NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'ADOPTED', 'SUPERSEDED')),
    content      TEXT                     NOT NULL,
    adopted_by   UUID REFERENCES decision (id),
    adopted_on   DATE,
    submitted_at TIMESTAMP WITH TIME ZONE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT                   NOT NULL
);

-- A reporting cycle, tied to the governing-body meeting its compilation is for.
CREATE TABLE reporting_cycle (
    id                 UUID                     NOT NULL PRIMARY KEY,
    meeting_id         UUID                     NOT NULL REFERENCES meeting (id),
    template_id        UUID                     NOT NULL REFERENCES reporting_template (id),
    opens_on           DATE                     NOT NULL,
    deadline           DATE                     NOT NULL,
    reminder_days      VARCHAR(100)             NOT NULL,
    late_reminder_days VARCHAR(100)             NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CHECK (deadline > opens_on)
);

-- Partners invited to report besides the accredited NGOs, who must.
CREATE TABLE cycle_invitation (
    cycle_id        UUID                     NOT NULL REFERENCES reporting_cycle (id),
    organization_id UUID                     NOT NULL REFERENCES organization (id),
    invited_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (cycle_id, organization_id)
);

-- The exchange rates the compilation uses: US dollars for one unit of the currency.
CREATE TABLE cycle_exchange_rate (
    cycle_id     UUID           NOT NULL REFERENCES reporting_cycle (id),
    currency     VARCHAR(3)     NOT NULL,
    usd_per_unit DECIMAL(24, 12) NOT NULL CHECK (usd_per_unit > 0),
    PRIMARY KEY (cycle_id, currency)
);

-- More time for one organization: its report stays open until then.
CREATE TABLE cycle_extension (
    cycle_id        UUID                     NOT NULL REFERENCES reporting_cycle (id),
    organization_id UUID                     NOT NULL REFERENCES organization (id),
    until           DATE                     NOT NULL,
    granted_by      VARCHAR(200)             NOT NULL,
    granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (cycle_id, organization_id)
);

-- What was e-mailed to whom: the opening notice, reminders, late notices. One row per
-- organization, kind and offset, so that several nodes never send one twice.
CREATE TABLE reporting_notice (
    cycle_id        UUID                     NOT NULL REFERENCES reporting_cycle (id),
    organization_id UUID                     NOT NULL REFERENCES organization (id),
    kind            VARCHAR(10)              NOT NULL CHECK (kind IN ('OPENED', 'REMINDER', 'LATE')),
    days            INT                      NOT NULL,
    recipients      INT                      NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (cycle_id, organization_id, kind, days)
);

CREATE TABLE report (
    id              UUID                     NOT NULL PRIMARY KEY,
    cycle_id        UUID                     NOT NULL REFERENCES reporting_cycle (id),
    organization_id UUID                     NOT NULL REFERENCES organization (id),
    template_id     UUID                     NOT NULL REFERENCES reporting_template (id),
    status          VARCHAR(20)              NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    answers         TEXT                     NOT NULL,
    visibility      VARCHAR(10)              NOT NULL CHECK (visibility IN ('INTERNAL', 'PUBLIC')),
    started_from    UUID REFERENCES report (id),
    submitted_at    TIMESTAMP WITH TIME ZONE,
    accepted_at     TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    UNIQUE (cycle_id, organization_id)
);
CREATE INDEX report_by_organization ON report (organization_id);

-- The Secretariat's comments when it returns a report, kept on the record.
CREATE TABLE report_comment (
    report_id  UUID                     NOT NULL REFERENCES report (id),
    position   INT                      NOT NULL,
    text       TEXT                     NOT NULL,
    author     VARCHAR(200)             NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (report_id, position)
);

-- Colleagues asked to contribute to a report.
CREATE TABLE report_contributor (
    report_id  UUID                     NOT NULL REFERENCES report (id),
    position   INT                      NOT NULL,
    account_id UUID                     NOT NULL,
    email      VARCHAR(320)             NOT NULL,
    asked_by   VARCHAR(200)             NOT NULL,
    asked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (report_id, position)
);

-- Compilations run in the background; their progress and outputs are here, so that any
-- node shows them.
CREATE TABLE compilation_job (
    id           UUID                     NOT NULL PRIMARY KEY,
    cycle_id     UUID                     NOT NULL REFERENCES reporting_cycle (id),
    instrument   VARCHAR(40),
    language     VARCHAR(2)               NOT NULL,
    symbol       VARCHAR(100)             NOT NULL,
    status       VARCHAR(10)              NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    step         VARCHAR(20),
    progress     INT                      NOT NULL,
    error        VARCHAR(2000),
    requested_by VARCHAR(200)             NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX compilation_job_by_cycle ON compilation_job (cycle_id, requested_at);

CREATE TABLE compilation_output (
    job_id  UUID        NOT NULL REFERENCES compilation_job (id),
    format  VARCHAR(10) NOT NULL,
    content BYTEA       NOT NULL,
    PRIMARY KEY (job_id, format)
);
