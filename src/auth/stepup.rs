//! Step-up: sensitive actions (people and access, tenant policy, two-step sign-in, share
//! links) need a password or authenticator check within the last few minutes on this
//! session, so that a stolen session cookie alone cannot change who has access.

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use diesel::prelude::*;
use futures_util::future::LocalBoxFuture;

use crate::auth::{password, throttle, totp};
use crate::db::DbConn;
use crate::db::schema::{sessions, users};
use crate::error::{AppError, AppResult};
use crate::ids::now;
use crate::policy::Actor;

/// How long a check counts.
pub const FRESH_MINUTES: i64 = 5;

pub fn is_fresh(actor: &Actor) -> bool {
    actor
        .reauth_at
        .is_some_and(|t| now() - t <= chrono::Duration::minutes(FRESH_MINUTES))
}

/// An actor whose session proved the password or a second factor within `FRESH_MINUTES`;
/// otherwise the request fails with `step_up_required` (pages go to `/account/confirm`).
pub struct Verified(pub Actor);

impl FromRequest for Verified {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let fut = Actor::from_request(req, payload);
        Box::pin(async move {
            let actor = fut.await?;
            if is_fresh(&actor) {
                Ok(Verified(actor))
            } else {
                Err(AppError::StepUpRequired)
            }
        })
    }
}

/// Checks the password (argon2, on the caller's blocking thread) or a TOTP code, and marks
/// the session as freshly verified. Failures count towards the sign-in limits.
pub fn confirm(
    conn: &mut DbConn,
    actor: &Actor,
    password_input: &str,
    code: &str,
) -> AppResult<()> {
    throttle::check(conn, &actor.email, &actor.ip)?;
    let (hash, secret, last, enabled): (
        String,
        Option<String>,
        Option<i64>,
        Option<chrono::NaiveDateTime>,
    ) = users::table
        .find(&actor.user_id)
        .select((
            users::password_hash,
            users::totp_secret,
            users::totp_last_step,
            users::totp_enabled_at,
        ))
        .first(conn)?;
    // A secret still being enrolled (shown on /account/2fa to whoever holds the session)
    // proves nothing.
    let secret = secret.filter(|_| enabled.is_some());
    let code = code.trim();
    let ok = if !code.is_empty() {
        match secret
            .as_deref()
            .and_then(|s| totp::verify(s, code, last, chrono::Utc::now().timestamp() as u64))
        {
            Some(step) => {
                diesel::update(users::table.find(&actor.user_id))
                    .set(users::totp_last_step.eq(Some(step)))
                    .execute(conn)?;
                true
            }
            None => false,
        }
    } else {
        !password_input.is_empty() && password::verify(password_input, &hash)
    };
    if !ok {
        throttle::record_failure(conn, &actor.email, &actor.ip)?;
        crate::audit::record(
            conn,
            actor.event(
                "auth.step_up_failed",
                "session",
                Some(&actor.session_id),
                String::new(),
            ),
        )?;
        return Err(AppError::invalid(
            "confirmation_wrong",
            "That password or code is not correct.",
        ));
    }
    diesel::update(sessions::table.find(&actor.session_id))
        .set(sessions::reauth_at.eq(Some(now())))
        .execute(conn)?;
    crate::audit::record(
        conn,
        actor.event(
            "auth.step_up",
            "session",
            Some(&actor.session_id),
            String::new(),
        ),
    )
}
