DROP TABLE verification_attempts;
DROP TABLE documents_of_record;
DROP TABLE tenant_keys;
DROP TABLE payment_records;
DROP TABLE payment_acknowledgements;
DROP TABLE payment_instructions;
ALTER TABLE memberships DROP COLUMN role_since;
ALTER TABLE tenants DROP COLUMN payment_cooling_hours;
