//! Sign-in limits: failures are counted per e-mail typed (whether or not the account exists,
//! so the limit says nothing about existence) and per client address, over a sliding window.
//! Past a few failures each further attempt waits longer, up to a lockout; success clears the
//! account's count. Kept in the database so every app node sees the same counts.

use chrono::Duration;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::sign_in_failures;
use crate::error::{AppError, AppResult};
use crate::ids::{new_id, now};

/// The window failures are counted in.
pub const WINDOW_MINUTES: i64 = 15;
/// Failures per account allowed without delay.
pub const FREE_FAILURES: i64 = 3;
/// Failures per account in the window that lock it for the rest of the window (at most
/// 4 windows an hour: well under 100 guesses an hour per account).
pub const ACCOUNT_LOCK: i64 = 10;
/// Failures per client address in the window before it is refused.
pub const ADDRESS_LOCK: i64 = 50;

fn too_many(wait_secs: i64) -> AppError {
    let minutes = (wait_secs + 59) / 60;
    AppError::TooManyRequests(format!(
        "Too many failed sign-ins. Try again in {} minute{}.",
        minutes.max(1),
        if minutes > 1 { "s" } else { "" }
    ))
}

/// Refuses the attempt when the account or the address is over its limit, or when the growing
/// delay since the last failure has not passed.
pub fn check(conn: &mut DbConn, email: &str, ip: &str) -> AppResult<()> {
    let since = now() - Duration::minutes(WINDOW_MINUTES);
    let by_ip: i64 = sign_in_failures::table
        .filter(sign_in_failures::ip.eq(ip))
        .filter(sign_in_failures::created_at.gt(since))
        .count()
        .get_result(conn)?;
    if by_ip >= ADDRESS_LOCK {
        return Err(too_many(WINDOW_MINUTES * 60));
    }
    let recent: Vec<chrono::NaiveDateTime> = sign_in_failures::table
        .filter(sign_in_failures::email.eq(email))
        .filter(sign_in_failures::created_at.gt(since))
        .order(sign_in_failures::created_at.desc())
        .select(sign_in_failures::created_at)
        .limit(ACCOUNT_LOCK)
        .load(conn)?;
    let n = recent.len() as i64;
    if n >= ACCOUNT_LOCK {
        let oldest = *recent.last().expect("n > 0");
        let free_at = oldest + Duration::minutes(WINDOW_MINUTES);
        return Err(too_many((free_at - now()).num_seconds()));
    }
    if n > FREE_FAILURES {
        // 2, 4, 8, ... seconds after the last failure.
        let delay = Duration::seconds(1 << (n - FREE_FAILURES).min(9));
        let ready_at = recent[0] + delay;
        if ready_at > now() {
            return Err(too_many((ready_at - now()).num_seconds()));
        }
    }
    Ok(())
}

pub fn record_failure(conn: &mut DbConn, email: &str, ip: &str) -> AppResult<()> {
    diesel::insert_into(sign_in_failures::table)
        .values((
            sign_in_failures::id.eq(new_id()),
            sign_in_failures::email.eq(email),
            sign_in_failures::ip.eq(ip),
            sign_in_failures::created_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// A successful sign-in clears the account's failures; old rows of everyone are pruned.
pub fn record_success(conn: &mut DbConn, email: &str) -> AppResult<()> {
    diesel::delete(sign_in_failures::table.filter(sign_in_failures::email.eq(email)))
        .execute(conn)?;
    let old = now() - Duration::hours(24);
    diesel::delete(sign_in_failures::table.filter(sign_in_failures::created_at.lt(old)))
        .execute(conn)?;
    Ok(())
}
