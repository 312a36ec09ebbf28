-- Accounts, their roles and scopes, e-mailed links, personal API tokens, failed sign-ins.
CREATE TABLE account (
    id             UUID                     NOT NULL PRIMARY KEY,
    email          VARCHAR(320)             NOT NULL,
    email_key      VARCHAR(320)             NOT NULL,
    display_name   VARCHAR(200)             NOT NULL,
    language       VARCHAR(2)               NOT NULL CHECK (language IN ('EN', 'FR', 'ES')),
    password_hash  VARCHAR(200),
    status         VARCHAR(10)              NOT NULL CHECK (status IN ('INVITED', 'ACTIVE', 'DISABLED')),
    country        VARCHAR(2),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sign_in_at TIMESTAMP WITH TIME ZONE,
    version        BIGINT                   NOT NULL,
    CONSTRAINT account_email_unique UNIQUE (email_key)
);

CREATE TABLE account_role (
    account_id UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE account_organization (
    account_id      UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    organization_id UUID NOT NULL,
    PRIMARY KEY (account_id, organization_id)
);

CREATE INDEX account_organization_by_organization ON account_organization (organization_id);

CREATE TABLE account_link (
    id         UUID                     NOT NULL PRIMARY KEY,
    account_id UUID                     NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose    VARCHAR(20)              NOT NULL,
    token_hash VARCHAR(64)              NOT NULL UNIQUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);

CREATE TABLE api_token (
    id           UUID                     NOT NULL PRIMARY KEY,
    account_id   UUID                     NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name         VARCHAR(100)             NOT NULL,
    token_hash   VARCHAR(64)              NOT NULL UNIQUE,
    prefix       VARCHAR(16)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    version      BIGINT                   NOT NULL
);

CREATE INDEX api_token_by_account ON api_token (account_id, created_at);

CREATE TABLE sign_in_failure (
    id        UUID                     NOT NULL PRIMARY KEY,
    email_key VARCHAR(320)             NOT NULL,
    client    VARCHAR(100)             NOT NULL,
    failed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX sign_in_failure_by_email ON sign_in_failure (email_key, failed_at);
CREATE INDEX sign_in_failure_by_client ON sign_in_failure (client, failed_at);
