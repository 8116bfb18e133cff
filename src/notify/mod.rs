//! Outgoing mail is written to the `outbox` table in the same transaction as the change that
//! causes it; a worker (the notifications work) sends it. Mails never carry a link that signs
//! anyone in: they name what happened and tell the reader to open the portal themselves.

use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::outbox;
use crate::error::AppResult;
use crate::ids::{new_id, now};

pub struct Mail<'a> {
    pub tenant_id: Option<&'a str>,
    pub to: &'a str,
    pub locale: &'a str,
    pub subject: String,
    pub body: String,
}

pub fn queue(conn: &mut DbConn, m: Mail<'_>) -> AppResult<String> {
    let id = new_id();
    diesel::insert_into(outbox::table)
        .values((
            outbox::id.eq(&id),
            outbox::tenant_id.eq(m.tenant_id),
            outbox::to_email.eq(m.to),
            outbox::locale.eq(m.locale),
            outbox::subject.eq(m.subject),
            outbox::body_text.eq(m.body),
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
