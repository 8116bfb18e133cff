"""The generated client's smoke run (.ci/api-contract): what an ERP integrator's first script
does, through the typed client generated from /api/v1/openapi.json, against a portal with the
demo tenant. Fails (exit 1) on any surprise. Usage: smoke.py BASE_URL ADMIN_EMAIL PASSWORD"""

import datetime
import sys

from portico_client import AuthenticatedClient, Client
from portico_client.api.auth import create_token
from portico_client.api.orders import create_order, get_order, list_orders
from portico_client.api.timeline import list_timeline_entries
from portico_client.api.notifications import list_notifications
from portico_client.models import OrderDetail, OrderInput, OrderPage, Problem, TokenRequest
from portico_client.types import UNSET

base, email, password = sys.argv[1:4]


def check(cond, what):
    if not cond:
        print(f"client-smoke: FAILED: {what}", file=sys.stderr)
        sys.exit(1)
    print(f"client-smoke: ok: {what}")


anonymous = Client(base_url=base, raise_on_unexpected_status=True)

# A wrong password is a typed problem with its own code.
wrong = create_token.sync(client=anonymous, body=TokenRequest(email=email, password="not the password"))
check(isinstance(wrong, Problem) and wrong.code == "invalid_credentials", "wrong password -> Problem(invalid_credentials)")

token = create_token.sync(client=anonymous, body=TokenRequest(email=email, password=password))
check(token is not None and token.access_token, "signed in")
client = AuthenticatedClient(base_url=base, token=token.access_token, raise_on_unexpected_status=True)

# A generic paginator: follow `next` as `after` until it is null; no id twice.
seen, after, pages = set(), UNSET, 0
while True:
    page = list_orders.sync(client=client, limit=2, after=after)
    if not isinstance(page, OrderPage):
        check(False, f"orders page {pages + 1}: {page!r}")
    pages += 1
    for row in page.items:
        if row.id in seen:
            check(False, f"order {row.id} came twice")
        seen.add(row.id)
    if not page.next_:
        break
    after = page.next_
    if pages > 100:
        check(False, "the order list does not end")
check(len(seen) >= 3 and pages >= 2, f"{len(seen)} orders over {pages} pages, none twice")

# Typed values: timestamps are datetimes with an offset, statuses an enum.
first = get_order.sync(str(next(iter(seen))), client=client)
check(isinstance(first, OrderDetail), "an order")
check(isinstance(first.created_at, datetime.datetime) and first.created_at.tzinfo is not None, "created_at is an aware datetime")
check(hasattr(first.status, "value"), f"status is an enum ({first.status!r})")

# The timeline pages the same way.
entries, after = [], UNSET
for _ in range(100):
    page = list_timeline_entries.sync(str(first.id), client=client, limit=1, after=after)
    entries += [e.id for e in page.items]
    if not page.next_:
        break
    after = page.next_
check(len(entries) == len(set(entries)), f"timeline: {len(entries)} entries, none twice")

# A 404 is a typed problem.
missing = get_order.sync("01890000-0000-7000-8000-000000000000", client=client)
check(isinstance(missing, Problem) and missing.status == 404, "unknown order -> Problem 404")

# Create an order: 201 with Location.
customer = first.customer_org_id
resp = create_order.sync_detailed(
    client=client,
    body=OrderInput(customer_org_id=str(customer), reference="PO-CLIENT-SMOKE-1", title="Made by the generated client", quantity=1200),
)
check(resp.status_code == 201 and isinstance(resp.parsed, OrderDetail), f"created ({resp.status_code})")
check(resp.headers.get("location") == f"/api/v1/orders/{resp.parsed.id}", "Location names the new order")

notes = list_notifications.sync(client=client, limit=5)
check(notes is not None and hasattr(notes, "items"), "notifications page")
print("client-smoke: passed")
