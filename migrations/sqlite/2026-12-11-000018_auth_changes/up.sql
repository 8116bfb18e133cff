-- Every node keeps the people it has authenticated in memory (auth::cache). A write that
-- changes what authentication reads (a session ending, an account disabled, a role changed,
-- a company renamed) bumps this counter, by trigger, so that whatever wrote it (this node,
-- the `portico` command line, an operator's SQL) is noticed: the writing node at once, after
-- its commit; a node watching the file within a quarter of a second.
-- A refresh of a browser session (new token hash, last seen) changes none of these columns.
-- One row.
CREATE TABLE auth_epoch (n INTEGER NOT NULL);
INSERT INTO auth_epoch (n) VALUES (0);

CREATE TRIGGER auth_changed_sessions_update
AFTER UPDATE OF user_id, tenant_id, expires_at, revoked_at, reauth_at ON sessions
BEGIN UPDATE auth_epoch SET n = n + 1; END;
CREATE TRIGGER auth_changed_sessions_delete AFTER DELETE ON sessions
BEGIN UPDATE auth_epoch SET n = n + 1; END;

CREATE TRIGGER auth_changed_users_update
AFTER UPDATE OF email, display_name, locale, status, token_version, time_zone,
    totp_enabled_at, email_verified_at ON users
BEGIN UPDATE auth_epoch SET n = n + 1; END;
CREATE TRIGGER auth_changed_users_delete AFTER DELETE ON users
BEGIN UPDATE auth_epoch SET n = n + 1; END;

CREATE TRIGGER auth_changed_memberships_update AFTER UPDATE ON memberships
BEGIN UPDATE auth_epoch SET n = n + 1; END;
CREATE TRIGGER auth_changed_memberships_delete AFTER DELETE ON memberships
BEGIN UPDATE auth_epoch SET n = n + 1; END;

CREATE TRIGGER auth_changed_tenants_update
AFTER UPDATE OF name, slug, require_2fa_roles, timezone, logo_key, accent_colour ON tenants
BEGIN UPDATE auth_epoch SET n = n + 1; END;
CREATE TRIGGER auth_changed_tenants_delete AFTER DELETE ON tenants
BEGIN UPDATE auth_epoch SET n = n + 1; END;
