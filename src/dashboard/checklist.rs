//! A new administrator's first steps, on the Overview until all are done: each one ticked off
//! from what is really there (not from a flag someone sets), with the page that does it.

use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConn;
use crate::db::schema::{customer_orgs, invitations, orders, payment_instructions, users};
use crate::error::AppResult;
use crate::policy::{self, Actor};

#[derive(Debug, Clone, Serialize)]
pub struct Step {
    /// The catalogue's `start.<key>`.
    pub key: &'static str,
    pub done: bool,
    /// Where to do it.
    pub href: &'static str,
}

/// The steps, in the order a supplier takes them; `None` for anyone but an admin.
pub fn first_steps(conn: &mut DbConn, actor: &Actor) -> AppResult<Option<Vec<Step>>> {
    if !policy::can_manage_payments(actor) {
        return Ok(None);
    }
    let tenant = &actor.tenant_id;
    let (confirmed, two_step): (bool, bool) = users::table
        .find(&actor.user_id)
        .select((
            users::email_verified_at.is_not_null(),
            users::totp_enabled_at.is_not_null(),
        ))
        .first(conn)?;
    let customers: i64 = customer_orgs::table
        .filter(customer_orgs::tenant_id.eq(tenant))
        .count()
        .get_result(conn)?;
    let any_order: i64 = orders::table
        .filter(orders::tenant_id.eq(tenant))
        .count()
        .get_result(conn)?;
    // A buyer counts once invited (the invitation is the admin's part of the step).
    let invited: i64 = invitations::table
        .filter(invitations::tenant_id.eq(tenant))
        .filter(invitations::revoked_at.is_null())
        .filter(invitations::role.eq_any(policy::customer_side_roles()))
        .count()
        .get_result(conn)?;
    let buyers = policy::customer_side_members(conn, tenant)? + invited;
    let admins = policy::other_admins(conn, tenant, None)?.len();
    let of_record: i64 = payment_instructions::table
        .filter(payment_instructions::tenant_id.eq(tenant))
        .filter(payment_instructions::status.eq(crate::payments::ACTIVE))
        .count()
        .get_result(conn)?;
    Ok(Some(vec![
        Step {
            key: "email",
            done: confirmed,
            href: "/account/email",
        },
        Step {
            key: "two_step",
            done: two_step,
            href: "/account/2fa",
        },
        Step {
            key: "customer",
            done: customers > 0,
            href: "/admin/customers",
        },
        Step {
            key: "order",
            done: any_order > 0,
            href: "/orders/new",
        },
        Step {
            key: "invite_buyer",
            done: buyers > 0,
            href: "/admin/invitations/new",
        },
        // Bank details need a second admin: one compromised account must not move money.
        Step {
            key: "second_admin",
            done: admins >= 2,
            href: "/admin/invitations/new",
        },
        Step {
            key: "bank_details",
            done: of_record > 0,
            href: "/payments",
        },
    ]))
}
