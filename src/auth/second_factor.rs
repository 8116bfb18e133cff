//! The second factor: an authenticator code (each step accepted once) or an unused recovery
//! code, checked under the account's own limit. Failures count per account across every
//! challenge, the step-up and the reset for 24 hours, and a right password never clears
//! them: the security drill made a new challenge with each password sign-in and got about
//! 150 guesses a second (200 wrong codes, then the right one accepted, and no notice).
//! After 5 failures each further try waits 1, 5, 15, then 60 minutes; the third failure
//! sends a security notice.

use diesel::prelude::*;

use crate::auth::limits::{self, Rule, minutes};
use crate::auth::{alerts, totp};
use crate::db::DbConn;
use crate::db::schema::{recovery_codes, users};
use crate::error::AppResult;
use crate::ids::{UserId, now};

pub const RULE: Rule = Rule {
    limit: 5,
    window: minutes(24 * 60),
    backoff: &[minutes(1), minutes(5), minutes(15), minutes(60)],
};
/// The failure that sends a security notice.
pub const NOTICE_AT: i32 = 3;

fn key(user_id: &UserId) -> String {
    format!("second-factor:{user_id}")
}

/// Whether `code` is a current authenticator code or an unused recovery code of the person;
/// either is used up when it matches. Refused with 429 while the account's failures wait.
/// Call outside a transaction that a wrong code rolls back (the count must stay).
pub fn check(conn: &mut DbConn, user_id: &UserId, code: &str, ip: &str) -> AppResult<bool> {
    let count = limits::take(conn, &key(user_id), &RULE)?
        .or_refuse(|wait| format!("Too many wrong codes. Try again in {wait}."))?;
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let ok = !code.is_empty()
        && (totp_matches(conn, user_id, &code)? || recovery_matches(conn, user_id, &code)?);
    if ok {
        limits::clear(conn, &key(user_id))?;
        return Ok(true);
    }
    if count == NOTICE_AT {
        alerts::raise_for(
            conn,
            user_id,
            alerts::SECOND_FACTOR_FAILED,
            &alerts::Detail::new(
                "notice.detail.second_factor",
                &[("n", &count.to_string()), ("ip", ip)],
            ),
            ip,
        )?;
    }
    Ok(false)
}

/// An authenticator code of an enrolled secret, accepted once: the step is stored with a
/// conditional update, so two requests with the same code cannot both pass.
fn totp_matches(conn: &mut DbConn, user_id: &UserId, code: &str) -> AppResult<bool> {
    let (secret, enabled, last): (Option<String>, Option<chrono::NaiveDateTime>, Option<i64>) =
        users::table
            .find(user_id)
            .select((
                users::totp_secret,
                users::totp_enabled_at,
                users::totp_last_step,
            ))
            .first(conn)?;
    let (Some(secret), Some(_)) = (secret, enabled) else {
        return Ok(false);
    };
    let Some(step) = totp::verify(&secret, code, last, chrono::Utc::now().timestamp() as u64)
    else {
        return Ok(false);
    };
    let taken = diesel::update(
        users::table.find(user_id).filter(
            users::totp_last_step
                .is_null()
                .or(users::totp_last_step.lt(step)),
        ),
    )
    .set(users::totp_last_step.eq(Some(step)))
    .execute(conn)?;
    Ok(taken == 1)
}

fn recovery_matches(conn: &mut DbConn, user_id: &UserId, code: &str) -> AppResult<bool> {
    let used = diesel::update(
        recovery_codes::table
            .filter(recovery_codes::user_id.eq(user_id))
            .filter(recovery_codes::code_hash.eq(totp::recovery_hash(code)))
            .filter(recovery_codes::used_at.is_null()),
    )
    .set(recovery_codes::used_at.eq(Some(now())))
    .execute(conn)?;
    Ok(used == 1)
}
