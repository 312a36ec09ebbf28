-- Every API token expires. Tokens made without an expiry get the default lifetime from now
-- (90 days), so that scripts keep working while their owners replace them; none may stay
-- valid longer than the maximum (365 days).
UPDATE api_token SET expires_at = CURRENT_TIMESTAMP + interval '90' day WHERE expires_at IS NULL;
UPDATE api_token SET expires_at = CURRENT_TIMESTAMP + interval '365' day
WHERE expires_at > CURRENT_TIMESTAMP + interval '365' day;
ALTER TABLE api_token ALTER COLUMN expires_at SET NOT NULL;

-- Failed sign-ins and password reset requests are counted per subject (an address typed,
-- a client) in one row, incremented by a single UPDATE (see accounts.internal.AttemptCounter).
DROP TABLE sign_in_failure;

CREATE TABLE attempt_counter (
    subject           VARCHAR(400)             NOT NULL PRIMARY KEY,
    attempts          INT                      NOT NULL,
    window_started_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX attempt_counter_by_window ON attempt_counter (window_started_at);
