//! Enrolment in two-factor sign-in: a secret shown as a QR code, confirmed with a first code,
//! then ten recovery codes shown once. Turning it off needs the password and a current code.

use crate::db::WriteTransaction;
use diesel::prelude::*;

use crate::audit;
use crate::auth::totp;
use crate::db::DbConn;
use crate::db::schema::{recovery_codes, sessions, users};
use crate::error::{AppError, AppResult};
use crate::ids::{new_id, now};
use crate::policy::Actor;

pub struct Status {
    pub enabled: bool,
    /// For enrolment: the secret, its otpauth URL and QR code (only after a fresh password
    /// check on this session).
    pub pending: Option<(String, String, String)>,
    /// Enrolment waits for the password, asked on the same page.
    pub needs_password: bool,
    pub recovery_left: i64,
}

/// The page's state. A secret being enrolled belongs to the session that started it and is
/// shown only after a fresh password check: the security drill read one account-wide pending
/// secret from any of its sessions without a step-up.
pub fn status(conn: &mut DbConn, actor: &Actor) -> AppResult<Status> {
    let enabled: Option<chrono::NaiveDateTime> = users::table
        .find(&actor.user_id)
        .select(users::totp_enabled_at)
        .first(conn)?;
    let recovery_left = recovery_codes::table
        .filter(recovery_codes::user_id.eq(&actor.user_id))
        .filter(recovery_codes::used_at.is_null())
        .count()
        .get_result(conn)?;
    if enabled.is_some() || !crate::auth::stepup::is_fresh(actor) {
        return Ok(Status {
            enabled: enabled.is_some(),
            pending: None,
            needs_password: enabled.is_none(),
            recovery_left,
        });
    }
    // The session's secret survives reloads until confirmed, so the QR code stays the same.
    let pending: Option<String> = sessions::table
        .find(&actor.session_id)
        .select(sessions::totp_pending)
        .first(conn)?;
    let secret = match pending {
        Some(s) => s,
        None => {
            let s = totp::new_secret();
            diesel::update(sessions::table.find(&actor.session_id))
                .set(sessions::totp_pending.eq(Some(&s)))
                .execute(conn)?;
            s
        }
    };
    let (url, qr) = totp::enrolment(&secret, &actor.email);
    Ok(Status {
        enabled: false,
        pending: Some((secret, url, qr)),
        needs_password: false,
        recovery_left,
    })
}

/// Confirms enrolment with a first code of this session's secret; returns the recovery
/// codes (shown once).
pub fn enable(conn: &mut DbConn, actor: &Actor, code: &str) -> AppResult<Vec<String>> {
    let enabled: Option<chrono::NaiveDateTime> = users::table
        .find(&actor.user_id)
        .select(users::totp_enabled_at)
        .first(conn)?;
    if enabled.is_some() {
        return Err(AppError::Conflict("Two-step sign-in is already on.".into()));
    }
    let secret: Option<String> = sessions::table
        .find(&actor.session_id)
        .select(sessions::totp_pending)
        .first(conn)?;
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
                users::totp_secret.eq(Some(&secret)),
                users::totp_enabled_at.eq(Some(now())),
                users::totp_last_step.eq(Some(step)),
            ))
            .execute(conn)?;
        diesel::update(sessions::table.find(&actor.session_id))
            .set(sessions::totp_pending.eq(None::<String>))
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
            &crate::auth::alerts::Detail::from_ip(&actor.ip),
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

/// Turns two-step sign-in off; the caller checked the password (`stepup::check_secret`), and
/// a current code is needed too (on the account's second-factor limit).
pub fn disable(conn: &mut DbConn, actor: &Actor, code: &str) -> AppResult<()> {
    let enabled: Option<chrono::NaiveDateTime> = users::table
        .find(&actor.user_id)
        .select(users::totp_enabled_at)
        .first(conn)?;
    if enabled.is_none() {
        return Err(AppError::Conflict("Two-step sign-in is off.".into()));
    }
    if !crate::auth::second_factor::check(conn, &actor.user_id, code, &actor.ip)? {
        return Err(AppError::invalid("code_wrong", "The code is not correct."));
    }
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
            &crate::auth::alerts::Detail::from_ip(&actor.ip),
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
