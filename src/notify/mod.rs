//! Outgoing mail is written to the `outbox` table in the same transaction as the change that
//! causes it; a worker (the notifications work) sends it. Mails never carry a link that signs
//! anyone in: they name what happened and tell the reader to open the portal themselves.

pub mod smtp;

use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{outbox, users};
use crate::error::AppResult;
use crate::ids::{new_id, now};

/// The locale of a mail written in both languages (its reader's language is not known yet).
pub const BOTH: &str = "en+zh-CN";

/// Picks the text for a mail's language (code that writes mails without the catalog).
pub fn pick<'a>(locale: &str, en: &'a str, zh: &'a str) -> &'a str {
    if locale.starts_with("zh") { zh } else { en }
}

pub struct Mail<'a> {
    pub tenant_id: Option<&'a str>,
    pub to: &'a str,
    pub locale: &'a str,
    pub subject: String,
    pub body: String,
}

/// Queues a mail. Every mail to a person with an anti-phishing phrase carries it at the top,
/// with the sentence that explains it; everyone else is told how to choose one.
pub fn queue(conn: &mut DbConn, m: Mail<'_>) -> AppResult<String> {
    let id = new_id();
    let phrase: Option<String> = users::table
        .filter(users::email.eq(m.to))
        .select(users::phishing_phrase)
        .first::<Option<String>>(conn)
        .optional()?
        .flatten();
    let zh = m.locale.starts_with("zh");
    // An invitation's reader has no language yet: such mails are written in both and get both.
    let both = m.locale == BOTH;
    let header = match phrase {
        Some(p) => {
            let en = format!(
                "Your Portico phrase: «{p}» — mail from Portico always shows it; mail without it is not from Portico.\n"
            );
            let cn = format!(
                "您的 Portico 防钓鱼短语：«{p}» —— Portico 发出的邮件都会显示它；没有它的邮件不是 Portico 发的。\n"
            );
            match (both, zh) {
                (true, _) => format!("{en}{cn}\n"),
                (false, true) => format!("{cn}\n"),
                (false, false) => format!("{en}\n"),
            }
        }
        None => {
            let en = "Tip: choose an anti-phishing phrase in Portico (Account → Security); every mail from Portico will then show it.\n";
            let cn = "提示：在 Portico 中（账户 → 安全）设置防钓鱼短语后，Portico 发出的每封邮件都会显示它。\n";
            match (both, zh) {
                (true, _) => format!("{en}{cn}\n"),
                (false, true) => format!("{cn}\n"),
                (false, false) => format!("{en}\n"),
            }
        }
    };
    let body = format!("{header}{}", m.body);
    diesel::insert_into(outbox::table)
        .values((
            outbox::id.eq(&id),
            outbox::tenant_id.eq(m.tenant_id),
            outbox::to_email.eq(m.to),
            outbox::locale.eq(if both { "en" } else { m.locale }),
            outbox::subject.eq(m.subject),
            outbox::body_text.eq(body),
            outbox::created_at.eq(now()),
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
