-- Files: photos, videos and documents of an order, stored in the object store under
-- `<tenant>/<uuid>` keys. A row is committed only after its object is stored. Versions of a
-- document share `document_id` (the first version's id); exactly one is current.
CREATE TABLE files (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    order_id TEXT NOT NULL REFERENCES orders(id),
    milestone_id TEXT REFERENCES milestones(id),
    entry_id TEXT REFERENCES timeline_entries(id),
    document_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    is_current BOOLEAN NOT NULL,
    kind TEXT NOT NULL,
    visibility TEXT NOT NULL,
    display_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    object_key TEXT NOT NULL UNIQUE,
    uploaded_by TEXT NOT NULL REFERENCES users(id),
    created_at TIMESTAMP NOT NULL,
    captured_at TIMESTAMP,
    width INTEGER,
    height INTEGER,
    derivatives TEXT NOT NULL,
    thumb_key TEXT,
    preview_key TEXT
);
-- The gallery and document list of an order (keyset on id), and quota sums per tenant.
CREATE INDEX files_order ON files (order_id, is_current, id);
CREATE INDEX files_tenant ON files (tenant_id, size_bytes);
CREATE INDEX files_milestone ON files (milestone_id);
CREATE INDEX files_entry ON files (entry_id);
-- One row per version, and one current version per document.
CREATE UNIQUE INDEX files_document ON files (document_id, version);
CREATE UNIQUE INDEX files_current ON files (document_id) WHERE is_current;
CREATE INDEX files_uploader ON files (uploaded_by);

-- Background work that any node may claim: thumbnails now, reports and mail later.
CREATE TABLE jobs (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT REFERENCES tenants(id),
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL,
    run_after TIMESTAMP NOT NULL,
    locked_by TEXT,
    locked_until TIMESTAMP,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX jobs_ready ON jobs (status, run_after);
CREATE INDEX jobs_tenant ON jobs (tenant_id, status);
