-- Every node keeps the order lists it has answered in memory (orders::cache). A write that
-- can change an order list (an order, its progress, a customer's name, who is assigned or
-- granted an order) bumps this counter, by trigger, so that whatever wrote it (this node,
-- the `portico` command line, an operator's SQL) is noticed: this process at once, after the
-- commit (db::sqlite); a process watching the file within a quarter of a second.
-- One row.
CREATE TABLE order_epoch (n INTEGER NOT NULL);
INSERT INTO order_epoch (n) VALUES (0);

CREATE TRIGGER order_changed_orders_insert AFTER INSERT ON orders
BEGIN UPDATE order_epoch SET n = n + 1; END;
CREATE TRIGGER order_changed_orders_update AFTER UPDATE ON orders
BEGIN UPDATE order_epoch SET n = n + 1; END;
CREATE TRIGGER order_changed_orders_delete AFTER DELETE ON orders
BEGIN UPDATE order_epoch SET n = n + 1; END;

CREATE TRIGGER order_changed_customer_orgs_update AFTER UPDATE ON customer_orgs
BEGIN UPDATE order_epoch SET n = n + 1; END;
CREATE TRIGGER order_changed_customer_orgs_delete AFTER DELETE ON customer_orgs
BEGIN UPDATE order_epoch SET n = n + 1; END;

CREATE TRIGGER order_changed_order_staff_insert AFTER INSERT ON order_staff
BEGIN UPDATE order_epoch SET n = n + 1; END;
CREATE TRIGGER order_changed_order_staff_update AFTER UPDATE ON order_staff
BEGIN UPDATE order_epoch SET n = n + 1; END;
CREATE TRIGGER order_changed_order_staff_delete AFTER DELETE ON order_staff
BEGIN UPDATE order_epoch SET n = n + 1; END;

CREATE TRIGGER order_changed_order_grants_insert AFTER INSERT ON order_grants
BEGIN UPDATE order_epoch SET n = n + 1; END;
CREATE TRIGGER order_changed_order_grants_update AFTER UPDATE ON order_grants
BEGIN UPDATE order_epoch SET n = n + 1; END;
CREATE TRIGGER order_changed_order_grants_delete AFTER DELETE ON order_grants
BEGIN UPDATE order_epoch SET n = n + 1; END;
