//! Rules about people: whom a merchandiser may invite to what, who must confirm their
//! address before anything else, who counts as a tenant's staff.

use super::Actor;
use crate::error::{AppError, AppResult};
use crate::people::Role;

/// What a merchandiser may invite a buyer to: chosen orders only, each assigned to them;
/// never a whole organisation (the security drill: a merchandiser invited his own alias as
/// a buyer with every order of any customer). Admins may invite to anything.
pub fn ensure_invitation_orders(
    conn: &mut crate::db::DbConn,
    actor: &Actor,
    all_orders: bool,
    order_ids: &[String],
) -> AppResult<()> {
    use diesel::prelude::*;
    match actor.role {
        Role::Admin => Ok(()),
        Role::Merchandiser => {
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
        Role::Qc | Role::Buyer => Err(AppError::Forbidden(
            "You do not have permission to do this.",
        )),
    }
}

/// Who confirms their e-mail address before anything else: administrators, to whom the
/// URGENT payment and bank-details alerts are mailed (a new supplier's admins never
/// received them: setup and "Add person" left the addresses unconfirmed).
pub fn must_confirm_email(role: Role) -> bool {
    match role {
        Role::Admin => true,
        Role::Merchandiser | Role::Qc | Role::Buyer => false,
    }
}

/// Whether a person is on the staff of a tenant (any role but buyer, membership live).
pub fn is_staff_of(
    conn: &mut crate::db::DbConn,
    tenant_id: &str,
    user_id: &str,
) -> AppResult<bool> {
    use crate::db::schema::memberships;
    use diesel::prelude::*;
    let roles: Vec<String> = memberships::table
        .filter(memberships::tenant_id.eq(tenant_id))
        .filter(memberships::user_id.eq(user_id))
        .filter(
            memberships::expires_at
                .is_null()
                .or(memberships::expires_at.gt(crate::ids::now())),
        )
        .select(memberships::role)
        .load(conn)?;
    Ok(roles
        .iter()
        .filter_map(|r| Role::parse(r))
        .any(Role::is_staff))
}
