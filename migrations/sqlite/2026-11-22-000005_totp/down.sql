DROP TABLE mfa_challenges;
DROP TABLE recovery_codes;
ALTER TABLE tenants DROP COLUMN require_2fa_roles;
ALTER TABLE users DROP COLUMN totp_last_step;
ALTER TABLE users DROP COLUMN totp_enabled_at;
ALTER TABLE users DROP COLUMN totp_secret;
