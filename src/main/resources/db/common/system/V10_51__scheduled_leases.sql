-- A lease one application node holds for a while on a scheduled job that must not run on
-- two nodes at once (resubmitting incomplete event publications: two nodes would both
-- run the listener of the same publication).
CREATE TABLE scheduled_lease
(
    name       VARCHAR(100)             NOT NULL PRIMARY KEY,
    held_until TIMESTAMP WITH TIME ZONE NOT NULL,
    held_by    VARCHAR(100)             NOT NULL
);
INSERT INTO scheduled_lease (name, held_until, held_by)
VALUES ('event-resubmission', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00', 'nobody');
