-- Files already named in reports' answers belong to those reports (see V9_10), except where
-- the answers may have been written to reach another organization's file: a file of an
-- application of another organization, or a file named in reports of several organizations,
-- is linked to no report (it stays linked to its application; a report that named it no
-- longer serves it, and its organization uploads it again).
INSERT INTO stored_file_link (file_id, owner_type, owner_id, linked_at)
SELECT f.id, 'report', r.id, CURRENT_TIMESTAMP
FROM stored_file f
JOIN report r ON r.answers LIKE '%"' || CAST(f.id AS VARCHAR(36)) || '"%'
WHERE NOT EXISTS (
        SELECT 1
        FROM stored_file_link l
        JOIN accreditation_application a ON a.id = l.owner_id
        WHERE l.file_id = f.id
          AND l.owner_type = 'accreditation-application'
          AND a.organization_id <> r.organization_id)
  AND NOT EXISTS (
        SELECT 1
        FROM report other
        WHERE other.organization_id <> r.organization_id
          AND other.answers LIKE '%"' || CAST(f.id AS VARCHAR(36)) || '"%');
