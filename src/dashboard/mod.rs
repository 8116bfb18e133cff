//! The home page of each role: a buyer sees their orders with stage, lateness and what awaits
//! their decision; a merchandiser or QC inspector sees assigned orders due soon and late
//! milestones; an admin sees every order by status and lateness.

pub mod checklist;
pub mod web;

use chrono::{Duration, NaiveDate};
use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConn;
use crate::db::schema::{milestones, orders};
use crate::decisions::{self, DecisionView};
use crate::error::AppResult;
use crate::ids::OrderId;
use crate::orders::{ListQuery, OrderRow, STATUSES, list};
use crate::people::Role;
use crate::policy::{self, Actor};
use crate::web::paging::Keyset;

pub const DUE_SOON_DAYS: i64 = 14;

/// An unfinished milestone whose planned date has passed, on an order still in progress.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct LateMilestone {
    pub order_id: OrderId,
    pub reference: String,
    pub name: String,
    pub planned_date: Option<NaiveDate>,
}

/// The caller's home page, by role.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Dashboard {
    pub role: Role,
    /// Buyers: their orders; staff: orders due ex-factory within two weeks. At most 50.
    pub orders: Vec<OrderRow>,
    /// Open decisions the caller may see, at most 50.
    pub open_decisions: Vec<DecisionView>,
    /// Oldest planned date first, at most 50.
    pub late_milestones: Vec<LateMilestone>,
    /// Admins: how many orders are in each status, in the order of the statuses; empty for
    /// others.
    pub by_status: Vec<StatusCount>,
    /// Admins: orders in progress with a late milestone; 0 for others.
    pub late_orders: i64,
}

/// How many of the tenant's orders are in one status.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct StatusCount {
    pub status: crate::orders::OrderStatus,
    pub count: i64,
}

pub fn build(conn: &mut DbConn, actor: &Actor) -> AppResult<Dashboard> {
    let today = crate::ids::today();
    let orders = if policy::home_orders(actor) == policy::HomeOrders::Mine {
        list(conn, actor, &ListQuery::default(), &Keyset::first(50))?.items
    } else {
        let q = ListQuery {
            from: today.to_string(),
            to: (today + Duration::days(DUE_SOON_DAYS)).to_string(),
            ..Default::default()
        };
        list(conn, actor, &q, &Keyset::first(50))?.items
    };
    let open_decisions = decisions::list(conn, actor, None, true, &Keyset::first(50))?.items;
    let q = milestones::table
        .inner_join(orders::table)
        .filter(milestones::tenant_id.eq(actor.tenant_id.clone()))
        .into_boxed();
    let late_milestones: Vec<LateMilestone> =
        crate::orders::scope_to_actor!(q, actor, crate::policy::Part::Progress)
            .filter(milestones::status.ne("done"))
            .filter(milestones::planned_date.lt(today))
            .filter(orders::status.ne_all(["closed", "cancelled", "shipped"]))
            .order(milestones::planned_date.asc())
            .limit(50)
            .select((
                milestones::order_id,
                orders::reference,
                milestones::name,
                milestones::planned_date,
            ))
            .load::<(OrderId, String, String, Option<NaiveDate>)>(conn)?
            .into_iter()
            .map(|(order_id, reference, name, planned_date)| LateMilestone {
                order_id,
                reference,
                name,
                planned_date,
            })
            .collect();
    let (by_status, late_orders) = if policy::sees_tenant_overview(actor) {
        let counts: Vec<(String, i64)> = orders::table
            .filter(orders::tenant_id.eq(&actor.tenant_id))
            .group_by(orders::status)
            .select((orders::status, diesel::dsl::count_star()))
            .load(conn)?;
        let by_status = STATUSES
            .iter()
            .map(|s| StatusCount {
                status: *s,
                count: counts
                    .iter()
                    .find(|(c, _)| s.as_str() == c)
                    .map(|(_, n)| *n)
                    .unwrap_or(0),
            })
            .collect();
        let late: i64 = orders::table
            .filter(orders::tenant_id.eq(&actor.tenant_id))
            .filter(orders::status.ne_all(["closed", "cancelled", "shipped"]))
            .filter(
                orders::id.eq_any(
                    milestones::table
                        .filter(milestones::tenant_id.eq(&actor.tenant_id))
                        .filter(milestones::status.ne("done"))
                        .filter(milestones::planned_date.lt(today))
                        .select(milestones::order_id),
                ),
            )
            .count()
            .get_result(conn)?;
        (by_status, late)
    } else {
        (Vec::new(), 0)
    };
    Ok(Dashboard {
        role: actor.role,
        orders,
        open_decisions,
        late_milestones,
        by_status,
        late_orders,
    })
}
