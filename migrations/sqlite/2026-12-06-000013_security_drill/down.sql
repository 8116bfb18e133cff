ALTER TABLE sessions DROP COLUMN totp_pending;
DROP INDEX documents_of_record_approver;
ALTER TABLE documents_of_record DROP COLUMN approved_by;
DROP INDEX files_issue_proposer;
ALTER TABLE files DROP COLUMN issue_proposed_at;
ALTER TABLE files DROP COLUMN issue_proposed_by;
ALTER TABLE files DROP COLUMN record_state;
DROP INDEX attempt_counters_last;
DROP TABLE attempt_counters;
