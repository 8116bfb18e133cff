DROP TRIGGER orders_changed ON orders;
DROP TRIGGER orders_changed ON customer_orgs;
DROP TRIGGER orders_changed ON order_staff;
DROP TRIGGER orders_changed ON order_grants;
DROP FUNCTION portico_orders_changed();
