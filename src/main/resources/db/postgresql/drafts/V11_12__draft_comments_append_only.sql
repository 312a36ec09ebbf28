-- A comment is on the record: PostgreSQL refuses to change or remove one, whoever asks
-- (a correction is a new comment).
CREATE FUNCTION draft_comment_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'draft_comment is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER draft_comment_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON draft_comment
    FOR EACH STATEMENT EXECUTE FUNCTION draft_comment_is_append_only();
