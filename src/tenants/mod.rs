//! Tenants (supplier companies) and the first-run setup that creates the first one.

pub mod brand;
pub mod web;

use crate::db::WriteTransaction;
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::audit::{self, Event};
use crate::auth::password;
use crate::auth::secrets::{hash_token, random_token};
use crate::db::DbConn;
use crate::db::schema::{setup_tokens, tenants};
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::ids::{TenantId, UserId, now};
use crate::people::{self, Role};
use crate::validate;

pub const SETUP_TOKEN_HOURS: i64 = 1;

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = tenants)]
pub struct Tenant {
    pub id: TenantId,
    pub slug: String,
    pub name: String,
    #[serde(with = "crate::ids::utc")]
    pub created_at: NaiveDateTime,
    /// The company's language: its default texts, and reports nobody's language decides.
    pub language: Locale,
}

pub fn count(conn: &mut DbConn) -> AppResult<i64> {
    Ok(tenants::table.count().get_result(conn)?)
}

pub fn find_by_slug(conn: &mut DbConn, slug: &str) -> AppResult<Tenant> {
    tenants::table
        .filter(tenants::slug.eq(slug))
        .select(Tenant::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)
}

/// Makes a company, with the default milestone template written in its `language`.
pub fn create(conn: &mut DbConn, name: &str, slug: &str, language: Locale) -> AppResult<Tenant> {
    let name = validate::text("company name", name, 120)?;
    let slug = validate::slug(slug)?;
    let t = Tenant {
        id: TenantId::new(),
        slug,
        name,
        created_at: now(),
        language,
    };
    diesel::insert_into(tenants::table)
        .values((
            tenants::id.eq(&t.id),
            tenants::slug.eq(&t.slug),
            tenants::name.eq(&t.name),
            tenants::created_at.eq(t.created_at),
            tenants::language.eq(t.language),
        ))
        .execute(conn)
        .map_err(|e| match AppError::from(e) {
            AppError::Conflict(_) => {
                AppError::Conflict("This short name is taken; choose another.".into())
            }
            other => other,
        })?;
    crate::orders::templates::insert_default(conn, &t.id, language)?;
    Ok(t)
}

/// What the first-run page (and `portico tenant create --admin-email`) submit.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct NewTenant {
    pub company_name: String,
    pub slug: String,
    pub admin_name: String,
    pub admin_email: String,
    pub password: String,
    #[serde(default)]
    pub password_confirm: String,
    /// The company's language (a tag); the setup page's language when left out.
    #[serde(default)]
    pub language: Option<String>,
}

/// Creates a tenant and its first admin in one transaction. An existing account with the same
/// e-mail becomes the admin (its password is not changed).
pub fn create_with_admin(
    conn: &mut DbConn,
    input: &NewTenant,
    ip: &str,
) -> AppResult<(Tenant, UserId)> {
    let email = validate::email(&input.admin_email)?;
    let admin_name = validate::text("your name", &input.admin_name, 120)?;
    let existing = people::find_user_by_email(conn, &email)?;
    let hash = if existing.is_none() {
        password::validate_new(&input.password)?;
        if input.password != input.password_confirm {
            return Err(AppError::invalid(
                "password_mismatch",
                "The two passwords are not the same.",
            ));
        }
        Some(password::hash(&input.password)?)
    } else {
        None
    };
    conn.write_tx(|conn| {
        let language =
            Locale::chosen(input.language.as_deref().unwrap_or_default())?.unwrap_or(Locale::En);
        let tenant = create(conn, &input.company_name, &input.slug, language)?;
        let user_id = match &existing {
            Some(u) => u.id.clone(),
            None => people::create_user(
                conn,
                &email,
                &admin_name,
                hash.as_deref().unwrap_or_default(),
            )?,
        };
        people::add_membership(conn, &tenant.id, &user_id, Role::Admin, None, true)?;
        audit::record(
            conn,
            Event {
                tenant_id: Some(&tenant.id),
                actor_user_id: Some(&user_id),
                action: "tenant.create",
                object_type: "tenant",
                object_id: Some(&tenant.id),
                detail: format!("{} with admin {email}", tenant.slug),
                ip,
            },
        )?;
        Ok((tenant, user_id))
    })
}

/// Issues a one-time setup token (only while no tenant exists); returns the token.
pub fn issue_setup_token(conn: &mut DbConn) -> AppResult<Option<String>> {
    if count(conn)? > 0 {
        return Ok(None);
    }
    let token = random_token();
    diesel::insert_into(setup_tokens::table)
        .values((
            setup_tokens::token_hash.eq(hash_token(&token)),
            setup_tokens::expires_at.eq(now() + Duration::hours(SETUP_TOKEN_HOURS)),
        ))
        .execute(conn)?;
    Ok(Some(token))
}

/// A setup token is usable while unused, unexpired, and no tenant exists yet.
pub fn setup_token_valid(conn: &mut DbConn, token: &str) -> AppResult<bool> {
    if count(conn)? > 0 {
        return Ok(false);
    }
    let n: i64 = setup_tokens::table
        .filter(setup_tokens::token_hash.eq(hash_token(token)))
        .filter(setup_tokens::used_at.is_null())
        .filter(setup_tokens::expires_at.gt(now()))
        .count()
        .get_result(conn)?;
    Ok(n == 1)
}

/// Consumes the token and creates the first tenant and admin, all or nothing.
pub fn complete_setup(
    conn: &mut DbConn,
    token: &str,
    input: &NewTenant,
    ip: &str,
) -> AppResult<Tenant> {
    conn.write_tx(|conn| {
        let used = diesel::update(
            setup_tokens::table
                .filter(setup_tokens::token_hash.eq(hash_token(token)))
                .filter(setup_tokens::used_at.is_null())
                .filter(setup_tokens::expires_at.gt(now())),
        )
        .set(setup_tokens::used_at.eq(Some(now())))
        .execute(conn)?;
        if used != 1 || count(conn)? > 0 {
            return Err(AppError::NotFound);
        }
        Ok(create_with_admin(conn, input, ip)?.0)
    })
}

/// A tenant's policy settings, as the admin edits them.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct Settings {
    /// Roles that must use two-step sign-in.
    #[serde(default)]
    pub require_2fa: Vec<String>,
    pub share_link_max_days: i32,
    #[serde(default)]
    pub merchandisers_invite_buyers: bool,
    /// A browser session nobody used for this long ends (5 minutes to 24 hours).
    pub idle_minutes: i32,
    /// Every browser session ends this long after sign-in (1 to 72 hours).
    pub session_hours: i32,
    /// IANA time zone of the schedule (digests and weekly reports).
    #[serde(default = "utc")]
    pub timezone: String,
    /// ISO weekday of the weekly reports (1 = Monday; 0 = none).
    #[serde(default)]
    pub report_weekday: i32,
    /// Local hour of the weekly reports and daily digests.
    #[serde(default)]
    pub report_hour: i32,
    /// Hours between a second admin's approval of new bank details and their taking effect.
    #[serde(default = "cooling")]
    pub payment_cooling_hours: i32,
    /// The company's language (a tag): invitations default to it, and a report goes out in it
    /// when none of its buyers has chosen a language.
    #[serde(default = "english")]
    pub language: String,
}

fn english() -> String {
    Locale::En.code().into()
}

fn cooling() -> i32 {
    72
}

fn utc() -> String {
    "UTC".into()
}

pub fn settings(conn: &mut DbConn, actor: &crate::policy::Actor) -> AppResult<Settings> {
    crate::policy::ensure(crate::policy::can_manage_people(actor))?;
    type Row = (String, i32, bool, i32, i32, String, i32, i32, i32, Locale);
    let (
        roles,
        days,
        merch,
        idle,
        hours,
        timezone,
        report_weekday,
        report_hour,
        payment_cooling_hours,
        language,
    ): Row = tenants::table
        .find(&actor.tenant_id)
        .select((
            tenants::require_2fa_roles,
            tenants::share_link_max_days,
            tenants::merchandisers_invite_buyers,
            tenants::idle_minutes,
            tenants::session_hours,
            tenants::timezone,
            tenants::report_weekday,
            tenants::report_hour,
            tenants::payment_cooling_hours,
            tenants::language,
        ))
        .first(conn)?;
    Ok(Settings {
        require_2fa: roles
            .split(',')
            .filter(|r| !r.is_empty())
            .map(String::from)
            .collect(),
        share_link_max_days: days,
        merchandisers_invite_buyers: merch,
        idle_minutes: idle,
        session_hours: hours,
        timezone,
        report_weekday,
        report_hour,
        payment_cooling_hours,
        language: language.code().into(),
    })
}

pub fn update_settings(
    conn: &mut DbConn,
    actor: &crate::policy::Actor,
    s: &Settings,
) -> AppResult<()> {
    crate::policy::ensure(crate::policy::can_manage_people(actor))?;
    let mut roles = Vec::new();
    for r in &s.require_2fa {
        let role =
            Role::parse(r).ok_or_else(|| AppError::invalid("role_invalid", "Unknown role."))?;
        if !roles.contains(&role.as_str()) {
            roles.push(role.as_str());
        }
    }
    let days = validate::int_in("share link days", s.share_link_max_days as i64, 1, 90)?;
    let idle = validate::int_in("idle minutes", s.idle_minutes as i64, 5, 24 * 60)?;
    let hours = validate::int_in("session hours", s.session_hours as i64, 1, 72)?;
    let weekday = validate::int_in("report weekday", s.report_weekday as i64, 0, 7)?;
    let report_hour = validate::int_in("report hour", s.report_hour as i64, 0, 23)?;
    // At least a day: buyers must have time to hear of a change before it takes effect.
    let cooling = validate::int_in("cooling-off hours", s.payment_cooling_hours as i64, 24, 336)?;
    let lang = Locale::chosen(&s.language)?.ok_or_else(|| {
        AppError::invalid("language_invalid", "Choose one of the languages offered.")
    })?;
    let tz = s.timezone.trim();
    if tz.parse::<chrono_tz::Tz>().is_err() {
        return Err(AppError::invalid(
            "timezone_invalid",
            "Unknown time zone: use a name such as Asia/Shanghai, Europe/Berlin or UTC.",
        ));
    }
    conn.write_tx(|conn| {
        diesel::update(tenants::table.find(&actor.tenant_id))
            .set((
                tenants::require_2fa_roles.eq(roles.join(",")),
                tenants::share_link_max_days.eq(days),
                tenants::merchandisers_invite_buyers.eq(s.merchandisers_invite_buyers),
                tenants::idle_minutes.eq(idle),
                tenants::session_hours.eq(hours),
                tenants::timezone.eq(tz),
                tenants::report_weekday.eq(weekday),
                tenants::report_hour.eq(report_hour),
                tenants::payment_cooling_hours.eq(cooling),
                tenants::language.eq(lang),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            actor.event(
                "tenant.settings",
                "tenant",
                Some(&actor.tenant_id),
                format!(
                    "2fa: [{}], share days {days}, merchandisers invite: {}, idle {idle} min, sessions {hours} h, schedule {tz} day {weekday} hour {report_hour}, bank-detail cooling-off {cooling} h, language {}",
                    roles.join(","),
                    s.merchandisers_invite_buyers,
                    lang.code()
                ),
            ),
        )
    })
}
