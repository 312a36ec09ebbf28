-- The partner registry.
CREATE TABLE organization (
    id                   UUID                     NOT NULL PRIMARY KEY,
    official_name        VARCHAR(300)             NOT NULL,
    name_en              VARCHAR(300),
    name_fr              VARCHAR(300),
    name_es              VARCHAR(300),
    acronym              VARCHAR(30),
    acronym_key          VARCHAR(30),
    kind                 VARCHAR(40)              NOT NULL,
    headquarters         VARCHAR(2),
    website              VARCHAR(500),
    public_email         VARCHAR(320),
    description          TEXT,
    description_language VARCHAR(2),
    status               VARCHAR(10)              NOT NULL CHECK (status IN ('ACTIVE', 'ARCHIVED', 'MERGED')),
    merged_into          UUID REFERENCES organization (id),
    -- names and acronym without accents, case or punctuation: what the directory searches
    search_text          VARCHAR(2000)            NOT NULL,
    sort_key             VARCHAR(300)             NOT NULL,
    sort_key_en          VARCHAR(300)             NOT NULL,
    sort_key_fr          VARCHAR(300)             NOT NULL,
    sort_key_es          VARCHAR(300)             NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT                   NOT NULL
);

CREATE INDEX organization_by_status_sort_en ON organization (status, sort_key_en);
CREATE INDEX organization_by_status_sort_fr ON organization (status, sort_key_fr);
CREATE INDEX organization_by_status_sort_es ON organization (status, sort_key_es);
CREATE INDEX organization_by_acronym ON organization (acronym_key);
CREATE INDEX organization_by_headquarters ON organization (headquarters);

CREATE TABLE organization_country (
    organization_id UUID       NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    country         VARCHAR(2) NOT NULL,
    PRIMARY KEY (organization_id, country)
);

CREATE INDEX organization_country_by_country ON organization_country (country);

CREATE TABLE organization_instrument (
    organization_id UUID        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    instrument_code VARCHAR(40) NOT NULL REFERENCES cms_instrument (code),
    PRIMARY KEY (organization_id, instrument_code)
);

CREATE INDEX organization_instrument_by_code ON organization_instrument (instrument_code);

CREATE TABLE organization_species_group (
    organization_id    UUID        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    species_group_code VARCHAR(40) NOT NULL REFERENCES species_group (code),
    PRIMARY KEY (organization_id, species_group_code)
);

CREATE TABLE organization_contact (
    organization_id UUID         NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    position        INT          NOT NULL,
    contact_id      UUID         NOT NULL,
    name            VARCHAR(200) NOT NULL,
    role            VARCHAR(200),
    email           VARCHAR(320),
    phone           VARCHAR(50),
    language        VARCHAR(2),
    PRIMARY KEY (organization_id, position)
);

-- An import waiting for the officer's confirmation (any node may receive the confirmation).
CREATE TABLE organization_import (
    id         UUID                     NOT NULL PRIMARY KEY,
    created_by UUID,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    file_name  VARCHAR(300)             NOT NULL,
    rows_json  TEXT                     NOT NULL,
    status     VARCHAR(10)              NOT NULL CHECK (status IN ('PREVIEW', 'APPLIED', 'CANCELLED'))
);
