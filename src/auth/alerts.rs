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
use crate::ids::{TenantId, UserId, new_id, now};
use crate::mail::{self, Mail};
use crate::people::User;

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

/// A short description of a browser for people ("Chrome on Android").
pub fn device_label(user_agent: &str) -> String {
    let ua = user_agent.to_lowercase();
    let browser = if ua.contains("edg/") {
        "Edge"
    } else if ua.contains("firefox") {
        "Firefox"
    } else if ua.contains("chrome") || ua.contains("chromium") {
        "Chrome"
    } else if ua.contains("safari") {
        "Safari"
    } else if ua.is_empty() {
        "an unknown client"
    } else {
        "a program"
    };
    let os = if ua.contains("android") {
        " on Android"
    } else if ua.contains("iphone") || ua.contains("ipad") {
        " on iOS"
    } else if ua.contains("windows") {
        " on Windows"
    } else if ua.contains("mac os") {
        " on macOS"
    } else if ua.contains("linux") {
        " on Linux"
    } else {
        ""
    };
    format!("{browser}{os}")
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
    let what = format!(
        "{} from {} ({})",
        device_label(&client.user_agent),
        client.ip,
        if kind == SessionKind::Api {
            "API"
        } else {
            "browser"
        }
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
        &format!("{failures} failed sign-ins in the last hour, the latest from {ip}"),
        ip,
    )
}

/// `raise` for a person known by id.
pub fn raise_for(
    conn: &mut DbConn,
    user_id: &UserId,
    kind: &str,
    detail: &str,
    ip: &str,
) -> AppResult<()> {
    let user = users::table
        .find(user_id)
        .select(User::as_select())
        .first(conn)?;
    raise(conn, &user, kind, detail, ip)
}

/// Records an account-wide notice and queues its e-mail.
pub fn raise(conn: &mut DbConn, user: &User, kind: &str, detail: &str, ip: &str) -> AppResult<()> {
    raise_in(conn, None, user, kind, detail, ip)
}

/// A notice about the person's use of one tenant (that tenant's admins see it too).
pub fn raise_in(
    conn: &mut DbConn,
    tenant_id: Option<&TenantId>,
    user: &User,
    kind: &str,
    detail: &str,
    ip: &str,
) -> AppResult<()> {
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
    let (en, zh) = texts(kind);
    let locale = user.locale.unwrap_or(crate::i18n::Locale::En).code();
    let (subject, body) = crate::i18n::Locale::of(locale).pick(
        {
            (
                format!("Portico security notice: {en}"),
                format!(
                    "{en}: {detail}.\n\n\
                 If this was you, there is nothing to do. If it was not, open Portico yourself \
                 (type the address you always use; do not follow links in e-mails), sign in and \
                 choose \"This wasn't me\" under Account → Security notices: it signs out every \
                 device and asks for a new password.\n"
                ),
            )
        },
        {
            (
                format!("Portico 安全提醒：{zh}"),
                format!(
                    "{zh}：{detail}。\n\n\
                 如果是您本人操作，无需处理。如果不是，请自行打开 Portico（输入您常用的网址，\
                 不要点击邮件中的链接），登录后在“账户 → 安全提醒”中选择“不是我本人”：\
                 系统会退出所有设备并要求设置新密码。\n"
                ),
            )
        },
    );
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

fn texts(kind: &str) -> (&'static str, &'static str) {
    match kind {
        NEW_SIGN_IN => ("new sign-in", "新的登录"),
        FAILED_SIGN_INS => ("failed sign-ins", "多次登录失败"),
        TWO_FACTOR_ON => ("two-step sign-in turned on", "已开启两步登录"),
        TWO_FACTOR_OFF => ("two-step sign-in turned off", "已关闭两步登录"),
        TWO_FACTOR_RESET => (
            "two-step sign-in reset by an administrator",
            "管理员重置了两步登录",
        ),
        PASSWORD_CHANGED => ("password changed", "密码已更改"),
        PASSWORD_RESET => ("password reset by e-mail code", "已通过邮件验证码重置密码"),
        EMAIL_CHANGED => ("e-mail address changed", "邮箱地址已更改"),
        ADMIN_ADDED => (
            "a new administrator of your company in Portico",
            "贵公司在 Portico 中新增了一位管理员",
        ),
        SECOND_FACTOR_FAILED => (
            "wrong two-step codes after a correct password",
            "密码正确但两步验证码多次错误",
        ),
        ADMIN_DEMOTED => (
            "an administrator of your company in Portico lost that role",
            "贵公司在 Portico 中有管理员被取消了管理员身份",
        ),
        _ => ("account activity", "账户活动"),
    }
}

/// A security notice of the signed-in person.
#[derive(Debug, Clone, Serialize, Queryable, utoipa::ToSchema)]
#[schema(as = SecurityNotice)]
pub struct Notice {
    pub id: String,
    /// `new_sign_in`, `failed_sign_ins`, `two_factor_on`, `two_factor_off`,
    /// `two_factor_reset`, `password_changed`, `password_reset`, `email_changed`,
    /// `admin_added`, `second_factor_failed` or `admin_demoted`.
    pub kind: String,
    /// What happened, e.g. the device and network of a new sign-in.
    pub detail: String,
    /// The address the event came from.
    pub ip: String,
    pub created_at: chrono::NaiveDateTime,
    /// When the person saw it in the portal; none while unread.
    pub read_at: Option<chrono::NaiveDateTime>,
    /// When the person answered "this wasn't me"; none otherwise.
    pub acted_at: Option<chrono::NaiveDateTime>,
}

/// The person's newest notices.
pub fn notices_of(conn: &mut DbConn, user_id: &UserId, limit: i64) -> AppResult<Vec<Notice>> {
    Ok(security_notices::table
        .filter(security_notices::user_id.eq(user_id))
        .order(security_notices::id.desc())
        .limit(limit)
        .select((
            security_notices::id,
            security_notices::kind,
            security_notices::detail,
            security_notices::ip,
            security_notices::created_at,
            security_notices::read_at,
            security_notices::acted_at,
        ))
        .load(conn)?)
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
            &format!("{name} <{email}>"),
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
            &format!("{name} <{email}>, by {by}"),
            ip,
        )?;
    }
    Ok(())
}
