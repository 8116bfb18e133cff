//! The contact address: verified by a one-time code before security notices are mailed to
//! it; changed only after a step-up and a code sent to the new address, and the old address
//! is told.

use diesel::prelude::*;

use crate::audit;
use crate::auth::alerts;
use crate::db::schema::{user_codes, users};
use crate::db::{DbConn, WriteTransaction};
use crate::error::{AppError, AppResult};
use crate::ids::now;
use crate::mail::{self, Mail};
use crate::policy::Actor;

pub const VERIFY: &str = "verify_email";
const CODE_MINUTES: i64 = 30;
const CODE_TRIES: i32 = 5;

#[derive(Debug, Clone, serde::Serialize)]
pub struct Status {
    pub email: String,
    pub verified: bool,
    /// A change waiting for its code.
    pub pending: Option<String>,
    /// A code was sent and still works.
    pub code_live: bool,
}

pub fn status(conn: &mut DbConn, actor: &Actor) -> AppResult<Status> {
    let (email, verified): (String, Option<chrono::NaiveDateTime>) = users::table
        .find(&actor.user_id)
        .select((users::email, users::email_verified_at))
        .first(conn)?;
    let pending: Option<Option<String>> = user_codes::table
        .filter(user_codes::user_id.eq(&actor.user_id))
        .filter(user_codes::purpose.eq(VERIFY))
        .filter(user_codes::used_at.is_null())
        .filter(user_codes::expires_at.gt(now()))
        .order(user_codes::created_at.desc())
        .select(user_codes::new_email)
        .first(conn)
        .optional()?;
    Ok(Status {
        email,
        verified: verified.is_some(),
        code_live: pending.is_some(),
        pending: pending.flatten(),
    })
}

/// Codes one person may be sent in an hour.
pub const CODES: crate::auth::limits::Rule = crate::auth::limits::Rule {
    limit: 3,
    window: chrono::Duration::seconds(3600),
    backoff: &[],
};

/// Sends a code to the current address (`new_email: None`) or to a new one (a change, which
/// the caller has stepped up for). Earlier codes stop working. Returns the code sent (for the
/// operator's console when no mail relay is configured); none when nothing was sent.
pub fn send_code(
    conn: &mut DbConn,
    actor: &Actor,
    new_email: Option<&str>,
    public_url: &str,
) -> AppResult<Option<String>> {
    // The limit comes first, and the answer is the same for every address: the security
    // drill learnt which addresses have accounts from an error given before the limit.
    let target = new_email.map(crate::validate::email).transpose()?;
    crate::auth::limits::take(conn, &format!("email-code:{}", actor.user_id), &CODES)?
        .or_refuse(|wait| {
            format!("Three codes were sent in the last hour. Use the newest one, or try again in {wait}.")
        })?;
    if let Some(e) = &target
        && let Some(owner) = crate::people::find_user_by_email(conn, e)?
    {
        // Nothing to confirm: the address's owner is told, the asker sees the usual answer.
        let locale = owner.locale.unwrap_or(crate::i18n::Locale::En).code();
        mail::queue(
            conn,
            Mail {
                tenant_id: None,
                to: &owner.email,
                locale,
                subject: mail::text(locale, "mail.email_taken.subject", &[]),
                body: format!(
                    "{}\n",
                    mail::text(locale, "mail.email_taken.body", &[("ip", actor.ip.clone())])
                ),
            },
        )?;
        audit::record(
            conn,
            actor.event(
                "account.email_change_refused",
                "user",
                Some(&actor.user_id),
                "the address belongs to another account".into(),
            ),
        )?;
        return Ok(None);
    }
    let to = target.clone().unwrap_or_else(|| actor.email.clone());
    let code = crate::auth::human_code::generate(crate::auth::human_code::EMAIL);
    let locale = actor.locale.unwrap_or(crate::i18n::Locale::En).code();
    conn.write_tx(|conn| {
        super::codes::issue(
            conn,
            &actor.user_id,
            VERIFY,
            &code,
            target.as_deref(),
            CODE_MINUTES,
        )?;
        mail::queue(
            conn,
            Mail {
                tenant_id: None,
                to: &to,
                locale,
                subject: mail::text(locale, "mail.email_confirm.subject", &[]),
                body: format!(
                    "{}\n",
                    mail::text(
                        locale,
                        "mail.email_confirm.body",
                        &[
                            ("code", code.clone()),
                            ("minutes", CODE_MINUTES.to_string()),
                            ("url", format!("{public_url}/account/email")),
                        ],
                    )
                ),
            },
        )?;
        Ok(Some(code.clone()))
    })
}

/// Checks the code: verifies the address, or completes a change (notifying the old address).
pub fn confirm(conn: &mut DbConn, actor: &Actor, code: &str) -> AppResult<()> {
    let wrong = || AppError::invalid("code_wrong", "The code is not correct or has expired.");
    let super::codes::Matched { id, new_email } =
        super::codes::check(conn, &actor.user_id, VERIFY, code.trim(), CODE_TRIES)?
            .ok_or_else(wrong)?;
    conn.write_tx(|conn| {
        if !super::codes::use_up(conn, &id)? {
            return Err(wrong());
        }
        match &new_email {
            None => {
                diesel::update(users::table.find(&actor.user_id))
                    .set(users::email_verified_at.eq(Some(now())))
                    .execute(conn)?;
                audit::record(
                    conn,
                    actor.event(
                        "account.email_verified",
                        "user",
                        Some(&actor.user_id),
                        String::new(),
                    ),
                )
            }
            Some(new) => {
                let old = actor.email.clone();
                diesel::update(users::table.find(&actor.user_id))
                    .set((
                        users::email.eq(new),
                        users::email_verified_at.eq(Some(now())),
                        users::updated_at.eq(now()),
                    ))
                    .execute(conn)?;
                // The old address hears of it (a thief changing the address must not go
                // unnoticed), and so does the new one.
                mail::queue(
                    conn,
                    Mail {
                        tenant_id: None,
                        to: &old,
                        locale: actor.locale.unwrap_or(crate::i18n::Locale::En).code(),
                        subject: mail::text(
                            actor.locale.unwrap_or(crate::i18n::Locale::En).code(),
                            "mail.email_changed.subject",
                            &[],
                        ),
                        body: format!(
                            "{}\n",
                            mail::text(
                                actor.locale.unwrap_or(crate::i18n::Locale::En).code(),
                                "mail.email_changed.body",
                                &[("old", old.clone()), ("ip", actor.ip.clone())],
                            )
                        ),
                    },
                )?;
                alerts::raise_for(
                    conn,
                    &actor.user_id,
                    alerts::EMAIL_CHANGED,
                    &alerts::Detail::new(
                        "notice.detail.email_changed",
                        &[("old", &old), ("new", new)],
                    ),
                    &actor.ip,
                )?;
                audit::record(
                    conn,
                    actor.event(
                        "account.email_change",
                        "user",
                        Some(&actor.user_id),
                        format!("{old} -> {new}"),
                    ),
                )
            }
        }
    })
}
