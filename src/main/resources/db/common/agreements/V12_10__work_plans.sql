-- An agreement's work plan: goals, their deliverables (responsible party, timeline, the
-- Strategic Plan targets they serve) and the history of progress reported on each, with
-- the Secretariat's review. No CHECK on enumerated columns (H2 2.4, see STACK.md).
CREATE TABLE work_plan_goal (
    id          UUID                     NOT NULL PRIMARY KEY,
    agreement_id UUID                    NOT NULL REFERENCES agreement (id),
    ordinal     INT                      NOT NULL,
    title_en    VARCHAR(500)             NOT NULL,
    title_fr    VARCHAR(500),
    title_es    VARCHAR(500),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL
);

CREATE INDEX work_plan_goal_agreement ON work_plan_goal (agreement_id);

-- responsible_organization: one of the agreement's partners; none for the secretariat
CREATE TABLE work_plan_deliverable (
    id                       UUID                     NOT NULL PRIMARY KEY,
    agreement_id             UUID                     NOT NULL REFERENCES agreement (id),
    goal_id                  UUID                     NOT NULL REFERENCES work_plan_goal (id),
    title_en                 VARCHAR(500)             NOT NULL,
    title_fr                 VARCHAR(500),
    title_es                 VARCHAR(500),
    responsible_organization UUID REFERENCES organization (id),
    starts_on                DATE,
    due_on                   DATE                     NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  BIGINT                   NOT NULL
);

CREATE INDEX work_plan_deliverable_agreement ON work_plan_deliverable (agreement_id);
CREATE INDEX work_plan_deliverable_goal ON work_plan_deliverable (goal_id);
CREATE INDEX work_plan_deliverable_responsible ON work_plan_deliverable (responsible_organization);

CREATE TABLE work_plan_deliverable_target (
    deliverable_id UUID NOT NULL REFERENCES work_plan_deliverable (id) ON DELETE CASCADE,
    target_number  INT  NOT NULL,
    PRIMARY KEY (deliverable_id, target_number)
);

-- review: SUBMITTED (by a partner, awaiting the Secretariat), ACCEPTED or RETURNED
CREATE TABLE work_plan_progress (
    deliverable_id  UUID                     NOT NULL REFERENCES work_plan_deliverable (id) ON DELETE CASCADE,
    ordinal         INT                      NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    percent         INT,
    noted_on        DATE                     NOT NULL,
    note_en         TEXT,
    note_fr         TEXT,
    note_es         TEXT,
    submitted_by    VARCHAR(300),
    submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    review          VARCHAR(20)              NOT NULL,
    review_comment  TEXT,
    reviewed_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (deliverable_id, ordinal)
);
