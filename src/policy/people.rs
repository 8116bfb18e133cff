//! Rules about people: whom a merchandiser may invite to what, who must confirm their
//! address before anything else, who counts as a tenant's staff.

use super::Role;
use super::{Actor, Invites};
use crate::error::{AppError, AppResult};
use crate::ids::OrderId;

/// What a merchandiser may invite a buyer to: chosen orders only, each assigned to them;
/// never a whole organisation (the security drill: a merchandiser invited his own alias as
/// a buyer with every order of any customer). Admins may invite to anything.
pub fn ensure_invitation_orders(
    conn: &mut crate::db::DbConn,
    actor: &Actor,
    all_orders: bool,
    order_ids: &[OrderId],
) -> AppResult<()> {
    use diesel::prelude::*;
    match super::rules(actor.role).invites {
        Invites::Anyone => Ok(()),
        Invites::BuyersWhenAllowed => {
            if all_orders || order_ids.is_empty() {
                return Err(AppError::invalid(
                    "orders_required",
                    "Choose the orders this buyer may follow: you can invite buyers only to orders assigned to you.",
                ));
            }
            use crate::db::schema::order_staff;
            let assigned: i64 = order_staff::table
                .filter(order_staff::tenant_id.eq(&actor.tenant_id))
                .filter(order_staff::user_id.eq(&actor.user_id))
                .filter(order_staff::order_id.eq_any(order_ids))
                .count()
                .get_result(conn)?;
            if assigned as usize != order_ids.len() {
                return Err(AppError::invalid(
                    "order_not_assigned",
                    "You can invite buyers only to orders assigned to you.",
                ));
            }
            Ok(())
        }
        Invites::Nobody => Err(AppError::Forbidden(
            "You do not have permission to do this.",
        )),
    }
}

/// Who confirms their e-mail address before anything else: administrators, to whom the
/// URGENT payment and bank-details alerts are mailed (a new supplier's admins never
/// received them: setup and "Add person" left the addresses unconfirmed).
pub fn must_confirm_email(role: Role) -> bool {
    super::rules(role).confirms_email
}

/// Who can be assigned to an order (and so see it as its staff): merchandisers and QC
/// inspectors; admins see every order anyway.
pub fn can_be_assigned(role: Role) -> bool {
    super::rules(role).assignable
}

/// Who can own a milestone: the supplier's staff.
pub fn can_own_milestones(role: Role) -> bool {
    super::rules(role).staff
}

/// What a membership of a role is made of, as the people pages and invitations ask for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccessShape {
    /// The supplier's staff: no customer, no grants (every order, or the assigned ones).
    Staff,
    /// A customer's person: one organisation, all of its orders or chosen ones; may be its
    /// lead.
    Customer,
    /// Someone outside both: chosen orders of any customer, nothing else.
    ChosenOrders,
}

pub fn access_shape(role: Role) -> AccessShape {
    super::rules(role).shape
}

/// An administrator of the tenant (added and demoted admins are announced to every admin).
pub fn is_admin(role: Role) -> bool {
    super::rules(role).admin
}
