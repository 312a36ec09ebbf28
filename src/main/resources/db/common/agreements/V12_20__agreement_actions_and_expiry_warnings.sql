-- An extension, revision or termination of an agreement, proposed by the Secretariat and
-- adopted by a decision of the Standing Committee (the shared adoption flow). No CHECK on
-- the enumerated columns: the aggregate guards them (and H2 2.4 mishandles such checks).
CREATE TABLE agreement_action (
    id                  UUID                     NOT NULL PRIMARY KEY,
    agreement_id        UUID                     NOT NULL REFERENCES agreement (id),
    number              INTEGER                  NOT NULL,
    kind                VARCHAR(20)              NOT NULL,
    status              VARCHAR(20)              NOT NULL,
    valid_from          DATE,
    valid_until         DATE,
    title_en            VARCHAR(500),
    title_fr            VARCHAR(500),
    title_es            VARCHAR(500),
    renewal_terms_en    TEXT,
    renewal_terms_fr    TEXT,
    renewal_terms_es    TEXT,
    explanation         TEXT,
    adopted_by          UUID REFERENCES decision (id),
    adopted_on          DATE,
    submitted_at        TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL,
    UNIQUE (agreement_id, number)
);

CREATE INDEX agreement_action_decision ON agreement_action (adopted_by);

-- The Secretariat is warned once per agreement and meeting that an agreement expires
-- before the meeting (plus the margin): the key keeps two application nodes from both
-- warning.
CREATE TABLE agreement_expiry_warning (
    agreement_id    UUID                     NOT NULL REFERENCES agreement (id),
    meeting_id      UUID                     NOT NULL REFERENCES meeting (id),
    valid_until     DATE                     NOT NULL,
    recipients      INTEGER                  NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (agreement_id, meeting_id)
);
