//! Security notices: a sign-in from a new device or network, repeated failed sign-ins,
//! changes to two-step sign-in and the password. Each is shown in the portal (with "this
//! wasn't me" for sign-ins) and queued as an e-mail in the same transaction as its cause.

use chrono::Duration;
use diesel::prelude::*;
use serde::Serialize;

use crate::auth::session::{Client, SessionKind};
use crate::db::DbConn;
use crate::db::schema::{security_notices, sessions, users};
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::ids::{TenantId, UserId, new_id, now};
use crate::mail::{self, Mail};
use crate::people::User;
use crate::web::paging::{Keyset, Page, id_cursor};

pub const NEW_SIGN_IN: &str = "new_sign_in";
pub const FAILED_SIGN_INS: &str = "failed_sign_ins";
pub const TWO_FACTOR_ON: &str = "two_factor_on";
pub const TWO_FACTOR_OFF: &str = "two_factor_off";
pub const TWO_FACTOR_RESET: &str = "two_factor_reset";
pub const PASSWORD_CHANGED: &str = "password_changed";
pub const PASSWORD_RESET: &str = "password_reset";
pub const EMAIL_CHANGED: &str = "email_changed";
pub const ADMIN_ADDED: &str = "admin_added";
pub const SECOND_FACTOR_FAILED: &str = "second_factor_failed";
pub const ADMIN_DEMOTED: &str = "admin_demoted";
/// Failed sign-ins on one account that make a notice (at most one an hour).
pub const FAILURES_NOTICED: i64 = 3;

/// What a notice says about its event: a catalogue message and its arguments, written in the
/// reader's language when the notice is raised (the notice is theirs, and their mail too).
pub struct Detail {
    key: &'static str,
    args: Vec<(&'static str, String)>,
}

impl Detail {
    pub fn new(key: &'static str, args: &[(&'static str, &str)]) -> Detail {
        Detail {
            key,
            args: args.iter().map(|(k, v)| (*k, v.to_string())).collect(),
        }
    }

    /// "from 203.0.113.7".
    pub fn from_ip(ip: &str) -> Detail {
        Detail::new("notice.detail.from", &[("ip", ip)])
    }

    fn text(&self, locale: Locale) -> String {
        let args: Vec<(&str, String)> = self.args.iter().map(|(k, v)| (*k, v.clone())).collect();
        crate::i18n::catalogue()
            .text(locale, self.key, &args)
            .unwrap_or_default()
    }
}

/// The network part of an address: /24 for IPv4, /48 for IPv6.
pub fn network(ip: &str) -> String {
    match ip.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(v4)) => {
            let o = v4.octets();
            format!("{}.{}.{}.0/24", o[0], o[1], o[2])
        }
        Ok(std::net::IpAddr::V6(v6)) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}::/48", s[0], s[1], s[2])
        }
        Err(_) => ip.to_string(),
    }
}

/// A short description of a browser for people, in their language ("Chrome on Android").
pub fn device_label(locale: Locale, user_agent: &str) -> String {
    let t = |key: &str, args: &[(&str, String)]| {
        crate::i18n::catalogue()
            .text(locale, key, args)
            .unwrap_or_default()
    };
    let ua = user_agent.to_lowercase();
    let browser = if ua.contains("edg/") {
        "Edge".to_string()
    } else if ua.contains("firefox") {
        "Firefox".to_string()
    } else if ua.contains("chrome") || ua.contains("chromium") {
        "Chrome".to_string()
    } else if ua.contains("safari") {
        "Safari".to_string()
    } else if ua.is_empty() {
        t("device.unknown", &[])
    } else {
        t("device.program", &[])
    };
    let os = if ua.contains("android") {
        Some("Android")
    } else if ua.contains("iphone") || ua.contains("ipad") {
        Some("iOS")
    } else if ua.contains("windows") {
        Some("Windows")
    } else if ua.contains("mac os") {
        Some("macOS")
    } else if ua.contains("linux") {
        Some("Linux")
    } else {
        None
    };
    match os {
        Some(os) => t("device.on", &[("browser", browser), ("os", os.to_string())]),
        None => browser,
    }
}

/// Called in the sign-in transaction, before the new session row: a notice when neither this
/// device (browser cookie) nor this network was seen in the person's earlier sessions. The
/// very first sign-in has nothing to compare with and makes none.
pub fn on_sign_in(
    conn: &mut DbConn,
    user: &User,
    tenant_id: &TenantId,
    client: &Client,
    kind: SessionKind,
) -> AppResult<()> {
    let earlier: Vec<(Option<String>, String)> = sessions::table
        .filter(sessions::user_id.eq(&user.id))
        .order(sessions::created_at.desc())
        .limit(500)
        .select((sessions::device_id, sessions::ip))
        .load(conn)?;
    if earlier.is_empty() {
        return Ok(());
    }
    let net = network(&client.ip);
    let known_network = earlier.iter().any(|(_, ip)| network(ip) == net);
    let known_device = match (&client.device_id, kind) {
        (Some(d), SessionKind::Browser) => earlier.iter().any(|(e, _)| e.as_ref() == Some(d)),
        // API clients have no device cookie: their network is what identifies them.
        (None, SessionKind::Api) => true,
        _ => false,
    };
    if known_device && known_network {
        return Ok(());
    }
    let locale = user.locale.unwrap_or(Locale::En);
    let device = device_label(locale, &client.user_agent);
    let kind = crate::i18n::catalogue()
        .text(
            locale,
            if kind == SessionKind::Api {
                "device.kind_api"
            } else {
                "device.kind_browser"
            },
            &[],
        )
        .unwrap_or_default();
    let what = Detail::new(
        "notice.detail.new_sign_in",
        &[("device", &device), ("ip", &client.ip), ("kind", &kind)],
    );
    raise_in(conn, Some(tenant_id), user, NEW_SIGN_IN, &what, &client.ip)
}

/// Called after a failed sign-in on an existing account.
pub fn on_failed_sign_in(conn: &mut DbConn, user_id: &UserId, ip: &str) -> AppResult<()> {
    use crate::db::schema::audit_events as a;
    let since = now() - Duration::hours(1);
    let failures: i64 = a::table
        .filter(a::action.eq("auth.sign_in_failed"))
        .filter(a::object_id.eq(user_id))
        .filter(a::created_at.gt(since))
        .count()
        .get_result(conn)?;
    if failures < FAILURES_NOTICED {
        return Ok(());
    }
    let recent: i64 = security_notices::table
        .filter(security_notices::user_id.eq(user_id))
        .filter(security_notices::kind.eq(FAILED_SIGN_INS))
        .filter(security_notices::created_at.gt(since))
        .count()
        .get_result(conn)?;
    if recent > 0 {
        return Ok(());
    }
    let user = users::table
        .find(user_id)
        .select(User::as_select())
        .first(conn)?;
    raise(
        conn,
        &user,
        FAILED_SIGN_INS,
        &Detail::new(
            "notice.detail.failed_sign_ins",
            &[("n", &failures.to_string()), ("ip", ip)],
        ),
        ip,
    )
}

/// `raise` for a person known by id.
pub fn raise_for(
    conn: &mut DbConn,
    user_id: &UserId,
    kind: &str,
    detail: &Detail,
    ip: &str,
) -> AppResult<()> {
    let user = users::table
        .find(user_id)
        .select(User::as_select())
        .first(conn)?;
    raise(conn, &user, kind, detail, ip)
}

/// Records an account-wide notice and queues its e-mail.
pub fn raise(
    conn: &mut DbConn,
    user: &User,
    kind: &str,
    detail: &Detail,
    ip: &str,
) -> AppResult<()> {
    raise_in(conn, None, user, kind, detail, ip)
}

/// A notice about the person's use of one tenant (that tenant's admins see it too).
pub fn raise_in(
    conn: &mut DbConn,
    tenant_id: Option<&TenantId>,
    user: &User,
    kind: &str,
    detail: &Detail,
    ip: &str,
) -> AppResult<()> {
    let locale = user.locale.unwrap_or(Locale::En);
    let detail = detail.text(locale);
    diesel::insert_into(security_notices::table)
        .values((
            security_notices::id.eq(new_id()),
            security_notices::user_id.eq(&user.id),
            security_notices::tenant_id.eq(tenant_id),
            security_notices::kind.eq(kind),
            security_notices::detail.eq(detail.chars().take(500).collect::<String>()),
            security_notices::ip.eq(ip),
            security_notices::created_at.eq(now()),
        ))
        .execute(conn)?;
    crate::notifications::send(
        conn,
        std::slice::from_ref(&user.id),
        &crate::notifications::Notice {
            tenant_id,
            order_id: None,
            kind: crate::notifications::SECURITY,
            params: serde_json::json!({ "event": kind }),
        },
    )?;
    // Notices go by e-mail only to an address proven by a code (the in-app notice is there
    // either way).
    let verified: Option<chrono::NaiveDateTime> = users::table
        .find(&user.id)
        .select(users::email_verified_at)
        .first(conn)?;
    if verified.is_none() {
        return Ok(());
    }
    let i18n = crate::i18n::catalogue();
    let t = |key: &str, args: &[(&str, String)]| i18n.text(locale, key, args).unwrap_or_default();
    let what = i18n
        .text(locale, &format!("notice.{kind}"), &[])
        .unwrap_or_else(|| kind.to_string());
    let subject = t("mail.security.subject", &[("what", what.clone())]);
    let body = format!(
        "{}\n\n{}\n",
        t("mail.security.body", &[("what", what), ("detail", detail)]),
        t("mail.security.advice", &[])
    );
    let locale = locale.code();
    mail::queue(
        conn,
        Mail {
            tenant_id: None,
            to: &user.email,
            locale,
            subject,
            body,
        },
    )?;
    Ok(())
}

/// A security notice of the signed-in person.
#[derive(Debug, Clone, Serialize, Queryable, utoipa::ToSchema)]
#[schema(as = SecurityNotice)]
pub struct Notice {
    pub id: String,
    /// `new_sign_in`, `failed_sign_ins`, `two_factor_on`, `two_factor_off`,
    /// `two_factor_reset`, `password_changed`, `password_reset`, `email_changed`,
    /// `admin_added`, `second_factor_failed` or `admin_demoted`.
    #[schema(value_type = crate::web::api_enums::NoticeKind)]
    pub kind: String,
    /// What happened, e.g. the device and network of a new sign-in.
    pub detail: String,
    /// The address the event came from.
    pub ip: String,
    #[serde(with = "crate::ids::utc")]
    pub created_at: chrono::NaiveDateTime,
    /// When the person saw it in the portal; none while unread.
    #[serde(default, with = "crate::ids::utc::option")]
    pub read_at: Option<chrono::NaiveDateTime>,
    /// When the person answered "this wasn't me"; none otherwise.
    #[serde(default, with = "crate::ids::utc::option")]
    pub acted_at: Option<chrono::NaiveDateTime>,
}

/// A page of the person's security notices, newest first.
pub fn notices_of(conn: &mut DbConn, user_id: &UserId, keyset: &Keyset) -> AppResult<Page<Notice>> {
    let mut q = security_notices::table
        .filter(security_notices::user_id.eq(user_id))
        .into_boxed();
    if let Some(after) = keyset.after_id()? {
        q = q.filter(security_notices::id.lt(after));
    }
    let rows: Vec<Notice> = q
        .order(security_notices::id.desc())
        .limit(keyset.fetch())
        .select((
            security_notices::id,
            security_notices::kind,
            security_notices::detail,
            security_notices::ip,
            security_notices::created_at,
            security_notices::read_at,
            security_notices::acted_at,
        ))
        .load(conn)?;
    Ok(keyset.page(rows, |n| id_cursor(&n.id)))
}

pub fn unread_count(conn: &mut DbConn, user_id: &UserId) -> AppResult<i64> {
    Ok(security_notices::table
        .filter(security_notices::user_id.eq(user_id))
        .filter(security_notices::read_at.is_null())
        .count()
        .get_result(conn)?)
}

pub fn mark_read(conn: &mut DbConn, user_id: &UserId) -> AppResult<()> {
    diesel::update(
        security_notices::table
            .filter(security_notices::user_id.eq(user_id))
            .filter(security_notices::read_at.is_null()),
    )
    .set(security_notices::read_at.eq(Some(now())))
    .execute(conn)?;
    Ok(())
}

/// "This wasn't me": ends every session of the person (this one too), requires a new
/// password at the next sign-in, and records it. The notice must be the person's own.
pub fn not_me(conn: &mut DbConn, user_id: &UserId, notice_id: &str, ip: &str) -> AppResult<()> {
    use crate::db::WriteTransaction;
    conn.write_tx(|conn| {
        let n = diesel::update(
            security_notices::table
                .filter(security_notices::id.eq(notice_id))
                .filter(security_notices::user_id.eq(user_id)),
        )
        .set(security_notices::acted_at.eq(Some(now())))
        .execute(conn)?;
        if n != 1 {
            return Err(AppError::NotFound);
        }
        diesel::update(users::table.find(user_id))
            .set((
                users::token_version.eq(users::token_version + 1),
                users::password_reset_required.eq(true),
            ))
            .execute(conn)?;
        diesel::update(
            sessions::table
                .filter(sessions::user_id.eq(user_id))
                .filter(sessions::revoked_at.is_null()),
        )
        .set(sessions::revoked_at.eq(Some(now())))
        .execute(conn)?;
        // A second sign-in step already under way must not open a session either.
        {
            use crate::db::schema::mfa_challenges as m;
            diesel::update(
                m::table
                    .filter(m::user_id.eq(user_id))
                    .filter(m::used_at.is_null()),
            )
            .set(m::used_at.eq(Some(now())))
            .execute(conn)?;
        }
        crate::audit::record(
            conn,
            crate::audit::Event {
                tenant_id: None,
                actor_user_id: Some(user_id),
                action: "account.not_me",
                object_type: "security_notice",
                object_id: Some(notice_id),
                detail: "every session ended; a new password is required".into(),
                ip,
            },
        )
    })
}

/// Tells every other admin of the tenant that someone became an admin: a second admin
/// account is how one person would get around the two-admin rules.
pub fn admin_added(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    new_admin: &UserId,
    ip: &str,
) -> AppResult<()> {
    let (name, email): (String, String) = users::table
        .find(new_admin)
        .select((users::display_name, users::email))
        .first(conn)?;
    for other in crate::payments::other_admins(conn, tenant_id, Some(new_admin))? {
        let user = users::table
            .find(&other)
            .select(User::as_select())
            .first(conn)?;
        raise_in(
            conn,
            Some(tenant_id),
            &user,
            ADMIN_ADDED,
            &Detail::new(
                "notice.detail.person",
                &[("name", &name), ("email", &email)],
            ),
            ip,
        )?;
    }
    Ok(())
}

/// Tells every admin of the tenant, and the person, that an admin lost that role (demoted or
/// removed): the security drill had one admin silence the two-admin alarms by demoting the
/// others without anyone being told.
pub fn admin_demoted(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    demoted: &UserId,
    by: &str,
    ip: &str,
) -> AppResult<()> {
    let (name, email): (String, String) = users::table
        .find(demoted)
        .select((users::display_name, users::email))
        .first(conn)?;
    let mut told = crate::payments::other_admins(conn, tenant_id, Some(demoted))?;
    told.push(demoted.clone());
    for person in told {
        let user = users::table
            .find(&person)
            .select(User::as_select())
            .first(conn)?;
        raise_in(
            conn,
            Some(tenant_id),
            &user,
            ADMIN_DEMOTED,
            &Detail::new(
                "notice.detail.admin_demoted",
                &[("name", &name), ("email", &email), ("by", by)],
            ),
            ip,
        )?;
    }
    Ok(())
}
