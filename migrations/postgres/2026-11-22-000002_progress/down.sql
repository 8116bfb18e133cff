DROP TABLE decisions;
DROP TABLE timeline_entries;
DROP INDEX milestones_tenant_open;
DROP INDEX milestones_owner;
ALTER TABLE milestones DROP COLUMN owner_user_id;
DROP TABLE milestone_template_steps;
DROP TABLE milestone_templates;
