-- A failed compilation keeps the message key of its reason in "error" and the message's
-- arguments here (one per line), so that each reader sees it in their language.
ALTER TABLE compilation_job ADD COLUMN error_arguments VARCHAR(2000);
