//! Payment instructions of record: the bank details buyers pay to live here, not in e-mail.
//! A change needs two people (admin A proposes, a different admin B approves, both with
//! step-up), then waits a cooling-off period during which every affected buyer is told and
//! either admin can cancel; only then does it become the details of record. Every version
//! is kept. Buyers acknowledge new details; payments they record are checked against the
//! details of record on the payment's date (see `records`).

pub mod bank;
pub mod records;
pub mod web;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::audit;
use crate::db::schema::{
    customer_orgs, memberships, payment_acknowledgements, payment_instructions, tenants, users,
};
use crate::db::{DbConn, WriteTransaction};
use crate::error::{AppError, AppResult};
use crate::ids::{new_id, now};
use crate::people::Role;
use crate::policy::{self, Actor};
use crate::validate;

pub const PROPOSED: &str = "proposed";
pub const COOLING: &str = "cooling";
pub const ACTIVE: &str = "active";
pub const SUPERSEDED: &str = "superseded";
pub const CANCELLED: &str = "cancelled";
/// The scope of details that hold for every customer without their own.
pub const TENANT_SCOPE: &str = "tenant";
/// Said on every page and mail about payment.
pub const WARNING_EN: &str = "Our bank details never change by e-mail; check them in Portico.";
pub const WARNING_ZH: &str = "我们的银行信息不会通过邮件更改，请在 Portico 中核对。";

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = payment_instructions)]
pub struct Instruction {
    pub id: String,
    #[serde(skip)]
    pub tenant_id: String,
    pub scope: String,
    pub customer_org_id: Option<String>,
    pub version: i32,
    pub beneficiary: String,
    pub beneficiary_address: String,
    pub bank_name: String,
    pub bank_address: String,
    pub swift_bic: String,
    pub account: String,
    pub currency: String,
    pub notes: String,
    pub status: String,
    pub proposed_by: String,
    pub proposed_at: NaiveDateTime,
    pub approved_by: Option<String>,
    pub approved_at: Option<NaiveDateTime>,
    pub effective_at: Option<NaiveDateTime>,
    pub activated_at: Option<NaiveDateTime>,
    pub superseded_at: Option<NaiveDateTime>,
    pub cancelled_by: Option<String>,
    pub cancelled_at: Option<NaiveDateTime>,
    pub cancel_reason: Option<String>,
}

/// What an admin proposes.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Proposal {
    #[serde(default)]
    pub customer_org_id: Option<String>,
    #[serde(default)]
    pub beneficiary: String,
    #[serde(default)]
    pub beneficiary_address: String,
    #[serde(default)]
    pub bank_name: String,
    #[serde(default)]
    pub bank_address: String,
    #[serde(default)]
    pub swift_bic: String,
    #[serde(default)]
    pub account: String,
    #[serde(default)]
    pub currency: String,
    #[serde(default)]
    pub notes: String,
}

fn scope_of(org: Option<&str>) -> String {
    org.map(String::from)
        .unwrap_or_else(|| TENANT_SCOPE.to_string())
}

/// Admin A proposes new details (the caller checked step-up). Nothing changes for buyers
/// until a second admin approves and the cooling-off period has passed.
pub fn propose(conn: &mut DbConn, actor: &Actor, p: &Proposal) -> AppResult<Instruction> {
    policy::ensure(policy::can_manage_payments(actor))?;
    let org = match p
        .customer_org_id
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(raw) => {
            let id = crate::ids::parse(raw).ok_or(AppError::NotFound)?;
            crate::people::find_customer_org(conn, &actor.tenant_id, &id)?;
            Some(id)
        }
        None => None,
    };
    let beneficiary = validate::text("beneficiary", &p.beneficiary, 140)?;
    let beneficiary_address =
        validate::optional_text("beneficiary address", &p.beneficiary_address, 300)?
            .unwrap_or_default();
    let bank_name = validate::text("bank", &p.bank_name, 140)?;
    let bank_address =
        validate::optional_text("bank address", &p.bank_address, 300)?.unwrap_or_default();
    let swift_bic = bank::bic(&p.swift_bic)?;
    let account = bank::account(&p.account)?;
    let currency = bank::currency(&p.currency)?;
    let notes = validate::optional_text("notes", &p.notes, 1000)?.unwrap_or_default();
    let scope = scope_of(org.as_deref());
    conn.write_tx(|conn| {
        // One open change per scope at a time: a second proposal waits for the first.
        let open: i64 = payment_instructions::table
            .filter(payment_instructions::tenant_id.eq(&actor.tenant_id))
            .filter(payment_instructions::scope.eq(&scope))
            .filter(payment_instructions::status.eq_any([PROPOSED, COOLING]))
            .count()
            .get_result(conn)?;
        if open > 0 {
            return Err(AppError::Conflict(
                "A change of these bank details is already waiting; approve or cancel it first.".into(),
            ));
        }
        let version: i32 = payment_instructions::table
            .filter(payment_instructions::tenant_id.eq(&actor.tenant_id))
            .filter(payment_instructions::scope.eq(&scope))
            .select(diesel::dsl::max(payment_instructions::version))
            .first::<Option<i32>>(conn)?
            .unwrap_or(0)
            + 1;
        let id = new_id();
        diesel::insert_into(payment_instructions::table)
            .values((
                payment_instructions::id.eq(&id),
                payment_instructions::tenant_id.eq(&actor.tenant_id),
                payment_instructions::scope.eq(&scope),
                payment_instructions::customer_org_id.eq(&org),
                payment_instructions::version.eq(version),
                payment_instructions::beneficiary.eq(&beneficiary),
                payment_instructions::beneficiary_address.eq(&beneficiary_address),
                payment_instructions::bank_name.eq(&bank_name),
                payment_instructions::bank_address.eq(&bank_address),
                payment_instructions::swift_bic.eq(&swift_bic),
                payment_instructions::account.eq(&account),
                payment_instructions::currency.eq(&currency),
                payment_instructions::notes.eq(&notes),
                payment_instructions::status.eq(PROPOSED),
                payment_instructions::proposed_by.eq(&actor.user_id),
                payment_instructions::proposed_at.eq(now()),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            actor.event(
                "payment.propose",
                "payment_instruction",
                Some(&id),
                format!("{scope} v{version}: {beneficiary}, {bank_name}, {swift_bic}, {account}, {currency}"),
            ),
        )?;
        // Every other admin hears of it at once: a proposal they did not expect is the alarm.
        let admins = other_admins(conn, &actor.tenant_id, &actor.user_id)?;
        crate::notifications::send(
            conn,
            &admins,
            &crate::notifications::Notice {
                tenant_id: Some(&actor.tenant_id),
                order_id: None,
                kind: crate::notifications::PAYMENT,
                params: serde_json::json!({ "event": "proposed", "who": actor.display_name }),
            },
        )?;
        find_in(conn, &actor.tenant_id, &id)
    })
}

/// Admin B approves (the caller checked step-up): never the proposer, whatever session
/// they use. The details become the ones of record after the tenant's cooling-off period.
pub fn approve(conn: &mut DbConn, actor: &Actor, id: &str) -> AppResult<Instruction> {
    policy::ensure(policy::can_manage_payments(actor))?;
    conn.write_tx(|conn| {
        let i = find_in(conn, &actor.tenant_id, id)?;
        if i.status != PROPOSED {
            return Err(AppError::Conflict("Only a proposed change can be approved.".into()));
        }
        if i.proposed_by == actor.user_id {
            return Err(AppError::Forbidden(
                "A change of bank details needs a second administrator: you proposed this one, so someone else must approve it.",
            ));
        }
        let hours: i32 = tenants::table
            .find(&actor.tenant_id)
            .select(tenants::payment_cooling_hours)
            .first(conn)?;
        // One person with a second admin account made for the purpose is still one person:
        // the approver must have been an admin for a cooling-off period before the proposal.
        let since: Option<NaiveDateTime> = memberships::table
            .filter(memberships::tenant_id.eq(&actor.tenant_id))
            .filter(memberships::user_id.eq(&actor.user_id))
            .select(memberships::role_since)
            .first(conn)?;
        if since.is_none_or(|s| s + chrono::Duration::hours(hours as i64) > i.proposed_at) {
            return Err(AppError::Forbidden(
                "You became an administrator too recently to approve a change of bank details; an administrator of longer standing must approve it.",
            ));
        }
        let t = now();
        let effective = t + chrono::Duration::hours(hours as i64);
        let n = diesel::update(
            payment_instructions::table
                .filter(payment_instructions::id.eq(&i.id))
                .filter(payment_instructions::status.eq(PROPOSED)),
        )
        .set((
            payment_instructions::status.eq(COOLING),
            payment_instructions::approved_by.eq(Some(&actor.user_id)),
            payment_instructions::approved_at.eq(Some(t)),
            payment_instructions::effective_at.eq(Some(effective)),
        ))
        .execute(conn)?;
        if n != 1 {
            return Err(AppError::Conflict("The change was decided meanwhile.".into()));
        }
        audit::record(
            conn,
            actor.event(
                "payment.approve",
                "payment_instruction",
                Some(&i.id),
                format!("effective {effective} UTC after {hours} h cooling-off"),
            ),
        )?;
        // Every affected buyer (and every admin) is told now, while it can still be stopped.
        let mut to = affected_buyers(conn, &actor.tenant_id, i.customer_org_id.as_deref())?;
        to.extend(other_admins(conn, &actor.tenant_id, &actor.user_id)?);
        to.sort();
        to.dedup();
        crate::notifications::send(
            conn,
            &to,
            &crate::notifications::Notice {
                tenant_id: Some(&actor.tenant_id),
                order_id: None,
                kind: crate::notifications::PAYMENT,
                params: serde_json::json!({ "event": "cooling", "date": effective.format("%Y-%m-%d %H:%M UTC").to_string() }),
            },
        )?;
        find_in(conn, &actor.tenant_id, &i.id)
    })
}

/// Either admin stops a change that is proposed or cooling off.
pub fn cancel(conn: &mut DbConn, actor: &Actor, id: &str, reason: &str) -> AppResult<Instruction> {
    policy::ensure(policy::can_manage_payments(actor))?;
    let reason = validate::optional_text("reason", reason, 500)?.unwrap_or_default();
    conn.write_tx(|conn| {
        let i = find_in(conn, &actor.tenant_id, id)?;
        let n = diesel::update(
            payment_instructions::table
                .filter(payment_instructions::id.eq(&i.id))
                .filter(payment_instructions::status.eq_any([PROPOSED, COOLING])),
        )
        .set((
            payment_instructions::status.eq(CANCELLED),
            payment_instructions::cancelled_by.eq(Some(&actor.user_id)),
            payment_instructions::cancelled_at.eq(Some(now())),
            payment_instructions::cancel_reason.eq(Some(&reason)),
        ))
        .execute(conn)?;
        if n != 1 {
            return Err(AppError::Conflict(
                "Only a change that has not taken effect can be cancelled.".into(),
            ));
        }
        audit::record(
            conn,
            actor.event(
                "payment.cancel",
                "payment_instruction",
                Some(&i.id),
                reason.clone(),
            ),
        )?;
        if i.status == COOLING {
            let mut to = affected_buyers(conn, &actor.tenant_id, i.customer_org_id.as_deref())?;
            to.extend(other_admins(conn, &actor.tenant_id, &actor.user_id)?);
            to.sort();
            to.dedup();
            crate::notifications::send(
                conn,
                &to,
                &crate::notifications::Notice {
                    tenant_id: Some(&actor.tenant_id),
                    order_id: None,
                    kind: crate::notifications::PAYMENT,
                    params: serde_json::json!({ "event": "cancelled" }),
                },
            )?;
        }
        find_in(conn, &actor.tenant_id, &i.id)
    })
}

/// Makes changes whose cooling-off has passed the details of record (the worker's schedule);
/// returns how many.
pub fn activate_due(conn: &mut DbConn, at: NaiveDateTime) -> AppResult<usize> {
    let due: Vec<Instruction> = payment_instructions::table
        .filter(payment_instructions::status.eq(COOLING))
        .filter(payment_instructions::effective_at.le(at))
        .select(Instruction::as_select())
        .load(conn)?;
    let mut n = 0;
    for i in due {
        let done = conn.write_tx(|conn| -> AppResult<bool> {
            let claimed = diesel::update(
                payment_instructions::table
                    .filter(payment_instructions::id.eq(&i.id))
                    .filter(payment_instructions::status.eq(COOLING)),
            )
            .set((
                payment_instructions::status.eq(ACTIVE),
                payment_instructions::activated_at.eq(Some(at)),
            ))
            .execute(conn)?;
            if claimed != 1 {
                return Ok(false);
            }
            diesel::update(
                payment_instructions::table
                    .filter(payment_instructions::tenant_id.eq(&i.tenant_id))
                    .filter(payment_instructions::scope.eq(&i.scope))
                    .filter(payment_instructions::status.eq(ACTIVE))
                    .filter(payment_instructions::id.ne(&i.id)),
            )
            .set((
                payment_instructions::status.eq(SUPERSEDED),
                payment_instructions::superseded_at.eq(Some(at)),
            ))
            .execute(conn)?;
            audit::record(
                conn,
                audit::Event {
                    tenant_id: Some(&i.tenant_id),
                    actor_user_id: None,
                    action: "payment.activate",
                    object_type: "payment_instruction",
                    object_id: Some(&i.id),
                    detail: format!("{} v{}", i.scope, i.version),
                    ip: "",
                },
            )?;
            let to = affected_buyers(conn, &i.tenant_id, i.customer_org_id.as_deref())?;
            crate::notifications::send(
                conn,
                &to,
                &crate::notifications::Notice {
                    tenant_id: Some(&i.tenant_id),
                    order_id: None,
                    kind: crate::notifications::PAYMENT,
                    params: serde_json::json!({ "event": "active" }),
                },
            )?;
            Ok(true)
        })?;
        if done {
            n += 1;
        }
    }
    Ok(n)
}

pub(crate) fn find_in(conn: &mut DbConn, tenant_id: &str, id: &str) -> AppResult<Instruction> {
    let id = crate::ids::parse(id).ok_or(AppError::NotFound)?;
    payment_instructions::table
        .filter(payment_instructions::tenant_id.eq(tenant_id))
        .filter(payment_instructions::id.eq(&id))
        .select(Instruction::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)
}

/// The scopes an actor may see: admins every scope; a buyer the tenant's and their
/// organisation's; other staff none (bank details are the admins' and the buyers' business).
fn visible_scopes(actor: &Actor) -> Option<Vec<String>> {
    match actor.role {
        Role::Admin => None,
        Role::Buyer => Some(
            std::iter::once(TENANT_SCOPE.to_string())
                .chain(actor.customer_org_id.clone())
                .collect(),
        ),
        _ => Some(Vec::new()),
    }
}

/// Whether a buyer sees this version: only details two admins approved (a proposal that
/// was never approved may be an attacker's account and must not appear as if of record).
fn buyer_sees(i: &Instruction) -> bool {
    i.approved_at.is_some()
}

/// What a buyer is shown of a version: not who inside the supplier did what, nor why a
/// change was cancelled.
fn for_buyer(mut i: Instruction) -> Instruction {
    i.proposed_by.clear();
    i.approved_by = None;
    i.cancelled_by = None;
    i.cancel_reason = None;
    i
}

/// One instruction the actor may see; anything else is not found.
pub fn find(conn: &mut DbConn, actor: &Actor, id: &str) -> AppResult<Instruction> {
    let i = find_in(conn, &actor.tenant_id, id)?;
    match visible_scopes(actor) {
        Some(scopes) if !scopes.contains(&i.scope) => Err(AppError::NotFound),
        _ if actor.role == Role::Buyer && !buyer_sees(&i) => Err(AppError::NotFound),
        _ if actor.role == Role::Buyer => Ok(for_buyer(i)),
        _ => Ok(i),
    }
}

/// Every version the actor may see, newest first.
pub fn history(conn: &mut DbConn, actor: &Actor) -> AppResult<Vec<Instruction>> {
    let mut q = payment_instructions::table
        .filter(payment_instructions::tenant_id.eq(&actor.tenant_id))
        .into_boxed();
    if let Some(scopes) = visible_scopes(actor) {
        q = q
            .filter(payment_instructions::scope.eq_any(scopes))
            .filter(payment_instructions::approved_at.is_not_null());
    }
    let rows: Vec<Instruction> = q
        .order((
            payment_instructions::scope.asc(),
            payment_instructions::version.desc(),
        ))
        .select(Instruction::as_select())
        .load(conn)?;
    Ok(if actor.role == Role::Buyer {
        rows.into_iter().map(for_buyer).collect()
    } else {
        rows
    })
}

/// The details of record for a customer organisation at a moment: its own, else the
/// tenant's.
pub fn of_record(
    conn: &mut DbConn,
    tenant_id: &str,
    org_id: Option<&str>,
    at: NaiveDateTime,
) -> AppResult<Option<Instruction>> {
    for scope in org_id
        .into_iter()
        .map(String::from)
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

/// A change of the details that apply to this person that has not taken effect, proposed or
/// cooling off (the banner). Buyers see a mere proposal too: a change they did not expect is
/// their cue to call the supplier, and it cannot take effect without a second admin.
pub fn pending_for(conn: &mut DbConn, actor: &Actor) -> AppResult<Option<Instruction>> {
    let scopes = visible_scopes(actor).unwrap_or_else(|| vec![TENANT_SCOPE.to_string()]);
    let mut q = payment_instructions::table
        .filter(payment_instructions::tenant_id.eq(&actor.tenant_id))
        .filter(payment_instructions::status.eq_any([PROPOSED, COOLING]))
        .into_boxed();
    if actor.role != Role::Admin {
        q = q.filter(payment_instructions::scope.eq_any(scopes));
    }
    let found: Option<Instruction> = q
        .order(payment_instructions::proposed_at.asc())
        .select(Instruction::as_select())
        .first(conn)
        .optional()?;
    Ok(found.map(|i| match actor.role {
        // A buyer learns that a change waits, never an unapproved account number.
        Role::Buyer if !buyer_sees(&i) => Instruction {
            beneficiary: String::new(),
            beneficiary_address: String::new(),
            bank_name: String::new(),
            bank_address: String::new(),
            swift_bic: String::new(),
            account: String::new(),
            notes: String::new(),
            ..for_buyer(i)
        },
        Role::Buyer => for_buyer(i),
        _ => i,
    }))
}

/// The buyer acknowledges the details of record that apply to them now.
pub fn acknowledge(conn: &mut DbConn, actor: &Actor, id: &str) -> AppResult<()> {
    if actor.role != Role::Buyer {
        return Err(AppError::Forbidden(
            "Buyers acknowledge the bank details they pay to.",
        ));
    }
    let i = find(conn, actor, id)?;
    if i.status != ACTIVE {
        return Err(AppError::Conflict(
            "Only the details of record can be acknowledged.".into(),
        ));
    }
    conn.write_tx(|conn| {
        let exists: i64 = payment_acknowledgements::table
            .filter(payment_acknowledgements::instruction_id.eq(&i.id))
            .filter(payment_acknowledgements::user_id.eq(&actor.user_id))
            .count()
            .get_result(conn)?;
        if exists > 0 {
            return Ok(());
        }
        diesel::insert_into(payment_acknowledgements::table)
            .values((
                payment_acknowledgements::id.eq(new_id()),
                payment_acknowledgements::tenant_id.eq(&actor.tenant_id),
                payment_acknowledgements::instruction_id.eq(&i.id),
                payment_acknowledgements::user_id.eq(&actor.user_id),
                payment_acknowledgements::acknowledged_at.eq(now()),
                payment_acknowledgements::ip.eq(&actor.ip),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            actor.event(
                "payment.acknowledge",
                "payment_instruction",
                Some(&i.id),
                format!("v{}", i.version),
            ),
        )
    })
}

/// Whether the actor acknowledged an instruction.
pub fn acknowledged(conn: &mut DbConn, actor: &Actor, instruction_id: &str) -> AppResult<bool> {
    let n: i64 = payment_acknowledgements::table
        .filter(payment_acknowledgements::instruction_id.eq(instruction_id))
        .filter(payment_acknowledgements::user_id.eq(&actor.user_id))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

#[derive(Debug, Clone, Serialize)]
pub struct AckStatus {
    pub user_id: String,
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub acknowledged_at: Option<NaiveDateTime>,
}

/// Who has and has not acknowledged an active instruction (admins).
pub fn acknowledgements(conn: &mut DbConn, actor: &Actor, id: &str) -> AppResult<Vec<AckStatus>> {
    policy::ensure(policy::can_manage_payments(actor))?;
    let i = find_in(conn, &actor.tenant_id, id)?;
    let buyers = affected_buyers(conn, &actor.tenant_id, i.customer_org_id.as_deref())?;
    let people: Vec<(String, String, String, String)> = memberships::table
        .inner_join(users::table)
        .inner_join(
            customer_orgs::table.on(customer_orgs::id
                .nullable()
                .eq(memberships::customer_org_id)),
        )
        .filter(memberships::tenant_id.eq(&actor.tenant_id))
        .filter(memberships::user_id.eq_any(&buyers))
        .select((
            users::id,
            users::display_name,
            users::email,
            customer_orgs::name,
        ))
        .load(conn)?;
    let acks: Vec<(String, NaiveDateTime)> = payment_acknowledgements::table
        .filter(payment_acknowledgements::instruction_id.eq(&i.id))
        .select((
            payment_acknowledgements::user_id,
            payment_acknowledgements::acknowledged_at,
        ))
        .load(conn)?;
    let mut out: Vec<AckStatus> = people
        .into_iter()
        .map(|(user_id, name, email, organisation)| AckStatus {
            acknowledged_at: acks.iter().find(|(u, _)| *u == user_id).map(|(_, t)| *t),
            user_id,
            name,
            email,
            organisation,
        })
        .collect();
    out.sort_by(|a, b| {
        (a.acknowledged_at.is_some(), &a.organisation, &a.name).cmp(&(
            b.acknowledged_at.is_some(),
            &b.organisation,
            &b.name,
        ))
    });
    Ok(out)
}

/// Active buyers the details of this scope apply to: the organisation's, or (tenant scope)
/// every buyer of the tenant.
pub fn affected_buyers(
    conn: &mut DbConn,
    tenant_id: &str,
    org: Option<&str>,
) -> AppResult<Vec<String>> {
    let mut q = memberships::table
        .inner_join(users::table)
        .filter(memberships::tenant_id.eq(tenant_id))
        .filter(memberships::role.eq(Role::Buyer.as_str()))
        .filter(
            memberships::expires_at
                .is_null()
                .or(memberships::expires_at.gt(now())),
        )
        .filter(users::status.eq(crate::people::STATUS_ACTIVE))
        .into_boxed();
    if let Some(o) = org {
        q = q.filter(memberships::customer_org_id.eq(o.to_string()));
    }
    Ok(q.select(memberships::user_id).load(conn)?)
}

/// The tenant's admins other than `except`.
pub fn other_admins(conn: &mut DbConn, tenant_id: &str, except: &str) -> AppResult<Vec<String>> {
    Ok(memberships::table
        .inner_join(users::table)
        .filter(memberships::tenant_id.eq(tenant_id))
        .filter(memberships::role.eq(Role::Admin.as_str()))
        .filter(memberships::user_id.ne(except))
        .filter(
            memberships::expires_at
                .is_null()
                .or(memberships::expires_at.gt(now())),
        )
        .filter(users::status.eq(crate::people::STATUS_ACTIVE))
        .select(memberships::user_id)
        .load(conn)?)
}
