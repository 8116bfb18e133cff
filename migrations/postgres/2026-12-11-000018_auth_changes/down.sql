DROP TRIGGER auth_changed ON tenants;
DROP TRIGGER auth_changed ON memberships;
DROP TRIGGER auth_changed ON users;
DROP TRIGGER auth_changed ON sessions;
DROP FUNCTION portico_auth_changed();
