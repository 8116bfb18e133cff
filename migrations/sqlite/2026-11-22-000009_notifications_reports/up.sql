-- Notifications (in-app centre, e-mail now or in a daily digest), per-person preferences,
-- the tenant's schedule for digests and weekly reports, and the report archive.
CREATE TABLE notifications (
    id TEXT PRIMARY KEY NOT NULL,
    -- NULL for account-wide notices (security), shown in every tenant.
    tenant_id TEXT REFERENCES tenants(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL,
    order_id TEXT REFERENCES orders(id),
    -- JSON values for the message (order reference, titles, counts); rendered in the
    -- reader's language when shown or mailed.
    params TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    read_at TIMESTAMP,
    -- none | now (to be mailed at once) | digest (in the next daily digest) | queued (mailed)
    mail TEXT NOT NULL
);
CREATE INDEX notifications_user ON notifications (user_id, id);
CREATE INDEX notifications_unread ON notifications (user_id, read_at);
CREATE INDEX notifications_mail ON notifications (mail, tenant_id);
CREATE INDEX notifications_order ON notifications (order_id);
CREATE INDEX notifications_tenant ON notifications (tenant_id);

-- Per person, for all their suppliers: how each category reaches them.
CREATE TABLE notification_prefs (
    user_id TEXT NOT NULL REFERENCES users(id),
    category TEXT NOT NULL,
    mode TEXT NOT NULL,
    PRIMARY KEY (user_id, category)
);

ALTER TABLE tenants ADD COLUMN timezone TEXT NOT NULL DEFAULT 'UTC';
-- ISO weekday of the weekly reports (1 = Monday ... 7 = Sunday; 0 = no schedule).
ALTER TABLE tenants ADD COLUMN report_weekday INTEGER NOT NULL DEFAULT 1;
ALTER TABLE tenants ADD COLUMN report_hour INTEGER NOT NULL DEFAULT 8;
-- The local date of the last scheduled run, so that each run happens once across nodes.
ALTER TABLE tenants ADD COLUMN reports_ran_on DATE;
ALTER TABLE tenants ADD COLUMN digest_sent_on DATE;
ALTER TABLE milestones ADD COLUMN late_notified_at TIMESTAMP;
CREATE INDEX milestones_late ON milestones (late_notified_at, planned_date);

CREATE TABLE reports (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    order_id TEXT REFERENCES orders(id),
    customer_org_id TEXT REFERENCES customer_orgs(id),
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    -- scheduled | on_demand
    trigger_kind TEXT NOT NULL,
    -- queued | ready | failed
    status TEXT NOT NULL,
    object_key TEXT,
    sha256 TEXT,
    size_bytes BIGINT,
    verification_code TEXT NOT NULL,
    created_by TEXT REFERENCES users(id),
    created_at TIMESTAMP NOT NULL,
    ready_at TIMESTAMP,
    error TEXT
);
CREATE UNIQUE INDEX reports_code ON reports (verification_code);
CREATE INDEX reports_tenant ON reports (tenant_id, id);
CREATE INDEX reports_order ON reports (order_id, id);
CREATE INDEX reports_org ON reports (customer_org_id, id);
CREATE INDEX reports_created_by ON reports (created_by);
CREATE INDEX reports_sha ON reports (sha256);
