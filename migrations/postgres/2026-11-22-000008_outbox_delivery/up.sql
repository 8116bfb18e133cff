-- Delivery of queued mail: when to try next, and a lease so that one node sends each mail.
ALTER TABLE outbox ADD COLUMN next_attempt_at TIMESTAMP;
ALTER TABLE outbox ADD COLUMN locked_until TIMESTAMP;
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);
