-- Back to one sheet per details of record: the other languages' sheets go (and the checks
-- made against them lose their link; their outcome stays).
DROP INDEX documents_of_record_document;
UPDATE verification_attempts SET document_id = NULL
    WHERE document_id IN (SELECT id FROM documents_of_record WHERE language <> 'en');
DELETE FROM documents_of_record WHERE language <> 'en';
CREATE UNIQUE INDEX documents_of_record_document
    ON documents_of_record (tenant_id, document_id, version);
ALTER TABLE documents_of_record DROP COLUMN language;
ALTER TABLE reports DROP COLUMN language;
ALTER TABLE invitations DROP COLUMN language;
ALTER TABLE tenants DROP COLUMN language;
ALTER TABLE users DROP COLUMN time_zone;
