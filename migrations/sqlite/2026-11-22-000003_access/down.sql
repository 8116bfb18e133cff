DROP TABLE outbox;
DROP TABLE share_links;
DROP TABLE access_requests;
DROP TABLE invitations;
ALTER TABLE memberships DROP COLUMN expires_at;
ALTER TABLE memberships DROP COLUMN is_lead;
ALTER TABLE tenants DROP COLUMN merchandisers_invite_buyers;
ALTER TABLE tenants DROP COLUMN share_link_max_days;
