//! Outgoing mail is written to the `outbox` table in the same transaction as the change that
//! causes it; a worker (the notifications work) sends it. Mails never carry a link that signs
//! anyone in: they name what happened and tell the reader to open the portal themselves.

pub mod smtp;

use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{memberships, outbox, tenants, users};
use crate::error::AppResult;
use crate::i18n::{Locale, format};
use crate::ids::{TenantId, new_id, now};

/// A catalogue text in a mail's language (`locale` as the outbox stores it).
pub fn text(locale: &str, key: &str, args: &[(&str, String)]) -> String {
    crate::i18n::catalogue()
        .text(Locale::of(locale), key, args)
        .unwrap_or_default()
}

pub struct Mail<'a> {
    pub tenant_id: Option<&'a TenantId>,
    pub to: &'a str,
    pub locale: &'a str,
    pub subject: String,
    pub body: String,
}

/// The zone the person at `to` reads times in, as their pages show them: their own choice,
/// else the zone of the company the mail is about (`tenant_id`), else that of the company
/// they belong to. Mails about the account itself (security notices, codes) name no company:
/// someone in several companies whose zones differ reads UTC, which the time then names,
/// rather than one company's zone picked at random.
pub fn zone_of(
    conn: &mut DbConn,
    to: &str,
    tenant_id: Option<&TenantId>,
) -> AppResult<chrono_tz::Tz> {
    let person: Option<(String, Option<String>)> = users::table
        .filter(users::email.eq(to))
        .select((users::id, users::time_zone))
        .first(conn)
        .optional()?;
    if let Some(own) = person
        .as_ref()
        .and_then(|(_, z)| z.as_deref())
        .and_then(|z| z.parse().ok())
    {
        return Ok(own);
    }
    let zones: Vec<String> = match (tenant_id, &person) {
        (Some(t), _) => tenants::table
            .find(t)
            .select(tenants::timezone)
            .load(conn)?,
        (None, Some((user_id, _))) => memberships::table
            .inner_join(tenants::table)
            .filter(memberships::user_id.eq(user_id))
            .select(tenants::timezone)
            .distinct()
            .load(conn)?,
        (None, None) => Vec::new(),
    };
    Ok(match zones.as_slice() {
        [one] => one.parse().unwrap_or(chrono_tz::UTC),
        _ => chrono_tz::UTC,
    })
}

/// A stored UTC moment as the person at `to` reads it: in their language and zone, the zone
/// named by its offset ("7 Dec 2026 09:05 (UTC-5)"), as on their pages.
pub fn when(
    conn: &mut DbConn,
    to: &str,
    tenant_id: Option<&TenantId>,
    locale: &str,
    utc: chrono::NaiveDateTime,
) -> AppResult<String> {
    let zone = zone_of(conn, to, tenant_id)?;
    Ok(format::date_time(Locale::of(locale), utc, zone))
}

/// Queues a mail. Every mail to a person with an anti-phishing phrase carries it at the top,
/// with the sentence that explains it; everyone else is told how to choose one. Under it,
/// the time the mail was written in the reader's zone: the outbox may send it later, and a
/// security notice ("a sign-in from a new device") or a code is only useful with the time
/// of its event, matched against the sign-ins the portal lists in the same zone.
pub fn queue(conn: &mut DbConn, m: Mail<'_>) -> AppResult<String> {
    let (id, t) = (new_id(), now());
    let phrase: Option<String> = users::table
        .filter(users::email.eq(m.to))
        .select(users::phishing_phrase)
        .first::<Option<String>>(conn)
        .optional()?
        .flatten();
    let i18n = crate::i18n::catalogue();
    let locale = Locale::of(m.locale);
    let line = match &phrase {
        Some(p) => i18n.text(locale, "mail.phrase", &[("phrase", p.clone())]),
        None => i18n.text(locale, "mail.phrase_tip", &[]),
    };
    let written = i18n.text(
        locale,
        "mail.written",
        &[("date", when(conn, m.to, m.tenant_id, m.locale, t)?)],
    );
    let body = format!(
        "{}\n{}\n\n{}",
        line.unwrap_or_default(),
        written.unwrap_or_default(),
        m.body
    );
    diesel::insert_into(outbox::table)
        .values((
            outbox::id.eq(&id),
            outbox::tenant_id.eq(m.tenant_id),
            outbox::to_email.eq(m.to),
            outbox::locale.eq(m.locale),
            outbox::subject.eq(m.subject),
            outbox::body_text.eq(body),
            outbox::created_at.eq(t),
            outbox::attempts.eq(0),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Mail queued for an address, newest first (admin views and tests).
pub fn queued_for(conn: &mut DbConn, to: &str) -> AppResult<Vec<(String, String)>> {
    Ok(outbox::table
        .filter(outbox::to_email.eq(to))
        .order(outbox::id.desc())
        .select((outbox::subject, outbox::body_text))
        .load(conn)?)
}

/// Whether mail reaches a tenant's admins: the alerts that stop fraud (an URGENT payment to
/// another account, a change of bank details) go by mail, and a new supplier's admins used
/// to get none without anyone noticing.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Health {
    /// A mail relay is configured.
    pub relay: bool,
    /// The tenant's mails and its admins' mails that failed, or waited more than 15 minutes,
    /// in the last 24 hours.
    pub stuck: i64,
    /// Admins whose address is not confirmed ("name <address>"): they get no mail.
    pub unconfirmed_admins: Vec<String>,
}

impl Health {
    pub fn ok(&self) -> bool {
        self.relay && self.stuck == 0 && self.unconfirmed_admins.is_empty()
    }
}

pub fn health(conn: &mut DbConn, tenant_id: &TenantId, relay: bool) -> AppResult<Health> {
    use crate::db::schema::memberships;
    let people: Vec<(String, String, String, Option<chrono::NaiveDateTime>)> = memberships::table
        .inner_join(users::table)
        .filter(memberships::tenant_id.eq(tenant_id))
        .filter(users::status.eq(crate::people::STATUS_ACTIVE))
        .select((
            memberships::role,
            users::display_name,
            users::email,
            users::email_verified_at,
        ))
        .load(conn)?;
    let unconfirmed_admins = people
        .iter()
        .filter(|(role, _, _, verified)| {
            verified.is_none()
                && crate::people::Role::parse(role).is_some_and(crate::policy::must_confirm_email)
        })
        .map(|(_, name, email, _)| format!("{name} <{email}>"))
        .collect();
    // The tenant's own mails, and the admins' account mails (security notices carry no
    // tenant): not every buyer's address, which would make this page cost a query over
    // thousands of addresses.
    let emails: Vec<&String> = people
        .iter()
        .filter(|(role, ..)| {
            crate::people::Role::parse(role).is_some_and(crate::policy::must_confirm_email)
        })
        .map(|p| &p.2)
        .collect();
    let t = now();
    let stuck: i64 = outbox::table
        .filter(
            outbox::tenant_id
                .eq(tenant_id)
                .or(outbox::to_email.eq_any(&emails)),
        )
        .filter(outbox::created_at.gt(t - chrono::Duration::hours(24)))
        .filter(outbox::sent_at.is_null())
        .filter(
            outbox::created_at
                .lt(t - chrono::Duration::minutes(15))
                .or(outbox::last_error.is_not_null()),
        )
        .count()
        .get_result(conn)?;
    Ok(Health {
        relay,
        stuck,
        unconfirmed_admins,
    })
}
