//! The signed-in person's own account: their sessions (see, end one, end all others) and their
//! password. Ending a session takes effect on that session's next request.

pub mod admin;
pub mod codes;
pub mod email;
pub mod recovery;
pub mod security;
pub mod twofactor;
pub mod web;

use crate::db::WriteTransaction;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::audit;
use crate::auth::password;
use crate::db::DbConn;
use crate::db::schema::{sessions, users};
use crate::error::{AppError, AppResult};
use crate::ids::{UserId, now};
use crate::policy::Actor;
use crate::web::paging::{Keyset, Page, id_cursor};

/// A live session of the signed-in account (in any tenant).
#[derive(Debug, Clone, Serialize, Queryable, utoipa::ToSchema)]
pub struct SessionView {
    pub id: String,
    /// `browser` or `api` (a session token from `/api/v1/auth/token`).
    #[schema(value_type = crate::web::api_enums::SessionKindName)]
    pub kind: String,
    pub user_agent: String,
    pub ip: String,
    #[serde(with = "crate::ids::utc")]
    pub created_at: NaiveDateTime,
    #[serde(with = "crate::ids::utc")]
    pub last_seen_at: NaiveDateTime,
    #[serde(with = "crate::ids::utc")]
    pub expires_at: NaiveDateTime,
}

/// A page of the live sessions of the actor's account, across tenants, newest first.
pub fn sessions_of(
    conn: &mut DbConn,
    actor: &Actor,
    keyset: &Keyset,
) -> AppResult<Page<SessionView>> {
    let mut q = sessions::table
        .filter(sessions::user_id.eq(&actor.user_id))
        .filter(sessions::revoked_at.is_null())
        .filter(sessions::expires_at.gt(now()))
        .into_boxed();
    if let Some(after) = keyset.after_id()? {
        q = q.filter(sessions::id.lt(after));
    }
    let rows: Vec<SessionView> = q
        .order(sessions::id.desc())
        .limit(keyset.fetch())
        .select((
            sessions::id,
            sessions::kind,
            sessions::user_agent,
            sessions::ip,
            sessions::created_at,
            sessions::last_seen_at,
            sessions::expires_at,
        ))
        .load(conn)?;
    Ok(keyset.page(rows, |s| id_cursor(&s.id)))
}

pub fn end_session(conn: &mut DbConn, actor: &Actor, session_id: &str) -> AppResult<()> {
    let sid = crate::ids::parse(session_id).ok_or(AppError::NotFound)?;
    conn.write_tx(|conn| {
        let n = diesel::update(
            sessions::table
                .filter(sessions::user_id.eq(&actor.user_id))
                .filter(sessions::id.eq(&sid))
                .filter(sessions::revoked_at.is_null()),
        )
        .set(sessions::revoked_at.eq(Some(now())))
        .execute(conn)?;
        if n == 0 {
            return Err(AppError::NotFound);
        }
        audit::record(
            conn,
            actor.event("session.end", "session", Some(&sid), String::new()),
        )
    })
}

/// Ends every session of the account except the one making the request.
pub fn end_others(conn: &mut DbConn, actor: &Actor) -> AppResult<usize> {
    conn.write_tx(|conn| {
        let n = diesel::update(
            sessions::table
                .filter(sessions::user_id.eq(&actor.user_id))
                .filter(sessions::id.ne(&actor.session_id))
                .filter(sessions::revoked_at.is_null()),
        )
        .set(sessions::revoked_at.eq(Some(now())))
        .execute(conn)?;
        audit::record(
            conn,
            actor.event(
                "session.end_others",
                "user",
                Some(&actor.user_id),
                format!("{n} sessions"),
            ),
        )?;
        Ok(n)
    })
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct PasswordChange {
    #[serde(default)]
    pub current: String,
    #[serde(default)]
    pub new: String,
    #[serde(default)]
    pub confirm: String,
}

/// Checks the current password (on the session's step-up limit, argon2 off the pool), sets
/// the new one, bumps the token version and ends every other session. Returns the new token
/// version for the caller's fresh access token.
pub async fn change_password(
    db: &crate::db::Db,
    actor: &Actor,
    input: PasswordChange,
) -> AppResult<i32> {
    crate::auth::stepup::check_secret(db, actor, input.current.clone(), String::new()).await?;
    password::validate_new(&input.new)?;
    if input.new != input.confirm {
        return Err(AppError::invalid(
            "password_mismatch",
            "The two passwords are not the same.",
        ));
    }
    if input.new == input.current {
        return Err(AppError::invalid(
            "password_unchanged",
            "Choose a password different from the current one.",
        ));
    }
    let new = input.new;
    let hash = actix_web::web::block(move || password::hash(&new))
        .await
        .map_err(AppError::internal)??;
    let a = actor.clone();
    db.run(move |c| set_password(c, &a, &hash)).await
}

fn set_password(conn: &mut DbConn, actor: &Actor, hash: &str) -> AppResult<i32> {
    conn.write_tx(|conn| {
        diesel::update(users::table.find(&actor.user_id))
            .set((
                users::password_hash.eq(hash),
                users::token_version.eq(users::token_version + 1),
                users::updated_at.eq(now()),
            ))
            .execute(conn)?;
        diesel::update(
            sessions::table
                .filter(sessions::user_id.eq(&actor.user_id))
                .filter(sessions::id.ne(&actor.session_id))
                .filter(sessions::revoked_at.is_null()),
        )
        .set(sessions::revoked_at.eq(Some(now())))
        .execute(conn)?;
        crate::auth::alerts::raise_for(
            conn,
            &actor.user_id,
            crate::auth::alerts::PASSWORD_CHANGED,
            &crate::auth::alerts::Detail::from_ip(&actor.ip),
            &actor.ip,
        )?;
        audit::record(
            conn,
            actor.event(
                "account.password_change",
                "user",
                Some(&actor.user_id),
                String::new(),
            ),
        )?;
        Ok(users::table
            .find(&actor.user_id)
            .select(users::token_version)
            .first(conn)?)
    })
}

pub const MAX_PHRASE: usize = 60;

/// The person's anti-phishing phrase, if they chose one.
pub fn phrase_of(conn: &mut DbConn, user_id: &UserId) -> AppResult<Option<String>> {
    Ok(users::table
        .find(user_id)
        .select(users::phishing_phrase)
        .first(conn)?)
}

/// Sets (or, when empty, clears) the phrase shown in every e-mail Portico sends the person
/// and on the sign-in page of their devices.
pub fn set_phrase(conn: &mut DbConn, actor: &Actor, raw: &str) -> AppResult<()> {
    let phrase = crate::validate::optional_text("phrase", raw, MAX_PHRASE)?;
    if phrase.as_ref().is_some_and(|p| p.chars().count() < 4) {
        return Err(AppError::invalid(
            "phrase_too_short",
            "Choose a phrase of at least 4 characters.",
        ));
    }
    conn.write_tx(|conn| {
        diesel::update(users::table.find(&actor.user_id))
            .set(users::phishing_phrase.eq(&phrase))
            .execute(conn)?;
        audit::record(
            conn,
            actor.event(
                "account.phrase",
                "user",
                Some(&actor.user_id),
                if phrase.is_some() { "set" } else { "cleared" }.into(),
            ),
        )
    })
}

/// A person's own time zone (an IANA name such as `Europe/Madrid`), shown instead of the
/// company's on every page; empty goes back to the company's.
pub fn set_time_zone(conn: &mut DbConn, actor: &Actor, raw: &str) -> AppResult<()> {
    let zone = match raw.trim() {
        "" => None,
        z => Some(
            z.parse::<chrono_tz::Tz>()
                .map_err(|_| {
                    AppError::invalid(
                        "timezone_invalid",
                        "Unknown time zone: use a name such as Asia/Shanghai, Europe/Berlin or UTC.",
                    )
                })?
                .name()
                .to_string(),
        ),
    };
    conn.write_tx(|conn| {
        diesel::update(users::table.find(&actor.user_id))
            .set(users::time_zone.eq(&zone))
            .execute(conn)?;
        audit::record(
            conn,
            actor.event(
                "account.time_zone",
                "user",
                Some(&actor.user_id),
                zone.clone().unwrap_or_else(|| "the company's".into()),
            ),
        )
    })
}

/// A person's own time zone, if they chose one.
pub fn own_time_zone(conn: &mut DbConn, actor: &Actor) -> AppResult<Option<String>> {
    Ok(users::table
        .find(&actor.user_id)
        .select(users::time_zone)
        .first(conn)?)
}

/// The supplier `email`'s account last signed in to on `device_id` (the same rule as the
/// phrase: a device that never had a session of it learns nothing, not even that it exists).
pub fn supplier_for_device(
    conn: &mut DbConn,
    email: &str,
    device_id: &str,
) -> AppResult<Option<crate::tenants::brand::Brand>> {
    let tenant: Option<crate::ids::TenantId> = users::table
        .inner_join(sessions::table)
        .filter(users::email.eq(email))
        .filter(sessions::device_id.eq(device_id))
        .order(sessions::last_seen_at.desc())
        .select(sessions::tenant_id)
        .first(conn)
        .optional()?;
    tenant
        .map(|t| crate::tenants::brand::of(conn, &t))
        .transpose()
}

/// The phrase of `email`'s account if `device_id` has had a session of it.
pub fn phrase_for_device(
    conn: &mut DbConn,
    email: &str,
    device_id: &str,
) -> AppResult<Option<String>> {
    Ok(users::table
        .inner_join(sessions::table)
        .filter(users::email.eq(email))
        .filter(sessions::device_id.eq(device_id))
        .select(users::phishing_phrase)
        .first::<Option<String>>(conn)
        .optional()?
        .flatten())
}
