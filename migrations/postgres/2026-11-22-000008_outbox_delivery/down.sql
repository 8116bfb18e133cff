DROP INDEX outbox_due;
ALTER TABLE outbox DROP COLUMN locked_until;
ALTER TABLE outbox DROP COLUMN next_attempt_at;
