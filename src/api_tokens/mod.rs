//! API tokens for ERP and other integrations. An admin makes one with a name, scopes and an
//! expiry; the token acts as that admin, but only on the routes its scopes open
//! (`policy::token_allows`), and stops working when it expires, is revoked, or its maker
//! is no longer an active admin of the tenant. Only the token's SHA-256 is stored; the token
//! itself is shown once. Making and revoking tokens is audited, and so is everything done
//! with one (the audit detail names the token).

pub mod web;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::auth::secrets::{hash_token, random_token};
use crate::db::schema::{api_tokens, memberships, tenants, users};
use crate::db::{DbConn, WriteTransaction};
use crate::error::{AppError, AppResult};
use crate::ids::{TenantId, UserId, new_id, now};
use crate::policy::{self, Actor, TokenGrant, TokenScope};
use crate::web::paging::{Keyset, Page, id_cursor};

/// Every token starts with this, so that a leaked one is recognisable (secret scanners) and
/// the server tells it from a session's JWT without trying both.
pub const PREFIX: &str = "ptk_";
pub const MAX_DAYS: i64 = 366;
pub const DEFAULT_DAYS: i64 = 90;
/// How often the last use is written: a busy integration must not turn reads into writes.
const LAST_USED_EVERY_SECS: i64 = 60;

#[derive(Debug, Clone, Serialize, Queryable, Selectable, utoipa::ToSchema)]
#[diesel(table_name = api_tokens)]
pub struct ApiToken {
    pub id: String,
    #[serde(skip)]
    pub tenant_id: TenantId,
    /// The admin who made it; the token acts as this person.
    pub created_by: UserId,
    #[serde(skip)]
    pub maker_token_version: i32,
    pub name: String,
    /// E.g. `["orders:read", "files:write"]` (stored comma-separated).
    #[serde(serialize_with = "scope_array")]
    #[schema(value_type = Vec<crate::policy::TokenScope>)]
    pub scopes: String,
    /// The token's first characters (`ptk_` and six more), to recognise it.
    pub prefix: String,
    #[serde(with = "crate::ids::utc")]
    pub created_at: NaiveDateTime,
    #[serde(with = "crate::ids::utc")]
    pub expires_at: NaiveDateTime,
    #[serde(default, with = "crate::ids::utc::option")]
    pub revoked_at: Option<NaiveDateTime>,
    /// The admin who revoked it.
    pub revoked_by: Option<UserId>,
    /// Written at most once a minute.
    #[serde(default, with = "crate::ids::utc::option")]
    pub last_used_at: Option<NaiveDateTime>,
    pub last_used_ip: Option<String>,
}

/// A token as listed: with its maker's name and whether it still works.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[schema(as = ListedApiToken)]
pub struct Listed {
    #[serde(flatten)]
    pub token: ApiToken,
    pub created_by_name: String,
    /// Neither revoked nor expired. (It also stops working when its maker is no longer an
    /// active admin of the tenant, or has since changed their password.)
    pub active: bool,
}

/// What the admin asked for.
#[derive(Debug, Clone)]
pub struct NewToken {
    pub name: String,
    pub scopes: Vec<TokenScope>,
    pub expires_in_days: i64,
}

/// A token just made: the secret is in `token`, and nowhere else from now on.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[schema(as = CreatedApiToken)]
pub struct Created {
    pub id: String,
    /// The secret (`ptk_…`), for `Authorization: Bearer`. Shown this once only.
    pub token: String,
    pub name: String,
    /// E.g. `["orders:read"]`.
    #[schema(value_type = Vec<crate::policy::TokenScope>)]
    pub scopes: Vec<&'static str>,
    #[serde(with = "crate::ids::utc")]
    pub expires_at: NaiveDateTime,
}

/// The stored comma-separated scopes as the list they were given as.
fn scope_array<S: serde::Serializer>(stored: &str, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeSeq;
    let names: Vec<&str> = stored.split(',').filter(|x| !x.is_empty()).collect();
    let mut seq = s.serialize_seq(Some(names.len()))?;
    for n in names {
        seq.serialize_element(n)?;
    }
    seq.end()
}

pub fn parse_scopes(raw: &[String]) -> AppResult<Vec<TokenScope>> {
    let mut out = Vec::new();
    for s in raw {
        let scope = TokenScope::parse(s).ok_or_else(|| {
            AppError::invalid(
                "scope_unknown",
                format!(
                    "Unknown scope {:?}; use {}.",
                    s.chars().take(40).collect::<String>(),
                    TokenScope::ALL.map(|s| s.as_str()).join(", ")
                ),
            )
        })?;
        if !out.contains(&scope) {
            out.push(scope);
        }
    }
    if out.is_empty() {
        return Err(AppError::invalid(
            "scopes_required",
            "Choose at least one scope for the token.",
        ));
    }
    Ok(out)
}

fn scope_list(text: &str) -> Vec<TokenScope> {
    text.split(',').filter_map(TokenScope::parse).collect()
}

pub fn create(conn: &mut DbConn, actor: &Actor, input: &NewToken) -> AppResult<Created> {
    policy::ensure(policy::can_manage_api_tokens(actor))?;
    let name = crate::validate::text("name", &input.name, 100)?;
    crate::validate::int_in("expires_in_days", input.expires_in_days, 1, MAX_DAYS)?;
    if input.scopes.is_empty() {
        return Err(AppError::invalid(
            "scopes_required",
            "Choose at least one scope for the token.",
        ));
    }
    let token = format!("{PREFIX}{}", random_token());
    let id = new_id();
    let created_at = now();
    let expires_at = created_at + chrono::Duration::days(input.expires_in_days);
    let scopes: Vec<&'static str> = input.scopes.iter().map(|s| s.as_str()).collect();
    conn.write_tx(|conn| {
        let version: i32 = users::table
            .find(&actor.user_id)
            .select(users::token_version)
            .first(conn)?;
        diesel::insert_into(api_tokens::table)
            .values((
                api_tokens::id.eq(&id),
                api_tokens::tenant_id.eq(&actor.tenant_id),
                api_tokens::created_by.eq(&actor.user_id),
                api_tokens::maker_token_version.eq(version),
                api_tokens::name.eq(&name),
                api_tokens::scopes.eq(scopes.join(",")),
                api_tokens::token_hash.eq(hash_token(&token)),
                api_tokens::prefix.eq(&token[..PREFIX.len() + 6]),
                api_tokens::created_at.eq(created_at),
                api_tokens::expires_at.eq(expires_at),
            ))
            .execute(conn)?;
        crate::audit::record(
            conn,
            actor.event(
                "api_token.create",
                "api_token",
                Some(&id),
                format!(
                    "{name}; scopes {}; expires {}",
                    scopes.join(","),
                    expires_at.format("%Y-%m-%d")
                ),
            ),
        )
    })?;
    Ok(Created {
        id,
        token,
        name,
        scopes,
        expires_at,
    })
}

/// A page of the tenant's tokens, newest first (ids are time-ordered), revoked and expired
/// ones included.
pub fn list(conn: &mut DbConn, actor: &Actor, keyset: &Keyset) -> AppResult<Page<Listed>> {
    policy::ensure(policy::can_manage_api_tokens(actor))?;
    let mut q = api_tokens::table
        .inner_join(users::table.on(users::id.eq(api_tokens::created_by)))
        .filter(api_tokens::tenant_id.eq(&actor.tenant_id))
        .into_boxed();
    if let Some(after) = keyset.after_id()? {
        q = q.filter(api_tokens::id.lt(after));
    }
    let rows: Vec<(ApiToken, String)> = q
        .order(api_tokens::id.desc())
        .limit(keyset.fetch())
        .select((ApiToken::as_select(), users::display_name))
        .load(conn)?;
    let t = now();
    Ok(keyset
        .page(rows, |(token, _)| id_cursor(&token.id))
        .map(|(token, created_by_name)| Listed {
            active: token.revoked_at.is_none() && token.expires_at > t,
            token,
            created_by_name,
        }))
}

/// Revokes a token of the actor's tenant; another tenant's id is not found.
pub fn revoke(conn: &mut DbConn, actor: &Actor, id: &str) -> AppResult<()> {
    policy::ensure(policy::can_manage_api_tokens(actor))?;
    conn.write_tx(|conn| {
        let name: String = api_tokens::table
            .filter(api_tokens::id.eq(id))
            .filter(api_tokens::tenant_id.eq(&actor.tenant_id))
            .select(api_tokens::name)
            .first(conn)
            .optional()?
            .ok_or(AppError::NotFound)?;
        let n = diesel::update(
            api_tokens::table
                .filter(api_tokens::id.eq(id))
                .filter(api_tokens::revoked_at.is_null()),
        )
        .set((
            api_tokens::revoked_at.eq(now()),
            api_tokens::revoked_by.eq(&actor.user_id),
        ))
        .execute(conn)?;
        if n == 1 {
            crate::audit::record(
                conn,
                actor.event("api_token.revoke", "api_token", Some(id), name),
            )?;
        }
        Ok(())
    })
}

/// The actor a bearer token stands for, or `Unauthenticated` for any token that does not
/// work (unknown, expired, revoked, maker gone, no longer an admin, signed out everywhere or
/// made to reset their password since): one answer for all, so that a caller learns nothing
/// about which.
pub fn authenticate(conn: &mut DbConn, token: &str, ip: &str) -> AppResult<Actor> {
    let t = now();
    let row = api_tokens::table
        .inner_join(users::table.on(users::id.eq(api_tokens::created_by)))
        .inner_join(tenants::table.on(tenants::id.eq(api_tokens::tenant_id)))
        .inner_join(
            memberships::table.on(memberships::user_id
                .eq(api_tokens::created_by)
                .and(memberships::tenant_id.eq(api_tokens::tenant_id))),
        )
        .filter(api_tokens::token_hash.eq(hash_token(token)))
        .filter(api_tokens::revoked_at.is_null())
        .filter(api_tokens::expires_at.gt(t))
        .filter(users::status.eq(crate::people::STATUS_ACTIVE))
        .filter(users::token_version.eq(api_tokens::maker_token_version))
        .filter(users::password_reset_required.eq(false))
        .filter(memberships::role.eq(policy::TOKEN_ROLE.as_str()))
        .filter(crate::policy::membership_live(t))
        .select((
            ApiToken::as_select(),
            (users::email, users::display_name, users::locale),
            (tenants::name, tenants::slug, tenants::timezone),
        ))
        .first::<(
            ApiToken,
            (String, String, Option<crate::i18n::Locale>),
            (String, String, String),
        )>(conn)
        .optional()?;
    let Some((tok, (email, display_name, locale), (tenant_name, tenant_slug, time_zone))) = row
    else {
        return Err(AppError::Unauthenticated);
    };
    if tok
        .last_used_at
        .is_none_or(|u| t - u >= chrono::Duration::seconds(LAST_USED_EVERY_SECS))
    {
        // Best effort: a busy database must not turn a read into an error.
        if let Err(e) = diesel::update(api_tokens::table.find(&tok.id))
            .set((
                api_tokens::last_used_at.eq(t),
                api_tokens::last_used_ip.eq(ip),
            ))
            .execute(conn)
        {
            tracing::warn!(error = %e, "api token: last use not recorded");
        }
    }
    Ok(Actor {
        user_id: tok.created_by,
        email,
        display_name,
        locale,
        tenant_id: tok.tenant_id,
        tenant_name,
        tenant_slug,
        // API answers carry no brand.
        tenant_logo_key: None,
        tenant_accent: None,
        time_zone: time_zone.parse().unwrap_or(chrono_tz::UTC),
        role: policy::TOKEN_ROLE,
        customer_org_id: None,
        all_orders: true,
        is_lead: false,
        // Two-step sign-in guards interactive sign-in; the token was made under step-up.
        must_enrol: false,
        must_confirm_email: false,
        session_id: format!("api-token:{}", tok.id),
        reauth_at: None,
        ip: ip.to_string(),
        api_token: Some(TokenGrant {
            id: tok.id,
            name: tok.name,
            scopes: scope_list(&tok.scopes),
        }),
    })
}
