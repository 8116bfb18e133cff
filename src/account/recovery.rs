//! Password reset by a one-time code sent by e-mail (hashed, 30 minutes, 5 tries, never
//! saying whether an address has an account), which does not bypass two-step sign-in: an
//! account with an authenticator also needs a current code or a recovery code. An admin may
//! reset a person's two-step sign-in instead (audited, and the person is notified).

use chrono::Duration;
use diesel::prelude::*;

use crate::audit;
use crate::auth::alerts;
use crate::db::schema::{memberships, recovery_codes, sessions, users};
use crate::db::{DbConn, WriteTransaction};
use crate::error::{AppError, AppResult};
use crate::ids::{TenantId, UserId, now};
use crate::mail::{self, Mail};
use crate::policy::Actor;

pub const RESET: &str = "reset";
pub const CODE_MINUTES: i64 = 30;
pub const CODE_TRIES: i32 = 5;
/// Codes one address may be sent in an hour.
pub const CODES_PER_HOUR: i64 = 3;

/// A code a person can read out and type: 10 characters without look-alikes.
fn new_code() -> String {
    crate::auth::human_code::generate(crate::auth::human_code::RESET)
}

fn normalize_code(code: &str) -> String {
    code.trim().to_uppercase().replace([' ', '-'], "")
}

/// Sends a reset code to `email` if it has an account (silently nothing otherwise, or when
/// the address already got `CODES_PER_HOUR` codes). Earlier codes stop working.
pub fn request_reset(conn: &mut DbConn, email: &str, public_url: &str, ip: &str) -> AppResult<()> {
    let email = email.trim().to_lowercase();
    let Some(user) = crate::people::find_user_by_email(conn, &email)? else {
        return Ok(());
    };
    if user.status != crate::people::STATUS_ACTIVE {
        return Ok(());
    }
    // Counted atomically: a burst of requests cannot mail more codes.
    let taken = crate::auth::limits::take(
        conn,
        &format!("reset-mail:{}", user.id),
        &crate::auth::limits::Rule {
            limit: CODES_PER_HOUR as i32,
            window: Duration::hours(1),
            backoff: &[],
        },
    )?;
    if !matches!(taken, crate::auth::limits::Taken::Allowed { .. }) {
        return Ok(());
    }
    let code = new_code();
    conn.write_tx(|conn| {
        super::codes::issue(
            conn,
            &user.id,
            RESET,
            &normalize_code(&code),
            None,
            CODE_MINUTES,
        )?;
        mail::queue(
            conn,
            Mail {
                tenant_id: None,
                to: &user.email,
                locale: user.locale.unwrap_or(crate::i18n::Locale::En).code(),
                subject: mail::text(
                    user.locale.unwrap_or(crate::i18n::Locale::En).code(),
                    "mail.reset.subject",
                    &[],
                ),
                body: {
                    let locale = user.locale.unwrap_or(crate::i18n::Locale::En).code();
                    format!(
                        "{}\n{}\n{}\n",
                        mail::text(locale, "mail.reset.asked", &[("ip", ip.to_string())]),
                        mail::text(
                            locale,
                            "mail.reset.code",
                            &[
                                ("code", code.clone()),
                                ("minutes", CODE_MINUTES.to_string())
                            ],
                        ),
                        mail::text(
                            locale,
                            "mail.reset.advice",
                            &[("url", format!("{public_url}/password/reset"))],
                        ),
                    )
                },
            },
        )?;
        audit::record(
            conn,
            audit::Event {
                tenant_id: None,
                actor_user_id: Some(&user.id),
                action: "account.reset_requested",
                object_type: "user",
                object_id: Some(&user.id),
                detail: String::new(),
                ip,
            },
        )
    })
}

#[derive(Debug, Clone, serde::Deserialize)]
pub struct ResetInput {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub code: String,
    /// An authenticator code or a recovery code, for accounts with two-step sign-in.
    #[serde(default)]
    pub second_factor: String,
    #[serde(default)]
    pub new: String,
    #[serde(default)]
    pub confirm: String,
}

fn wrong() -> AppError {
    AppError::invalid(
        "reset_code_wrong",
        "The e-mail address or the code is not correct, or the code has expired. Ask for a new code.",
    )
}

/// Sets a new password (`hash`, made by `password::validate_and_hash` off the pool) with a
/// reset code (and the second factor where there is one); every session of the account ends.
pub fn reset(conn: &mut DbConn, input: &ResetInput, hash: &str, ip: &str) -> AppResult<()> {
    let email = input.email.trim().to_lowercase();
    let user = crate::people::find_user_by_email(conn, &email)?.ok_or_else(wrong)?;
    let code_id = super::codes::check(
        conn,
        &user.id,
        RESET,
        &normalize_code(&input.code),
        CODE_TRIES,
    )?
    .ok_or_else(wrong)?
    .id;
    // The code proves the mailbox, not the person: two-step sign-in still applies, on the
    // account's second-factor limit (a mailbox thief must not guess codes here instead).
    if user.totp_enabled_at.is_some()
        && !crate::auth::second_factor::check(conn, &user.id, &input.second_factor, ip)?
    {
        super::codes::count_miss(conn, &code_id)?;
        return Err(AppError::invalid(
            "second_factor_required",
            "This account uses two-step sign-in: enter a code from your authenticator app or one of your recovery codes. Without either, ask your supplier's administrator to reset two-step sign-in.",
        ));
    }
    conn.write_tx(|conn| {
        if !super::codes::use_up(conn, &code_id)? {
            return Err(wrong());
        }
        diesel::update(users::table.find(&user.id))
            .set((
                users::password_hash.eq(hash),
                users::token_version.eq(users::token_version + 1),
                users::password_reset_required.eq(false),
                users::updated_at.eq(now()),
                // The code came to this address: the mailbox is proven.
                users::email_verified_at.eq(Some(now())),
            ))
            .execute(conn)?;
        diesel::update(
            sessions::table
                .filter(sessions::user_id.eq(&user.id))
                .filter(sessions::revoked_at.is_null()),
        )
        .set(sessions::revoked_at.eq(Some(now())))
        .execute(conn)?;
        alerts::raise(
            conn,
            &user,
            alerts::PASSWORD_RESET,
            &alerts::Detail::from_ip(ip),
            ip,
        )?;
        audit::record(
            conn,
            audit::Event {
                tenant_id: None,
                actor_user_id: Some(&user.id),
                action: "account.password_reset",
                object_type: "user",
                object_id: Some(&user.id),
                detail: String::new(),
                ip,
            },
        )
    })
}

/// An admin turns off a person's two-step sign-in (they lost their phone and recovery
/// codes). Only for people whose every membership is in the admin's tenant: another
/// supplier's buyer is not this admin's to vouch for.
pub fn admin_reset_two_factor(conn: &mut DbConn, actor: &Actor, user_id: &UserId) -> AppResult<()> {
    crate::policy::ensure(crate::policy::can_manage_people(actor))?;
    let tenants_of: Vec<TenantId> = memberships::table
        .filter(memberships::user_id.eq(user_id))
        .select(memberships::tenant_id)
        .load(conn)?;
    if !tenants_of.contains(&actor.tenant_id) {
        return Err(AppError::NotFound);
    }
    if tenants_of.iter().any(|t| *t != actor.tenant_id) {
        return Err(AppError::Conflict(
            "This person also works with other suppliers on Portico; their two-step sign-in can be reset only by the platform operator.".into(),
        ));
    }
    conn.write_tx(|conn| {
        diesel::update(users::table.find(user_id))
            .set((
                users::totp_secret.eq(None::<String>),
                users::totp_enabled_at.eq(None::<chrono::NaiveDateTime>),
                users::totp_last_step.eq(None::<i64>),
                users::token_version.eq(users::token_version + 1),
            ))
            .execute(conn)?;
        diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(user_id)))
            .execute(conn)?;
        alerts::raise_for(
            conn,
            user_id,
            alerts::TWO_FACTOR_RESET,
            &alerts::Detail::new(
                "notice.detail.reset_by",
                &[("name", &actor.display_name), ("email", &actor.email)],
            ),
            &actor.ip,
        )?;
        audit::record(
            conn,
            actor.event(
                "account.2fa_admin_reset",
                "user",
                Some(user_id),
                String::new(),
            ),
        )
    })
}
