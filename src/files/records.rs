//! Issuing a document of record: an uploaded draft of a signed kind becomes signed, current,
//! customer-visible and verifiable only through here (who may: `policy::records`). Kinds
//! that carry payment terms are proposed by one admin and approved by a second; the other
//! signed kinds are issued by one admin. The handlers ask for a fresh step-up.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{CUSTOMER, DRAFT, FileRow, ISSUED, PROPOSED};
use crate::audit;
use crate::auth::keys::Keys;
use crate::db::schema::files;
use crate::db::{DbConn, WriteTransaction};
use crate::error::{AppError, AppResult};
use crate::ids::{FileId, TenantId, UserId, now};
use crate::policy::records::{self, Authority};
use crate::policy::{self, Actor};

/// What an issue request did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Issued {
    /// Signed and shown to the buyers, with this verification code.
    Issued { code: String },
    /// Waiting for a second administrator (kinds that carry payment terms).
    Proposed,
}

fn find_draft(conn: &mut DbConn, actor: &Actor, file_id: &FileId) -> AppResult<FileRow> {
    Ok(super::find(conn, actor, file_id)?.file)
}

/// Issues a draft (an admin, for packing lists, bills of lading and inspection reports), or
/// proposes it for a second admin's approval (invoices, proforma invoices, contracts).
pub fn issue(conn: &mut DbConn, keys: &Keys, actor: &Actor, file_id: &FileId) -> AppResult<Issued> {
    let f = find_draft(conn, actor, file_id)?;
    policy::ensure(records::can_issue(actor, f.kind))?;
    if f.record_state.as_deref() != Some(DRAFT) {
        return Err(AppError::Conflict(
            "Only a draft can be issued; this document was issued or proposed already.".into(),
        ));
    }
    match records::file_authority(f.kind) {
        Some(Authority::Admin) => conn.write_tx(|conn| {
            let r = sign(conn, keys, actor, &f, DRAFT, &actor.user_id, None)?;
            Ok(Issued::Issued { code: r.code })
        }),
        Some(Authority::TwoAdmins) => conn.write_tx(|conn| {
            let n = diesel::update(
                files::table
                    .filter(files::id.eq(&f.id))
                    .filter(files::tenant_id.eq(&actor.tenant_id))
                    .filter(files::record_state.eq(DRAFT)),
            )
            .set((
                files::record_state.eq(PROPOSED),
                files::issue_proposed_by.eq(Some(&actor.user_id)),
                files::issue_proposed_at.eq(Some(now())),
            ))
            .execute(conn)?;
            if n != 1 {
                return Err(AppError::Conflict("The document changed meanwhile.".into()));
            }
            audit::record(
                conn,
                actor.event(
                    "document.propose",
                    "file",
                    Some(&f.id),
                    format!(
                        "{} {} v{} sha256={}",
                        f.kind, f.display_name, f.version, f.sha256
                    ),
                ),
            )?;
            tell_admins(conn, actor, &f, "proposed")?;
            Ok(Issued::Proposed)
        }),
        _ => Err(AppError::Forbidden(
            "This kind of file is not a document of record.",
        )),
    }
}

/// A second admin approves a proposed document: it is signed as issued by the proposer and
/// approved by this admin.
pub fn approve(
    conn: &mut DbConn,
    keys: &Keys,
    actor: &Actor,
    file_id: &FileId,
) -> AppResult<String> {
    let f = find_draft(conn, actor, file_id)?;
    policy::ensure(records::can_issue(actor, f.kind))?;
    let (Some(PROPOSED), Some(by), Some(at)) = (
        f.record_state.as_deref(),
        f.issue_proposed_by.clone(),
        f.issue_proposed_at,
    ) else {
        return Err(AppError::Conflict(
            "Only a proposed document can be approved.".into(),
        ));
    };
    records::second_admin(
        conn,
        actor,
        &by,
        at,
        "Issuing a document that carries payment terms",
    )?;
    conn.write_tx(|conn| {
        let r = sign(conn, keys, actor, &f, PROPOSED, &by, Some(&actor.user_id))?;
        Ok(r.code)
    })
}

/// Withdraws a proposal (any admin): the document goes back to being a draft.
pub fn withdraw(conn: &mut DbConn, actor: &Actor, file_id: &FileId) -> AppResult<()> {
    let f = find_draft(conn, actor, file_id)?;
    policy::ensure(records::can_withdraw_issue(actor))?;
    conn.write_tx(|conn| {
        let n = back_to_draft(conn, &actor.tenant_id, Some(&f.id), None)?;
        if n != 1 {
            return Err(AppError::Conflict(
                "Only a proposed document can be withdrawn.".into(),
            ));
        }
        audit::record(
            conn,
            actor.event("document.withdraw", "file", Some(&f.id), String::new()),
        )?;
        tell_admins(conn, actor, &f, "withdrawn")
    })
}

/// Takes proposals back to drafts: one file's, or those of every version of a document;
/// returns how many.
pub(super) fn back_to_draft(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    file_id: Option<&FileId>,
    document_id: Option<&str>,
) -> AppResult<usize> {
    let mut q = diesel::update(files::table)
        .filter(files::tenant_id.eq(tenant_id.to_string()))
        .filter(files::record_state.eq(PROPOSED))
        .into_boxed();
    if let Some(f) = file_id {
        q = q.filter(files::id.eq(f.to_string()));
    }
    if let Some(d) = document_id {
        q = q.filter(files::document_id.eq(d.to_string()));
    }
    Ok(q.set((
        files::record_state.eq(DRAFT),
        files::issue_proposed_by.eq(None::<String>),
        files::issue_proposed_at.eq(None::<NaiveDateTime>),
    ))
    .execute(conn)?)
}

/// Signs the file as a document of record, makes it the current version and shows it to the
/// buyers. `from` is the state it must still be in (a parallel decision loses).
fn sign(
    conn: &mut DbConn,
    keys: &Keys,
    actor: &Actor,
    f: &FileRow,
    from: &str,
    issued_by: &UserId,
    approved_by: Option<&UserId>,
) -> AppResult<crate::documents::Record> {
    let mut q = diesel::update(files::table)
        .filter(files::id.eq(f.id.clone()))
        .filter(files::tenant_id.eq(actor.tenant_id.clone()))
        .filter(files::record_state.eq(from.to_string()))
        .into_boxed();
    if approved_by.is_some() {
        // Still the proposal the approver saw (not one withdrawn and made again by another).
        q = q.filter(files::issue_proposed_by.eq(issued_by.clone()));
    }
    let n = q
        .set((
            files::record_state.eq(ISSUED),
            files::visibility.eq(CUSTOMER),
        ))
        .execute(conn)?;
    if n != 1 {
        return Err(AppError::Conflict("The document changed meanwhile.".into()));
    }
    // Issued, it supersedes every other version (an older issued one verifies as superseded).
    diesel::update(
        files::table
            .filter(files::tenant_id.eq(&actor.tenant_id))
            .filter(files::document_id.eq(&f.document_id)),
    )
    .set(files::is_current.eq(false))
    .execute(conn)?;
    diesel::update(files::table.filter(files::id.eq(&f.id)))
        .set(files::is_current.eq(true))
        .execute(conn)?;
    let r = crate::documents::issue(
        conn,
        keys,
        crate::documents::Issue {
            tenant_id: &f.tenant_id,
            document_id: &f.document_id,
            version: f.version,
            file_id: Some(&f.id),
            instruction_id: None,
            order_id: Some(&f.order_id),
            kind: f.kind.as_str(),
            title: &f.display_name,
            sha256: &f.sha256,
            issued_by: Some(issued_by),
            approved_by,
            object_key: None,
            code: None,
            language: crate::i18n::Locale::En,
        },
    )?;
    audit::record(
        conn,
        actor.event(
            "document.issue",
            "file",
            Some(&f.id),
            format!(
                "{} {} v{} code={} sha256={}{}",
                f.kind,
                f.display_name,
                f.version,
                r.code,
                f.sha256,
                approved_by
                    .map(|_| format!(" proposed by {issued_by}"))
                    .unwrap_or_default()
            ),
        ),
    )?;
    tell_admins(conn, actor, f, "issued")?;
    let (buyers, _) = policy::order_audience(conn, &f.order_id)?;
    let mut params = crate::notifications::order_params(conn, &f.order_id)?;
    params["count"] = 1.into();
    crate::notifications::send(
        conn,
        &buyers,
        &crate::notifications::Notice {
            tenant_id: Some(&actor.tenant_id),
            order_id: Some(&f.order_id),
            kind: crate::notifications::DOCUMENTS,
            params,
        },
    )?;
    Ok(r)
}

/// Every admin hears of each step, so one admin cannot issue quietly.
pub(super) fn tell_admins(
    conn: &mut DbConn,
    actor: &Actor,
    f: &FileRow,
    event: &str,
) -> AppResult<()> {
    let admins = crate::payments::other_admins(conn, &actor.tenant_id, Some(&actor.user_id))?;
    let mut params = crate::notifications::order_params(conn, &f.order_id)?;
    params["event"] = event.into();
    params["name"] = f.display_name.clone().into();
    params["file"] = f.id.to_string().into();
    params["by"] = actor.display_name.clone().into();
    crate::notifications::send(
        conn,
        &admins,
        &crate::notifications::Notice {
            tenant_id: Some(&actor.tenant_id),
            order_id: Some(&f.order_id),
            kind: crate::notifications::RECORD,
            params,
        },
    )?;
    Ok(())
}
