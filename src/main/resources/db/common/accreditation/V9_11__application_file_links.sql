-- Files already uploaded to applications belong to them (see V9_10): the documents and the
-- evidence the server recorded on each application.
INSERT INTO stored_file_link (file_id, owner_type, owner_id, linked_at)
SELECT file_id, 'accreditation-application', application_id, CURRENT_TIMESTAMP
FROM application_document
UNION
SELECT evidence_file, 'accreditation-application', application_id, CURRENT_TIMESTAMP
FROM application_answer
WHERE evidence_file IS NOT NULL;
