-- Agreements between the CMS Secretariat (or an Agreement secretariat) and partner
-- organizations: memoranda, partnership agreements, joint work plans. No CHECK on the
-- enumerated columns: the aggregate guards them (and H2 2.4 mishandles such checks).
CREATE TABLE agreement (
    id                  UUID                     NOT NULL PRIMARY KEY,
    kind                VARCHAR(30)              NOT NULL,
    instrument          VARCHAR(30)              NOT NULL,
    title_en            VARCHAR(500)             NOT NULL,
    title_fr            VARCHAR(500),
    title_es            VARCHAR(500),
    status              VARCHAR(20)              NOT NULL,
    signed_on           DATE,
    signed_place        VARCHAR(200),
    signed_at_meeting   UUID REFERENCES meeting (id),
    valid_from          DATE,
    valid_until         DATE,
    renewal_terms_en    TEXT,
    renewal_terms_fr    TEXT,
    renewal_terms_es    TEXT,
    document_file_id    UUID REFERENCES stored_file (id),
    document_name       VARCHAR(200),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL
);

CREATE TABLE agreement_partner (
    agreement_id    UUID NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    organization_id UUID NOT NULL REFERENCES organization (id),
    PRIMARY KEY (agreement_id, organization_id)
);

CREATE INDEX agreement_partner_organization ON agreement_partner (organization_id);
