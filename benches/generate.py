#!/usr/bin/env python3
"""Fills a Portico SQLite database (one that `portico demo` loaded) with many tenants and
orders, for the scale benchmark: every tenant, the demo one included, ends up with
ORDERS_PER_TENANT orders, each tenant with its own customer.

    python3 benches/generate.py DB_PATH TENANTS ORDERS_PER_TENANT

Rows are copies of the demo tenant's rows with new ids (UUID v7, as Portico makes them), so
every NOT NULL column and default is whatever the current schema says. The demo tenant's own
orders keep their milestones and timeline; the generated ones have none (they only need to
be there, in the same tables and indexes, for the list of one tenant to find its way past).
"""

import os
import sqlite3
import sys
import time
import uuid

DEMO_SLUG = "demo-textiles"


def uuid7(ms, rand=os.urandom):
    b = bytearray(ms.to_bytes(6, "big") + rand(10))
    b[6] = (b[6] & 0x0F) | 0x70
    b[8] = (b[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(b)))


def columns(db, table):
    return [r[1] for r in db.execute(f"PRAGMA table_info({table})")]


def copier(db, table, where, args):
    cols = columns(db, table)
    row = db.execute(f"SELECT {', '.join(cols)} FROM {table} WHERE {where} LIMIT 1", args).fetchone()
    if row is None:
        sys.exit(f"generate: no {table} row where {where} {args}: load the demo first")
    base = dict(zip(cols, row))
    sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"

    def make(**changes):
        r = dict(base)
        r.update(changes)
        return tuple(r[c] for c in cols)

    return sql, make


def main():
    path, tenants, per_tenant = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    started = time.time()
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = OFF")
    (demo_id,) = db.execute("SELECT id FROM tenants WHERE slug = ?", (DEMO_SLUG,)).fetchone()
    t_sql, t_make = copier(db, "tenants", "id = ?", (demo_id,))
    c_sql, c_make = copier(db, "customer_orgs", "tenant_id = ?", (demo_id,))
    o_sql, o_make = copier(db, "orders", "tenant_id = ?", (demo_id,))
    (demo_org,) = db.execute(
        "SELECT id FROM customer_orgs WHERE tenant_id = ? LIMIT 1", (demo_id,)
    ).fetchone()
    (have,) = db.execute("SELECT COUNT(*) FROM orders WHERE tenant_id = ?", (demo_id,)).fetchone()
    ms = int(time.time() * 1000) - tenants * per_tenant  # ids increase, like real ones
    orders = []

    def order(tenant, org, n):
        nonlocal ms
        ms += 1
        return o_make(
            id=uuid7(ms),
            tenant_id=tenant,
            customer_org_id=org,
            reference=f"GEN-{n:07d}",
            title=f"Generated order {n}",
        )

    db.execute("BEGIN")
    for n in range(max(0, per_tenant - have)):
        orders.append(order(demo_id, demo_org, n))
    made = 0
    for t in range(tenants - 1):
        ms += 1
        tid = uuid7(ms)
        db.execute(t_sql, t_make(id=tid, slug=f"gen-{t:05d}", name=f"Generated supplier {t}"))
        oid = uuid7(ms)
        db.execute(c_sql, c_make(id=oid, tenant_id=tid, name=f"Buyer of {t}"))
        for n in range(per_tenant):
            orders.append(order(tid, oid, t * per_tenant + n))
        if len(orders) >= 50_000:
            db.executemany(o_sql, orders)
            made += len(orders)
            orders = []
    db.executemany(o_sql, orders)
    made += len(orders)
    db.execute("COMMIT")
    (total,) = db.execute("SELECT COUNT(*) FROM orders").fetchone()
    (ntenants,) = db.execute("SELECT COUNT(*) FROM tenants").fetchone()
    print(
        f"generate: {ntenants} tenants, {total} orders ({made} new) in {time.time() - started:.1f} s"
    )


if __name__ == "__main__":
    main()
