-- The audit trail: one row per create, update, delete or state change, never altered.
CREATE TABLE audit_event (
    id            UUID                     NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id      UUID,
    actor_name    VARCHAR(200)             NOT NULL,
    entity_type   VARCHAR(60)              NOT NULL,
    entity_id     UUID                     NOT NULL,
    action        VARCHAR(60)              NOT NULL,
    before_values TEXT,
    after_values  TEXT
);

CREATE INDEX audit_event_by_entity ON audit_event (entity_type, entity_id, occurred_at);
CREATE INDEX audit_event_by_actor ON audit_event (actor_id, occurred_at);
