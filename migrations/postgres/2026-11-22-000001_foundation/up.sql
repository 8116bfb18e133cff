-- Ids are UUIDv7 stored as TEXT so both backends agree; times are UTC.
CREATE TABLE tenants (
    id TEXT PRIMARY KEY NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    status TEXT NOT NULL,
    token_version INTEGER NOT NULL DEFAULT 0,
    locale TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE customer_orgs (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, name)
);

CREATE TABLE memberships (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    role TEXT NOT NULL,
    customer_org_id TEXT REFERENCES customer_orgs(id),
    all_orders BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, user_id)
);
CREATE INDEX memberships_user ON memberships (user_id);
CREATE INDEX memberships_org ON memberships (customer_org_id);

CREATE TABLE orders (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    customer_org_id TEXT NOT NULL REFERENCES customer_orgs(id),
    reference TEXT NOT NULL,
    title TEXT NOT NULL,
    product TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    status TEXT NOT NULL,
    ex_factory_date DATE,
    etd_date DATE,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, reference)
);
-- Keyset pages walk (tenant, id) newest first; filters add status or customer.
CREATE INDEX orders_tenant_id ON orders (tenant_id, id);
CREATE INDEX orders_tenant_status ON orders (tenant_id, status, id);
CREATE INDEX orders_org ON orders (customer_org_id, id);

CREATE TABLE milestones (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    order_id TEXT NOT NULL REFERENCES orders(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    planned_date DATE,
    actual_date DATE,
    status TEXT NOT NULL,
    percent INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX milestones_order ON milestones (order_id, position);
CREATE INDEX milestones_tenant ON milestones (tenant_id);

CREATE TABLE order_staff (
    order_id TEXT NOT NULL REFERENCES orders(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (order_id, user_id)
);
CREATE INDEX order_staff_user ON order_staff (user_id, order_id);
CREATE INDEX order_staff_tenant ON order_staff (tenant_id);

CREATE TABLE order_grants (
    order_id TEXT NOT NULL REFERENCES orders(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    expires_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (order_id, user_id)
);
CREATE INDEX order_grants_user ON order_grants (user_id, order_id);
CREATE INDEX order_grants_tenant ON order_grants (tenant_id);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id),
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    kind TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    prev_token_hash TEXT,
    rotated_at TIMESTAMP,
    user_agent TEXT NOT NULL,
    ip TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_tenant ON sessions (tenant_id);
CREATE INDEX sessions_prev ON sessions (prev_token_hash);

CREATE TABLE audit_events (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT REFERENCES tenants(id),
    actor_user_id TEXT REFERENCES users(id),
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id TEXT,
    detail TEXT NOT NULL,
    ip TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX audit_tenant ON audit_events (tenant_id, id);
CREATE INDEX audit_actor ON audit_events (actor_user_id);

CREATE TABLE setup_tokens (
    token_hash TEXT PRIMARY KEY NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
