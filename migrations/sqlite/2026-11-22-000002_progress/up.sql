-- Order progress: milestone templates, milestone owners, the timeline and decisions.
CREATE TABLE milestone_templates (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, name)
);

CREATE TABLE milestone_template_steps (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    template_id TEXT NOT NULL REFERENCES milestone_templates(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    offset_days INTEGER NOT NULL
);
CREATE INDEX milestone_template_steps_template ON milestone_template_steps (template_id, position);
CREATE INDEX milestone_template_steps_tenant ON milestone_template_steps (tenant_id);

ALTER TABLE milestones ADD COLUMN owner_user_id TEXT REFERENCES users(id);
CREATE INDEX milestones_owner ON milestones (owner_user_id);
-- Late milestones across a tenant (dashboards, the "late" filter).
CREATE INDEX milestones_tenant_open ON milestones (tenant_id, status, planned_date);

CREATE TABLE timeline_entries (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    order_id TEXT NOT NULL REFERENCES orders(id),
    kind TEXT NOT NULL,
    visibility TEXT NOT NULL,
    author_user_id TEXT REFERENCES users(id),
    milestone_id TEXT REFERENCES milestones(id),
    decision_id TEXT,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX timeline_order ON timeline_entries (order_id, visibility, id);
CREATE INDEX timeline_tenant ON timeline_entries (tenant_id);
CREATE INDEX timeline_author ON timeline_entries (author_user_id);
CREATE INDEX timeline_milestone ON timeline_entries (milestone_id);

CREATE TABLE decisions (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    order_id TEXT NOT NULL REFERENCES orders(id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    due_date DATE,
    status TEXT NOT NULL,
    requested_by TEXT NOT NULL REFERENCES users(id),
    requested_at TIMESTAMP NOT NULL,
    answered_by TEXT REFERENCES users(id),
    answered_at TIMESTAMP,
    answer_comment TEXT,
    answer_ip TEXT
);
CREATE INDEX decisions_order ON decisions (order_id, status);
CREATE INDEX decisions_tenant ON decisions (tenant_id, status);
CREATE INDEX decisions_requested_by ON decisions (requested_by);
CREATE INDEX decisions_answered_by ON decisions (answered_by);
