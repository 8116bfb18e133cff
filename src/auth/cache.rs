//! The people this node has authenticated, in memory, so that a request with a valid access
//! token needs no query (the session, account, membership and tenant were one joined read per
//! request: `/api/v1/me` at 0.27 of `/healthz`).
//!
//! Revocation stays immediate (product decision): an entry is dropped as soon as anything it
//! was built from changes, never after a time to live. Triggers on `sessions`, `users`,
//! `memberships` and `tenants` (migration 000018) mark every such write, whoever makes it:
//! - on the writing node, `db::WriteTransaction` sees the mark before it commits and calls
//!   `changed()` right after the commit, before the request that wrote answers;
//! - on PostgreSQL every node's listener (`db::listener`) hears the key at commit
//!   (`s:` session, `u:` person, `t:` tenant) and drops the entries it names; before memory
//!   answers a request, the listener's heartbeat goes round once (`caught_up`), so every
//!   change committed before the request arrived, on any node, has been heard; while the
//!   listener is down, nothing is served from memory, and on reconnect everything is
//!   forgotten first;
//! - on SQLite a watcher reads the trigger's counter every quarter second, for writes made by
//!   another process (`portico user deactivate` beside a running server).
//!
//! Races: an entry read from the database is stored only if no change was heard while it was
//! read (`Ticket`), so a read that saw the state before a commit cannot outlive the commit.
//! Time still counts on every hit: the session's and the membership's end.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use chrono::NaiveDateTime;

use crate::auth::jwt::Claims;
use crate::db::listener::{Event, Subscriber};
use crate::ids::now;
use crate::policy::Actor;

/// Bumped by every committed change to what authentication reads, in any of this process's
/// databases (`changed`): every entry of every cache stored before it is void.
static EPOCH: AtomicU64 = AtomicU64::new(0);

/// Sessions remembered per node; past this the cache starts again empty (an entry is about
/// 0.5 KB, so the bound is about 25 MB).
const MAX_ENTRIES: usize = 50_000;

/// The channel the `auth_changed` triggers notify on PostgreSQL.
pub const CHANNEL: &str = "portico_auth";

/// Memory is trusted only while the node has proof, this recent, that it hears changes: the
/// listener's heartbeat came back (PostgreSQL, every 250 ms) or the watcher read the change
/// counter (SQLite, every 250 ms). A connection that died without a word, or a watcher that
/// cannot read, turns memory off within this time.
const HEARD_WITHIN: std::time::Duration = std::time::Duration::from_secs(1);

/// Milliseconds on a monotonic clock of the process.
fn millis() -> u64 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_millis() as u64
        + 1
}

/// Called after a commit that changed what authentication reads: forgets everything.
pub fn changed() {
    EPOCH.fetch_add(1, Ordering::SeqCst);
}

/// What a session resolved to, and until when that can hold without a new read.
#[derive(Clone)]
pub struct Entry {
    /// The actor with an empty `ip` (filled per request).
    pub actor: Actor,
    /// The account's token version the session was checked against.
    pub token_version: i32,
    pub session_expires_at: NaiveDateTime,
    pub membership_expires_at: Option<NaiveDateTime>,
}

struct Stored {
    entry: Entry,
    epoch: u64,
}

/// Taken before reading the database, given back to `insert`.
pub struct Ticket {
    epoch: u64,
    heard: u64,
}

/// Lookups answered from memory and not, per cache (the metrics count all nodes' caches of
/// a kind together; tests read these).
#[derive(Default)]
pub struct Counters {
    pub hits: AtomicU64,
    pub misses: AtomicU64,
}

impl Counters {
    pub fn count(&self, hit: bool) {
        let c = if hit { &self.hits } else { &self.misses };
        c.fetch_add(1, Ordering::Relaxed);
    }
}

pub struct AuthCache {
    entries: RwLock<HashMap<String, Stored>>,
    /// Bumped by every change this cache hears of, by key or all at once.
    heard: AtomicU64,
    /// Whether changes made elsewhere can be heard: the listener is connected (PostgreSQL) or
    /// the watcher reads (SQLite).
    listening: AtomicBool,
    /// When that was last proven (`millis`; 0: never).
    heard_at: AtomicU64,
    /// PostgreSQL: the listener's fence, which a request passes before memory answers it.
    fence: std::sync::OnceLock<Arc<crate::db::listener::Fence>>,
    pub counters: Counters,
}

/// Set on a request whose authentication passed `AuthCache::caught_up`.
#[derive(Clone, Copy)]
pub struct CaughtUp;

impl AuthCache {
    /// Nothing is served from memory until the listener or the watcher reports in.
    pub fn new() -> Arc<Self> {
        Arc::new(Self {
            entries: RwLock::new(HashMap::new()),
            heard: AtomicU64::new(0),
            listening: AtomicBool::new(false),
            heard_at: AtomicU64::new(0),
            fence: std::sync::OnceLock::new(),
            counters: Counters::default(),
        })
    }

    /// The actor for verified claims, if this node knows it is still valid. Only for a
    /// request that passed `caught_up`.
    pub fn lookup(&self, claims: &Claims, ip: &str) -> Option<Actor> {
        let found = self.lookup_inner(claims, ip);
        self.counters.count(found.is_some());
        crate::metrics::auth_cache(found.is_some());
        found
    }

    fn lookup_inner(&self, claims: &Claims, ip: &str) -> Option<Actor> {
        // After the fence a notice still on its way is of a change made while this request
        // was under way, which it may or may not see; and while requests keep coming, the
        // listener is nearly always reading a heartbeat, so waiting for a quiet socket
        // would send most of them to the database.
        if !self.is_listening() {
            return None;
        }
        let epoch = EPOCH.load(Ordering::SeqCst);
        let entries = self.entries.read().unwrap_or_else(|e| e.into_inner());
        let s = entries.get(&claims.sid)?;
        let e = &s.entry;
        let t = now();
        let valid = s.epoch == epoch
            && *e.actor.user_id == *claims.sub
            && *e.actor.tenant_id == *claims.tid
            && e.token_version == claims.ver
            && e.session_expires_at > t
            && e.membership_expires_at.is_none_or(|m| m > t);
        if !valid {
            return None;
        }
        let mut actor = e.actor.clone();
        actor.ip = ip.to_string();
        Some(actor)
    }

    /// The listener's fence (PostgreSQL), set once at start.
    pub fn set_fence(&self, fence: Arc<crate::db::listener::Fence>) {
        let _ = self.fence.set(fence);
    }

    /// Whether this node has heard every change committed before this call, so that memory
    /// may answer the request making it (at most a second's wait; false: read the database).
    /// On PostgreSQL the listener's heartbeat goes round once (`listener::Fence`, shared by
    /// the requests that wait at the same time); another node's answer to a revocation came
    /// before this request, so its notice comes before the heartbeat. SQLite has no other
    /// node: its hooks forget before a commit returns.
    ///
    /// A listener that has not reported in within the last second is not waited for, and a
    /// heartbeat that takes longer than 100 ms sends the request to the database (a read
    /// costs less than waiting longer).
    pub async fn caught_up(&self) -> bool {
        if !self.is_listening() {
            return false;
        }
        match self.fence.get() {
            Some(f) => f.caught_up(std::time::Duration::from_millis(100)).await,
            None => true,
        }
    }

    /// `caught_up` for the rest of a request whose authentication already passed it (then
    /// it has heard everything committed before the request arrived, which is all a fence
    /// promises), while the listener is still heard; otherwise a fence of its own. Only for
    /// requests that answer at once: a long-lived one (a live stream) must fence again for
    /// what it sends later.
    pub async fn caught_up_for(&self, req: &actix_web::HttpRequest) -> bool {
        use actix_web::HttpMessage as _;
        let passed = req.extensions().get::<CaughtUp>().is_some();
        (passed && self.is_listening()) || self.caught_up().await
    }

    pub fn ticket(&self) -> Ticket {
        Ticket {
            epoch: EPOCH.load(Ordering::SeqCst),
            heard: self.heard.load(Ordering::SeqCst),
        }
    }

    /// Remembers what the database said, unless a change was heard since the ticket.
    pub fn insert(&self, ticket: Ticket, entry: Entry) {
        if !self.is_listening() {
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
        if entries.len() >= MAX_ENTRIES {
            entries.clear();
        }
        entries.insert(
            entry.actor.session_id.clone(),
            Stored {
                entry,
                epoch: ticket.epoch,
            },
        );
    }

    /// Forgets the entries a notification names (`s:<session>`, `u:<person>`,
    /// `t:<tenant>`); anything else forgets everything.
    pub fn forget(&self, key: &str) {
        self.heard.fetch_add(1, Ordering::SeqCst);
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        match key.split_once(':') {
            Some(("s", id)) => {
                entries.remove(id);
            }
            Some(("u", id)) => entries.retain(|_, s| *s.entry.actor.user_id != *id),
            Some(("t", id)) => entries.retain(|_, s| *s.entry.actor.tenant_id != *id),
            _ => entries.clear(),
        }
    }

    /// Whether memory may answer at all: changes made elsewhere are heard, recently proven.
    pub fn is_listening(&self) -> bool {
        self.listening.load(Ordering::SeqCst)
            && millis().saturating_sub(self.heard_at.load(Ordering::SeqCst))
                < HEARD_WITHIN.as_millis() as u64
    }

    /// A cache that trusts memory for a while, as if its listener had just reported in.
    #[cfg(test)]
    pub(crate) fn hearing() -> Arc<Self> {
        let c = Self::new();
        c.listening.store(true, Ordering::SeqCst);
        c.alive();
        c
    }

    fn alive(&self) {
        self.heard_at.store(millis(), Ordering::SeqCst);
    }

    pub fn forget_all(&self) {
        self.forget("");
    }

    pub fn len(&self) -> usize {
        self.entries.read().map(|e| e.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Subscriber for AuthCache {
    fn event(&self, event: Event<'_>) {
        match event {
            Event::Lost => {
                self.listening.store(false, Ordering::SeqCst);
                self.forget_all();
            }
            Event::Listening => {
                // Whatever changed while nobody listened is unknown: start empty.
                self.forget_all();
                self.listening.store(true, Ordering::SeqCst);
            }
            Event::Alive => self.alive(),
            Event::Notified { channel, payload } if channel == CHANNEL => self.forget(payload),
            Event::Notified { .. } => {}
        }
    }
}

/// SQLite: watches the triggers' counters (`auth_epoch`, and `order_epoch` for the order
/// lists) for changes made by other processes, every quarter second, until the cache is
/// dropped. The first reading is taken before this returns (so a change made while the node
/// starts is not taken for the starting point); while the counters cannot be read, memory is
/// not trusted.
pub fn watch_sqlite(
    path: String,
    cache: &Arc<AuthCache>,
    lists: &Arc<crate::orders::cache::ListCache>,
) {
    use diesel::prelude::*;
    fn read(conn: &mut Option<diesel::SqliteConnection>, path: &str) -> Option<(i64, i64)> {
        use diesel::dsl::sql;
        use diesel::sql_types::BigInt;
        if conn.is_none() {
            *conn = diesel::SqliteConnection::establish(path).ok();
        }
        let n = diesel::select((
            sql::<BigInt>("(SELECT n FROM auth_epoch)"),
            sql::<BigInt>("(SELECT n FROM order_epoch)"),
        ))
        .get_result(conn.as_mut()?);
        if n.is_err() {
            *conn = None;
        }
        n.ok()
    }
    let mut conn = None;
    let mut last = read(&mut conn, &path);
    if last.is_some() {
        cache.listening.store(true, Ordering::SeqCst);
        cache.alive();
    }
    let weak = Arc::downgrade(cache);
    let lists = Arc::downgrade(lists);
    let spawned = std::thread::Builder::new()
        .name("sqlite-watch".into())
        .spawn(move || {
            loop {
                std::thread::sleep(std::time::Duration::from_millis(250));
                let Some(cache) = weak.upgrade() else { return };
                let n = read(&mut conn, &path);
                let (auth, orders) = match (n, last) {
                    (Some(n), Some(l)) => (n.0 != l.0, n.1 != l.1),
                    _ => (true, true),
                };
                // The lists first: while the authentication cache trusts memory, they must
                // not hold anything older than the counter just read.
                if orders && let Some(lists) = lists.upgrade() {
                    lists.forget_all();
                }
                if auth {
                    cache.forget_all();
                }
                cache.listening.store(n.is_some(), Ordering::SeqCst);
                if n.is_some() {
                    cache.alive();
                    last = n;
                }
            }
        });
    if let Err(e) = spawned {
        tracing::error!(error = %e, "could not start the SQLite change watcher");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::HttpMessage as _;

    /// A request whose authentication passed the fence does not wait for another (one
    /// heartbeat per request on PostgreSQL); any other request fences on its own, and a
    /// cache that hears nothing never says it caught up, marker or not.
    #[actix_web::test]
    async fn a_request_fences_once() {
        let fence = crate::db::listener::Fence::unanswered();
        let hearing = AuthCache::hearing();
        hearing.set_fence(fence);
        let req = actix_web::test::TestRequest::default().to_http_request();
        // The listener never answers this fence: without the marker the request waits
        // 100 ms and then reads the database.
        assert!(!hearing.caught_up_for(&req).await);
        req.extensions_mut().insert(CaughtUp);
        assert!(hearing.caught_up_for(&req).await);
        let deaf = AuthCache::new();
        assert!(!deaf.caught_up_for(&req).await);
    }
}
