-- The supplier's brand: its logo (the object-store key of the resized PNG; NULL: none) and
-- its accent colour (#rrggbb, checked for WCAG AA contrast against white; NULL: Portico's).
ALTER TABLE tenants ADD COLUMN logo_key TEXT;
ALTER TABLE tenants ADD COLUMN accent_colour TEXT;
