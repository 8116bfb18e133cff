//! Counters that guard secrets and costly actions, atomic on both backends.
//!
//! An attempt is *taken* with one conditional `UPDATE … WHERE count < limit …` before the
//! secret is checked (or the costly work starts), so a parallel burst cannot pass the limit
//! between a read and a write: the security drill sent 40 wrong share-link passwords at once
//! and the read-modify-write lockout never locked; 60 parallel report requests got 29 of 20
//! on PostgreSQL. A correct secret may then `clear` its key.
//!
//! Callers take outside any transaction that is rolled back when the secret is wrong (the
//! count must survive the refusal it causes).

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use diesel::sql_types::{Integer, Text, Timestamp};

use crate::db::DbConn;
use crate::db::schema::attempt_counters;
use crate::error::{AppError, AppResult};
use crate::ids::now;

/// How many attempts a key allows.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Attempts allowed in the window without waiting.
    pub limit: i32,
    /// The count starts again this long after the window's first attempt.
    pub window: Duration,
    /// After `limit`, each further attempt waits these in turn after the last one (the last
    /// repeats). Empty: refused until the window ends.
    pub backoff: &'static [Duration],
}

/// Seconds, so that rules can be `const`.
pub const fn minutes(m: i64) -> Duration {
    Duration::seconds(m * 60)
}

/// The outcome of `take`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Taken {
    /// The attempt is counted; `count` is its number in the window (1 for the first).
    Allowed { count: i32 },
    /// Over the limit: try again after this long.
    Refused { retry_after: Duration },
}

impl Taken {
    /// The count, or `TooManyRequests` with `message(wait)`.
    pub fn or_refuse(self, message: impl Fn(&str) -> String) -> AppResult<i32> {
        match self {
            Taken::Allowed { count } => Ok(count),
            Taken::Refused { retry_after } => {
                Err(AppError::TooManyRequests {
                    message: message(&wait_text(retry_after)),
                    // Whole seconds, rounded up: a client that waits this long is let in.
                    retry_after: (retry_after.num_milliseconds().max(1) as u64).div_ceil(1000),
                })
            }
        }
    }
}

/// The API operations that count attempts against a rule a client can plan for, and the
/// name each advertises: (method, route pattern, policy name, rule).
const LIMITED: [(&str, &str, &str, &Rule); 5] = [
    (
        "POST",
        "/api/v1/auth/token",
        "sign-in",
        &crate::auth::throttle::SIGN_IN,
    ),
    (
        "POST",
        "/api/v1/auth/second-factor",
        "codes",
        &crate::auth::second_factor::RULE,
    ),
    (
        "POST",
        "/api/v1/auth/step-up",
        "step-up",
        &crate::auth::stepup::STEP_UP,
    ),
    (
        "POST",
        "/api/v1/reports",
        "reports",
        &crate::reports::ON_DEMAND,
    ),
    (
        "POST",
        "/api/v1/verify",
        "verify",
        &crate::documents::verify::PUBLIC_RULE,
    ),
];

/// The `RateLimit-Policy` of an operation (draft-ietf-httpapi-ratelimit-headers):
/// `"sign-in";q=5;w=900`, or `None` when it counts against no rule a client can plan for.
pub fn policy_for(method: &str, pattern: &str) -> Option<String> {
    LIMITED
        .iter()
        .find(|(m, p, _, _)| *m == method && *p == pattern)
        .map(|(_, _, name, rule)| {
            format!(
                "\"{name}\";q={};w={}",
                rule.limit,
                rule.window.num_seconds()
            )
        })
}

/// "2 minutes", "1 hour", "30 seconds": how long to wait, for messages.
pub fn wait_text(d: Duration) -> String {
    // Rounded up, as `Retry-After` is: "1 second" for a wait of 1.4 s would send the client
    // back too early (the drill saw "1 second" for a 2-second wait).
    let s = (d.num_milliseconds().max(1) as u64).div_ceil(1000) as i64;
    let (n, unit) = if s < 60 {
        (s, "second")
    } else if s < 3600 {
        ((s + 59) / 60, "minute")
    } else {
        ((s + 3599) / 3600, "hour")
    };
    format!("{n} {unit}{}", if n == 1 { "" } else { "s" })
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = Integer)]
    count: i32,
}

/// Counts one attempt under `key`, or refuses it, in one statement.
pub fn take(conn: &mut DbConn, key: &str, rule: &Rule) -> AppResult<Taken> {
    take_at(conn, key, rule, now())
}

pub fn take_at(conn: &mut DbConn, key: &str, rule: &Rule, t: NaiveDateTime) -> AppResult<Taken> {
    let window_cutoff = t - rule.window;
    // The statement is the same on both backends but for the placeholders.
    let pg = matches!(conn, DbConn::Postgres(_));
    let mut n = 0;
    let mut p = || {
        n += 1;
        if pg { format!("${n}") } else { "?".to_string() }
    };
    let insert = format!(
        "INSERT INTO attempt_counters (key, window_start, count, last_at) VALUES ({}, {}, 0, {}) ON CONFLICT (key) DO NOTHING",
        p(),
        p(),
        p()
    );
    n = 0;
    let mut p = || {
        n += 1;
        if pg { format!("${n}") } else { "?".to_string() }
    };
    // Placeholders in bind order: the window's cutoff twice, now twice, the key, the cutoff,
    // the limit, then (count, ready-before) per backoff step.
    let (c1, c2, t1, t2, k, c3, l) = (p(), p(), p(), p(), p(), p(), p());
    let mut sql = format!(
        "UPDATE attempt_counters SET \
         count = CASE WHEN window_start <= {c1} THEN 1 ELSE count + 1 END, \
         window_start = CASE WHEN window_start <= {c2} THEN {t1} ELSE window_start END, \
         last_at = {t2} \
         WHERE key = {k} AND (window_start <= {c3} OR count < {l}"
    );
    let steps = rule.backoff.len();
    let mut step_binds: Vec<(i32, NaiveDateTime)> = Vec::new();
    for (i, wait) in rule.backoff.iter().enumerate() {
        let at = rule.limit + i as i32;
        let last = i + 1 == steps;
        let (a, b) = (p(), p());
        sql.push_str(&format!(
            " OR (count {} {a} AND last_at <= {b})",
            if last { ">=" } else { "=" }
        ));
        step_binds.push((at, t - *wait));
    }
    sql.push_str(") RETURNING count");

    macro_rules! run {
        ($c:expr) => {{
            diesel::sql_query(&insert)
                .bind::<Text, _>(key)
                .bind::<Timestamp, _>(t)
                .bind::<Timestamp, _>(t)
                .execute($c)?;
            let mut q = diesel::sql_query(&sql)
                .bind::<Timestamp, _>(window_cutoff)
                .bind::<Timestamp, _>(window_cutoff)
                .bind::<Timestamp, _>(t)
                .bind::<Timestamp, _>(t)
                .bind::<Text, _>(key)
                .bind::<Timestamp, _>(window_cutoff)
                .bind::<Integer, _>(rule.limit)
                .into_boxed();
            for (at, before) in &step_binds {
                q = q.bind::<Integer, _>(*at).bind::<Timestamp, _>(*before);
            }
            q.get_result::<Count>($c).optional()?
        }};
    }
    let taken = match conn {
        DbConn::Postgres(c) => run!(c),
        DbConn::Sqlite(c) => run!(c),
    };
    if let Some(c) = taken {
        return Ok(Taken::Allowed { count: c.count });
    }
    // Refused: say how long (a plain read; the decision above was atomic).
    let (start, count, last): (NaiveDateTime, i32, NaiveDateTime) = attempt_counters::table
        .find(key)
        .select((
            attempt_counters::window_start,
            attempt_counters::count,
            attempt_counters::last_at,
        ))
        .first(conn)?;
    let window_end = start + rule.window;
    let retry_at = if rule.backoff.is_empty() {
        window_end
    } else {
        let i = ((count - rule.limit).max(0) as usize).min(rule.backoff.len() - 1);
        (last + rule.backoff[i]).min(window_end)
    };
    Ok(Taken::Refused {
        retry_after: (retry_at - t).max(Duration::seconds(1)),
    })
}

/// Forgets a key's attempts (a correct secret).
pub fn clear(conn: &mut DbConn, key: &str) -> AppResult<()> {
    diesel::delete(attempt_counters::table.find(key)).execute(conn)?;
    Ok(())
}

/// Gives one attempt back (an attempt that turned out to be no failure).
pub fn refund(conn: &mut DbConn, key: &str) -> AppResult<()> {
    diesel::update(
        attempt_counters::table
            .find(key)
            .filter(attempt_counters::count.gt(0)),
    )
    .set(attempt_counters::count.eq(attempt_counters::count - 1))
    .execute(conn)?;
    Ok(())
}

/// The attempts counted under `key` in its current window (0 when none).
pub fn count(conn: &mut DbConn, key: &str, rule: &Rule) -> AppResult<i32> {
    let row: Option<(NaiveDateTime, i32)> = attempt_counters::table
        .find(key)
        .select((attempt_counters::window_start, attempt_counters::count))
        .first(conn)
        .optional()?;
    Ok(match row {
        Some((start, n)) if start > now() - rule.window => n,
        _ => 0,
    })
}

/// Removes counters nobody touched for a day longer than the longest window (the worker's
/// hourly sweep).
pub fn prune(conn: &mut DbConn, older_than: NaiveDateTime) -> AppResult<usize> {
    Ok(
        diesel::delete(attempt_counters::table.filter(attempt_counters::last_at.lt(older_than)))
            .execute(conn)?,
    )
}
