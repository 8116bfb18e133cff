//! What a person may see in a tenant: their role, a buyer's customer organisation, and either
//! all of its orders or a chosen list (grants). Set when a person is added, changeable by an
//! admin at any time; every change is audited and takes effect on the person's next request.

use crate::db::WriteTransaction;
use diesel::prelude::*;
use serde::Serialize;

use super::{Person, Role, find_customer_org};
use crate::audit;
use crate::db::DbConn;
use crate::db::schema::{customer_orgs, memberships, order_grants, order_staff, orders, users};
use crate::error::{AppError, AppResult};
use crate::ids::{OrderId, OrgId, TenantId, UserId, now};
use crate::policy::{self, AccessShape, Actor};

pub const MAX_CHOSEN_ORDERS: usize = 1000;

/// A validated access setting.
#[derive(Debug, Clone)]
pub struct Access {
    pub role: Role,
    pub org_id: Option<OrgId>,
    pub all_orders: bool,
    pub order_ids: Vec<OrderId>,
    /// The membership ends at this moment (buyers' access with an end date).
    pub until: Option<chrono::NaiveDateTime>,
    /// A buyer who may ask for access for colleagues.
    pub is_lead: bool,
}

/// Parses the role and, for buyers, the customer and the orders chosen.
pub fn parse(
    role: &str,
    customer_org_id: &str,
    access: &str,
    order_ids: &[String],
) -> AppResult<Access> {
    let role =
        Role::parse(role).ok_or_else(|| AppError::invalid("role_invalid", "Choose a role."))?;
    let shape = policy::access_shape(role);
    let org_id = match shape {
        AccessShape::Staff => {
            return Ok(Access {
                role,
                org_id: None,
                all_orders: true,
                order_ids: Vec::new(),
                until: None,
                is_lead: false,
            });
        }
        AccessShape::Customer => Some(OrgId::parse(customer_org_id).ok_or_else(|| {
            AppError::invalid(
                "customer_required",
                "A buyer belongs to a customer organisation: choose one.",
            )
        })?),
        AccessShape::ChosenOrders => None,
    };
    let all_orders = shape == AccessShape::Customer && access != "chosen";
    let mut ids = Vec::new();
    if !all_orders {
        if order_ids.len() > MAX_CHOSEN_ORDERS {
            return Err(AppError::invalid(
                "too_many_orders",
                "Choose at most 1000 orders.",
            ));
        }
        for raw in order_ids {
            ids.push(
                OrderId::parse(raw)
                    .ok_or_else(|| AppError::invalid("order_invalid", "Unknown order."))?,
            );
        }
        ids.sort();
        ids.dedup();
    }
    if shape == AccessShape::ChosenOrders && ids.is_empty() {
        return Err(AppError::invalid(
            "orders_required",
            "Choose the orders this person may follow.",
        ));
    }
    Ok(Access {
        role,
        org_id,
        all_orders,
        order_ids: ids,
        until: None,
        is_lead: false,
    })
}

/// The customer organisation must be one of this tenant's.
pub fn check_customer(conn: &mut DbConn, actor: &Actor, access: &Access) -> AppResult<()> {
    if let Some(org) = &access.org_id {
        find_customer_org(conn, &actor.tenant_id, org)
            .map_err(|_| AppError::invalid("customer_invalid", "Unknown customer organisation."))?;
    }
    Ok(())
}

/// Every chosen order must be the tenant's and, for a customer's person, their
/// organisation's.
pub fn check_orders(conn: &mut DbConn, tenant_id: &TenantId, access: &Access) -> AppResult<()> {
    if access.order_ids.is_empty() {
        return Ok(());
    }
    let mut q = orders::table
        .filter(orders::tenant_id.eq(tenant_id))
        .filter(orders::id.eq_any(&access.order_ids))
        .into_boxed();
    if policy::access_shape(access.role) == AccessShape::Customer {
        // No organisation: no order matches (the count below then refuses).
        let org = access
            .org_id
            .as_ref()
            .map_or("", |o| o.as_str())
            .to_string();
        q = q.filter(orders::customer_org_id.eq(org));
    }
    let found: i64 = q.count().get_result(conn)?;
    if found != access.order_ids.len() as i64 {
        return Err(AppError::invalid(
            "order_invalid",
            "A chosen order does not belong to this customer.",
        ));
    }
    Ok(())
}

/// Inserts the chosen grants; every order must belong to the buyer's organisation.
pub fn grant_orders(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    user_id: &UserId,
    access: &Access,
) -> AppResult<()> {
    check_orders(conn, tenant_id, access)?;
    let t = now();
    // One row at a time: diesel's multi-backend connection has no batch insert, and the list
    // is bounded (MAX_CHOSEN_ORDERS) and inside the caller's transaction.
    for oid in &access.order_ids {
        diesel::insert_into(order_grants::table)
            .values((
                order_grants::order_id.eq(oid),
                order_grants::user_id.eq(user_id),
                order_grants::tenant_id.eq(tenant_id),
                order_grants::created_at.eq(t),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// A person as the admin's edit page shows them.
#[derive(Debug, Clone, Serialize)]
pub struct PersonAccess {
    pub person: Person,
    pub customer_org_id: Option<OrgId>,
    pub granted: Vec<OrderId>,
    #[serde(default, with = "crate::ids::utc::option")]
    pub until: Option<chrono::NaiveDateTime>,
    pub is_lead: bool,
}

pub fn get(conn: &mut DbConn, actor: &Actor, user_id: &UserId) -> AppResult<PersonAccess> {
    policy::ensure(policy::can_manage_people(actor))?;
    type Row = (Person, Option<OrgId>, Option<chrono::NaiveDateTime>, bool);
    let (person, customer_org_id, until, is_lead): Row = super::people_of_tenant!(&actor.tenant_id)
        .filter(memberships::user_id.eq(&user_id))
        .select((
            Person::as_select(),
            memberships::customer_org_id,
            memberships::expires_at,
            memberships::is_lead,
        ))
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    let granted = order_grants::table
        .filter(order_grants::tenant_id.eq(&actor.tenant_id))
        .filter(order_grants::user_id.eq(&user_id))
        .select(order_grants::order_id)
        .load(conn)?;
    Ok(PersonAccess {
        until,
        is_lead,
        person,
        customer_org_id,
        granted,
    })
}

/// Replaces a person's role and grants in this tenant.
pub fn update(
    conn: &mut DbConn,
    actor: &Actor,
    user_id: &UserId,
    access: &Access,
) -> AppResult<()> {
    let current = get(conn, actor, user_id)?;
    let user_id = current.person.user_id.clone();
    let was_admin = Role::parse(&current.person.role).is_some_and(policy::is_admin);
    if user_id == actor.user_id && !policy::is_admin(access.role) {
        return Err(AppError::invalid(
            "cannot_demote_self",
            "You cannot change your own role; ask another administrator.",
        ));
    }
    conn.write_tx(|conn| {
        check_customer(conn, actor, access)?;
        // A new role starts now (an admin made today cannot approve bank details).
        diesel::update(
            memberships::table
                .filter(memberships::tenant_id.eq(&actor.tenant_id))
                .filter(memberships::user_id.eq(&user_id))
                .filter(memberships::role.ne(access.role.as_str())),
        )
        .set(memberships::role_since.eq(Some(crate::ids::now())))
        .execute(conn)?;
        if policy::is_admin(access.role) && !was_admin {
            crate::auth::alerts::admin_added(conn, &actor.tenant_id, &user_id, &actor.ip)?;
        }
        if !policy::is_admin(access.role) && was_admin {
            crate::auth::alerts::admin_demoted(
                conn,
                &actor.tenant_id,
                &user_id,
                &actor.display_name,
                &actor.ip,
            )?;
        }
        diesel::update(
            memberships::table
                .filter(memberships::tenant_id.eq(&actor.tenant_id))
                .filter(memberships::user_id.eq(&user_id)),
        )
        .set((
            memberships::role.eq(access.role.as_str()),
            memberships::customer_org_id.eq(access.org_id.as_deref()),
            memberships::all_orders.eq(access.all_orders),
            memberships::expires_at.eq(access.until),
            memberships::is_lead
                .eq(access.is_lead && policy::access_shape(access.role) == AccessShape::Customer),
        ))
        .execute(conn)?;
        diesel::delete(
            order_grants::table
                .filter(order_grants::tenant_id.eq(&actor.tenant_id))
                .filter(order_grants::user_id.eq(&user_id)),
        )
        .execute(conn)?;
        grant_orders(conn, &actor.tenant_id, &user_id, access)?;
        if !access.role.is_staff() {
            // A buyer is never on an order's staff.
            diesel::delete(
                order_staff::table
                    .filter(order_staff::tenant_id.eq(&actor.tenant_id))
                    .filter(order_staff::user_id.eq(&user_id)),
            )
            .execute(conn)?;
        }
        let detail = format!(
            "role {} -> {}; {}",
            current.person.role,
            access.role.as_str(),
            if policy::access_shape(access.role) == AccessShape::Staff {
                "staff".to_string()
            } else if access.all_orders {
                "all orders of the customer".to_string()
            } else {
                format!("{} chosen orders", access.order_ids.len())
            }
        );
        audit::record(
            conn,
            actor.event("person.access", "user", Some(&user_id), detail),
        )
    })
}
