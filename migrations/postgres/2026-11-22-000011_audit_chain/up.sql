-- Tamper evidence: each audit event carries the hash of the event before it in its chain
-- (one chain per tenant, one for events of no tenant). Events from before this migration
-- stay outside the chains.
ALTER TABLE audit_events ADD COLUMN chain TEXT;
ALTER TABLE audit_events ADD COLUMN seq BIGINT;
ALTER TABLE audit_events ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_events ADD COLUMN hash TEXT;
CREATE UNIQUE INDEX audit_events_chain_seq ON audit_events (chain, seq);
