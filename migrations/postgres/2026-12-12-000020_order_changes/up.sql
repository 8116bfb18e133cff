-- Every node keeps the order lists it has answered in memory (orders::cache). A write that
-- can change an order list (an order, its progress, a customer's name, who is assigned or
-- granted an order) announces its tenant on the channel `portico_orders`, delivered at
-- commit to every node's listener (db::listener), which forgets that tenant's lists (`*`:
-- every tenant's). A request is answered from memory only once its node's listener has
-- heard everything committed before the request arrived (listener::Fence).
CREATE FUNCTION portico_orders_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    t text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        t := OLD.tenant_id;
    ELSE
        t := NEW.tenant_id;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.tenant_id IS DISTINCT FROM NEW.tenant_id THEN
        t := '*';
    END IF;
    PERFORM pg_notify('portico_orders', t);
    RETURN NULL;
END
$$;

CREATE TRIGGER orders_changed AFTER INSERT OR UPDATE OR DELETE ON orders
FOR EACH ROW EXECUTE FUNCTION portico_orders_changed();
CREATE TRIGGER orders_changed AFTER UPDATE OR DELETE ON customer_orgs
FOR EACH ROW EXECUTE FUNCTION portico_orders_changed();
CREATE TRIGGER orders_changed AFTER INSERT OR UPDATE OR DELETE ON order_staff
FOR EACH ROW EXECUTE FUNCTION portico_orders_changed();
CREATE TRIGGER orders_changed AFTER INSERT OR UPDATE OR DELETE ON order_grants
FOR EACH ROW EXECUTE FUNCTION portico_orders_changed();
