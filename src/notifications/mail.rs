//! Turns notifications into outbox mail: one mail per notice for people who want them at once,
//! one digest a day for the rest. Each notification is claimed by a compare-and-set on its
//! mail state in the transaction that writes the mail, so two nodes never mail it twice.
//! Mails name the order and what happened, in the reader's language and time zone, and tell
//! them to open Portico themselves; they carry no link.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{MAIL_DIGEST, MAIL_NONE, MAIL_NOW, MAIL_QUEUED};
use crate::db::schema::notifications;
use crate::db::{DbConn, WriteTransaction};
use crate::error::AppResult;
use crate::i18n::{I18n, Locale};
use crate::ids::{OrderId, TenantId, UserId};
use crate::mail::{self, Mail};

const BATCH: i64 = 200;

type Pending = (
    String,
    Option<TenantId>,
    UserId,
    String,
    String,
    Option<OrderId>,
);
/// A notice in a digest: id, kind, params, when, order.
type DigestItem = (String, String, String, NaiveDateTime, Option<OrderId>);

/// Whether readers still see orders, asked once per reader and order in a batch.
type Seen = std::collections::HashMap<(String, String), bool>;

/// A notice about an order the reader no longer sees is not mailed (it stays in their
/// centre, where the list hides it too).
fn still_for(
    conn: &mut DbConn,
    seen: &mut Seen,
    user_id: &UserId,
    order_id: Option<&OrderId>,
) -> AppResult<bool> {
    let Some(o) = order_id else {
        return Ok(true);
    };
    let key = (user_id.to_string(), o.to_string());
    if let Some(v) = seen.get(&key) {
        return Ok(*v);
    }
    let v = crate::policy::still_sees_order(conn, user_id, o)?;
    seen.insert(key, v);
    Ok(v)
}

/// Mails notifications waiting to go out at once; returns how many mails were queued.
pub fn mail_now(conn: &mut DbConn, i18n: &I18n, public_url: &str) -> AppResult<usize> {
    let pending: Vec<Pending> = notifications::table
        .filter(notifications::mail.eq(MAIL_NOW))
        .order(notifications::id.asc())
        .limit(BATCH)
        .select((
            notifications::id,
            notifications::tenant_id,
            notifications::user_id,
            notifications::kind,
            notifications::params,
            notifications::order_id,
        ))
        .load(conn)?;
    let (mut sent, mut seen) = (0, Seen::new());
    for (id, tenant_id, user_id, kind, params, order_id) in pending {
        let queued = conn.write_tx(|conn| -> AppResult<bool> {
            let still = still_for(conn, &mut seen, &user_id, order_id.as_ref())?;
            let claimed = diesel::update(
                notifications::table
                    .filter(notifications::id.eq(&id))
                    .filter(notifications::mail.eq(MAIL_NOW)),
            )
            .set(notifications::mail.eq(if still { MAIL_QUEUED } else { MAIL_NONE }))
            .execute(conn)?;
            if claimed != 1 || !still {
                return Ok(false);
            }
            let Some((email, locale)) = proven_recipient(conn, &user_id)? else {
                return Ok(false);
            };
            let params: serde_json::Value = serde_json::from_str(&params).unwrap_or_default();
            // Each recipient's own zone: one event notifies many people, each its own row.
            let zone = mail::zone_of(conn, &email, tenant_id.as_ref())?;
            let what = super::mail_text(i18n, &locale, &kind, &params, zone);
            let tenant = tenant_name(conn, tenant_id.as_ref())?;
            let t = |key: &str, args: &[(&str, String)]| {
                i18n.text(Locale::of(&locale), key, args)
                    .unwrap_or_default()
            };
            // A fixed subject: what kind of news, never what someone typed.
            let subject = t(
                "mail.notice.subject",
                &[
                    ("tenant", tenant.clone()),
                    (
                        "what",
                        t(&format!("ncat.{}", super::category_of(&kind)), &[]),
                    ),
                ],
            );
            let body = frame(
                i18n,
                &locale,
                "mail.notice.intro",
                &tenant,
                &what,
                public_url,
            );
            mail::queue(
                conn,
                Mail {
                    tenant_id: tenant_id.as_ref(),
                    to: &email,
                    locale: &locale,
                    subject,
                    body,
                },
            )?;
            Ok(true)
        })?;
        if queued {
            sent += 1;
        }
    }
    Ok(sent)
}

/// Sends one digest per person of a tenant with everything waiting for it; returns how many
/// mails were queued. The caller makes sure a tenant's digest runs once a day.
pub fn digest(
    conn: &mut DbConn,
    i18n: &I18n,
    public_url: &str,
    tenant_id: &TenantId,
) -> AppResult<usize> {
    type Row = (
        String,
        UserId,
        String,
        String,
        NaiveDateTime,
        Option<OrderId>,
    );
    let pending: Vec<Row> = notifications::table
        .filter(notifications::mail.eq(MAIL_DIGEST))
        .filter(notifications::tenant_id.eq(tenant_id))
        .order((notifications::user_id, notifications::id))
        .select((
            notifications::id,
            notifications::user_id,
            notifications::kind,
            notifications::params,
            notifications::created_at,
            notifications::order_id,
        ))
        .load(conn)?;
    let mut by_user: Vec<(UserId, Vec<DigestItem>)> = Vec::new();
    for (id, user, kind, params, at, order) in pending {
        match by_user.last_mut() {
            Some((u, items)) if *u == user => items.push((id, kind, params, at, order)),
            _ => by_user.push((user, vec![(id, kind, params, at, order)])),
        }
    }
    let tenant = tenant_name(conn, Some(tenant_id))?;
    let (mut sent, mut seen) = (0, Seen::new());
    for (user, mut items) in by_user {
        let queued = conn.write_tx(|conn| -> AppResult<bool> {
            let mut gone: Vec<String> = Vec::new();
            let mut keep = Vec::with_capacity(items.len());
            for item in items.drain(..) {
                if still_for(conn, &mut seen, &user, item.4.as_ref())? {
                    keep.push(item);
                } else {
                    gone.push(item.0);
                }
            }
            let items = keep;
            if !gone.is_empty() {
                diesel::update(
                    notifications::table
                        .filter(notifications::id.eq_any(&gone))
                        .filter(notifications::mail.eq(MAIL_DIGEST)),
                )
                .set(notifications::mail.eq(MAIL_NONE))
                .execute(conn)?;
            }
            if items.is_empty() {
                return Ok(false);
            }
            let ids: Vec<&String> = items.iter().map(|(id, ..)| id).collect();
            let claimed = diesel::update(
                notifications::table
                    .filter(notifications::id.eq_any(&ids))
                    .filter(notifications::mail.eq(MAIL_DIGEST)),
            )
            .set(notifications::mail.eq(MAIL_QUEUED))
            .execute(conn)?;
            if claimed == 0 {
                return Ok(false);
            }
            let Some((email, locale)) = proven_recipient(conn, &user)? else {
                return Ok(false);
            };
            let t = |key: &str, args: &[(&str, String)]| {
                i18n.text(Locale::of(&locale), key, args)
                    .unwrap_or_default()
            };
            let zone = mail::zone_of(conn, &email, Some(tenant_id))?;
            let lines: Vec<String> = items
                .iter()
                .map(|(_, kind, params, at, _)| {
                    let params: serde_json::Value =
                        serde_json::from_str(params).unwrap_or_default();
                    format!(
                        "- {} · {}",
                        super::mail_text(i18n, &locale, kind, &params, zone),
                        crate::i18n::format::date_time(Locale::of(&locale), *at, zone)
                    )
                })
                .collect();
            let subject = t(
                "mail.digest.subject",
                &[
                    ("tenant", tenant.clone()),
                    ("count", items.len().to_string()),
                ],
            );
            let body = frame(
                i18n,
                &locale,
                "mail.digest.intro",
                &tenant,
                &lines.join("\n"),
                public_url,
            );
            mail::queue(
                conn,
                Mail {
                    tenant_id: Some(tenant_id),
                    to: &email,
                    locale: &locale,
                    subject,
                    body,
                },
            )?;
            Ok(true)
        })?;
        if queued {
            sent += 1;
        }
    }
    Ok(sent)
}

/// The address and locale of an active person whose address is proven; only they get mail
/// (the in-app notice is there either way).
fn proven_recipient(conn: &mut DbConn, user_id: &UserId) -> AppResult<Option<(String, String)>> {
    Ok(super::recipient(conn, user_id)?
        .and_then(|(email, locale, verified)| verified.then_some((email, locale))))
}

/// Every mail's body: the intro naming the tenant, the content, and the reminder to open
/// Portico themselves, since mails carry no link to follow.
fn frame(
    i18n: &I18n,
    locale: &str,
    intro_key: &str,
    tenant: &str,
    content: &str,
    public_url: &str,
) -> String {
    let locale = Locale::of(locale);
    let t = |key: &str, args: &[(&str, String)]| i18n.text(locale, key, args).unwrap_or_default();
    format!(
        "{}\n\n{content}\n\n{}\n\n{}\n",
        t(intro_key, &[("tenant", super::quote(tenant))]),
        t("mail.quoted", &[("tenant", super::quote(tenant))]),
        t("mail.open_portal", &[("url", public_url.to_string())]),
    )
}

fn tenant_name(conn: &mut DbConn, tenant_id: Option<&TenantId>) -> AppResult<String> {
    use crate::db::schema::tenants;
    Ok(match tenant_id {
        Some(t) => tenants::table
            .find(t)
            .select(tenants::name)
            .first(conn)
            .optional()?
            .unwrap_or_default(),
        None => "Portico".into(),
    })
}
