-- Uploaded files: described here; their content here too, unless a shared directory is configured.
CREATE TABLE stored_file (
    id        UUID                     NOT NULL PRIMARY KEY,
    name      VARCHAR(200)             NOT NULL,
    kind      VARCHAR(10)              NOT NULL,
    size      BIGINT                   NOT NULL,
    sha256    VARCHAR(64)              NOT NULL,
    stored_at TIMESTAMP WITH TIME ZONE NOT NULL,
    content   BYTEA
);
