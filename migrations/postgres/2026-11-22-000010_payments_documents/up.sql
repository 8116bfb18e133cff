-- Anti-fraud: bank details of record (two admins, cooling-off), buyers' acknowledgements,
-- payment records checked against the details of record, documents of record signed with
-- the tenant's Ed25519 key, and every verification attempt.
ALTER TABLE tenants ADD COLUMN payment_cooling_hours INTEGER NOT NULL DEFAULT 72;
-- Since when a person has their role: an administrator made recently cannot approve a change
-- of bank details (one person with two accounts is not two people).
ALTER TABLE memberships ADD COLUMN role_since TIMESTAMP;
UPDATE memberships SET role_since = created_at;

CREATE TABLE payment_instructions (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    -- 'tenant' for the details every customer uses, else the customer organisation's id.
    scope TEXT NOT NULL,
    customer_org_id TEXT REFERENCES customer_orgs(id),
    version INTEGER NOT NULL,
    beneficiary TEXT NOT NULL,
    beneficiary_address TEXT NOT NULL,
    bank_name TEXT NOT NULL,
    bank_address TEXT NOT NULL,
    swift_bic TEXT NOT NULL,
    account TEXT NOT NULL,
    currency TEXT NOT NULL,
    notes TEXT NOT NULL,
    -- proposed | cooling | active | superseded | cancelled
    status TEXT NOT NULL,
    proposed_by TEXT NOT NULL REFERENCES users(id),
    proposed_at TIMESTAMP NOT NULL,
    approved_by TEXT REFERENCES users(id),
    approved_at TIMESTAMP,
    effective_at TIMESTAMP,
    activated_at TIMESTAMP,
    superseded_at TIMESTAMP,
    cancelled_by TEXT REFERENCES users(id),
    cancelled_at TIMESTAMP,
    cancel_reason TEXT
);
CREATE UNIQUE INDEX payment_instructions_version ON payment_instructions (tenant_id, scope, version);
CREATE INDEX payment_instructions_status ON payment_instructions (tenant_id, status);
CREATE INDEX payment_instructions_due ON payment_instructions (status, effective_at);
CREATE INDEX payment_instructions_org ON payment_instructions (customer_org_id);
CREATE INDEX payment_instructions_proposed_by ON payment_instructions (proposed_by);
CREATE INDEX payment_instructions_approved_by ON payment_instructions (approved_by);
CREATE INDEX payment_instructions_cancelled_by ON payment_instructions (cancelled_by);

CREATE TABLE payment_acknowledgements (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    instruction_id TEXT NOT NULL REFERENCES payment_instructions(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    acknowledged_at TIMESTAMP NOT NULL,
    ip TEXT NOT NULL
);
CREATE UNIQUE INDEX payment_acknowledgements_once ON payment_acknowledgements (instruction_id, user_id);
CREATE INDEX payment_acknowledgements_user ON payment_acknowledgements (user_id);
CREATE INDEX payment_acknowledgements_tenant ON payment_acknowledgements (tenant_id);

CREATE TABLE payment_records (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    customer_org_id TEXT NOT NULL REFERENCES customer_orgs(id),
    order_id TEXT REFERENCES orders(id),
    recorded_by TEXT NOT NULL REFERENCES users(id),
    amount TEXT NOT NULL,
    currency TEXT NOT NULL,
    paid_on DATE NOT NULL,
    paid_to_account TEXT NOT NULL,
    paid_to_bic TEXT NOT NULL,
    reference TEXT NOT NULL,
    -- The details of record on that date, and whether the payment went elsewhere.
    instruction_id TEXT REFERENCES payment_instructions(id),
    mismatch BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX payment_records_tenant ON payment_records (tenant_id, id);
CREATE INDEX payment_records_org ON payment_records (customer_org_id, id);
CREATE INDEX payment_records_order ON payment_records (order_id);
CREATE INDEX payment_records_by ON payment_records (recorded_by);
CREATE INDEX payment_records_instruction ON payment_records (instruction_id);

-- The tenant's public key; the private key is derived from the server secret when needed.
CREATE TABLE tenant_keys (
    tenant_id TEXT PRIMARY KEY NOT NULL REFERENCES tenants(id),
    public_key TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE documents_of_record (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    -- The document (a file's document id, or a payment instruction's id) and its version.
    document_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    file_id TEXT REFERENCES files(id),
    instruction_id TEXT REFERENCES payment_instructions(id),
    order_id TEXT REFERENCES orders(id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    code TEXT NOT NULL,
    issued_at TIMESTAMP NOT NULL,
    issued_by TEXT REFERENCES users(id),
    signature TEXT NOT NULL,
    public_key TEXT NOT NULL,
    -- Where Portico keeps a document it made itself (payment instruction sheets).
    object_key TEXT
);
CREATE UNIQUE INDEX documents_of_record_code ON documents_of_record (code);
CREATE INDEX documents_of_record_sha ON documents_of_record (sha256);
CREATE UNIQUE INDEX documents_of_record_document ON documents_of_record (tenant_id, document_id, version);
CREATE INDEX documents_of_record_file ON documents_of_record (file_id);
CREATE INDEX documents_of_record_instruction ON documents_of_record (instruction_id);
CREATE INDEX documents_of_record_order ON documents_of_record (order_id);
CREATE INDEX documents_of_record_by ON documents_of_record (issued_by);

CREATE TABLE verification_attempts (
    id TEXT PRIMARY KEY NOT NULL,
    -- The tenant whose document it was (NULL when unknown).
    tenant_id TEXT REFERENCES tenants(id),
    document_id TEXT REFERENCES documents_of_record(id),
    user_id TEXT REFERENCES users(id),
    -- genuine | superseded | unknown
    outcome TEXT NOT NULL,
    method TEXT NOT NULL,
    sha256 TEXT,
    ip TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX verification_attempts_tenant ON verification_attempts (tenant_id, id);
CREATE INDEX verification_attempts_ip ON verification_attempts (ip, created_at);
CREATE INDEX verification_attempts_document ON verification_attempts (document_id);
CREATE INDEX verification_attempts_user ON verification_attempts (user_id);
CREATE INDEX verification_attempts_created ON verification_attempts (created_at);
