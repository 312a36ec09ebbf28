-- The audit trail as a hash chain: each row's chain_hash is the SHA-256 of the previous
-- row's hash and the row's own canonical content (audit.internal.AuditChain), so a removed
-- or altered row breaks the chain. chain_position orders the chain; audit_chain_head holds
-- the last link and is locked (SELECT … FOR UPDATE) by every append, which serializes
-- appends across application nodes. Existing rows are chained by migration 9.31
-- (audit.internal.ChainExistingAuditEvents).
ALTER TABLE audit_event ADD COLUMN chain_position BIGINT;
ALTER TABLE audit_event ADD COLUMN chain_hash VARCHAR(64);
CREATE UNIQUE INDEX audit_event_by_chain_position ON audit_event (chain_position);

CREATE TABLE audit_chain_head (
    id            INTEGER     NOT NULL PRIMARY KEY,
    last_position BIGINT      NOT NULL,
    last_hash     VARCHAR(64) NOT NULL
);

INSERT INTO audit_chain_head (id, last_position, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
