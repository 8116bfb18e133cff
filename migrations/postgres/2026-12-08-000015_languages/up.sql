-- The company's language: the default template's steps are written in it at setup, an
-- invitation mail defaults to it, and a report goes out in it when no buyer's language is
-- known. A tag of src/i18n (en, zh-CN, es, ...).
ALTER TABLE tenants ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
-- The language an invitation mail was written in; the account made from it starts in it.
ALTER TABLE invitations ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
-- The one language a report's PDF is written in (reports before this version: 'en', they
-- printed English and Chinese side by side).
ALTER TABLE reports ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
-- A payment sheet is made once per language its readers ask for: the same details of record,
-- each with its own code and sha256.
ALTER TABLE documents_of_record ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
DROP INDEX documents_of_record_document;
CREATE UNIQUE INDEX documents_of_record_document
    ON documents_of_record (tenant_id, document_id, version, language);
-- A person's own time zone (an IANA name), over the company's; NULL: the company's.
ALTER TABLE users ADD COLUMN time_zone TEXT;
