//! Enrolment in two-factor sign-in: a secret shown as a QR code, confirmed with a first code,
//! then ten recovery codes shown once. Turning it off needs the password and a current code.

use crate::db::WriteTransaction;
use diesel::prelude::*;

use crate::audit;
use crate::auth::{password, totp};
use crate::db::DbConn;
use crate::db::schema::{recovery_codes, users};
use crate::error::{AppError, AppResult};
use crate::ids::{new_id, now};
use crate::policy::Actor;

pub struct Status {
    pub enabled: bool,
    /// For enrolment: the secret, its otpauth URL and QR code.
    pub pending: Option<(String, String, String)>,
    pub recovery_left: i64,
}

pub fn status(conn: &mut DbConn, actor: &Actor) -> AppResult<Status> {
    let (secret, enabled): (Option<String>, Option<chrono::NaiveDateTime>) = users::table
        .find(&actor.user_id)
        .select((users::totp_secret, users::totp_enabled_at))
        .first(conn)?;
    let recovery_left = recovery_codes::table
        .filter(recovery_codes::user_id.eq(&actor.user_id))
        .filter(recovery_codes::used_at.is_null())
        .count()
        .get_result(conn)?;
    if enabled.is_some() {
        return Ok(Status {
            enabled: true,
            pending: None,
            recovery_left,
        });
    }
    // A pending secret survives reloads until confirmed, so the QR code stays the same.
    let secret = match secret {
        Some(s) => s,
        None => {
            let s = totp::new_secret();
            diesel::update(users::table.find(&actor.user_id))
                .set(users::totp_secret.eq(Some(&s)))
                .execute(conn)?;
            s
        }
    };
    let (url, qr) = totp::enrolment(&secret, &actor.email);
    Ok(Status {
        enabled: false,
        pending: Some((secret, url, qr)),
        recovery_left,
    })
}

/// Confirms enrolment with a first code; returns the recovery codes (shown once).
pub fn enable(conn: &mut DbConn, actor: &Actor, code: &str) -> AppResult<Vec<String>> {
    let (secret, enabled): (Option<String>, Option<chrono::NaiveDateTime>) = users::table
        .find(&actor.user_id)
        .select((users::totp_secret, users::totp_enabled_at))
        .first(conn)?;
    if enabled.is_some() {
        return Err(AppError::Conflict("Two-step sign-in is already on.".into()));
    }
    let secret = secret
        .ok_or_else(|| AppError::invalid("enrolment_missing", "Reload the page to start again."))?;
    let step = totp::verify(&secret, code, None, chrono::Utc::now().timestamp() as u64)
        .ok_or_else(|| {
            AppError::invalid(
                "code_wrong",
                "The code is not correct. Check the time on your phone and try again.",
            )
        })?;
    let codes = totp::new_recovery_codes();
    conn.write_tx(|conn| {
        diesel::update(users::table.find(&actor.user_id))
            .set((
                users::totp_enabled_at.eq(Some(now())),
                users::totp_last_step.eq(Some(step)),
            ))
            .execute(conn)?;
        diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(&actor.user_id)))
            .execute(conn)?;
        for c in &codes {
            diesel::insert_into(recovery_codes::table)
                .values((
                    recovery_codes::id.eq(new_id()),
                    recovery_codes::user_id.eq(&actor.user_id),
                    recovery_codes::code_hash.eq(totp::recovery_hash(c)),
                ))
                .execute(conn)?;
        }
        crate::auth::alerts::raise_for(
            conn,
            &actor.user_id,
            crate::auth::alerts::TWO_FACTOR_ON,
            &format!("from {}", actor.ip),
            &actor.ip,
        )?;
        audit::record(
            conn,
            actor.event(
                "account.2fa_enable",
                "user",
                Some(&actor.user_id),
                String::new(),
            ),
        )
    })?;
    Ok(codes)
}

pub fn disable(
    conn: &mut DbConn,
    actor: &Actor,
    password_input: &str,
    code: &str,
) -> AppResult<()> {
    let (hash, secret, last): (String, Option<String>, Option<i64>) = users::table
        .find(&actor.user_id)
        .select((
            users::password_hash,
            users::totp_secret,
            users::totp_last_step,
        ))
        .first(conn)?;
    if !password::verify(password_input, &hash) {
        return Err(AppError::invalid(
            "current_password_wrong",
            "The current password is not correct.",
        ));
    }
    let secret = secret.ok_or(AppError::Conflict("Two-step sign-in is off.".into()))?;
    totp::verify(&secret, code, last, chrono::Utc::now().timestamp() as u64)
        .ok_or_else(|| AppError::invalid("code_wrong", "The code is not correct."))?;
    conn.write_tx(|conn| {
        diesel::update(users::table.find(&actor.user_id))
            .set((
                users::totp_secret.eq(None::<String>),
                users::totp_enabled_at.eq(None::<chrono::NaiveDateTime>),
                users::totp_last_step.eq(None::<i64>),
            ))
            .execute(conn)?;
        diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(&actor.user_id)))
            .execute(conn)?;
        crate::auth::alerts::raise_for(
            conn,
            &actor.user_id,
            crate::auth::alerts::TWO_FACTOR_OFF,
            &format!("from {}", actor.ip),
            &actor.ip,
        )?;
        audit::record(
            conn,
            actor.event(
                "account.2fa_disable",
                "user",
                Some(&actor.user_id),
                String::new(),
            ),
        )
    })
}
