//! Signing in: the password (argon2 off the async workers and the pool), the throttle, the
//! second step when the person has one, and the session that opens at the end.

use crate::db::WriteTransaction;
use chrono::Duration;
use diesel::prelude::*;

use super::session::{
    ACCESS_TTL_SECS, API_TOKEN_SECS, Client, Issued, MFA_ATTEMPTS, MFA_MINUTES, SessionKind,
    issue_access,
};
use crate::audit::{self, Event};
use crate::auth::keys::Keys;
use crate::auth::secrets::{hash_token, random_token};
use crate::auth::{password, throttle};
use crate::db::DbConn;
use crate::db::schema::{memberships, mfa_challenges, sessions, tenants, users};
use crate::error::{AppError, AppResult};
use crate::ids::{TenantId, UserId, new_id, now};
use crate::people;

/// Checks e-mail and password and opens a session. Unknown e-mail and wrong password give the
/// same error after the same amount of hashing work.
pub fn sign_in(
    conn: &mut DbConn,
    keys: &Keys,
    email: &str,
    password_input: &str,
    client: &Client,
    kind: SessionKind,
) -> AppResult<Issued> {
    let email = normalize_email(email);
    throttle::begin(conn, &email, &client.ip)?;
    let found = stored_hash(conn, &email)?;
    let ok = check_password(found.as_ref(), password_input);
    finish_sign_in(conn, keys, &email, found.map(|f| f.0), ok, client, kind)
}

/// The same as `sign_in` for request handlers: the argon2 work runs on the blocking pool
/// without holding a database connection, so a burst of sign-ins cannot starve the pool.
pub async fn sign_in_async(
    db: &crate::db::Db,
    keys: &Keys,
    email: &str,
    password_input: String,
    client: Client,
    kind: SessionKind,
) -> AppResult<Issued> {
    let email = normalize_email(email);
    let (e, ip) = (email.clone(), client.ip.clone());
    // Throttled attempts cost no hashing work at all.
    let found = db
        .run(move |c| {
            throttle::begin(c, &e, &ip)?;
            stored_hash(c, &e)
        })
        .await?;
    let f = found.clone();
    let ok = actix_web::web::block(move || check_password(f.as_ref(), &password_input))
        .await
        .map_err(AppError::internal)?;
    let keys = keys.clone();
    db.run(move |c| finish_sign_in(c, &keys, &email, found.map(|f| f.0), ok, &client, kind))
        .await
}

fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase().chars().take(254).collect()
}

/// (user id, password hash) for an e-mail address.
fn stored_hash(conn: &mut DbConn, email: &str) -> AppResult<Option<(UserId, String)>> {
    Ok(people::find_user_by_email(conn, email)?.map(|u| (u.id, u.password_hash)))
}

fn check_password(found: Option<&(UserId, String)>, password_input: &str) -> bool {
    match found {
        Some((_, hash)) => password::verify(password_input, hash),
        None => password::verify_dummy(password_input),
    }
}

fn finish_sign_in(
    conn: &mut DbConn,
    keys: &Keys,
    email: &str,
    user_id: Option<UserId>,
    password_ok: bool,
    client: &Client,
    kind: SessionKind,
) -> AppResult<Issued> {
    let bad = || {
        AppError::invalid(
            "invalid_credentials",
            "The e-mail address or password is not correct.",
        )
    };
    let Some(user_id) = user_id else {
        throttle::record_failure(conn, email, &client.ip)?;
        audit::record(conn, failure_event(None, email, "unknown account", client))?;
        return Err(bad());
    };
    if !password_ok {
        throttle::record_failure(conn, email, &client.ip)?;
        audit::record(
            conn,
            failure_event(Some(&user_id), email, "wrong password", client),
        )?;
        crate::auth::alerts::on_failed_sign_in(conn, &user_id, &client.ip)?;
        return Err(bad());
    }
    let user = users::table
        .find(&user_id)
        .select(people::User::as_select())
        .first(conn)?;
    if user.status != people::STATUS_ACTIVE {
        audit::record(
            conn,
            failure_event(Some(&user.id), email, "account disabled", client),
        )?;
        return Err(bad());
    }
    let tenant_id: Option<TenantId> = memberships::table
        .filter(memberships::user_id.eq(&user.id))
        .filter(crate::policy::membership_live(now()))
        .order(memberships::created_at.asc())
        .select(memberships::tenant_id)
        .first(conn)
        .optional()?;
    let Some(tenant_id) = tenant_id else {
        audit::record(
            conn,
            failure_event(Some(&user.id), email, "no membership", client),
        )?;
        return Err(AppError::Forbidden(
            "Your account has no access to any supplier at the moment.",
        ));
    };

    if user.password_reset_required {
        // "This wasn't me" was used: the old password opens nothing any more.
        audit::record(
            conn,
            failure_event(Some(&user.id), email, "new password required", client),
        )?;
        return Err(AppError::invalid(
            "password_reset_required",
            "For your security a new password is required. Choose \"Forgot your password?\" to set one with a code sent to your e-mail.",
        ));
    }
    throttle::record_success(conn, email, &client.ip)?;
    if user.totp_enabled_at.is_some() {
        // The password was right; the session opens only after the second step.
        let challenge = random_token();
        diesel::insert_into(mfa_challenges::table)
            .values((
                mfa_challenges::id.eq(new_id()),
                mfa_challenges::user_id.eq(&user.id),
                mfa_challenges::token_hash.eq(hash_token(&challenge)),
                mfa_challenges::session_kind.eq(kind.as_str()),
                mfa_challenges::attempts.eq(0),
                mfa_challenges::created_at.eq(now()),
                mfa_challenges::expires_at.eq(now() + Duration::minutes(MFA_MINUTES)),
            ))
            .execute(conn)?;
        return Err(AppError::SecondFactorRequired(challenge));
    }
    open_session(conn, keys, &user, &tenant_id, client, kind)
}

/// Creates the session row and the tokens for a fully authenticated person.
fn open_session(
    conn: &mut DbConn,
    keys: &Keys,
    user: &people::User,
    tenant_id: &TenantId,
    client: &Client,
    kind: SessionKind,
) -> AppResult<Issued> {
    // A burst of right passwords is still a burst (the drill opened 442 sessions in 8 s).
    crate::auth::limits::take(
        conn,
        &format!(
            "new-session:{}|{}",
            user.id,
            crate::auth::throttle::client_net(&client.ip)
        ),
        &NEW_SESSIONS,
    )?
    .or_refuse(|wait| format!("Too many sign-ins from here. Try again in {wait}."))?;
    let refresh = random_token();
    let session_id = new_id();
    let t = now();
    let session_hours: i32 = tenants::table
        .find(tenant_id)
        .select(tenants::session_hours)
        .first(conn)?;
    let ttl = match kind {
        SessionKind::Browser => Duration::hours(session_hours.clamp(1, 24 * 30).into()),
        SessionKind::Api => Duration::seconds(API_TOKEN_SECS),
    };
    conn.write_tx(|conn| {
        crate::auth::alerts::on_sign_in(conn, user, tenant_id, client, kind)?;
        diesel::insert_into(sessions::table)
            .values((
                sessions::id.eq(&session_id),
                sessions::user_id.eq(&user.id),
                sessions::tenant_id.eq(&tenant_id),
                sessions::kind.eq(kind.as_str()),
                sessions::token_hash.eq(hash_token(&refresh)),
                sessions::user_agent.eq(truncate(&client.user_agent, 300)),
                sessions::ip.eq(&client.ip),
                sessions::created_at.eq(t),
                sessions::last_seen_at.eq(t),
                sessions::expires_at.eq(t + ttl),
                sessions::device_id.eq(&client.device_id),
                sessions::reauth_at.eq(Some(t)),
            ))
            .execute(conn)?;
        end_oldest_sessions(conn, &user.id, t)?;
        audit::record(
            conn,
            Event {
                tenant_id: Some(tenant_id),
                actor_user_id: Some(&user.id),
                action: "auth.sign_in",
                object_type: "session",
                object_id: Some(&session_id),
                detail: kind.as_str().into(),
                ip: &client.ip,
            },
        )
    })?;
    let access_ttl = match kind {
        SessionKind::Browser => ACCESS_TTL_SECS,
        SessionKind::Api => API_TOKEN_SECS,
    };
    Ok(Issued {
        access_token: issue_access(
            keys,
            &user.id,
            tenant_id,
            &session_id,
            user.token_version,
            access_ttl,
        ),
        access_expires_in: access_ttl,
        refresh_token: (kind == SessionKind::Browser).then_some(refresh),
    })
}

/// New sessions per account and client address in a minute.
pub const NEW_SESSIONS: crate::auth::limits::Rule = crate::auth::limits::Rule {
    limit: 10,
    window: Duration::seconds(60),
    backoff: &[],
};
/// Live sessions per account: the oldest end when a new one would pass this.
pub const MAX_SESSIONS: i64 = 20;

/// Ends the oldest live sessions of the person beyond `MAX_SESSIONS`.
fn end_oldest_sessions(
    conn: &mut DbConn,
    user_id: &UserId,
    t: chrono::NaiveDateTime,
) -> AppResult<()> {
    let live: Vec<String> = sessions::table
        .filter(sessions::user_id.eq(user_id))
        .filter(sessions::revoked_at.is_null())
        .filter(sessions::expires_at.gt(t))
        .order(sessions::created_at.desc())
        .offset(MAX_SESSIONS)
        .limit(1000)
        .select(sessions::id)
        .load(conn)?;
    if !live.is_empty() {
        diesel::update(sessions::table.filter(sessions::id.eq_any(&live)))
            .set(sessions::revoked_at.eq(Some(t)))
            .execute(conn)?;
    }
    Ok(())
}

fn failure_event<'a>(
    user_id: Option<&'a UserId>,
    email: &str,
    why: &str,
    client: &'a Client,
) -> Event<'a> {
    Event {
        tenant_id: None,
        actor_user_id: user_id,
        action: "auth.sign_in_failed",
        object_type: "user",
        object_id: user_id.map(|u| u.as_str()),
        detail: format!("{}: {why}", truncate(email, 254)),
        ip: &client.ip,
    }
}

fn truncate(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

/// The second step: a TOTP code (each accepted once) or an unused recovery code completes the
/// sign-in that `sign_in` began.
pub fn complete_second_factor(
    conn: &mut DbConn,
    keys: &Keys,
    challenge: &str,
    code: &str,
    client: &Client,
) -> AppResult<Issued> {
    let expired = || {
        AppError::invalid(
            "challenge_expired",
            "The sign-in took too long. Sign in again.",
        )
    };
    // Each try is spent before the code is checked, in one statement: parallel guesses
    // cannot pass the challenge's limit (the drill got 8 guesses through on PostgreSQL).
    let h = hash_token(challenge);
    let spent = diesel::update(
        mfa_challenges::table
            .filter(mfa_challenges::token_hash.eq(&h))
            .filter(mfa_challenges::used_at.is_null())
            .filter(mfa_challenges::expires_at.gt(now()))
            .filter(mfa_challenges::attempts.lt(MFA_ATTEMPTS)),
    )
    .set(mfa_challenges::attempts.eq(mfa_challenges::attempts + 1))
    .execute(conn)?;
    if spent != 1 {
        return Err(expired());
    }
    let (cid, uid, kind): (String, UserId, String) = mfa_challenges::table
        .filter(mfa_challenges::token_hash.eq(&h))
        .select((
            mfa_challenges::id,
            mfa_challenges::user_id,
            mfa_challenges::session_kind,
        ))
        .first(conn)?;
    let user = users::table
        .find(&uid)
        .select(people::User::as_select())
        .first(conn)?;
    if user.status != people::STATUS_ACTIVE || user.password_reset_required {
        return Err(expired());
    }
    if !crate::auth::second_factor::check(conn, &uid, code, &client.ip)? {
        audit::record(
            conn,
            failure_event(Some(&uid), &user.email, "wrong second factor", client),
        )?;
        return Err(AppError::invalid("code_wrong", "The code is not correct."));
    }
    let used = diesel::update(
        mfa_challenges::table
            .filter(mfa_challenges::id.eq(&cid))
            .filter(mfa_challenges::used_at.is_null()),
    )
    .set(mfa_challenges::used_at.eq(Some(now())))
    .execute(conn)?;
    if used != 1 {
        return Err(expired());
    }
    let tenant_id: TenantId = memberships::table
        .filter(memberships::user_id.eq(&uid))
        .filter(crate::policy::membership_live(now()))
        .order(memberships::created_at.asc())
        .select(memberships::tenant_id)
        .first(conn)
        .optional()?
        .ok_or(AppError::Forbidden(
            "Your account has no access to any supplier at the moment.",
        ))?;
    let kind = if kind == "api" {
        SessionKind::Api
    } else {
        SessionKind::Browser
    };
    open_session(conn, keys, &user, &tenant_id, client, kind)
}
