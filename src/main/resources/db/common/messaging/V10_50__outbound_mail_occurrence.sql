-- A message written by an event listener carries a key built from the fact it tells of,
-- its template and its recipient: a listener run again (after a failure, or by a second
-- node resubmitting the same event publication) finds the key and writes no second message.
ALTER TABLE outbound_mail ADD COLUMN occurrence_key VARCHAR(64);
CREATE UNIQUE INDEX outbound_mail_occurrence_key_idx ON outbound_mail (occurrence_key);
