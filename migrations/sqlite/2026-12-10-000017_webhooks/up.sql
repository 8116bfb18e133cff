-- Signed webhooks: an admin's endpoints, each told of the event types it subscribed to. The
-- signing secret is sealed (AES-256-GCM under a key derived from the server secret,
-- `auth::sealed`): a copy of the database alone cannot sign or read a delivery.
CREATE TABLE webhook_endpoints (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    url TEXT NOT NULL,
    description TEXT NOT NULL,
    secret_sealed TEXT NOT NULL,
    -- Event types, separated by spaces (`webhooks::EventType`).
    events TEXT NOT NULL,
    -- NULL: enabled. Set by an admin, or by the worker after repeated failure (the reason
    -- says which).
    disabled_at TIMESTAMP,
    disabled_reason TEXT,
    -- Failed attempts in a row (any success resets it), and when the run began.
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    failing_since TIMESTAMP,
    created_by TEXT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX webhook_endpoints_tenant ON webhook_endpoints (tenant_id, created_at);
CREATE INDEX webhook_endpoints_maker ON webhook_endpoints (created_by);

-- One event for one endpoint, written in the transaction of the change it tells of, and its
-- delivery: attempts, the last answer, and when to try next.
CREATE TABLE webhook_deliveries (
    id TEXT PRIMARY KEY NOT NULL,
    endpoint_id TEXT NOT NULL REFERENCES webhook_endpoints (id),
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    -- The same event sent to two endpoints has one event id (receivers deduplicate on it).
    event_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    -- The JSON body, byte for byte what every attempt sends.
    payload TEXT NOT NULL,
    -- pending | delivered | failed
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP,
    -- A worker's claim; an expired one (a node that died mid-send) is taken over.
    locked_until TIMESTAMP,
    last_attempt_at TIMESTAMP,
    last_status INTEGER,
    -- Short and ours ("HTTP 500", "timed out"): never the receiver's body.
    last_error TEXT,
    created_at TIMESTAMP NOT NULL,
    delivered_at TIMESTAMP
);
-- The worker's due query.
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (state, next_attempt_at);
-- An endpoint's delivery log, newest first by id (UUIDv7).
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, id);
CREATE INDEX webhook_deliveries_tenant ON webhook_deliveries (tenant_id);
-- Pruning finished deliveries by age.
CREATE INDEX webhook_deliveries_created ON webhook_deliveries (created_at);

-- Idempotency-Key on API POSTs: one row per (tenant, caller, key) holding the fingerprint of
-- the first request and, once it finished, its response (the body sealed like the webhook
-- secrets, since some responses carry a secret shown once), kept for 24 hours.
CREATE TABLE idempotency_keys (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    -- "user:<id>" for a person's session, "token:<id>" for an API token.
    principal TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    -- SHA-256 of method, path and query, and body.
    fingerprint TEXT NOT NULL,
    -- running | done
    state TEXT NOT NULL,
    -- While running: until when the first request holds the key.
    locked_until TIMESTAMP NOT NULL,
    response_status INTEGER,
    response_type TEXT,
    response_location TEXT,
    response_body TEXT,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
-- The insert-or-fail that makes a repeat wait for the first: one row per key.
CREATE UNIQUE INDEX idempotency_keys_key ON idempotency_keys (tenant_id, principal, idempotency_key);
CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at);
