-- Comments on drafts of the texts the Standing Committee adopts (the accreditation
-- process, the reporting format), one table for every kind; never updated nor deleted.
CREATE TABLE draft_comment (
    id           UUID                     NOT NULL PRIMARY KEY,
    kind         VARCHAR(40)              NOT NULL,
    draft_id     UUID                     NOT NULL,
    draft_number INT                      NOT NULL,
    reference    VARCHAR(100),
    author_id    UUID                     NOT NULL,
    author_name  VARCHAR(400)             NOT NULL,
    text         TEXT                     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX draft_comment_by_draft ON draft_comment (kind, draft_id, created_at);

-- The comments made on process versions until now move here, with the version's number.
INSERT INTO draft_comment (id, kind, draft_id, draft_number, reference, author_id, author_name, text, created_at)
SELECT c.id, 'accreditation-process', c.process_id, p.number, NULL, c.author_id, c.author_name, c.text, c.created_at
FROM process_comment c JOIN accreditation_process p ON p.id = c.process_id;

DROP TABLE process_comment;
