-- Counters that guard secrets and costly actions (security drill): one row per key, taken
-- with a single conditional UPDATE before the secret is checked, so a parallel burst cannot
-- pass a limit between a read and a write. Keys name what they count, e.g.
-- `second-factor:<user>`, `sign-in:<email>|<address>`, `step-up:<session>`.
CREATE TABLE attempt_counters (
    key TEXT PRIMARY KEY NOT NULL,
    window_start TIMESTAMP NOT NULL,
    count INTEGER NOT NULL,
    last_at TIMESTAMP NOT NULL
);
CREATE INDEX attempt_counters_last ON attempt_counters (last_at);

-- Documents of record are issued, not uploaded: a signed kind starts as a draft that buyers
-- never see; an admin issues it (kinds that carry payment terms: proposed by one admin and
-- approved by a second). NULL: a kind without a record (photos, other files, and the
-- inspection reports uploaded before this version).
ALTER TABLE files ADD COLUMN record_state TEXT;
ALTER TABLE files ADD COLUMN issue_proposed_by TEXT REFERENCES users (id);
ALTER TABLE files ADD COLUMN issue_proposed_at TIMESTAMP;
CREATE INDEX files_issue_proposer ON files (issue_proposed_by);
UPDATE files SET record_state = 'issued'
    WHERE id IN (SELECT file_id FROM documents_of_record WHERE file_id IS NOT NULL);
UPDATE files SET record_state = 'draft'
    WHERE record_state IS NULL
      AND kind IN ('proforma_invoice', 'contract', 'invoice', 'packing_list', 'bill_of_lading');
ALTER TABLE documents_of_record ADD COLUMN approved_by TEXT REFERENCES users (id);
CREATE INDEX documents_of_record_approver ON documents_of_record (approved_by);

-- A two-step enrolment's secret belongs to the session that started it (it was one per
-- account, readable by any of its sessions).
ALTER TABLE sessions ADD COLUMN totp_pending TEXT;
-- Secrets of enrolments never finished are forgotten.
UPDATE users SET totp_secret = NULL WHERE totp_enabled_at IS NULL;
