ALTER TABLE tenants DROP COLUMN accent_colour;
ALTER TABLE tenants DROP COLUMN logo_key;
