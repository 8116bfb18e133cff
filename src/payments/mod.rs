//! Payment instructions of record: the bank details buyers pay to live here, not in e-mail.
//! A change needs two people (admin A proposes, a different admin B approves, both with
//! step-up), then waits a cooling-off period during which every affected buyer is told and
//! either admin can cancel; only then does it become the details of record. Every version
//! is kept. Buyers acknowledge new details; payments they record are checked against the
//! details of record on the payment's date (see `records`).

mod acknowledgement;
pub mod api;
pub mod bank;
mod changes;
pub mod records;
pub mod sheet;
pub mod web;

pub use acknowledgement::{AckStatus, acknowledge, acknowledged, acknowledgements};
pub use changes::{Proposal, activate_due, approve, cancel, propose};

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConn;
use crate::db::schema::payment_instructions;
use crate::error::{AppError, AppResult};
use crate::ids::{OrgId, TenantId, UserId};
use crate::policy::{self, Actor, PaymentScope};
use crate::web::paging::{Keyset, Page, key_cursor};

pub const PROPOSED: &str = "proposed";
pub const COOLING: &str = "cooling";
pub const ACTIVE: &str = "active";
pub const SUPERSEDED: &str = "superseded";
pub const CANCELLED: &str = "cancelled";
/// The scope of details that hold for every customer without their own.
pub const TENANT_SCOPE: &str = "tenant";

/// One version of the bank details buyers pay to. Buyers see only versions two admins
/// approved, without who did what (`proposed_by` empty, `approved_by`, `cancelled_by` and
/// `cancel_reason` null); of a pending change not yet approved they see that it exists,
/// with the bank fields empty.
#[derive(Debug, Clone, Queryable, Selectable, Serialize, utoipa::ToSchema)]
#[schema(as = PaymentInstruction)]
#[diesel(table_name = payment_instructions)]
pub struct Instruction {
    pub id: String,
    #[serde(skip)]
    pub tenant_id: TenantId,
    /// `tenant` (every customer without their own details) or a customer organisation's id.
    pub scope: String,
    /// The customer organisation these details are for; none for the tenant-wide ones.
    pub customer_org_id: Option<OrgId>,
    /// Counts up per scope.
    pub version: i32,
    pub beneficiary: String,
    pub beneficiary_address: String,
    pub bank_name: String,
    pub bank_address: String,
    pub swift_bic: String,
    pub account: String,
    pub currency: String,
    pub notes: String,
    /// `proposed` (waits for a second admin), `cooling` (approved, takes effect at
    /// `effective_at`), `active` (the details of record), `superseded` or `cancelled`.
    #[schema(value_type = crate::web::api_enums::InstructionStatus)]
    pub status: String,
    /// User id of the admin who proposed it (empty for buyers: a plain string in the
    /// schema, since "" is no UUID).
    #[schema(value_type = String)]
    pub proposed_by: UserId,
    #[serde(with = "crate::ids::utc")]
    pub proposed_at: NaiveDateTime,
    /// User id of the second admin who approved it.
    pub approved_by: Option<UserId>,
    #[serde(default, with = "crate::ids::utc::option")]
    pub approved_at: Option<NaiveDateTime>,
    /// When an approved change takes effect, after the cooling-off period.
    #[serde(default, with = "crate::ids::utc::option")]
    pub effective_at: Option<NaiveDateTime>,
    /// When it became the details of record.
    #[serde(default, with = "crate::ids::utc::option")]
    pub activated_at: Option<NaiveDateTime>,
    /// When a later version replaced it.
    #[serde(default, with = "crate::ids::utc::option")]
    pub superseded_at: Option<NaiveDateTime>,
    pub cancelled_by: Option<UserId>,
    #[serde(default, with = "crate::ids::utc::option")]
    pub cancelled_at: Option<NaiveDateTime>,
    pub cancel_reason: Option<String>,
}

pub(crate) fn find_in(conn: &mut DbConn, tenant_id: &TenantId, id: &str) -> AppResult<Instruction> {
    let id = crate::ids::parse(id).ok_or(AppError::NotFound)?;
    payment_instructions::table
        .filter(payment_instructions::tenant_id.eq(tenant_id))
        .filter(payment_instructions::id.eq(&id))
        .select(Instruction::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)
}

/// The instruction scopes a `PaymentScope` covers; `None`: every scope.
fn scopes_of(scope: &PaymentScope) -> Option<Vec<String>> {
    match scope {
        PaymentScope::AllCustomers => None,
        PaymentScope::OneCustomer { org_id } => Some(
            std::iter::once(TENANT_SCOPE.to_string())
                .chain(org_id.as_ref().map(OrgId::to_string))
                .collect(),
        ),
        PaymentScope::Nothing => Some(Vec::new()),
    }
}

/// Whether the scope is a buyer's: approved versions only, shown `for_buyer`.
fn for_a_buyer(scope: &PaymentScope) -> bool {
    matches!(scope, PaymentScope::OneCustomer { .. })
}

/// Whether a buyer sees this version: only details two admins approved (a proposal that
/// was never approved may be an attacker's account and must not appear as if of record).
fn buyer_sees(i: &Instruction) -> bool {
    i.approved_at.is_some()
}

/// What a buyer is shown of a version: not who inside the supplier did what, nor why a
/// change was cancelled.
fn for_buyer(mut i: Instruction) -> Instruction {
    // Blank: who proposed is not the buyer's to know.
    i.proposed_by = UserId::trusted(String::new());
    i.approved_by = None;
    i.cancelled_by = None;
    i.cancel_reason = None;
    i
}

/// One instruction the actor may see; anything else is not found.
pub fn find(conn: &mut DbConn, actor: &Actor, id: &str) -> AppResult<Instruction> {
    let i = find_in(conn, &actor.tenant_id, id)?;
    let scope = policy::payment_scope(actor);
    match scopes_of(&scope) {
        Some(scopes) if !scopes.contains(&i.scope) => Err(AppError::NotFound),
        _ if for_a_buyer(&scope) && !buyer_sees(&i) => Err(AppError::NotFound),
        _ if for_a_buyer(&scope) => Ok(for_buyer(i)),
        _ => Ok(i),
    }
}

/// The versions the actor may see, as a query to order and cut, and whether they are shown
/// `for_buyer`.
fn visible_versions(
    actor: &Actor,
) -> (
    payment_instructions::BoxedQuery<'static, crate::orders::Backend>,
    bool,
) {
    let scope = policy::payment_scope(actor);
    let mut q = payment_instructions::table
        .filter(payment_instructions::tenant_id.eq(actor.tenant_id.clone()))
        .into_boxed();
    if let Some(scopes) = scopes_of(&scope) {
        q = q
            .filter(payment_instructions::scope.eq_any(scopes))
            .filter(payment_instructions::approved_at.is_not_null());
    }
    (q, for_a_buyer(&scope))
}

/// Every version the actor may see, by scope, newest version first.
pub fn history(conn: &mut DbConn, actor: &Actor) -> AppResult<Vec<Instruction>> {
    let (q, buyer) = visible_versions(actor);
    let rows: Vec<Instruction> = q
        .order((
            payment_instructions::scope.asc(),
            payment_instructions::version.desc(),
        ))
        .select(Instruction::as_select())
        .load(conn)?;
    Ok(if buyer {
        rows.into_iter().map(for_buyer).collect()
    } else {
        rows
    })
}

/// A page of the same list (the API's); the cursor is the (scope, version, id) of the last
/// version.
pub fn history_page(
    conn: &mut DbConn,
    actor: &Actor,
    keyset: &Keyset,
) -> AppResult<Page<Instruction>> {
    let (mut q, buyer) = visible_versions(actor);
    if let Some((scope, version, id)) = keyset.after_key::<(String, i32, String)>()? {
        use payment_instructions as p;
        q = q.filter(
            p::scope
                .gt(scope.clone())
                .or(p::scope.eq(scope.clone()).and(p::version.lt(version)))
                .or(p::scope
                    .eq(scope)
                    .and(p::version.eq(version))
                    .and(p::id.gt(id))),
        );
    }
    let rows: Vec<Instruction> = q
        .order((
            payment_instructions::scope.asc(),
            payment_instructions::version.desc(),
            payment_instructions::id.asc(),
        ))
        .limit(keyset.fetch())
        .select(Instruction::as_select())
        .load(conn)?;
    let page = keyset.page(rows, |i| key_cursor(&(&i.scope, i.version, &i.id)));
    Ok(if buyer { page.map(for_buyer) } else { page })
}

/// The details of record for a customer organisation at a moment: its own, else the
/// tenant's.
pub fn of_record(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    org_id: Option<&OrgId>,
    at: NaiveDateTime,
) -> AppResult<Option<Instruction>> {
    for scope in org_id
        .into_iter()
        .map(OrgId::to_string)
        .chain([TENANT_SCOPE.to_string()])
    {
        let found: Option<Instruction> = payment_instructions::table
            .filter(payment_instructions::tenant_id.eq(tenant_id))
            .filter(payment_instructions::scope.eq(&scope))
            .filter(payment_instructions::activated_at.le(at))
            .filter(
                payment_instructions::superseded_at
                    .is_null()
                    .or(payment_instructions::superseded_at.gt(at)),
            )
            .order(payment_instructions::version.desc())
            .select(Instruction::as_select())
            .first(conn)
            .optional()?;
        if found.is_some() {
            return Ok(found);
        }
    }
    Ok(None)
}

/// A change of the details that apply to this person that has not taken effect (the
/// banner): for admins, proposed or cooling off; for buyers, only once two admins approved it
/// (cooling off), when they are also told by notice and mail. A mere proposal is staff
/// business: it may never happen, and telling buyers of it trains them to expect changes.
pub fn pending_for(conn: &mut DbConn, actor: &Actor) -> AppResult<Option<Instruction>> {
    let scope = policy::payment_scope(actor);
    let states: &[&str] = match scope {
        PaymentScope::OneCustomer { .. } => &[COOLING],
        _ => &[PROPOSED, COOLING],
    };
    let mut q = payment_instructions::table
        .filter(payment_instructions::tenant_id.eq(&actor.tenant_id))
        .filter(payment_instructions::status.eq_any(states))
        .into_boxed();
    if let Some(scopes) = scopes_of(&scope) {
        q = q.filter(payment_instructions::scope.eq_any(scopes));
    }
    let found: Option<Instruction> = q
        .order(payment_instructions::proposed_at.asc())
        .select(Instruction::as_select())
        .first(conn)
        .optional()?;
    Ok(found.map(|i| match scope {
        // A buyer learns that a change waits, never an unapproved account number.
        PaymentScope::OneCustomer { .. } if !buyer_sees(&i) => Instruction {
            beneficiary: String::new(),
            beneficiary_address: String::new(),
            bank_name: String::new(),
            bank_address: String::new(),
            swift_bic: String::new(),
            account: String::new(),
            notes: String::new(),
            ..for_buyer(i)
        },
        PaymentScope::OneCustomer { .. } => for_buyer(i),
        _ => i,
    }))
}

pub use crate::policy::{affected_buyers, other_admins};
