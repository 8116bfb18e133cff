//! Buyers acknowledge the details of record they pay to; admins see who has not yet.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::{ACTIVE, affected_buyers, find, find_in};
use crate::audit;
use crate::db::schema::{customer_orgs, memberships, payment_acknowledgements, users};
use crate::db::{DbConn, WriteTransaction};
use crate::error::{AppError, AppResult};
use crate::ids::{UserId, new_id, now};
use crate::policy::{self, Actor};
use crate::web::paging::{Keyset, Page};

/// The buyer acknowledges the details of record that apply to them now.
pub fn acknowledge(conn: &mut DbConn, actor: &Actor, id: &str) -> AppResult<()> {
    if !policy::can_acknowledge_payments(actor) {
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

/// Whether one affected buyer acknowledged the details.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = PaymentAcknowledgement)]
pub struct AckStatus {
    pub user_id: UserId,
    pub name: String,
    pub email: String,
    /// The buyer's customer organisation.
    pub organisation: String,
    /// None: not acknowledged yet.
    #[serde(default, with = "crate::ids::utc::option")]
    pub acknowledged_at: Option<NaiveDateTime>,
}

/// Who has and has not acknowledged an active instruction (admins).
pub fn acknowledgements(
    conn: &mut DbConn,
    actor: &Actor,
    id: &str,
    keyset: &Keyset,
) -> AppResult<Page<AckStatus>> {
    policy::ensure(policy::can_manage_payments(actor))?;
    let i = find_in(conn, &actor.tenant_id, id)?;
    let buyers = affected_buyers(conn, &actor.tenant_id, i.customer_org_id.as_ref())?;
    let people: Vec<(UserId, String, String, String)> = memberships::table
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
    let acks: Vec<(UserId, NaiveDateTime)> = payment_acknowledgements::table
        .filter(payment_acknowledgements::instruction_id.eq(&i.id))
        .select((
            payment_acknowledgements::user_id,
            payment_acknowledgements::acknowledged_at,
        ))
        .load(conn)?;
    let out: Vec<AckStatus> = people
        .into_iter()
        .map(|(user_id, name, email, organisation)| AckStatus {
            acknowledged_at: acks.iter().find(|(u, _)| *u == user_id).map(|(_, t)| *t),
            user_id,
            name,
            email,
            organisation,
        })
        .collect();
    // Those still to acknowledge first, then by organisation and name; computed in memory
    // (the buyers a version applies to come from the policy), so paged by `slice`.
    keyset.slice(out, |a| {
        (
            a.acknowledged_at.is_some(),
            a.organisation.clone(),
            a.name.clone(),
            a.user_id.to_string(),
        )
    })
}
