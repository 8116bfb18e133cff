//! Access reports: "who can see this order, and why" and "what can this person see, and why".
//! Each path is one of the ways the policy grants visibility: administrator, assigned staff,
//! buyer with all of the customer's orders, buyer with a grant, or a share link.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConn;
use std::collections::HashMap;

use crate::db::schema::{memberships, users};
use crate::error::AppResult;
use crate::ids::{OrderId, UserId};
use crate::orders::{self, ListQuery};
use crate::people::Role;
use crate::policy::{self, Actor};
use crate::shares::{self, LinkView};
use crate::web::paging::{Keyset, Page};

/// One person who can see the order, and why.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AccessPath {
    pub user_id: UserId,
    pub display_name: String,
    pub email: String,
    /// `admin`, `merchandiser`, `qc` or `buyer`.
    #[schema(value_type = crate::policy::Role)]
    pub role: String,
    /// `admin`, `assigned`, `customer_all` or `granted`.
    #[schema(value_type = crate::web::api_enums::AccessReason)]
    pub reason: &'static str,
    /// When this access ends (the membership's, or the grant's for `granted`); none: no end.
    #[serde(default, with = "crate::ids::utc::option")]
    pub until: Option<NaiveDateTime>,
}

/// Who can see an order and why: people, then the active share links.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OrderAccess {
    pub order_id: OrderId,
    pub reference: String,
    pub people: Vec<AccessPath>,
    pub share_links: Vec<LinkView>,
}

pub fn order_access(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &OrderId,
) -> AppResult<OrderAccess> {
    let (order, people) = viewers(conn, actor, order_id)?;
    let share_links = shares::list(conn, actor, Some(&order.id), &Keyset::first(500))?
        .items
        .into_iter()
        .filter(|l| l.active)
        .collect();
    Ok(OrderAccess {
        order_id: order.id,
        reference: order.reference,
        people,
        share_links,
    })
}

/// A page of the people who can see an order and why (the API's list), by name.
pub fn order_viewers(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &OrderId,
    keyset: &Keyset,
) -> AppResult<Page<AccessPath>> {
    let (_, people) = viewers(conn, actor, order_id)?;
    keyset.slice(people, |p| (p.display_name.clone(), p.user_id.to_string()))
}

fn viewers(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &OrderId,
) -> AppResult<(orders::Order, Vec<AccessPath>)> {
    let order = orders::find(conn, actor, order_id)?;
    policy::ensure(policy::can_view_order_access(actor))?;
    let viewers = policy::viewers(conn, &order.id)?;
    let ids: Vec<&str> = viewers.iter().map(|v| v.user_id.as_str()).collect();
    let names: HashMap<UserId, (String, String)> = users::table
        .filter(users::id.eq_any(&ids))
        .select((users::id, users::display_name, users::email))
        .load::<(UserId, String, String)>(conn)?
        .into_iter()
        .map(|(id, name, email)| (id, (name, email)))
        .collect();
    let people = viewers
        .into_iter()
        .filter_map(|v| {
            let (display_name, email) = names.get(&v.user_id)?.clone();
            Some(AccessPath {
                user_id: v.user_id,
                display_name,
                email,
                role: v.role.as_str().to_string(),
                reason: v.reason.as_str(),
                until: v.until,
            })
        })
        .collect();
    Ok((order, people))
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct VisibleOrder {
    pub id: OrderId,
    pub reference: String,
    pub title: String,
    pub status: crate::orders::OrderStatus,
}

/// What a person can see and why.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PersonReport {
    pub person: super::Person,
    /// Why this person sees the orders below (same reasons as `AccessPath`).
    #[schema(value_type = crate::web::api_enums::AccessReason)]
    pub reason: &'static str,
    /// When the person's membership ends; none: no end.
    #[serde(default, with = "crate::ids::utc::option")]
    pub until: Option<NaiveDateTime>,
    /// The orders the person can see (at most 500).
    pub orders: Vec<VisibleOrder>,
    /// True when there are more than the 500 listed.
    pub more: bool,
}

pub fn person_access(
    conn: &mut DbConn,
    actor: &Actor,
    user_id: &UserId,
) -> AppResult<PersonReport> {
    let (head, page) = person_orders(conn, actor, user_id, &Keyset::first(500))?;
    Ok(PersonReport {
        more: page.next.is_some(),
        orders: page.items,
        person: head.person,
        reason: head.reason,
        until: head.until,
    })
}

/// Who the person is and why they see orders: what the API's page of their orders carries
/// beside `items`.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PersonHead {
    pub person: super::Person,
    /// Why this person sees the orders (same reasons as `AccessPath`).
    #[schema(value_type = crate::web::api_enums::AccessReason)]
    pub reason: &'static str,
    /// When the person's membership ends; none: no end.
    #[serde(default, with = "crate::ids::utc::option")]
    pub until: Option<NaiveDateTime>,
}

/// The person and a page of the orders they see, newest first, seen through their own scope
/// (the same one every page uses).
pub fn person_orders(
    conn: &mut DbConn,
    actor: &Actor,
    user_id: &UserId,
    keyset: &Keyset,
) -> AppResult<(PersonHead, Page<VisibleOrder>)> {
    let current = super::access::get(conn, actor, user_id)?;
    let role = Role::parse(&current.person.role).unwrap_or(Role::Buyer);
    let until: Option<NaiveDateTime> = memberships::table
        .filter(memberships::tenant_id.eq(&actor.tenant_id))
        .filter(memberships::user_id.eq(&current.person.user_id))
        .select(memberships::expires_at)
        .first(conn)?;
    // The person's own view, through the same scope every page uses.
    let as_them = Actor {
        user_id: current.person.user_id.clone(),
        email: current.person.email.clone(),
        display_name: current.person.display_name.clone(),
        role,
        customer_org_id: current.customer_org_id.clone(),
        all_orders: current.person.all_orders,
        is_lead: false,
        must_enrol: false,
        must_confirm_email: false,
        reauth_at: None,
        locale: None,
        session_id: String::new(),
        api_token: None,
        ..actor.clone()
    };
    let page = orders::list(conn, &as_them, &ListQuery::default(), keyset)?.map(|r| VisibleOrder {
        id: r.order.id,
        reference: r.order.reference,
        title: r.order.title,
        status: r.order.status,
    });
    let reason = policy::reason_of(role, current.person.all_orders).as_str();
    Ok((
        PersonHead {
            person: current.person,
            reason,
            until,
        },
        page,
    ))
}
