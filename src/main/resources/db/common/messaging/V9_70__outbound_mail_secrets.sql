-- Single-use links are never kept readable in the outbox: the body keeps a placeholder,
-- the secret waits in its own column only until delivery (see messaging.Outbox).
ALTER TABLE outbound_mail ADD COLUMN secrets TEXT;

-- Links already kept in bodies are blanked out. A message still waiting for delivery would
-- now go out without its link: it is given up (the person asks for a new link).
UPDATE outbound_mail
SET status = 'FAILED', last_error = 'Its single-use link was removed from the outbox; ask for a new one'
WHERE status = 'PENDING' AND template IN ('invitation', 'password-reset');

UPDATE outbound_mail
SET body = regexp_replace(body, 'https?://[^ \t\r\n]*[?]token=[A-Za-z0-9_-]+', '{{secret:link}}')
WHERE template IN ('invitation', 'password-reset');
