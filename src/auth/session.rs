//! Sessions: sign-in creates a server-side session row (its opaque refresh token stored only
//! as a hash) and a short-lived access JWT naming it. Every request re-checks the session,
//! the account and the membership, so sign-out, revocation and a bumped token version take
//! effect on the very next request.

use crate::db::WriteTransaction;
use chrono::Duration;
use diesel::prelude::*;

use crate::audit::{self, Event};
use crate::auth::jwt::{self, Claims};
use crate::auth::keys::Keys;
use crate::auth::secrets::{hash_token, random_token};
use crate::auth::{password, throttle};
use crate::db::DbConn;
use crate::db::schema::{memberships, mfa_challenges, sessions, tenants, users};
use crate::error::{AppError, AppResult};
use crate::ids::{new_id, now};
use crate::people::{self, Role};
use crate::policy::Actor;

pub const ACCESS_TTL_SECS: i64 = 15 * 60;
pub const BROWSER_SESSION_HOURS: i64 = 12;
pub const API_TOKEN_SECS: i64 = 60 * 60;
/// A refresh token just rotated away is still honoured this long, because a browser may send
/// several requests with the old cookie before the new one arrives.
pub const ROTATION_GRACE_SECS: i64 = 30;
/// A browser session nobody used for this long ends (access tokens last 15 minutes, so an
/// active page renews well within it).
pub const IDLE_MINUTES: i64 = 30;
/// How long the second sign-in step waits for its code, and how many tries it allows.
pub const MFA_MINUTES: i64 = 5;
pub const MFA_ATTEMPTS: i32 = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionKind {
    Browser,
    Api,
}

impl SessionKind {
    fn as_str(self) -> &'static str {
        match self {
            SessionKind::Browser => "browser",
            SessionKind::Api => "api",
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Client {
    pub ip: String,
    pub user_agent: String,
    /// The browser's long-lived device cookie (new devices are noticed at sign-in).
    pub device_id: Option<String>,
}

/// Tokens handed to the client after sign-in, refresh or a tenant switch.
#[derive(Debug, Clone)]
pub struct Issued {
    pub access_token: String,
    pub access_expires_in: i64,
    /// A new refresh token to store (browser sessions only; `None` keeps the current one).
    pub refresh_token: Option<String>,
}

fn issue_access(
    keys: &Keys,
    user_id: &str,
    tenant_id: &str,
    session_id: &str,
    ver: i32,
    ttl: i64,
) -> String {
    let iat = chrono::Utc::now().timestamp();
    jwt::encode(
        &keys.jwt,
        &Claims {
            sub: user_id.into(),
            tid: tenant_id.into(),
            sid: session_id.into(),
            ver,
            iat,
            exp: iat + ttl,
        },
    )
}

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
fn stored_hash(conn: &mut DbConn, email: &str) -> AppResult<Option<(String, String)>> {
    Ok(people::find_user_by_email(conn, email)?.map(|u| (u.id, u.password_hash)))
}

fn check_password(found: Option<&(String, String)>, password_input: &str) -> bool {
    match found {
        Some((_, hash)) => password::verify(password_input, hash),
        None => password::verify_dummy(password_input),
    }
}

fn finish_sign_in(
    conn: &mut DbConn,
    keys: &Keys,
    email: &str,
    user_id: Option<String>,
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
    let tenant_id: Option<String> = memberships::table
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
    tenant_id: &str,
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
    user_id: &str,
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
    user_id: Option<&'a str>,
    email: &str,
    why: &str,
    client: &'a Client,
) -> Event<'a> {
    Event {
        tenant_id: None,
        actor_user_id: user_id,
        action: "auth.sign_in_failed",
        object_type: "user",
        object_id: user_id,
        detail: format!("{}: {why}", truncate(email, 254)),
        ip: &client.ip,
    }
}

fn truncate(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

type ActorRow = (
    (String, String, String, Option<String>, String, i32),
    (String, String, String, String, bool, bool),
    (String, Option<String>, bool, bool),
    (
        String,
        chrono::NaiveDateTime,
        Option<chrono::NaiveDateTime>,
        Option<chrono::NaiveDateTime>,
    ),
);

/// Turns verified claims into an `Actor`, or refuses: the session must be live and belong to
/// the user, the account active with the same token version, and the membership present.
pub fn authenticate(conn: &mut DbConn, claims: &Claims, ip: &str) -> AppResult<Actor> {
    let row: Option<ActorRow> = sessions::table
        .inner_join(users::table)
        .inner_join(tenants::table.on(tenants::id.eq(sessions::tenant_id)))
        .inner_join(
            memberships::table.on(memberships::user_id
                .eq(sessions::user_id)
                .and(memberships::tenant_id.eq(sessions::tenant_id))),
        )
        .filter(sessions::id.eq(&claims.sid))
        .filter(sessions::user_id.eq(&claims.sub))
        .filter(sessions::tenant_id.eq(&claims.tid))
        // A membership with an end date stops working then, in every open session.
        .filter(crate::policy::membership_live(now()))
        .select((
            (
                users::id,
                users::email,
                users::display_name,
                users::locale,
                users::status,
                users::token_version,
            ),
            (
                tenants::id,
                tenants::name,
                tenants::slug,
                tenants::require_2fa_roles,
                users::totp_enabled_at.is_not_null(),
                users::email_verified_at.is_not_null(),
            ),
            (
                memberships::role,
                memberships::customer_org_id,
                memberships::all_orders,
                memberships::is_lead,
            ),
            (
                sessions::id,
                sessions::expires_at,
                sessions::revoked_at,
                sessions::reauth_at,
            ),
        ))
        .first(conn)
        .optional()?;
    let Some(((user_id, email, display_name, locale, status, ver), tenant, membership, session)) =
        row
    else {
        return Err(AppError::Unauthenticated);
    };
    let (session_id, expires_at, revoked_at, reauth_at) = session;
    if status != people::STATUS_ACTIVE
        || ver != claims.ver
        || revoked_at.is_some()
        || expires_at <= now()
    {
        return Err(AppError::Unauthenticated);
    }
    let role =
        Role::parse(&membership.0).ok_or_else(|| AppError::internal("unknown role in database"))?;
    Ok(Actor {
        user_id,
        email,
        display_name,
        locale,
        tenant_id: tenant.0,
        tenant_name: tenant.1,
        tenant_slug: tenant.2,
        role,
        customer_org_id: membership.1,
        all_orders: membership.2,
        is_lead: membership.3,
        // The tenant requires two-step sign-in for this role and the person has none yet.
        must_enrol: !tenant.4 && tenant.3.split(',').any(|r| r == role.as_str()),
        must_confirm_email: !tenant.5 && crate::policy::must_confirm_email(role),
        session_id,
        reauth_at,
        ip: ip.to_string(),
        api_token: None,
    })
}

/// Exchanges a refresh token for a new access token (and, unless within the rotation grace,
/// a new refresh token). A rotated-away token presented after the grace means the token was
/// copied: the session is revoked.
pub fn refresh(conn: &mut DbConn, keys: &Keys, refresh_token: &str) -> AppResult<Option<Issued>> {
    let h = hash_token(refresh_token);
    let t = now();
    conn.write_tx(|conn| {
        type Row = (
            String,
            String,
            String,
            Option<String>,
            Option<chrono::NaiveDateTime>,
            chrono::NaiveDateTime,
            Option<chrono::NaiveDateTime>,
            i32,
            String,
            chrono::NaiveDateTime,
        );
        let row: Option<Row> = sessions::table
            .inner_join(users::table)
            .filter(
                sessions::token_hash
                    .eq(&h)
                    .or(sessions::prev_token_hash.eq(&h)),
            )
            .filter(sessions::kind.eq(SessionKind::Browser.as_str()))
            .select((
                sessions::id,
                sessions::user_id,
                sessions::tenant_id,
                sessions::prev_token_hash,
                sessions::rotated_at,
                sessions::expires_at,
                sessions::revoked_at,
                users::token_version,
                users::status,
                sessions::last_seen_at,
            ))
            .first(conn)
            .optional()?;
        let Some((sid, uid, tid, prev, rotated_at, expires_at, revoked_at, ver, status, last_seen)) =
            row
        else {
            return Ok(None);
        };
        if revoked_at.is_some() || expires_at <= t || status != people::STATUS_ACTIVE {
            return Ok(None);
        }
        // Idle too long (tenant policy, default IDLE_MINUTES): nobody renewed the access token.
        let idle: i32 = tenants::table
            .find(&tid)
            .select(tenants::idle_minutes)
            .first(conn)
            .unwrap_or(IDLE_MINUTES as i32);
        if t - last_seen > Duration::minutes(idle.clamp(5, 24 * 60).into()) {
            diesel::update(sessions::table.filter(sessions::id.eq(&sid)))
                .set(sessions::revoked_at.eq(Some(t)))
                .execute(conn)?;
            return Ok(None);
        }
        let access = issue_access(keys, &uid, &tid, &sid, ver, ACCESS_TTL_SECS);
        if prev.as_deref() == Some(h.as_str()) {
            let recent =
                rotated_at.is_some_and(|r| t - r <= Duration::seconds(ROTATION_GRACE_SECS));
            if !recent {
                diesel::update(sessions::table.filter(sessions::id.eq(&sid)))
                    .set(sessions::revoked_at.eq(Some(t)))
                    .execute(conn)?;
                tracing::warn!(session = %sid, "reuse of a rotated refresh token; session revoked");
                return Ok(None);
            }
            return Ok(Some(Issued {
                access_token: access,
                access_expires_in: ACCESS_TTL_SECS,
                refresh_token: None,
            }));
        }
        let new_refresh = random_token();
        diesel::update(sessions::table.filter(sessions::id.eq(&sid)))
            .set((
                sessions::token_hash.eq(hash_token(&new_refresh)),
                sessions::prev_token_hash.eq(Some(&h)),
                sessions::rotated_at.eq(Some(t)),
                sessions::last_seen_at.eq(t),
            ))
            .execute(conn)?;
        Ok(Some(Issued {
            access_token: access,
            access_expires_in: ACCESS_TTL_SECS,
            refresh_token: Some(new_refresh),
        }))
    })
}

pub fn sign_out(conn: &mut DbConn, actor: &Actor) -> AppResult<()> {
    conn.write_tx(|conn| {
        diesel::update(sessions::table.filter(sessions::id.eq(&actor.session_id)))
            .set(sessions::revoked_at.eq(Some(now())))
            .execute(conn)?;
        audit::record(
            conn,
            actor.event(
                "auth.sign_out",
                "session",
                Some(&actor.session_id),
                String::new(),
            ),
        )
    })
}

/// The tenants a person belongs to, for the switcher: (id, name, role).
pub fn tenants_of(conn: &mut DbConn, user_id: &str) -> AppResult<Vec<(String, String, String)>> {
    Ok(memberships::table
        .inner_join(tenants::table)
        .filter(memberships::user_id.eq(user_id))
        .order(tenants::name.asc())
        .select((tenants::id, tenants::name, memberships::role))
        .load(conn)?)
}

/// Moves the current session to another tenant the person belongs to.
pub fn switch_tenant(
    conn: &mut DbConn,
    keys: &Keys,
    actor: &Actor,
    tenant_id: &str,
) -> AppResult<Issued> {
    let ver: i32 = users::table
        .find(&actor.user_id)
        .select(users::token_version)
        .first(conn)?;
    let member: i64 = memberships::table
        .filter(memberships::user_id.eq(&actor.user_id))
        .filter(memberships::tenant_id.eq(tenant_id))
        .count()
        .get_result(conn)?;
    if member == 0 {
        return Err(AppError::NotFound);
    }
    diesel::update(sessions::table.filter(sessions::id.eq(&actor.session_id)))
        .set(sessions::tenant_id.eq(tenant_id))
        .execute(conn)?;
    Ok(Issued {
        access_token: issue_access(
            keys,
            &actor.user_id,
            tenant_id,
            &actor.session_id,
            ver,
            ACCESS_TTL_SECS,
        ),
        access_expires_in: ACCESS_TTL_SECS,
        refresh_token: None,
    })
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
    let (cid, uid, kind): (String, String, String) = mfa_challenges::table
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
    let tenant_id: String = memberships::table
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
