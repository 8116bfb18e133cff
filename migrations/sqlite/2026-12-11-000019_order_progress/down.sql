DROP INDEX orders_first_open;
ALTER TABLE orders DROP COLUMN progress_finish;
ALTER TABLE orders DROP COLUMN progress_first_open;
ALTER TABLE orders DROP COLUMN progress_open_dates;
ALTER TABLE orders DROP COLUMN progress_percent;
ALTER TABLE orders DROP COLUMN progress_next_planned;
ALTER TABLE orders DROP COLUMN progress_next;
