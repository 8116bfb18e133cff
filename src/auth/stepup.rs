//! Step-up: sensitive actions (people and access, tenant policy, two-step sign-in, share
//! links) need a password or authenticator check within the last few minutes on this
//! session, so that a stolen session cookie alone cannot change who has access.

use crate::db::WriteTransaction;
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use diesel::prelude::*;
use futures_util::future::LocalBoxFuture;

use crate::auth::limits::{self, Rule, Taken, minutes};
use crate::auth::{password, second_factor};
use crate::db::schema::{sessions, users};
use crate::db::{Db, DbConn};
use crate::error::{AppError, AppResult};
use crate::ids::now;
use crate::policy::{Actor, Privilege};

/// How long a check counts.
pub const FRESH_MINUTES: i64 = 5;

pub fn is_fresh(actor: &Actor) -> bool {
    actor
        .reauth_at
        .is_some_and(|t| now() - t <= chrono::Duration::minutes(FRESH_MINUTES))
}

/// An actor whose session proved the password or a second factor within `FRESH_MINUTES`;
/// otherwise the request fails with `step_up_required` (pages go to `/account/confirm`).
pub struct Verified<P = Actor>(pub P);

impl<P: Privilege + 'static> FromRequest for Verified<P> {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let fut = Actor::from_request(req, payload);
        Box::pin(async move {
            let actor = fut.await?;
            // Privilege first: a buyer gets "not allowed", not an invitation to step up.
            let held = P::admit(actor)?;
            if is_fresh(held.actor()) {
                Ok(Verified(held))
            } else {
                Err(AppError::StepUpRequired)
            }
        })
    }
}

/// Step-up answers per session: the fifth wrong one ends the session. The count is the
/// session's own, so a stranger's wrong passwords elsewhere never block it.
pub const STEP_UP: Rule = Rule {
    limit: 5,
    window: minutes(24 * 60),
    backoff: &[],
};

fn step_up_key(session_id: &str) -> String {
    format!("step-up:{session_id}")
}

/// Checks the signed-in person's password, or an authenticator or recovery code (which also
/// counts on the account's second-factor limit), on the session's step-up limit. Every
/// password check of a signed-in person goes through here (step-up, password change,
/// turning two-step sign-in off): the drill found those unthrottled, answering while sign-in
/// was locked, and hashing while holding a pooled connection (24 threads of one session
/// pushed `/api/v1/me` to 850 ms). argon2 runs on the blocking pool with no connection held.
pub async fn check_secret(db: &Db, actor: &Actor, password: String, code: String) -> AppResult<()> {
    let key = step_up_key(&actor.session_id);
    let (a, k) = (actor.clone(), key.clone());
    let (count, hash) = db
        .run(move |c| {
            let count = match limits::take(c, &k, &STEP_UP)? {
                Taken::Allowed { count } => count,
                Taken::Refused { .. } => {
                    end_session(c, &a)?;
                    return Err(AppError::Unauthenticated);
                }
            };
            let hash: String = users::table
                .find(&a.user_id)
                .select(users::password_hash)
                .first(c)?;
            Ok((count, hash))
        })
        .await?;
    let code = code.trim().to_string();
    let ok = if !code.is_empty() {
        let a = actor.clone();
        db.run(move |c| second_factor::check(c, &a.user_id, &code, &a.ip))
            .await?
    } else if !password.is_empty() {
        actix_web::web::block(move || password::verify(&password, &hash))
            .await
            .map_err(AppError::internal)?
    } else {
        false
    };
    let a = actor.clone();
    db.run(move |c| {
        if ok {
            return limits::clear(c, &key);
        }
        crate::audit::record(
            c,
            a.event(
                "auth.step_up_failed",
                "session",
                Some(&a.session_id),
                format!("{count} of {}", STEP_UP.limit),
            ),
        )?;
        if count >= STEP_UP.limit {
            end_session(c, &a)?;
            return Err(AppError::invalid(
                "session_ended",
                "Too many wrong answers: this session has ended. Sign in again.",
            ));
        }
        Err(AppError::invalid(
            "confirmation_wrong",
            "That password or code is not correct.",
        ))
    })
    .await
}

fn end_session(conn: &mut DbConn, actor: &Actor) -> AppResult<()> {
    conn.write_tx(|conn| {
        diesel::update(sessions::table.find(&actor.session_id))
            .set(sessions::revoked_at.eq(Some(now())))
            .execute(conn)?;
        crate::audit::record(
            conn,
            actor.event(
                "auth.session_ended",
                "session",
                Some(&actor.session_id),
                "too many wrong step-up answers".into(),
            ),
        )
    })
}

/// A step-up: checks the answer (`check_secret`) and marks the session as freshly verified.
pub async fn confirm(db: &Db, actor: &Actor, password: String, code: String) -> AppResult<()> {
    check_secret(db, actor, password, code).await?;
    let a = actor.clone();
    db.run(move |conn| {
        conn.write_tx(|conn| {
            diesel::update(sessions::table.find(&a.session_id))
                .set(sessions::reauth_at.eq(Some(now())))
                .execute(conn)?;
            crate::audit::record(
                conn,
                a.event(
                    "auth.step_up",
                    "session",
                    Some(&a.session_id),
                    String::new(),
                ),
            )
        })
    })
    .await
}
