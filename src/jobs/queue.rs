//! A job queue in the database, so that any node can run any job: a job is claimed by one
//! worker at a time (`FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite serialises writers, and
//! the claim is a compare-and-set), retried with growing delays, and kept with its last error
//! when it gives up. A claim expires, so the work of a node that died is taken over. What runs
//! the jobs is `worker`.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConn;
use crate::db::schema::jobs;
use crate::error::{AppError, AppResult};
use crate::ids::{TenantId, new_id, now};

pub const QUEUED: &str = "queued";
pub const RUNNING: &str = "running";
pub const DONE: &str = "done";
pub const FAILED: &str = "failed";
const MAX_ATTEMPTS: i32 = 5;
/// How long a claim holds before another worker may take the job over. The worker running a
/// job renews it every `RENEW_EVERY` (`renew`), so a long report keeps its claim while the
/// job of a node that died is taken over within a minute (it was 300 s without renewal: the
/// multi-node drill waited five minutes for the work of the node it killed). Six renewals
/// fit in a lease: one may wait the pool's 10 s for a connection, and clocks may differ.
const LEASE_SECS: i64 = 60;
pub const RENEW_EVERY: std::time::Duration = std::time::Duration::from_secs(10);

/// Extends the claim of a job this worker still holds; false when it no longer holds it.
pub fn renew(conn: &mut DbConn, id: &str, worker: &str) -> AppResult<bool> {
    let n = diesel::update(
        jobs::table
            .filter(jobs::id.eq(id))
            .filter(jobs::status.eq(RUNNING))
            .filter(jobs::locked_by.eq(worker)),
    )
    .set(jobs::locked_until.eq(now() + chrono::Duration::seconds(LEASE_SECS)))
    .execute(conn)?;
    Ok(n == 1)
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = jobs)]
pub struct Job {
    pub id: String,
    pub tenant_id: Option<TenantId>,
    pub kind: String,
    pub payload: String,
    pub status: String,
    pub attempts: i32,
    pub max_attempts: i32,
    #[serde(with = "crate::ids::utc")]
    pub run_after: NaiveDateTime,
    pub locked_by: Option<String>,
    #[serde(default, with = "crate::ids::utc::option")]
    pub locked_until: Option<NaiveDateTime>,
    pub last_error: Option<String>,
    #[serde(with = "crate::ids::utc")]
    pub created_at: NaiveDateTime,
    #[serde(with = "crate::ids::utc")]
    pub updated_at: NaiveDateTime,
}

/// Queues a job; call inside the transaction of the change that needs it.
pub fn enqueue(
    conn: &mut DbConn,
    tenant_id: Option<&TenantId>,
    kind: &str,
    payload: &str,
) -> AppResult<String> {
    let id = new_id();
    let t = now();
    diesel::insert_into(jobs::table)
        .values((
            jobs::id.eq(&id),
            jobs::tenant_id.eq(tenant_id),
            jobs::kind.eq(kind),
            jobs::payload.eq(payload),
            jobs::status.eq(QUEUED),
            jobs::attempts.eq(0),
            jobs::max_attempts.eq(MAX_ATTEMPTS),
            jobs::run_after.eq(t),
            jobs::created_at.eq(t),
            jobs::updated_at.eq(t),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Claims the next due job for `worker`, if any.
pub fn claim(conn: &mut DbConn, worker: &str) -> AppResult<Option<Job>> {
    let t = now();
    // A job whose worker died on every try (it may be what kills the worker) stops here.
    diesel::update(
        jobs::table
            .filter(jobs::status.eq(RUNNING))
            .filter(jobs::locked_until.lt(t))
            .filter(jobs::attempts.ge(jobs::max_attempts)),
    )
    .set((
        jobs::status.eq(FAILED),
        jobs::last_error.eq("the worker stopped during every try"),
        jobs::updated_at.eq(t),
    ))
    .execute(conn)?;
    let lease = t + chrono::Duration::seconds(LEASE_SECS);
    let due = jobs::status
        .eq(QUEUED)
        .and(jobs::run_after.le(t))
        .or(jobs::status.eq(RUNNING).and(jobs::locked_until.lt(t)));
    let claimed: Option<String> = match conn {
        DbConn::Postgres(c) => c.transaction(|c| {
            let id: Option<String> = jobs::table
                .filter(due)
                .order(jobs::run_after.asc())
                .select(jobs::id)
                .limit(1)
                .for_update()
                .skip_locked()
                .first(c)
                .optional()?;
            if let Some(id) = &id {
                take(c, id, worker, lease, t)?;
            }
            Ok::<_, diesel::result::Error>(id)
        })?,
        DbConn::Sqlite(c) => {
            let id: Option<String> = jobs::table
                .filter(due)
                .order(jobs::run_after.asc())
                .select(jobs::id)
                .first(c)
                .optional()?;
            match id {
                // Compare-and-set: only one claimant sees the job still due.
                Some(id) => {
                    let n = diesel::update(jobs::table.filter(jobs::id.eq(&id)).filter(due))
                        .set((
                            jobs::status.eq(RUNNING),
                            jobs::locked_by.eq(worker),
                            jobs::locked_until.eq(lease),
                            jobs::attempts.eq(jobs::attempts + 1),
                            jobs::updated_at.eq(t),
                        ))
                        .execute(c)?;
                    (n == 1).then_some(id)
                }
                None => None,
            }
        }
    };
    match claimed {
        Some(id) => Ok(Some(
            jobs::table
                .filter(jobs::id.eq(id))
                .select(Job::as_select())
                .first(conn)?,
        )),
        None => Ok(None),
    }
}

fn take<C>(
    c: &mut C,
    id: &str,
    worker: &str,
    lease: NaiveDateTime,
    t: NaiveDateTime,
) -> QueryResult<usize>
where
    C: diesel::Connection<Backend = diesel::pg::Pg>,
{
    diesel::update(jobs::table.filter(jobs::id.eq(id)))
        .set((
            jobs::status.eq(RUNNING),
            jobs::locked_by.eq(worker),
            jobs::locked_until.eq(lease),
            jobs::attempts.eq(jobs::attempts + 1),
            jobs::updated_at.eq(t),
        ))
        .execute(c)
}

/// The job as this claim holds it: a worker whose claim lapsed and was taken over records
/// nothing (the new holder does).
macro_rules! held {
    ($job:expr) => {
        jobs::table
            .filter(jobs::id.eq(&$job.id))
            .filter(jobs::status.eq(RUNNING))
            .filter(jobs::locked_by.eq($job.locked_by.as_deref().unwrap_or_default()))
    };
}

pub fn complete(conn: &mut DbConn, job: &Job) -> AppResult<()> {
    diesel::update(held!(job))
        .set((
            jobs::status.eq(DONE),
            jobs::locked_by.eq(None::<String>),
            jobs::locked_until.eq(None::<NaiveDateTime>),
            jobs::updated_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Records a failure: retried after 2^attempts × 10 s, or failed for good after the last try.
pub fn fail(conn: &mut DbConn, job: &Job, error: &str) -> AppResult<()> {
    let t = now();
    let give_up = job.attempts >= job.max_attempts;
    let delay = 10i64 << job.attempts.clamp(0, 10);
    diesel::update(held!(job))
        .set((
            jobs::status.eq(if give_up { FAILED } else { QUEUED }),
            jobs::run_after.eq(t + chrono::Duration::seconds(delay)),
            jobs::locked_by.eq(None::<String>),
            jobs::locked_until.eq(None::<NaiveDateTime>),
            jobs::last_error.eq(error.chars().take(2000).collect::<String>()),
            jobs::updated_at.eq(t),
        ))
        .execute(conn)?;
    Ok(())
}

/// Jobs that failed or are waiting to be retried, newest first (admin view).
pub fn troubled(conn: &mut DbConn, tenant_id: &TenantId, limit: i64) -> AppResult<Vec<Job>> {
    Ok(jobs::table
        .filter(jobs::tenant_id.eq(tenant_id))
        .filter(jobs::last_error.is_not_null())
        .filter(jobs::status.ne(DONE))
        .order(jobs::updated_at.desc())
        .limit(limit)
        .select(Job::as_select())
        .load(conn)?)
}

/// How many of the tenant's jobs are in each state (admin view).
pub fn counts(conn: &mut DbConn, tenant_id: &TenantId) -> AppResult<Vec<(String, i64)>> {
    use diesel::dsl::count_star;
    Ok(jobs::table
        .filter(jobs::tenant_id.eq(tenant_id))
        .group_by(jobs::status)
        .select((jobs::status, count_star()))
        .load(conn)?)
}

/// Puts a failed job of the tenant back in the queue, attempts reset; anything else is not
/// found.
pub fn retry(conn: &mut DbConn, tenant_id: &TenantId, id: &str) -> AppResult<()> {
    let n = diesel::update(
        jobs::table
            .filter(jobs::tenant_id.eq(tenant_id))
            .filter(jobs::id.eq(id))
            .filter(jobs::status.eq(FAILED)),
    )
    .set((
        jobs::status.eq(QUEUED),
        jobs::attempts.eq(0),
        jobs::run_after.eq(now()),
        jobs::locked_by.eq(None::<String>),
        jobs::locked_until.eq(None::<NaiveDateTime>),
        jobs::updated_at.eq(now()),
    ))
    .execute(conn)?;
    if n == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}
