//! Sessions: sign-in creates a server-side session row (its opaque refresh token stored only
//! as a hash) and a short-lived access JWT naming it. Every request re-checks the session,
//! the account and the membership, so sign-out, revocation and a bumped token version take
//! effect on the very next request.

use crate::db::WriteTransaction;
use chrono::Duration;
use diesel::prelude::*;

use crate::audit;
use crate::auth::jwt::{self, Claims};
use crate::auth::keys::Keys;
use crate::auth::secrets::{hash_token, random_token};
use crate::db::DbConn;
use crate::db::schema::{memberships, sessions, tenants, users};
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::ids::{OrgId, TenantId, UserId, now};
use crate::people::{self, Role};
use crate::policy::Actor;

pub use super::sign_in::{
    MAX_SESSIONS, NEW_SESSIONS, complete_second_factor, sign_in, sign_in_async,
};

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
    pub(super) fn as_str(self) -> &'static str {
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

pub(super) fn issue_access(
    keys: &Keys,
    user_id: &UserId,
    tenant_id: &TenantId,
    session_id: &str,
    ver: i32,
    ttl: i64,
) -> String {
    let iat = chrono::Utc::now().timestamp();
    jwt::encode(
        &keys.jwt,
        &Claims {
            sub: user_id.to_string(),
            tid: tenant_id.to_string(),
            sid: session_id.into(),
            ver,
            iat,
            exp: iat + ttl,
        },
    )
}

type ActorRow = (
    (
        UserId,
        String,
        String,
        Option<Locale>,
        String,
        i32,
        Option<String>,
    ),
    (
        TenantId,
        String,
        String,
        String,
        bool,
        bool,
        String,
        Option<String>,
        Option<String>,
    ),
    (
        String,
        Option<OrgId>,
        bool,
        bool,
        Option<chrono::NaiveDateTime>,
    ),
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
    let mut actor = resolve(conn, claims)?.actor;
    actor.ip = ip.to_string();
    Ok(actor)
}

/// `authenticate`, with what the node's cache needs to know how long the answer holds.
pub fn resolve(conn: &mut DbConn, claims: &Claims) -> AppResult<crate::auth::cache::Entry> {
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
                users::time_zone,
            ),
            (
                tenants::id,
                tenants::name,
                tenants::slug,
                tenants::require_2fa_roles,
                users::totp_enabled_at.is_not_null(),
                users::email_verified_at.is_not_null(),
                tenants::timezone,
                tenants::logo_key,
                tenants::accent_colour,
            ),
            (
                memberships::role,
                memberships::customer_org_id,
                memberships::all_orders,
                memberships::is_lead,
                memberships::expires_at,
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
    let Some((
        (user_id, email, display_name, locale, status, ver, own_zone),
        tenant,
        membership,
        session,
    )) = row
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
    let actor = Actor {
        user_id,
        email,
        display_name,
        locale,
        tenant_id: tenant.0,
        tenant_name: tenant.1,
        tenant_slug: tenant.2,
        tenant_logo_key: tenant.7,
        tenant_accent: tenant.8,
        // The person's own zone when they chose one, else the company's.
        time_zone: own_zone
            .and_then(|z| z.parse().ok())
            .unwrap_or_else(|| tenant.6.parse().unwrap_or(chrono_tz::UTC)),
        role,
        customer_org_id: membership.1,
        all_orders: membership.2,
        is_lead: membership.3,
        // The tenant requires two-step sign-in for this role and the person has none yet.
        must_enrol: !tenant.4 && tenant.3.split(',').any(|r| r == role.as_str()),
        must_confirm_email: !tenant.5 && crate::policy::must_confirm_email(role),
        session_id,
        reauth_at,
        ip: String::new(),
        api_token: None,
    };
    Ok(crate::auth::cache::Entry {
        actor,
        token_version: ver,
        session_expires_at: expires_at,
        membership_expires_at: membership.4,
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
            UserId,
            TenantId,
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
pub fn tenants_of(conn: &mut DbConn, user_id: &UserId) -> AppResult<Vec<(String, String, String)>> {
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
    tenant_id: &TenantId,
) -> AppResult<Issued> {
    conn.write_tx(|conn| {
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
    })
}
