//! Changing the bank details of record: admin A proposes, a different admin B approves, the
//! change cools off while everyone affected is told and either admin can stop it, then the
//! worker makes it the details of record.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Deserialize;

use super::{
    ACTIVE, CANCELLED, COOLING, Instruction, PROPOSED, SUPERSEDED, TENANT_SCOPE, affected_buyers,
    bank, find_in, other_admins,
};
use crate::audit;
use crate::db::schema::{payment_instructions, tenants};
use crate::db::{DbConn, WriteTransaction};
use crate::error::{AppError, AppResult};
use crate::ids::{OrgId, TenantId, UserId, new_id, now};
use crate::policy::{self, Actor};
use crate::validate;

/// What an admin proposes.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[schema(as = PaymentInstructionProposal)]
pub struct Proposal {
    /// Details for this customer organisation only; none or empty: for every customer
    /// without their own.
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
        notify_change(
            conn,
            &actor.tenant_id,
            Told::Admins {
                except: &actor.user_id,
            },
            serde_json::json!({ "event": "proposed", "who": actor.display_name }),
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
        // The tenant's very first bank details: nobody can have been an admin for long yet.
        let first = payment_instructions::table
            .filter(payment_instructions::tenant_id.eq(&actor.tenant_id))
            .filter(payment_instructions::status.eq_any([ACTIVE, SUPERSEDED]))
            .count()
            .get_result::<i64>(conn)?
            == 0;
        policy::records::second_admin_unless_first(
            conn,
            actor,
            &i.proposed_by,
            i.proposed_at,
            "A change of bank details",
            first,
        )?;
        let hours: i32 = tenants::table
            .find(&actor.tenant_id)
            .select(tenants::payment_cooling_hours)
            .first(conn)?;
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
        notify_change(
            conn,
            &actor.tenant_id,
            Told::BuyersAndAdmins {
                org: i.customer_org_id.as_ref(),
                except: &actor.user_id,
            },
            serde_json::json!({ "event": "cooling", "date": effective.format("%Y-%m-%d %H:%M UTC").to_string() }),
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
            notify_change(
                conn,
                &actor.tenant_id,
                Told::BuyersAndAdmins {
                    org: i.customer_org_id.as_ref(),
                    except: &actor.user_id,
                },
                serde_json::json!({ "event": "cancelled" }),
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
            notify_change(
                conn,
                &i.tenant_id,
                Told::Buyers {
                    org: i.customer_org_id.as_ref(),
                },
                serde_json::json!({ "event": "active" }),
            )?;
            Ok(true)
        })?;
        if done {
            n += 1;
        }
    }
    Ok(n)
}

/// Who hears of a step of a change.
enum Told<'a> {
    /// The tenant's admins but the one who acted.
    Admins { except: &'a UserId },
    /// The buyers the details apply to: the organisation's, or (`None`) every buyer.
    Buyers { org: Option<&'a OrgId> },
    /// Both, each person once.
    BuyersAndAdmins {
        org: Option<&'a OrgId>,
        except: &'a UserId,
    },
}

/// Tells the affected people about a step of a change, in the payments category (which no
/// preference silences).
fn notify_change(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    told: Told<'_>,
    params: serde_json::Value,
) -> AppResult<()> {
    let to = match told {
        Told::Admins { except } => other_admins(conn, tenant_id, Some(except))?,
        Told::Buyers { org } => affected_buyers(conn, tenant_id, org)?,
        Told::BuyersAndAdmins { org, except } => {
            let mut to = affected_buyers(conn, tenant_id, org)?;
            to.extend(other_admins(conn, tenant_id, Some(except))?);
            to.sort();
            to.dedup();
            to
        }
    };
    crate::notifications::send(
        conn,
        &to,
        &crate::notifications::Notice {
            tenant_id: Some(tenant_id),
            order_id: None,
            kind: crate::notifications::PAYMENT,
            params,
        },
    )?;
    Ok(())
}
