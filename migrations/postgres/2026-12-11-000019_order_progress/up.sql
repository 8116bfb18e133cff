-- Where an order stands, kept on its row so that the order list is one query (it read every
-- milestone of the page's orders: /api/v1/orders at 0.05 of /healthz). Written in the same
-- transaction as every milestone write (orders::progress::store); `portico fsck` recomputes
-- it from the milestones and reports any drift.
-- Lateness depends on the day, so the row keeps the planned dates of the open milestones
-- (sorted, comma-separated) and the list counts those before today.
ALTER TABLE orders ADD COLUMN progress_next TEXT;
ALTER TABLE orders ADD COLUMN progress_next_planned DATE;
ALTER TABLE orders ADD COLUMN progress_percent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN progress_open_dates TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN progress_first_open DATE;
ALTER TABLE orders ADD COLUMN progress_finish DATE;

UPDATE orders SET
    progress_next = (SELECT m.name FROM milestones m
        WHERE m.order_id = orders.id AND m.status <> 'done'
        ORDER BY m.position, m.id LIMIT 1),
    progress_next_planned = (SELECT m.planned_date FROM milestones m
        WHERE m.order_id = orders.id AND m.status <> 'done'
        ORDER BY m.position, m.id LIMIT 1),
    progress_percent = COALESCE((SELECT SUM(m.percent) / COUNT(*) FROM milestones m
        WHERE m.order_id = orders.id), 0),
    progress_open_dates = COALESCE((SELECT string_agg(to_char(m.planned_date, 'YYYY-MM-DD'), ',' ORDER BY m.planned_date) FROM milestones m
        WHERE m.order_id = orders.id AND m.status <> 'done' AND m.planned_date IS NOT NULL), ''),
    progress_first_open = (SELECT MIN(m.planned_date) FROM milestones m
        WHERE m.order_id = orders.id AND m.status <> 'done'),
    progress_finish = (SELECT MAX(CASE WHEN m.status = 'done'
            THEN COALESCE(m.actual_date, m.planned_date) ELSE m.planned_date END)
        FROM milestones m WHERE m.order_id = orders.id);

-- The "late" filter: open milestones planned before today.
CREATE INDEX orders_first_open ON orders (tenant_id, progress_first_open);
