-- Non-reporting as the adopted process states it (ECOSOC resolution 2008/4 as the model):
-- how many days after a missed reporting deadline an accredited NGO partner is warned,
-- after how many the Secretariat proposes suspension to the Standing Committee, and how
-- many months of suspension lead to a proposal to withdraw. Versions written before get
-- the defaults: a warning after 30 days, suspension proposed after 90, withdrawal after
-- a year of suspension.
ALTER TABLE accreditation_process ADD COLUMN warn_after_days INT DEFAULT 30 NOT NULL;
ALTER TABLE accreditation_process ADD COLUMN suspension_after_days INT DEFAULT 90 NOT NULL;
ALTER TABLE accreditation_process ADD COLUMN withdrawal_after_months INT DEFAULT 12;

-- Each step the register takes about a missed deadline: a warning, or a proposal to the
-- Committee (suspension, reinstatement, withdrawal) until the Committee decides it. The
-- occurrence makes the daily check idempotent: one step per accreditation, kind and
-- deadline, however often and on however many nodes the check runs.
CREATE TABLE non_reporting_step (
    id               UUID                     NOT NULL PRIMARY KEY,
    accreditation_id UUID                     NOT NULL REFERENCES accreditation (id),
    kind             VARCHAR(30)              NOT NULL,
    meeting          VARCHAR(100)             NOT NULL,
    missed_deadline  DATE                     NOT NULL,
    occurrence       VARCHAR(200)             NOT NULL UNIQUE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome          VARCHAR(20),
    decision_id      UUID REFERENCES decision (id),
    decided_at       TIMESTAMP WITH TIME ZONE
);

CREATE INDEX non_reporting_step_by_accreditation ON non_reporting_step (accreditation_id, created_at);

INSERT INTO scheduled_lease (name, held_until, held_by)
VALUES ('non-reporting-check', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00', 'nobody');
