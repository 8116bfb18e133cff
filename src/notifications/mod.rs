//! In-app notifications: what happened that a person should know, written in the same
//! transaction as the change, shown in the notification centre and mailed at once or in a
//! daily digest as the person prefers (`mail`). Security and payment notices cannot be turned
//! off. The text is rendered in the reader's language and zone when shown or mailed, from
//! `params` (`words`).

pub mod mail;
pub mod schedule;
pub mod web;
mod words;

pub use words::{mail_text, quote, text};

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConn;
use crate::db::schema::{notification_prefs, notifications, orders, users};
use crate::error::{AppError, AppResult};
use crate::i18n::I18n;
use crate::ids::{OrderId, TenantId, UserId, new_id, now};
use crate::policy::Actor;
use crate::web::paging::{Keyset, Page, id_cursor};

/// Kinds of notification, each in one category.
pub const UPDATE: &str = "update";
pub const STATUS: &str = "status";
pub const MILESTONE: &str = "milestone";
pub const COMMENT: &str = "comment";
pub const PHOTOS: &str = "photos";
pub const DOCUMENTS: &str = "documents";
pub const DECISION_REQUESTED: &str = "decision_requested";
pub const DECISION_ANSWERED: &str = "decision_answered";
pub const MILESTONE_LATE: &str = "milestone_late";
pub const REPORT_READY: &str = "report_ready";
pub const SECURITY: &str = "security";
pub const PAYMENT: &str = "payment";
/// A document of record proposed, issued or withdrawn (to every admin).
pub const RECORD: &str = "record";
/// Someone other than an admin invited a person (to every admin).
pub const INVITED: &str = "invited";

/// Categories a person can tune, in the order the preferences page shows them.
pub const CATEGORIES: [&str; 5] = ["updates", "files", "decisions", "milestones", "reports"];
pub const MODES: [&str; 3] = ["now", "daily", "off"];

/// Mail states of a notification.
pub const MAIL_NONE: &str = "none";
pub const MAIL_NOW: &str = "now";
pub const MAIL_DIGEST: &str = "digest";
pub const MAIL_QUEUED: &str = "queued";

pub const PAGE: i64 = 30;
/// Photos and documents added to one order within this window make one notification.
const COALESCE_MINUTES: i64 = 60;

pub fn category_of(kind: &str) -> &'static str {
    match kind {
        UPDATE | STATUS | MILESTONE | COMMENT => "updates",
        PHOTOS | DOCUMENTS => "files",
        DECISION_REQUESTED | DECISION_ANSWERED => "decisions",
        MILESTONE_LATE => "milestones",
        REPORT_READY => "reports",
        PAYMENT | RECORD => "payments",
        _ => "security",
    }
}

/// What a person gets when they never chose: what needs them at once, the rest daily.
fn default_mode(category: &str) -> &'static str {
    match category {
        "updates" | "files" => "daily",
        _ => "now",
    }
}

pub struct Notice<'a> {
    pub tenant_id: Option<&'a TenantId>,
    pub order_id: Option<&'a OrderId>,
    pub kind: &'a str,
    pub params: serde_json::Value,
}

/// Notifies each recipient according to their preferences; returns how many were written
/// (or merged into a recent one). Call inside the transaction of the change.
pub fn send(conn: &mut DbConn, recipients: &[UserId], n: &Notice<'_>) -> AppResult<usize> {
    if recipients.is_empty() {
        return Ok(0);
    }
    let category = category_of(n.kind);
    let fixed = matches!(category, "security" | "payments");
    let chosen: Vec<(String, String)> = if fixed {
        Vec::new()
    } else {
        notification_prefs::table
            .filter(notification_prefs::user_id.eq_any(recipients))
            .filter(notification_prefs::category.eq(category))
            .select((notification_prefs::user_id, notification_prefs::mode))
            .load(conn)?
    };
    let t = now();
    let mut written = 0;
    for user in recipients {
        let mode = chosen
            .iter()
            .find(|(u, _)| u == user)
            .map(|(_, m)| m.as_str())
            .unwrap_or(if fixed { "now" } else { default_mode(category) });
        let mail = match (n.kind, mode) {
            // Security notices mail themselves (auth::alerts), to proven addresses only.
            (SECURITY, _) => MAIL_NONE,
            (_, "off") => continue,
            (_, "daily") => MAIL_DIGEST,
            _ => MAIL_NOW,
        };
        if matches!(n.kind, PHOTOS | DOCUMENTS) && coalesce(conn, user, n, t)? {
            written += 1;
            continue;
        }
        diesel::insert_into(notifications::table)
            .values((
                notifications::id.eq(new_id()),
                notifications::tenant_id.eq(n.tenant_id),
                notifications::user_id.eq(user),
                notifications::kind.eq(n.kind),
                notifications::order_id.eq(n.order_id),
                notifications::params.eq(n.params.to_string()),
                notifications::created_at.eq(t),
                notifications::mail.eq(mail),
            ))
            .execute(conn)?;
        written += 1;
    }
    Ok(written)
}

/// Adds to an unread notification of the same kind on the same order from the last hour, so
/// that forty photos make one notice (and at most one mail). True if one was found.
fn coalesce(conn: &mut DbConn, user: &str, n: &Notice<'_>, t: NaiveDateTime) -> AppResult<bool> {
    let Some(order_id) = n.order_id else {
        return Ok(false);
    };
    let found: Option<(String, String)> = notifications::table
        .filter(notifications::user_id.eq(user))
        .filter(notifications::order_id.eq(order_id))
        .filter(notifications::kind.eq(n.kind))
        .filter(notifications::read_at.is_null())
        .filter(notifications::created_at.gt(t - chrono::Duration::minutes(COALESCE_MINUTES)))
        .order(notifications::id.desc())
        .select((notifications::id, notifications::params))
        .first(conn)
        .optional()?;
    let Some((id, params)) = found else {
        return Ok(false);
    };
    let mut p: serde_json::Value = serde_json::from_str(&params).unwrap_or_default();
    let add = n.params.get("count").and_then(|c| c.as_i64()).unwrap_or(1);
    let count = p.get("count").and_then(|c| c.as_i64()).unwrap_or(1) + add;
    p["count"] = count.into();
    diesel::update(notifications::table.find(&id))
        .set(notifications::params.eq(p.to_string()))
        .execute(conn)?;
    Ok(true)
}

/// The order's reference and title, the usual parameters of a notice about it.
pub fn order_params(conn: &mut DbConn, order_id: &OrderId) -> AppResult<serde_json::Value> {
    use crate::db::schema::orders;
    let (reference, title): (String, String) = orders::table
        .find(order_id)
        .select((orders::reference, orders::title))
        .first(conn)?;
    Ok(serde_json::json!({ "ref": reference, "title": title }))
}

/// Notifies the order's audience of a customer-visible timeline entry: buyers hear of what
/// staff did; staff (and the other buyers) hear of what a buyer did. The author is left out.
pub fn on_timeline_entry(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    order_id: &OrderId,
    kind: &'static str,
    author: Option<&UserId>,
    extra: Option<(&str, String)>,
) -> AppResult<()> {
    let (buyers, staff) = crate::policy::order_audience(conn, order_id)?;
    let from_buyer = matches!(kind, COMMENT | DECISION_ANSWERED);
    let mut to: Vec<UserId> = if from_buyer {
        staff.into_iter().chain(buyers).collect()
    } else {
        buyers
    };
    to.retain(|u| Some(u) != author);
    to.dedup();
    if to.is_empty() {
        return Ok(());
    }
    let mut params = order_params(conn, order_id)?;
    if let Some((k, v)) = extra {
        params[k] = v.into();
    }
    send(
        conn,
        &to,
        &Notice {
            tenant_id: Some(tenant_id),
            order_id: Some(order_id),
            kind,
            params,
        },
    )?;
    Ok(())
}

/// A notification as the centre and the API show it, text in the reader's language.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = Notification)]
pub struct Item {
    pub id: String,
    /// `update`, `status`, `milestone`, `comment`, `photos`, `documents`,
    /// `decision_requested`, `decision_answered`, `milestone_late`, `report_ready`,
    /// `security` or `payment`.
    #[schema(value_type = crate::web::api_enums::NotificationKind)]
    pub kind: String,
    /// `updates`, `files`, `decisions`, `milestones`, `reports`, `payments` or `security`.
    #[schema(value_type = crate::web::api_enums::NotificationCategory)]
    pub category: &'static str,
    /// The order it is about, if any.
    pub order_id: Option<OrderId>,
    /// The notification in the reader's language.
    pub text: String,
    /// Where the notification leads in the portal (a path, never a full address).
    pub path: String,
    #[serde(with = "crate::ids::utc")]
    pub created_at: NaiveDateTime,
    pub read: bool,
}

#[derive(Queryable)]
struct Row {
    id: String,
    kind: String,
    order_id: Option<OrderId>,
    params: String,
    created_at: NaiveDateTime,
    read_at: Option<NaiveDateTime>,
}

/// Where a notification leads (a path in the portal).
pub fn path_for(kind: &str, order_id: Option<&OrderId>, params: &serde_json::Value) -> String {
    path_of(kind, order_id, params)
}

fn path_of(kind: &str, order_id: Option<&OrderId>, params: &serde_json::Value) -> String {
    match (kind, order_id) {
        (SECURITY, _) => "/account/security".into(),
        (PAYMENT, _) => "/payments".into(),
        (INVITED, _) => "/admin/people".into(),
        (crate::webhooks::delivery::DISABLED_NOTICE, _) => "/admin/webhooks".into(),
        (RECORD, _) => match params.get("file").and_then(|f| f.as_str()) {
            Some(f) => format!("/files/{f}"),
            None => "/notifications".into(),
        },
        // The report's PDF (there is no page per report).
        (REPORT_READY, _) => match params.get("report").and_then(|r| r.as_str()) {
            Some(r) => format!("/reports/{r}/pdf"),
            None => "/reports".into(),
        },
        (PHOTOS | DOCUMENTS, Some(o)) => format!("/orders/{o}/files"),
        (_, Some(o)) => format!("/orders/{o}"),
        _ => "/notifications".into(),
    }
}

/// The actor's notifications in this tenant (and account-wide ones), newest first, paged by
/// keyset on the id (ids are time-ordered).
pub fn list(
    conn: &mut DbConn,
    i18n: &I18n,
    actor: &Actor,
    locale: &str,
    keyset: &Keyset,
) -> AppResult<Page<Item>> {
    let mut q = of_actor(conn, actor)?;
    if let Some(after) = keyset.after_id()? {
        q = q.filter(notifications::id.lt(after));
    }
    let rows: Vec<Row> = q
        .order(notifications::id.desc())
        .limit(keyset.fetch())
        .select((
            notifications::id,
            notifications::kind,
            notifications::order_id,
            notifications::params,
            notifications::created_at,
            notifications::read_at,
        ))
        .load(conn)?;
    Ok(keyset.page(rows, |r| id_cursor(&r.id)).map(|r| {
        let params: serde_json::Value = serde_json::from_str(&r.params).unwrap_or_default();
        Item {
            text: text(i18n, locale, &r.kind, &params, actor.time_zone),
            path: path_of(&r.kind, r.order_id.as_ref(), &params),
            category: category_of(&r.kind),
            id: r.id,
            kind: r.kind,
            order_id: r.order_id,
            created_at: r.created_at,
            read: r.read_at.is_some(),
        }
    }))
}

pub fn unread_count(conn: &mut DbConn, actor: &Actor) -> AppResult<i64> {
    Ok(of_actor(conn, actor)?
        .filter(notifications::read_at.is_null())
        .count()
        .get_result(conn)?)
}

/// The actor's notifications in this tenant and account-wide ones. Notices about orders the
/// reader no longer sees (a grant ended, a reassignment) go with the access. (The orders are
/// loaded, not a subquery: a boxed subquery cannot be nested in a boxed query across the two
/// backends, and those who see every order skip it.)
fn of_actor(
    conn: &mut DbConn,
    actor: &Actor,
) -> AppResult<notifications::BoxedQuery<'static, crate::orders::Backend>> {
    let q = notifications::table
        .filter(notifications::user_id.eq(actor.user_id.clone()))
        .filter(
            notifications::tenant_id
                .eq(actor.tenant_id.clone())
                .or(notifications::tenant_id.is_null()),
        )
        .into_boxed();
    if matches!(
        crate::policy::order_scope(actor),
        crate::policy::OrderScope::All
    ) {
        return Ok(q);
    }
    let all: crate::orders::BoxedOrders<'static> = orders::table.into_boxed();
    let visible: Vec<String> = crate::orders::scope_to_actor!(all, actor)
        .select(orders::id)
        .load(conn)?;
    Ok(q.filter(
        notifications::order_id
            .is_null()
            .or(notifications::order_id.eq_any(visible)),
    ))
}

/// Marks one of the actor's notifications read; anyone else's is not found.
pub fn mark_read(conn: &mut DbConn, actor: &Actor, id: &str) -> AppResult<()> {
    let n = diesel::update(
        notifications::table
            .filter(notifications::id.eq(id))
            .filter(notifications::user_id.eq(&actor.user_id))
            .filter(
                notifications::tenant_id
                    .eq(&actor.tenant_id)
                    .or(notifications::tenant_id.is_null()),
            ),
    )
    .set(notifications::read_at.eq(Some(now())))
    .execute(conn)?;
    if n == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

pub fn mark_all_read(conn: &mut DbConn, actor: &Actor) -> AppResult<usize> {
    Ok(diesel::update(
        notifications::table
            .filter(notifications::user_id.eq(&actor.user_id))
            .filter(notifications::read_at.is_null())
            .filter(
                notifications::tenant_id
                    .eq(&actor.tenant_id)
                    .or(notifications::tenant_id.is_null()),
            ),
    )
    .set(notifications::read_at.eq(Some(now())))
    .execute(conn)?)
}

/// How a person wants to hear about one category of notification.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, Eq, utoipa::ToSchema)]
#[schema(as = NotificationPreference)]
pub struct Preference {
    /// `updates`, `files`, `decisions`, `milestones` or `reports` (security and payment
    /// notices cannot be turned off).
    #[schema(value_type = crate::web::api_enums::PreferenceCategory)]
    pub category: String,
    /// `now` (in the portal and an e-mail at once), `daily` (in the portal and the daily
    /// e-mail digest) or `off` (not notified).
    #[schema(value_type = crate::web::api_enums::PreferenceMode)]
    pub mode: String,
}

/// The person's choice for every category, defaults filled in.
pub fn preferences(conn: &mut DbConn, user_id: &UserId) -> AppResult<Vec<Preference>> {
    let chosen: Vec<(String, String)> = notification_prefs::table
        .filter(notification_prefs::user_id.eq(user_id))
        .select((notification_prefs::category, notification_prefs::mode))
        .load(conn)?;
    Ok(CATEGORIES
        .iter()
        .map(|c| Preference {
            category: c.to_string(),
            mode: chosen
                .iter()
                .find(|(cat, _)| cat == c)
                .map(|(_, m)| m.clone())
                .unwrap_or_else(|| default_mode(c).to_string()),
        })
        .collect())
}

pub fn set_preferences(conn: &mut DbConn, actor: &Actor, prefs: &[Preference]) -> AppResult<()> {
    for p in prefs {
        if !CATEGORIES.contains(&p.category.as_str()) {
            return Err(AppError::invalid(
                "category_invalid",
                "Security and payment notices cannot be turned off; other categories are updates, files, decisions, milestones and reports.",
            ));
        }
        if !MODES.contains(&p.mode.as_str()) {
            return Err(AppError::invalid(
                "mode_invalid",
                "Choose now, daily or off.",
            ));
        }
    }
    use crate::db::WriteTransaction;
    conn.write_tx(|conn| {
        for p in prefs {
            diesel::delete(
                notification_prefs::table
                    .filter(notification_prefs::user_id.eq(&actor.user_id))
                    .filter(notification_prefs::category.eq(&p.category)),
            )
            .execute(conn)?;
            diesel::insert_into(notification_prefs::table)
                .values((
                    notification_prefs::user_id.eq(&actor.user_id),
                    notification_prefs::category.eq(&p.category),
                    notification_prefs::mode.eq(&p.mode),
                ))
                .execute(conn)?;
        }
        crate::audit::record(
            conn,
            actor.event(
                "account.notifications",
                "user",
                Some(&actor.user_id),
                prefs
                    .iter()
                    .map(|p| format!("{}={}", p.category, p.mode))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        )
    })
}

/// Recipient details for mail: address, language, and whether the address was proven.
pub(crate) fn recipient(
    conn: &mut DbConn,
    user_id: &UserId,
) -> AppResult<Option<(String, String, bool)>> {
    let r: Option<(String, Option<String>, Option<NaiveDateTime>, String)> = users::table
        .find(user_id)
        .select((
            users::email,
            users::locale,
            users::email_verified_at,
            users::status,
        ))
        .first(conn)
        .optional()?;
    Ok(r.and_then(|(email, locale, verified, status)| {
        (status == crate::people::STATUS_ACTIVE).then(|| {
            (
                email,
                locale.unwrap_or_else(|| "en".into()),
                verified.is_some(),
            )
        })
    }))
}
