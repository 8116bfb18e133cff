-- Access management: invitations, buyer-side access requests, share links, mail outbox.
ALTER TABLE tenants ADD COLUMN share_link_max_days INTEGER NOT NULL DEFAULT 14;
ALTER TABLE tenants ADD COLUMN merchandisers_invite_buyers BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE memberships ADD COLUMN is_lead BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE memberships ADD COLUMN expires_at TIMESTAMP;

CREATE TABLE invitations (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    email TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    customer_org_id TEXT REFERENCES customer_orgs(id),
    all_orders BOOLEAN NOT NULL,
    order_ids TEXT NOT NULL,
    code_hash TEXT NOT NULL UNIQUE,
    invited_by TEXT NOT NULL REFERENCES users(id),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    accepted_at TIMESTAMP,
    accepted_by TEXT REFERENCES users(id),
    revoked_at TIMESTAMP
);
CREATE INDEX invitations_tenant ON invitations (tenant_id, id);
CREATE INDEX invitations_org ON invitations (customer_org_id);
CREATE INDEX invitations_invited_by ON invitations (invited_by);
CREATE INDEX invitations_accepted_by ON invitations (accepted_by);

CREATE TABLE access_requests (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    customer_org_id TEXT NOT NULL REFERENCES customer_orgs(id),
    requested_by TEXT NOT NULL REFERENCES users(id),
    email TEXT NOT NULL,
    display_name TEXT NOT NULL,
    note TEXT NOT NULL,
    status TEXT NOT NULL,
    decided_by TEXT REFERENCES users(id),
    decided_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX access_requests_tenant ON access_requests (tenant_id, status, id);
CREATE INDEX access_requests_org ON access_requests (customer_org_id);
CREATE INDEX access_requests_requested_by ON access_requests (requested_by);
CREATE INDEX access_requests_decided_by ON access_requests (decided_by);

CREATE TABLE share_links (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    order_id TEXT NOT NULL REFERENCES orders(id),
    token_hash TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    password_hash TEXT,
    created_by TEXT NOT NULL REFERENCES users(id),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    access_count INTEGER NOT NULL DEFAULT 0,
    last_access_at TIMESTAMP,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TIMESTAMP
);
CREATE INDEX share_links_tenant ON share_links (tenant_id, id);
CREATE INDEX share_links_order ON share_links (order_id);
CREATE INDEX share_links_created_by ON share_links (created_by);

CREATE TABLE outbox (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT REFERENCES tenants(id),
    to_email TEXT NOT NULL,
    locale TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE INDEX outbox_pending ON outbox (sent_at, id);
CREATE INDEX outbox_tenant ON outbox (tenant_id);
