-- API tokens for integrations (ERP): made by an admin, acting as that admin within the
-- scopes chosen, until they expire or are revoked. Only the SHA-256 of the token is kept.
CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    created_by TEXT NOT NULL REFERENCES users (id),
    -- The maker's users.token_version when the token was made: "sign out everywhere" or a
    -- password reset of the maker (after a compromise) ends their tokens too.
    maker_token_version INTEGER NOT NULL,
    name TEXT NOT NULL,
    scopes TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    prefix TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    revoked_by TEXT REFERENCES users (id),
    last_used_at TIMESTAMP,
    last_used_ip TEXT
);
CREATE UNIQUE INDEX api_tokens_hash ON api_tokens (token_hash);
CREATE INDEX api_tokens_tenant ON api_tokens (tenant_id, created_at);
-- Deleting or listing a person's rows (foreign keys) must not scan the table.
CREATE INDEX api_tokens_maker ON api_tokens (created_by);
CREATE INDEX api_tokens_revoker ON api_tokens (revoked_by);
