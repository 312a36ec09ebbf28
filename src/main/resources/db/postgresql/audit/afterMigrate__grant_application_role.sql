-- After every migration (so also for tables that later migrations create): when the
-- application connects with a role of its own (spring.datasource.username) and the
-- migrations run as the owner (spring.flyway.user), the application role may read and
-- write every table but only INSERT and SELECT audit rows; it owns nothing, so it can
-- neither ALTER nor DROP a table or disable the append-only trigger. Empty placeholder:
-- a single role owns everything and nothing is done (see ApplicationRoleGrants).
DO
$$
DECLARE
    application_role text := '${application_role}';
    audit_owner      text;
BEGIN
    IF application_role = '' OR application_role = current_user THEN
        RETURN;
    END IF;
    SELECT tableowner INTO audit_owner FROM pg_tables
    WHERE schemaname = current_schema() AND tablename = 'audit_event';
    IF audit_owner = application_role THEN
        RAISE EXCEPTION 'audit_event is owned by the application role %: make % own the schema first (REASSIGN OWNED, see docs/operations.md)',
            application_role, current_user;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), application_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I',
                   current_schema(), application_role);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %I',
                   current_schema(), application_role);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_event FROM %I',
                   application_role);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %I FROM %I', '${flyway:table}', application_role);
END
$$;
