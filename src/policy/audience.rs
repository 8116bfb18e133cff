//! Who sees an order, and why: the order's side of `order_scope`. One definition (`reason`)
//! answers it for the access report, the audience of notices and mail, and the check made
//! again before a notice is mailed; `order_scope` is the same rule seen from the person's side
//! (the `rules_agree` test holds the two together).

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::Reach;
use crate::db::DbConn;
use crate::db::schema::{memberships, order_grants, order_staff, orders, users};
use crate::error::AppResult;
use crate::ids::{OrderId, OrgId, TenantId, UserId};
use crate::orders::OrderStatus;
use crate::people::{Role, STATUS_ACTIVE};

/// A membership that has not ended. Written once: every query about who still belongs to a
/// tenant filters with it (and with `users::status` = active through `active_member`).
#[diesel::dsl::auto_type]
pub fn membership_live(t: NaiveDateTime) -> _ {
    memberships::expires_at
        .is_null()
        .or(memberships::expires_at.gt(t))
}

/// A grant to one order that has not ended.
#[diesel::dsl::auto_type]
pub fn grant_live(t: NaiveDateTime) -> _ {
    order_grants::expires_at
        .is_null()
        .or(order_grants::expires_at.gt(t))
}

/// An active account whose membership has not ended (for queries joining memberships and
/// users).
#[diesel::dsl::auto_type]
pub fn active_member(t: NaiveDateTime) -> _ {
    let status: &'static str = STATUS_ACTIVE;
    let live: membership_live = membership_live(t);
    users::status.eq(status).and(live)
}

/// Why a person sees an order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Administrators see every order of the tenant.
    Admin,
    /// Staff assigned to the order.
    Assigned,
    /// Buyers who see all of their organisation's orders.
    CustomerAll,
    /// People granted this one order (buyers of its customer, forwarders).
    Granted,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Admin => "admin",
            Reason::Assigned => "assigned",
            Reason::CustomerAll => "customer_all",
            Reason::Granted => "granted",
        }
    }
}

/// What is known about one live membership when deciding whether it sees an order.
pub struct Standing<'a> {
    pub role: Role,
    pub customer_org_id: Option<&'a OrgId>,
    pub all_orders: bool,
    /// Assigned to the order (`order_staff`).
    pub assigned: bool,
    /// Holds a live grant to the order.
    pub granted: bool,
}

/// Why a person with this role sees the orders they see: the person's side of the rule,
/// which `order_scope` turns into a query.
pub fn reason_of(role: Role, all_orders: bool) -> Reason {
    match super::rules(role).reach {
        Reach::Every => Reason::Admin,
        Reach::Assigned => Reason::Assigned,
        Reach::Customer if all_orders => Reason::CustomerAll,
        Reach::Customer | Reach::Granted => Reason::Granted,
    }
}

/// Whether people with this role belong to one customer organisation and see only its
/// orders.
pub fn belongs_to_customer(role: Role) -> bool {
    super::rules(role).reach == Reach::Customer
}

/// The rule seen from the order: whether a person with this standing sees an order of
/// `order_org` in `status`, and why. Only staff see drafts.
pub fn reason(s: &Standing, order_org: &OrgId, status: OrderStatus) -> Option<Reason> {
    let published = status != OrderStatus::Draft;
    let customer_ok = !belongs_to_customer(s.role) || s.customer_org_id == Some(order_org);
    match reason_of(s.role, s.all_orders) {
        Reason::Admin => Some(Reason::Admin),
        Reason::Assigned => s.assigned.then_some(Reason::Assigned),
        Reason::CustomerAll => (published && customer_ok).then_some(Reason::CustomerAll),
        Reason::Granted => (published && customer_ok && s.granted).then_some(Reason::Granted),
    }
}

/// One person who sees an order.
#[derive(Debug, Clone)]
pub struct Viewer {
    pub user_id: UserId,
    pub role: Role,
    pub reason: Reason,
    /// When this access ends: the grant's end for `Granted`, else the membership's.
    pub until: Option<NaiveDateTime>,
}

/// Everyone who sees the order now, and why, admins first. The candidates are the people
/// who could: the tenant's admins, the order's staff, its customer's people and the holders of
/// a grant to it; `reason` decides about each.
pub fn viewers(conn: &mut DbConn, order_id: &OrderId) -> AppResult<Vec<Viewer>> {
    let t = crate::ids::now();
    let Some((tenant_id, org_id, status)): Option<(TenantId, OrgId, OrderStatus)> = orders::table
        .find(order_id)
        .select((orders::tenant_id, orders::customer_org_id, orders::status))
        .first(conn)
        .optional()?
    else {
        return Ok(Vec::new());
    };
    let assigned: Vec<UserId> = order_staff::table
        .filter(order_staff::tenant_id.eq(&tenant_id))
        .filter(order_staff::order_id.eq(order_id))
        .select(order_staff::user_id)
        .load(conn)?;
    let grants: Vec<(UserId, Option<NaiveDateTime>)> = order_grants::table
        .filter(order_grants::tenant_id.eq(&tenant_id))
        .filter(order_grants::order_id.eq(order_id))
        .filter(grant_live(t))
        .select((order_grants::user_id, order_grants::expires_at))
        .load(conn)?;
    let granted_ids: Vec<&UserId> = grants.iter().map(|(u, _)| u).collect();
    type Row = (UserId, String, Option<OrgId>, bool, Option<NaiveDateTime>);
    let rows: Vec<Row> = memberships::table
        .inner_join(users::table)
        .filter(memberships::tenant_id.eq(&tenant_id))
        .filter(active_member(t))
        .filter(
            memberships::role
                .eq_any(super::roles_where(|r| r.admin))
                .or(memberships::user_id.eq_any(&assigned))
                .or(memberships::customer_org_id.eq(&org_id))
                .or(memberships::user_id.eq_any(granted_ids)),
        )
        .select((
            memberships::user_id,
            memberships::role,
            memberships::customer_org_id,
            memberships::all_orders,
            memberships::expires_at,
        ))
        .load(conn)?;
    let mut out: Vec<Viewer> = rows
        .into_iter()
        .filter_map(|(user_id, role, org, all_orders, until)| {
            let role = Role::parse(&role)?;
            let grant = grants.iter().find(|(u, _)| *u == user_id);
            let standing = Standing {
                role,
                customer_org_id: org.as_ref(),
                all_orders,
                assigned: assigned.contains(&user_id),
                granted: grant.is_some(),
            };
            let reason = reason(&standing, &org_id, status)?;
            let until = match (reason, grant) {
                (Reason::Granted, Some((_, g))) => *g,
                _ => until,
            };
            Some(Viewer {
                user_id,
                role,
                reason,
                until,
            })
        })
        .collect();
    out.sort_by_key(|v| v.reason);
    Ok(out)
}

/// Whether the people who see an order for this reason hear about what happens on it:
/// its customer's buyers and its assigned staff do; admins hear of what concerns them by
/// their own notices. Exhaustive, so a new reason is decided here.
fn hears(role: Role, reason: Reason) -> Option<Audience> {
    match reason {
        Reason::Admin => None,
        Reason::Assigned => Some(Audience::Staff),
        // The customer's people hear of progress; someone who sees no progress hears nothing.
        Reason::CustomerAll | Reason::Granted => {
            (belongs_to_customer(role) && super::rules(role).progress).then_some(Audience::Buyers)
        }
    }
}

enum Audience {
    Buyers,
    Staff,
}

/// Who hears about what happens on an order: `(buyers, staff)`. Buyers: the customer's people
/// who see it (never while a draft); staff: the people assigned to it.
pub fn order_audience(
    conn: &mut DbConn,
    order_id: &OrderId,
) -> AppResult<(Vec<UserId>, Vec<UserId>)> {
    let mut buyers = Vec::new();
    let mut staff = Vec::new();
    for v in viewers(conn, order_id)? {
        match hears(v.role, v.reason) {
            Some(Audience::Buyers) => buyers.push(v.user_id),
            Some(Audience::Staff) => staff.push(v.user_id),
            None => {}
        }
    }
    Ok((buyers, staff))
}

/// Whether a person still sees an order: asked again before a notice about it is mailed,
/// since access can end between the notice and its mail.
pub fn still_sees_order(
    conn: &mut DbConn,
    user_id: &UserId,
    order_id: &OrderId,
) -> AppResult<bool> {
    Ok(viewers(conn, order_id)?
        .iter()
        .any(|v| v.user_id == *user_id))
}

/// The active members of a tenant (membership live, account active) with one of `roles`:
/// what every "who is told" list below starts from.
#[diesel::dsl::auto_type]
fn active_members(tenant_id: TenantId, roles: Vec<&'static str>, t: NaiveDateTime) -> _ {
    let active: active_member = active_member(t);
    memberships::table
        .inner_join(users::table)
        .filter(memberships::tenant_id.eq(tenant_id))
        .filter(memberships::role.eq_any(roles))
        .filter(active)
}

/// `active_members` with the roles a rule picks, boxed so that each list adds its filter.
fn members_where<'a>(
    tenant_id: &TenantId,
    wanted: fn(super::Rules) -> bool,
) -> diesel::dsl::IntoBoxed<'a, active_members, <DbConn as diesel::Connection>::Backend> {
    active_members(
        tenant_id.clone(),
        super::roles_where(wanted),
        crate::ids::now(),
    )
    .into_boxed()
}

/// Who reads an organisation's report: its active buyers who see all its orders.
pub fn org_report_readers(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    org_id: &OrgId,
) -> AppResult<Vec<UserId>> {
    Ok(members_where(tenant_id, |r| r.reach == Reach::Customer)
        .filter(memberships::customer_org_id.eq(org_id.clone()))
        .filter(memberships::all_orders.eq(true))
        .select(memberships::user_id)
        .load(conn)?)
}

/// Whether a person is on the staff of a tenant (a staff role, membership live).
pub fn is_staff_of(conn: &mut DbConn, tenant_id: &TenantId, user_id: &UserId) -> AppResult<bool> {
    let roles: Vec<String> = memberships::table
        .filter(memberships::tenant_id.eq(tenant_id))
        .filter(memberships::user_id.eq(user_id))
        .filter(membership_live(crate::ids::now()))
        .select(memberships::role)
        .load(conn)?;
    Ok(roles
        .iter()
        .filter_map(|r| Role::parse(r))
        .any(Role::is_staff))
}

/// Whom bank details of a scope concern: the active people who pay to them (buyers of the
/// organisation, or of every customer for the tenant-wide details).
pub fn affected_buyers(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    org: Option<&OrgId>,
) -> AppResult<Vec<UserId>> {
    let mut q = members_where(tenant_id, |r| r.pays);
    if let Some(o) = org {
        q = q.filter(memberships::customer_org_id.eq(o.clone()));
    }
    Ok(q.select(memberships::user_id).load(conn)?)
}

/// How many live members of the tenant are on the customers' side (buyers, forwarders).
pub fn customer_side_members(conn: &mut DbConn, tenant_id: &TenantId) -> AppResult<i64> {
    Ok(members_where(tenant_id, |r| !r.staff)
        .count()
        .get_result(conn)?)
}

/// Whether a role is on the customers' side (for counting invitations by role).
pub fn customer_side_roles() -> Vec<&'static str> {
    super::roles_where(|r| !r.staff)
}

/// The tenant's active admins other than `except` (every admin for `None`).
pub fn other_admins(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    except: Option<&UserId>,
) -> AppResult<Vec<UserId>> {
    let except: Vec<UserId> = except.into_iter().cloned().collect();
    Ok(members_where(tenant_id, |r| r.admin)
        .filter(memberships::user_id.ne_all(except))
        .select(memberships::user_id)
        .load(conn)?)
}
