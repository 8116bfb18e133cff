-- Every node keeps the people it has authenticated in memory (auth::cache). A write that
-- changes what authentication reads (a session ending, an account disabled, a role changed,
-- a company renamed) announces the key it touched on the channel `portico_auth`, delivered
-- at commit to every node's listener (db::listener), and marks its transaction so that the
-- writing node drops its entries right after the commit, before it answers.
-- A refresh of a browser session (new token hash, last seen) changes none of these columns.
-- Arguments: the key's kind (s = session, u = person, t = tenant) and the column naming it.
CREATE FUNCTION portico_auth_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('portico_auth', TG_ARGV[0] || ':' || (to_jsonb(OLD) ->> TG_ARGV[1]));
    PERFORM set_config('portico.auth_changed', 'true', true);
    RETURN NULL;
END
$$;

CREATE TRIGGER auth_changed
AFTER UPDATE OF user_id, tenant_id, expires_at, revoked_at, reauth_at OR DELETE ON sessions
FOR EACH ROW EXECUTE FUNCTION portico_auth_changed('s', 'id');

CREATE TRIGGER auth_changed
AFTER UPDATE OF email, display_name, locale, status, token_version, time_zone,
    totp_enabled_at, email_verified_at OR DELETE ON users
FOR EACH ROW EXECUTE FUNCTION portico_auth_changed('u', 'id');

CREATE TRIGGER auth_changed
AFTER UPDATE OR DELETE ON memberships
FOR EACH ROW EXECUTE FUNCTION portico_auth_changed('u', 'user_id');

CREATE TRIGGER auth_changed
AFTER UPDATE OF name, slug, require_2fa_roles, timezone, logo_key, accent_colour OR DELETE
ON tenants
FOR EACH ROW EXECUTE FUNCTION portico_auth_changed('t', 'id');
