//! The delivery worker: claims due deliveries (`FOR UPDATE SKIP LOCKED` on PostgreSQL, a
//! compare-and-set on SQLite, as `jobs::queue` claims jobs, with a lease so the work of a node
//! that died is taken over), POSTs each one signed, and records the answer. A failure is
//! retried after 1 min, 5 min, 30 min, 2 h, 8 h and 24 h; an endpoint that failed
//! `DISABLE_AFTER_FAILURES` attempts in a row over at least `DISABLE_AFTER_HOURS` hours is
//! disabled and the tenant's admins are told. A receiver down for a deploy loses nothing: its
//! events wait and the endpoint stays.
//!
//! It runs beside the job worker, not in it: a report that takes a minute to build must not
//! hold up a tenant's events, and one slow receiver must not hold up another (a batch is sent
//! concurrently, each attempt within `TIMEOUT`).

use std::net::SocketAddr;
use std::time::Duration;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{DeliveryState, DisabledReason, Endpoint, EventType, target};
use crate::app::AppState;
use crate::audit;
use crate::db::schema::{webhook_deliveries as wd, webhook_endpoints as we};
use crate::db::{DbConn, WriteTransaction};
use crate::error::AppResult;
use crate::ids::now;

/// Waits before the 2nd, 3rd... attempt, in minutes.
pub const BACKOFF_MINUTES: [i64; 6] = [1, 5, 30, 120, 480, 1440];
/// The first attempt and one per wait: a delivery fails for good 35 hours after its event.
pub const MAX_ATTEMPTS: i32 = BACKOFF_MINUTES.len() as i32 + 1;
/// An endpoint is disabled after this many failed attempts in a row...
pub const DISABLE_AFTER_FAILURES: i32 = 15;
/// ...the first of them at least this long ago (a burst of failures during a receiver's
/// restart does not disable it).
pub const DISABLE_AFTER_HOURS: i64 = 24;
/// Each attempt's limit, connection included.
pub const TIMEOUT: Duration = Duration::from_secs(10);
/// A claim's length: longer than an attempt, so two nodes never send one delivery at once.
const LEASE_SECS: i64 = 60;
/// Deliveries sent at once by one node.
const BATCH: i64 = 8;
/// Finished deliveries stay in the log this long.
const KEEP_DAYS: i64 = 30;
/// The notification the admins get when an endpoint is disabled after failing.
pub const DISABLED_NOTICE: &str = "webhook_disabled";

/// A claimed delivery: what to send.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = wd)]
pub struct Claimed {
    pub id: String,
    pub event_type: EventType,
    pub payload: String,
    pub attempts: i32,
}

/// How an attempt ended.
#[derive(Debug, Clone)]
pub enum Outcome {
    Delivered(i32),
    /// The receiver's status when it answered, and a few words of ours.
    Failed(Option<i32>, String),
    /// The endpoint was disabled meanwhile: not sent.
    Dropped,
}

/// `Portico-Signature` of `body` at unix time `t`: `t=<t>,v1=<hex HMAC-SHA256(secret,
/// "<t>.<body>")>`.
pub fn signature(secret: &str, t: i64, body: &str) -> String {
    let mac =
        crate::auth::secrets::hmac_sha256(secret.as_bytes(), format!("{t}.{body}").as_bytes());
    format!("t={t},v1={}", crate::auth::secrets::hex(&mac))
}

fn claim(conn: &mut DbConn) -> AppResult<Vec<(Claimed, Endpoint)>> {
    let t = now();
    let lease = t + chrono::Duration::seconds(LEASE_SECS);
    let due = wd::state
        .eq(DeliveryState::Pending)
        .and(wd::next_attempt_at.le(t))
        .and(wd::locked_until.is_null().or(wd::locked_until.lt(t)));
    let ids: Vec<String> = match conn {
        DbConn::Postgres(c) => c.transaction(|c| {
            let ids: Vec<String> = wd::table
                .filter(due)
                .order(wd::next_attempt_at.asc())
                .select(wd::id)
                .limit(BATCH)
                .for_update()
                .skip_locked()
                .load(c)?;
            diesel::update(wd::table.filter(wd::id.eq_any(&ids)))
                .set(wd::locked_until.eq(lease))
                .execute(c)?;
            Ok::<_, diesel::result::Error>(ids)
        })?,
        DbConn::Sqlite(c) => {
            let found: Vec<String> = wd::table
                .filter(due)
                .order(wd::next_attempt_at.asc())
                .select(wd::id)
                .limit(BATCH)
                .load(c)?;
            let mut ids = Vec::new();
            for id in found {
                // Compare-and-set: only one claimant sees it still due.
                let n = diesel::update(wd::table.filter(wd::id.eq(&id)).filter(due))
                    .set(wd::locked_until.eq(lease))
                    .execute(c)?;
                if n == 1 {
                    ids.push(id);
                }
            }
            ids
        }
    };
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(wd::table
        .inner_join(we::table)
        .filter(wd::id.eq_any(&ids))
        .select((Claimed::as_select(), Endpoint::as_select()))
        .load(conn)?)
}

/// One attempt: the address checked again and connected to as checked, the body signed.
async fn send(state: &AppState, d: &Claimed, e: &Endpoint) -> Outcome {
    if e.disabled_at.is_some() {
        return Outcome::Dropped;
    }
    let allow = state.config.webhook_allow_private;
    let secret = match e.secret(&state.keys) {
        Ok(s) => s,
        Err(err) => {
            tracing::error!(endpoint = %e.id, error = %err, "webhook secret unreadable");
            return Outcome::Failed(None, "secret unreadable (server key changed?)".into());
        }
    };
    let Ok(url) = target::parse(&e.url, allow) else {
        return Outcome::Failed(None, "address refused".into());
    };
    let addrs = match target::resolve(&url, allow).await {
        Ok(a) => a,
        Err(err) if err.code() == "webhook_host_unknown" => {
            return Outcome::Failed(None, "host not found".into());
        }
        Err(_) => return Outcome::Failed(None, "address refused".into()),
    };
    let client = match client_for(&url, addrs[0]) {
        Ok(c) => c,
        Err(err) => {
            tracing::error!(error = %err, "webhook client");
            return Outcome::Failed(None, "client error".into());
        }
    };
    let t = now().and_utc().timestamp();
    let sent = client
        .post(url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header("Portico-Event", d.event_type.as_str())
        .header("Portico-Delivery", d.id.as_str())
        .header("Portico-Signature", signature(&secret, t, &d.payload))
        .body(d.payload.clone())
        .send()
        .await;
    // The answer's body is never read: nothing in it is ours to keep.
    match sent {
        Ok(resp) if resp.status().is_success() => Outcome::Delivered(resp.status().as_u16().into()),
        Ok(resp) => {
            let code = resp.status().as_u16();
            Outcome::Failed(Some(code.into()), format!("HTTP {code}"))
        }
        Err(err) if err.is_timeout() => Outcome::Failed(None, "timed out".into()),
        Err(err) if err.is_connect() => Outcome::Failed(None, "could not connect".into()),
        Err(_) => Outcome::Failed(None, "request failed".into()),
    }
}

/// A client for one attempt: redirects not followed (a 3xx is a failure, not a way around the
/// address check), no proxy, and the host name pinned to the address just checked.
fn client_for(url: &reqwest::Url, addr: SocketAddr) -> reqwest::Result<reqwest::Client> {
    let mut b = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .timeout(TIMEOUT)
        .connect_timeout(TIMEOUT / 2)
        .user_agent(concat!("Portico-Webhooks/", env!("CARGO_PKG_VERSION")));
    if let Some(url::Host::Domain(name)) = url.host() {
        b = b.resolve(name, addr);
    }
    b.build()
}

/// Writes an attempt's outcome; disables the endpoint when it keeps failing.
fn record(conn: &mut DbConn, d: &Claimed, e: &Endpoint, outcome: &Outcome) -> AppResult<()> {
    let t = now();
    conn.write_tx(|conn| {
        let this = wd::table.filter(wd::id.eq(&d.id));
        match outcome {
            Outcome::Dropped => {
                diesel::update(this)
                    .set((
                        wd::state.eq(DeliveryState::Failed),
                        wd::next_attempt_at.eq(None::<NaiveDateTime>),
                        wd::locked_until.eq(None::<NaiveDateTime>),
                        wd::last_error.eq("endpoint disabled"),
                    ))
                    .execute(conn)?;
            }
            Outcome::Delivered(status) => {
                diesel::update(this)
                    .set((
                        wd::state.eq(DeliveryState::Delivered),
                        wd::attempts.eq(d.attempts + 1),
                        wd::next_attempt_at.eq(None::<NaiveDateTime>),
                        wd::locked_until.eq(None::<NaiveDateTime>),
                        wd::last_attempt_at.eq(Some(t)),
                        wd::last_status.eq(Some(status)),
                        wd::last_error.eq(None::<String>),
                        wd::delivered_at.eq(Some(t)),
                    ))
                    .execute(conn)?;
                diesel::update(we::table.filter(we::id.eq(&e.id)))
                    .set((
                        we::consecutive_failures.eq(0),
                        we::failing_since.eq(None::<NaiveDateTime>),
                    ))
                    .execute(conn)?;
            }
            Outcome::Failed(status, error) => {
                let attempts = d.attempts + 1;
                let next = usize::try_from(attempts - 1)
                    .ok()
                    .and_then(|i| BACKOFF_MINUTES.get(i))
                    .map(|m| t + chrono::Duration::minutes(*m));
                diesel::update(this)
                    .set((
                        wd::state.eq(if next.is_some() {
                            DeliveryState::Pending
                        } else {
                            DeliveryState::Failed
                        }),
                        wd::attempts.eq(attempts),
                        wd::next_attempt_at.eq(next),
                        wd::locked_until.eq(None::<NaiveDateTime>),
                        wd::last_attempt_at.eq(Some(t)),
                        wd::last_status.eq(status),
                        wd::last_error.eq(Some(error)),
                    ))
                    .execute(conn)?;
                failed_attempt(conn, e, t)?;
            }
        }
        Ok(())
    })
}

/// Counts a failed attempt against its endpoint, and disables the endpoint when the run of
/// failures is long enough in number and in time.
fn failed_attempt(conn: &mut DbConn, e: &Endpoint, t: NaiveDateTime) -> AppResult<()> {
    let row = we::table.filter(we::id.eq(&e.id));
    diesel::update(row)
        .set(we::consecutive_failures.eq(we::consecutive_failures + 1))
        .execute(conn)?;
    diesel::update(row.filter(we::failing_since.is_null()))
        .set(we::failing_since.eq(Some(t)))
        .execute(conn)?;
    let (failures, since): (i32, Option<NaiveDateTime>) = row
        .select((we::consecutive_failures, we::failing_since))
        .first(conn)?;
    let long_enough = since.is_some_and(|s| t - s >= chrono::Duration::hours(DISABLE_AFTER_HOURS));
    if failures < DISABLE_AFTER_FAILURES || !long_enough {
        return Ok(());
    }
    if !super::disable(conn, e, DisabledReason::Failures)? {
        return Ok(());
    }
    let since = since
        .map(|s| crate::ids::utc::format(&s))
        .unwrap_or_default();
    audit::record(
        conn,
        audit::Event {
            tenant_id: Some(&e.tenant_id),
            actor_user_id: None,
            action: "webhook.disable",
            object_type: "webhook_endpoint",
            object_id: Some(&e.id),
            detail: format!("{failures} failed attempts in a row since {since}"),
            ip: "",
        },
    )?;
    let admins = crate::policy::other_admins(conn, &e.tenant_id, None)?;
    let host = reqwest::Url::parse(&e.url)
        .ok()
        .and_then(|u| u.host_str().map(String::from))
        .unwrap_or_default();
    crate::notifications::send(
        conn,
        &admins,
        &crate::notifications::Notice {
            tenant_id: Some(&e.tenant_id),
            order_id: None,
            kind: DISABLED_NOTICE,
            params: serde_json::json!({ "host": host, "count": failures }),
        },
    )?;
    tracing::warn!(endpoint = %e.id, failures, "webhook endpoint disabled after failing");
    Ok(())
}

/// Sends every delivery due now, a batch at a time; how many attempts were made. The worker
/// calls it every second; tests call it after moving the clock.
pub async fn drain(state: &AppState) -> AppResult<usize> {
    let mut n = 0;
    loop {
        let batch = state.db.run(claim).await?;
        if batch.is_empty() {
            return Ok(n);
        }
        n += batch.len();
        let sent = futures_util::future::join_all(batch.into_iter().map(|(d, e)| async move {
            let outcome = send(state, &d, &e).await;
            (d, e, outcome)
        }))
        .await;
        for (d, e, outcome) in sent {
            crate::metrics::job_run("webhook", matches!(outcome, Outcome::Delivered(_)));
            let id = d.id.clone();
            if let Err(err) = state.db.run(move |c| record(c, &d, &e, &outcome)).await {
                // The lease runs out and the delivery is tried again.
                tracing::error!(delivery = %id, error = %err, "webhook outcome not recorded");
            }
        }
    }
}

/// Deletes finished deliveries older than `KEEP_DAYS` and expired idempotency keys.
pub fn prune(conn: &mut DbConn) -> AppResult<usize> {
    let old = now() - chrono::Duration::days(KEEP_DAYS);
    let n = diesel::delete(
        wd::table
            .filter(wd::created_at.lt(old))
            .filter(wd::state.ne(DeliveryState::Pending)),
    )
    .execute(conn)?;
    Ok(n + crate::web::idempotency::prune(conn)?)
}

/// The node's delivery loop: due deliveries every second, the pruning hourly.
pub fn spawn(state: actix_web::web::Data<AppState>) {
    actix_web::rt::spawn(async move {
        let mut last_prune: Option<std::time::Instant> = None;
        loop {
            if let Err(e) = drain(&state).await {
                tracing::warn!(error = %e, "webhook deliveries unavailable");
            }
            if last_prune.is_none_or(|l| l.elapsed() >= Duration::from_secs(3600)) {
                last_prune = Some(std::time::Instant::now());
                if let Err(e) = state.db.run(prune).await {
                    tracing::warn!(error = %e, "webhook log and idempotency keys not pruned");
                }
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_is_an_hmac_of_the_time_and_the_body() {
        // Computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
        assert_eq!(
            signature("whsec_test", 1_700_000_000, r#"{"a":1}"#),
            "t=1700000000,v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789"
        );
        assert_eq!(MAX_ATTEMPTS, 7);
    }
}
