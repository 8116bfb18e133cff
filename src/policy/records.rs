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
use crate::people::Role;

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

/// The authority a kind needs; `None` for kinds that are not documents of record.
pub fn authority(kind: &str) -> Option<Authority> {
    match kind {
        "proforma_invoice" | "contract" | "invoice" | crate::documents::PAYMENT_SHEET => {
            Some(Authority::TwoAdmins)
        }
        "packing_list" | "bill_of_lading" | "inspection_report" => Some(Authority::Admin),
        crate::documents::PROGRESS_REPORT => Some(Authority::System),
        _ => None,
    }
}

/// Whether a file of this kind starts as a draft that must be issued.
pub fn is_issued_by_people(kind: &str) -> bool {
    matches!(
        authority(kind),
        Some(Authority::TwoAdmins | Authority::Admin)
    )
}

/// Issue (or propose to issue) a document of this kind: an admin signed in themselves (an
/// API token never issues documents of record). The step-up is in the handler's signature.
pub fn can_issue(actor: &Actor, kind: &str) -> bool {
    let admin = match actor.role {
        Role::Admin => true,
        Role::Merchandiser | Role::Qc | Role::Buyer => false,
    };
    admin && actor.api_token.is_none() && is_issued_by_people(kind)
}

/// Withdraw a proposal waiting for the second admin: any admin (it protects).
pub fn can_withdraw_issue(actor: &Actor) -> bool {
    actor.role == Role::Admin && actor.api_token.is_none()
}

/// The four-eyes rule, shared by bank details and documents that carry payment terms: the
/// approver is an admin, never the proposer (whatever session they use), and was an admin
/// for the tenant's cooling-off period before the proposal: one person with a second admin
/// account made for the purpose is still one person.
pub fn second_admin(
    conn: &mut DbConn,
    actor: &Actor,
    proposed_by: &str,
    proposed_at: NaiveDateTime,
    what: &str,
) -> AppResult<()> {
    if actor.role != Role::Admin || actor.api_token.is_some() {
        return Err(AppError::Forbidden(
            "You do not have permission to do this.",
        ));
    }
    if proposed_by == actor.user_id {
        return Err(AppError::ForbiddenBecause(format!(
            "{what} needs a second administrator: you proposed this one, so someone else must approve it."
        )));
    }
    let hours: i32 = tenants::table
        .find(&actor.tenant_id)
        .select(tenants::payment_cooling_hours)
        .first(conn)?;
    let since: Option<NaiveDateTime> = memberships::table
        .filter(memberships::tenant_id.eq(&actor.tenant_id))
        .filter(memberships::user_id.eq(&actor.user_id))
        .select(memberships::role_since)
        .first(conn)?;
    let ready = since.map(|s| s + chrono::Duration::hours(hours as i64));
    if ready.is_none_or(|r| r > proposed_at) {
        return Err(AppError::ForbiddenBecause(format!(
            "You became an administrator too recently to approve {}: an administrator of longer standing (one for {hours} hours before it was proposed) must approve it.",
            what.to_lowercase()
        )));
    }
    Ok(())
}
