//! Documents of record and approvals by two administrators.
//!
//! The security drill found that any staff account (a QC inspector, a merchandiser) could
//! upload a customer-visible invoice that verified as `genuine`, signed and issued by them,
//! and make the real one `superseded` by uploading a new version: one compromised staff
//! account bypassed the two-admin rule for bank details. Here is who issues what:
//! - kinds that carry payment terms or can carry bank details (proforma invoice, contract,
//!   invoice, payment sheets) are issued by one admin (step-up) and approved by a second,
//!   like bank details;
//! - the other signed kinds (packing list, bill of lading, inspection report) by an admin
//!   (step-up);
//! - progress reports by the system.
//!
//! An upload of a signed kind is a draft that buyers never see and that verifies as
//! nothing; superseding an issued document needs the same right as issuing it.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::Actor;
use crate::db::DbConn;
use crate::db::schema::{memberships, tenants};
use crate::error::{AppError, AppResult};
use crate::files::FileKind;
use crate::ids::UserId;

/// Who may issue a kind of document of record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Authority {
    /// Proposed by one admin, approved by another of longer standing.
    TwoAdmins,
    /// An admin, after a step-up.
    Admin,
    /// Portico itself (progress reports).
    System,
}

/// The authority an uploaded file of this kind needs to become a document of record; `None`
/// for kinds that never are. Exhaustive: a new kind decides here.
pub fn file_authority(kind: FileKind) -> Option<Authority> {
    match kind {
        FileKind::ProformaInvoice | FileKind::Contract | FileKind::Invoice => {
            Some(Authority::TwoAdmins)
        }
        FileKind::PackingList | FileKind::BillOfLading | FileKind::InspectionReport => {
            Some(Authority::Admin)
        }
        FileKind::Photo
        | FileKind::Video
        | FileKind::Certificate
        | FileKind::MaterialReceipt
        | FileKind::Other => None,
    }
}

/// The authority a document of record of this stored kind needs: the file kinds, and the
/// documents Portico renders itself (payment sheets carry payment terms; progress reports
/// are the system's).
pub fn authority(kind: &str) -> Option<Authority> {
    match kind {
        crate::documents::PAYMENT_SHEET => Some(Authority::TwoAdmins),
        crate::documents::PROGRESS_REPORT => Some(Authority::System),
        other => FileKind::parse(other).and_then(file_authority),
    }
}

/// Whether a file of this kind starts as a draft that must be issued.
pub fn is_issued_by_people(kind: FileKind) -> bool {
    matches!(
        file_authority(kind),
        Some(Authority::TwoAdmins | Authority::Admin)
    )
}

/// Issue (or propose to issue) a document of this kind: an admin signed in themselves (an
/// API token never issues documents of record). The step-up is in the handler's signature.
pub fn can_issue(actor: &Actor, kind: FileKind) -> bool {
    let admin = super::rules(actor.role).admin;
    admin && actor.api_token.is_none() && is_issued_by_people(kind)
}

/// Withdraw a proposal waiting for the second admin: any admin (it protects).
pub fn can_withdraw_issue(actor: &Actor) -> bool {
    super::rules(actor.role).admin && actor.api_token.is_none()
}

/// The four-eyes rule, shared by bank details and documents that carry payment terms: the
/// approver is an admin, never the proposer (whatever session they use), and was an admin
/// for the tenant's cooling-off period before the proposal: one person with a second admin
/// account made for the purpose is still one person. `first` waives the standing for a
/// tenant's very first bank details when no other admin of standing exists (a new supplier,
/// whose admins are all new): what protects that first set instead is two admins, the
/// cooling-off period, every buyer told at approval and asked to acknowledge, and the notice
/// every admin gets when someone becomes an admin. A refusal says who may approve, or when
/// someone can.
pub fn second_admin(
    conn: &mut DbConn,
    actor: &Actor,
    proposed_by: &UserId,
    proposed_at: NaiveDateTime,
    what: &str,
) -> AppResult<()> {
    second_admin_unless_first(conn, actor, proposed_by, proposed_at, what, false)
}

pub fn second_admin_unless_first(
    conn: &mut DbConn,
    actor: &Actor,
    proposed_by: &UserId,
    proposed_at: NaiveDateTime,
    what: &str,
    first: bool,
) -> AppResult<()> {
    if !super::rules(actor.role).admin || actor.api_token.is_some() {
        return Err(AppError::Forbidden(
            "You do not have permission to do this.",
        ));
    }
    if *proposed_by == actor.user_id {
        return Err(AppError::ForbiddenBecause(format!(
            "{what} needs a second administrator: you proposed this one, so someone else must approve it."
        )));
    }
    let hours: i32 = tenants::table
        .find(&actor.tenant_id)
        .select(tenants::payment_cooling_hours)
        .first(conn)?;
    let standing = chrono::Duration::hours(hours as i64);
    let mut since_of = |user: &str| -> AppResult<Option<NaiveDateTime>> {
        Ok(memberships::table
            .filter(memberships::tenant_id.eq(&actor.tenant_id))
            .filter(memberships::user_id.eq(user))
            .select(memberships::role_since)
            .first::<Option<NaiveDateTime>>(conn)
            .optional()?
            .flatten())
    };
    let since = since_of(&actor.user_id)?;
    // Both sides of the four eyes were admins before the proposal: otherwise an admin could
    // make himself a second account, propose with it and approve (the review of this change).
    let proposer_ok = since_of(proposed_by)?.is_some_and(|s| s + standing <= proposed_at);
    let approver_ok = since.is_some_and(|s| s + standing <= proposed_at);
    if proposer_ok && approver_ok {
        return Ok(());
    }
    // Who could: the other admins who were admins long enough before the proposal.
    use crate::db::schema::users;
    let able: Vec<String> = memberships::table
        .inner_join(users::table)
        .filter(memberships::tenant_id.eq(&actor.tenant_id))
        .filter(memberships::role.eq_any(super::roles_where(|r| r.admin)))
        .filter(memberships::user_id.ne(proposed_by))
        .filter(memberships::role_since.le(proposed_at - standing))
        .filter(users::status.eq(crate::people::STATUS_ACTIVE))
        .select(users::display_name)
        .load(conn)?;
    if first && able.is_empty() {
        // The first set, and no admin of standing exists who could approve instead.
        return Ok(());
    }
    let what = what.to_lowercase();
    if !proposer_ok {
        return Err(AppError::ForbiddenBecause(format!(
            "This ({what}) was proposed by an administrator of less than {hours} hours' standing, so nobody may approve it: cancel it, and have an administrator of standing propose it."
        )));
    }
    Err(AppError::ForbiddenBecause(if able.is_empty() {
        let at = since.unwrap_or(proposed_at) + standing;
        format!(
            "You became an administrator too recently to approve {what}: it needs an administrator who was one for {hours} hours before it was proposed, and there is none. Cancel it and have it proposed again after {} UTC; you can approve it then.",
            at.format("%Y-%m-%d %H:%M")
        )
    } else {
        format!(
            "You became an administrator too recently to approve {what}: an administrator of longer standing must approve it ({}).",
            able.join(", ")
        )
    }))
}
