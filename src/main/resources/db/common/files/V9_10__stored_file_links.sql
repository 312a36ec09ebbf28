-- Which record each stored file belongs to, kept by the server when the file is uploaded to
-- that record (or carried forward to a new one): a download is served only through a
-- record the file is linked to, never because a client named its id. A file may belong to
-- several records (a report started from the previous one keeps its files).
CREATE TABLE stored_file_link (
    file_id    UUID                     NOT NULL REFERENCES stored_file (id),
    owner_type VARCHAR(40)              NOT NULL,
    owner_id   UUID                     NOT NULL,
    linked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (file_id, owner_type, owner_id)
);

CREATE INDEX stored_file_link_by_owner ON stored_file_link (owner_type, owner_id);
