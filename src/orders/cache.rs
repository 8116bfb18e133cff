//! The order lists this node has answered, in memory, so that asking again for the same page
//! needs no query (the list was 0.10 of `/healthz`: the scoped query, 50 rows into JSON and
//! the hand-off to the blocking pool, against 0.54 for `/readyz`'s one trivial query).
//!
//! Same rule as `auth::cache`: nothing is kept for a while; an entry is void as soon as
//! anything it was built from changes. What a page of the list shows is read from `orders`
//! (with its progress), `customer_orgs` (names), and, for the scope, `order_staff` and
//! `order_grants`; triggers on those four tables mark every write (migration 000020):
//! - SQLite: the connection's hooks empty every list of this process after the commit, before
//!   the statement returns (`db::sqlite`); a watcher reads the trigger's counter every quarter
//!   second for writes of other processes (`auth::cache::watch_sqlite`);
//! - PostgreSQL: every node's listener hears the tenant on `portico_orders` and forgets that
//!   tenant's lists; before memory answers, the request waits for the listener's heartbeat to
//!   go round once (`AuthCache::caught_up`), so every change committed before it arrived, on
//!   any node, has been heard.
//!
//! Memory answers only while the node hears changes (the authentication cache's proof: the
//! listener's heartbeat or the watcher's read, within a second).
//!
//! The key is everything else the answer depends on: the person and what their role, their
//! customer and their "all orders" flag let them see, the query, the page, and today's date
//! (lateness). The one rule that depends on the time of day is a grant's end: an entry that
//! a grant let in lasts until the earliest end among that person's grants.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{ListQuery, OrderRow};
use crate::app::AppState;
use crate::auth::cache::{AuthCache, Counters};
use crate::db::DbConn;
use crate::db::listener::{Event, Subscriber};
use crate::error::AppResult;
use crate::policy::{self, Actor, OrderScope};
use crate::web::paging::{Keyset, Page};

/// The channel the `orders_changed` triggers notify on PostgreSQL (payload: the tenant, or
/// `*`).
pub const CHANNEL: &str = "portico_orders";

/// Bumped by every committed change to the order lists in any of this process's databases
/// (`changed`): every entry stored before it is void.
static EPOCH: AtomicU64 = AtomicU64::new(0);

/// Called after a commit that changed what order lists show: forgets every list.
pub fn changed() {
    EPOCH.fetch_add(1, Ordering::SeqCst);
}

/// A page of the list as the database gave it, and its JSON (made once, off the workers).
pub struct Cached {
    pub page: Page<OrderRow>,
    pub json: bytes::Bytes,
}

struct Stored {
    value: Arc<Cached>,
    /// What it takes of the budget: its JSON twice (the rows take about as much), the key
    /// and the bookkeeping.
    size: usize,
    epoch: u64,
    /// The earliest end of a grant that let an order in (none: no grant involved).
    until: Option<NaiveDateTime>,
}

/// Taken before reading the database, given back to `insert`.
struct Ticket {
    epoch: u64,
    heard: u64,
}

#[derive(Default)]
struct Tenant {
    pages: HashMap<String, Stored>,
    bytes: usize,
}

#[derive(Default)]
struct Store {
    tenants: HashMap<String, Tenant>,
    bytes: usize,
}

pub struct ListCache {
    /// By tenant, then by key.
    entries: RwLock<Store>,
    /// Bumped by every change this cache hears of, for a tenant or all at once.
    heard: AtomicU64,
    /// Whose proof of hearing changes counts (the listener or the SQLite watcher).
    auth: Arc<AuthCache>,
    /// Bytes the pages may take (`PORTICO_LIST_CACHE_MB`; 0: nothing is kept). One tenant
    /// past a quarter of it starts again empty, so that nobody (a buyer asking for ever new
    /// searches) can push out every other tenant's pages; past all of it, every tenant does.
    max: usize,
    pub counters: Counters,
}

impl ListCache {
    pub fn new(auth: Arc<AuthCache>, max: usize) -> Arc<Self> {
        Arc::new(Self {
            entries: RwLock::new(Store::default()),
            heard: AtomicU64::new(0),
            auth,
            max,
            counters: Counters::default(),
        })
    }

    fn lookup(&self, tenant: &str, key: &str) -> Option<Arc<Cached>> {
        let found = self.lookup_inner(tenant, key);
        self.counters.count(found.is_some());
        crate::metrics::list_cache(found.is_some());
        found
    }

    fn lookup_inner(&self, tenant: &str, key: &str) -> Option<Arc<Cached>> {
        // Only after the request's fence (`AuthCache::caught_up`), as for authentication.
        if !self.auth.is_listening() {
            return None;
        }
        let epoch = EPOCH.load(Ordering::SeqCst);
        let entries = self.entries.read().unwrap_or_else(|e| e.into_inner());
        let s = entries.tenants.get(tenant)?.pages.get(key)?;
        let valid = s.epoch == epoch && s.until.is_none_or(|u| crate::ids::now() < u);
        valid.then(|| s.value.clone())
    }

    fn ticket(&self) -> Ticket {
        Ticket {
            epoch: EPOCH.load(Ordering::SeqCst),
            heard: self.heard.load(Ordering::SeqCst),
        }
    }

    /// Remembers what the database said, unless a change was heard since the ticket.
    fn insert(&self, ticket: Ticket, tenant: &str, key: String, stored: Stored) {
        let size = 2 * stored.value.json.len() + key.len() + 256;
        if size > self.max / 4 || !self.auth.is_listening() {
            return;
        }
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        // Checked under the write lock: `forget` bumps `heard` before it takes the lock, so
        // a change heard after this check removes what is stored here.
        if EPOCH.load(Ordering::SeqCst) != ticket.epoch
            || self.heard.load(Ordering::SeqCst) != ticket.heard
        {
            return;
        }
        let store = &mut *entries;
        if store.bytes + size > self.max {
            *store = Store::default();
        }
        let t = store.tenants.entry(tenant.to_string()).or_default();
        if t.bytes + size > self.max / 4 {
            store.bytes -= t.bytes;
            *t = Tenant::default();
        }
        let stored = Stored {
            epoch: ticket.epoch,
            size,
            ..stored
        };
        if let Some(old) = t.pages.insert(key, stored) {
            t.bytes -= old.size;
            store.bytes -= old.size;
        }
        t.bytes += size;
        store.bytes += size;
    }

    /// Forgets one tenant's lists (`*` or anything not a tenant id: every list).
    pub fn forget(&self, tenant: &str) {
        self.heard.fetch_add(1, Ordering::SeqCst);
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        if tenant.is_empty() || tenant == "*" {
            *entries = Store::default();
        } else if let Some(t) = entries.tenants.remove(tenant) {
            entries.bytes -= t.bytes;
        }
    }

    pub fn forget_all(&self) {
        self.forget("*");
    }

    pub fn len(&self) -> usize {
        self.entries
            .read()
            .map(|e| e.tenants.values().map(|t| t.pages.len()).sum())
            .unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Subscriber for ListCache {
    fn event(&self, event: Event<'_>) {
        match event {
            // Whatever changed while nobody listened is unknown.
            Event::Lost | Event::Listening => self.forget_all(),
            Event::Notified { channel, payload } if channel == CHANNEL => self.forget(payload),
            Event::Alive | Event::Notified { .. } => {}
        }
    }
}

/// Everything besides the tenant that the page depends on, with the query as the list reads
/// it (trimmed; `late` a yes or no), so that spellings of one query share a page.
fn key(actor: &Actor, query: &ListQuery, keyset: &Keyset) -> Option<String> {
    // JSON: no choice of text in the query can make two different keys equal.
    serde_json::to_string(&(
        (
            &*actor.user_id,
            actor.role.as_str(),
            actor.customer_org_id.as_deref(),
            actor.all_orders,
            crate::ids::today(),
        ),
        (
            query.q.trim(),
            query.status.trim(),
            query.customer.trim(),
            matches!(query.late.as_str(), "1" | "true" | "on"),
            query.from.trim(),
            query.to.trim(),
            query.sort.as_str(),
        ),
        keyset.after.as_deref().map(str::trim),
        keyset.limit,
    ))
    .ok()
}

/// The earliest end, after now, of the grants that let `actor` see orders (none when their
/// scope does not go through grants, or no grant of theirs ends).
pub fn grants_end(conn: &mut DbConn, actor: &Actor) -> AppResult<Option<NaiveDateTime>> {
    use crate::db::schema::order_grants;
    let user_id = match policy::order_scope(actor) {
        OrderScope::Granted { user_id }
        | OrderScope::Customer {
            user_id,
            all_orders: false,
            ..
        } => user_id,
        _ => return Ok(None),
    };
    let now = crate::ids::now();
    Ok(order_grants::table
        .filter(order_grants::tenant_id.eq(&actor.tenant_id))
        .filter(order_grants::user_id.eq(user_id))
        .filter(order_grants::expires_at.gt(now))
        .select(diesel::dsl::min(order_grants::expires_at))
        .first::<Option<NaiveDateTime>>(conn)?)
}

/// A page of the orders the actor may see: from this node's memory when nothing it shows
/// changed since, else from the database (`orders::list`), remembered for next time.
pub async fn page(
    req: &actix_web::HttpRequest,
    state: &AppState,
    actor: &Actor,
    query: &ListQuery,
    keyset: &Keyset,
) -> AppResult<Arc<Cached>> {
    let lists = state.order_lists.clone();
    let key = key(actor, query, keyset).filter(|_| lists.max > 0);
    // Authentication's fence, or one of its own where authentication did not pass one (an
    // API token, or a fence that timed out and read the database): one heartbeat round trip
    // on PostgreSQL, shared with the requests waiting at the same time; nothing on SQLite.
    let fenced = key.is_some() && state.auth_cache.caught_up_for(req).await;
    if let Some(key) = key.as_deref().filter(|_| fenced)
        && let Some(hit) = lists.lookup(&actor.tenant_id, key)
    {
        return Ok(hit);
    }
    let ticket = lists.ticket();
    let (a, q, k) = (actor.clone(), query.clone(), keyset.clone());
    let (value, until) = state
        .db
        .run(move |c| {
            // The grants' end first: a grant ending between the two reads then leaves an
            // entry that ends no later than the page it lets in.
            let until = grants_end(c, &a)?;
            let page = super::list(c, &a, &q, &k)?;
            let json = serde_json::to_vec(&page).map_err(crate::error::AppError::internal)?;
            Ok((
                Arc::new(Cached {
                    page,
                    json: json.into(),
                }),
                until,
            ))
        })
        .await?;
    if let Some(key) = key {
        lists.insert(
            ticket,
            &actor.tenant_id,
            key,
            Stored {
                value: value.clone(),
                size: 0,
                epoch: 0,
                until,
            },
        );
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cached() -> Arc<Cached> {
        Arc::new(Cached {
            page: Page {
                items: Vec::new(),
                next: None,
            },
            json: bytes::Bytes::from_static(b"{}"),
        })
    }

    fn store(lists: &ListCache, tenant: &str, key: &str, until: Option<NaiveDateTime>) {
        let ticket = lists.ticket();
        lists.insert(
            ticket,
            tenant,
            key.into(),
            Stored {
                value: cached(),
                size: 0,
                epoch: 0,
                until,
            },
        );
    }

    #[test]
    fn a_grants_end_ends_the_entry_and_a_tenant_forgets_only_its_own() {
        let lists = ListCache::new(AuthCache::hearing(), 1 << 20);
        let now = crate::ids::now();
        store(
            &lists,
            "t1",
            "ended",
            Some(now - chrono::Duration::seconds(1)),
        );
        store(&lists, "t1", "ends", Some(now + chrono::Duration::hours(1)));
        store(&lists, "t2", "open", None);
        // Another test of this process may change something at any moment (a process-wide
        // epoch): only what cannot be a hit is asserted without retrying.
        assert!(lists.lookup_inner("t1", "ended").is_none());
        assert!(
            lists.lookup_inner("t2", "ends").is_none(),
            "keys are per tenant"
        );
        lists.forget("t1");
        assert!(lists.lookup_inner("t1", "ends").is_none());
        let entries = lists.entries.read().unwrap();
        assert!(
            !entries.tenants.contains_key("t1"),
            "the tenant's lists are gone"
        );
        assert!(
            entries
                .tenants
                .get("t2")
                .is_none_or(|t| t.pages.contains_key("open")),
            "not another's"
        );
    }

    #[test]
    fn one_tenant_cannot_push_out_the_others() {
        // 1 MiB in all, a quarter per tenant; pages of about 10 KB.
        let lists = ListCache::new(AuthCache::hearing(), 1 << 20);
        let page = |n: usize| {
            Arc::new(Cached {
                page: Page {
                    items: Vec::new(),
                    next: None,
                },
                json: bytes::Bytes::from(vec![b' '; n]),
            })
        };
        let put = |tenant: &str, key: String| {
            let ticket = lists.ticket();
            let stored = Stored {
                value: page(5_000),
                size: 0,
                epoch: 0,
                until: None,
            };
            lists.insert(ticket, tenant, key, stored);
        };
        for i in 0..10 {
            put("quiet", format!("k{i}"));
        }
        // Another test of this process may change something at any moment (a process-wide
        // epoch, which refuses an insert): only bounds are asserted.
        let quiet = |l: &ListCache| {
            l.entries
                .read()
                .unwrap()
                .tenants
                .get("quiet")
                .map_or(0, |t| t.pages.len())
        };
        let before = quiet(&lists);
        for i in 0..1_000 {
            put("greedy", format!("search {i}"));
        }
        let entries = lists.entries.read().unwrap();
        let greedy = entries.tenants.get("greedy").map_or(0, |t| t.bytes);
        assert!(greedy <= (1 << 20) / 4, "{greedy} bytes");
        assert!(entries.bytes <= 1 << 20);
        drop(entries);
        assert_eq!(quiet(&lists), before, "the quiet tenant's pages stay");
        // A page larger than a tenant's share is not kept at all.
        let ticket = lists.ticket();
        let big = Stored {
            value: page(200_000),
            size: 0,
            epoch: 0,
            until: None,
        };
        lists.insert(ticket, "quiet", "big".into(), big);
        assert!(lists.lookup_inner("quiet", "big").is_none());
    }

    #[test]
    fn a_change_heard_while_reading_is_not_stored() {
        let lists = ListCache::new(AuthCache::hearing(), 1 << 20);
        let ticket = lists.ticket();
        lists.forget("t1");
        lists.insert(
            ticket,
            "t1",
            "k".into(),
            Stored {
                value: cached(),
                size: 0,
                epoch: 0,
                until: None,
            },
        );
        assert!(lists.is_empty());
    }

    #[test]
    fn nothing_is_kept_while_changes_are_not_heard_or_when_turned_off() {
        let lists = ListCache::new(AuthCache::new(), 1 << 20);
        store(&lists, "t1", "k", None);
        assert!(lists.is_empty());
        let off = ListCache::new(AuthCache::hearing(), 0);
        store(&off, "t1", "k", None);
        assert!(off.is_empty());
    }
}
