-- Account security, second part: step-up checks, known devices, in-app security notices,
-- one-time codes (password reset, e-mail verification), the anti-phishing phrase, and the
-- tenant's session lifetimes.
ALTER TABLE sessions ADD COLUMN device_id TEXT;
ALTER TABLE sessions ADD COLUMN reauth_at TIMESTAMP;
CREATE INDEX sessions_user_device ON sessions (user_id, device_id);
ALTER TABLE users ADD COLUMN email_verified_at TIMESTAMP;
ALTER TABLE users ADD COLUMN phishing_phrase TEXT;
ALTER TABLE users ADD COLUMN password_reset_required BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE tenants ADD COLUMN idle_minutes INTEGER NOT NULL DEFAULT 30;
ALTER TABLE tenants ADD COLUMN session_hours INTEGER NOT NULL DEFAULT 12;

CREATE TABLE user_codes (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id),
    purpose TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    new_email TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX user_codes_user ON user_codes (user_id, purpose);

CREATE TABLE security_notices (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id),
    -- The tenant signed in to (new sign-ins); NULL for account-wide notices. Admins see only
    -- their tenant's.
    tenant_id TEXT REFERENCES tenants(id),
    kind TEXT NOT NULL,
    detail TEXT NOT NULL,
    ip TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    read_at TIMESTAMP,
    acted_at TIMESTAMP
);
CREATE INDEX security_notices_user ON security_notices (user_id, id);
CREATE INDEX security_notices_tenant ON security_notices (tenant_id, id);
