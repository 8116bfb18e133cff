//! Where an order stands, computed from its milestones: the next milestone, which are late,
//! overall percent done, and the expected ex-factory date that follows from the plan.

use std::collections::HashMap;

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::Serialize;

use super::milestones::MilestoneStatus;
use crate::db::DbConn;
use crate::db::schema::milestones;
use crate::error::AppResult;
use crate::ids::{OrderId, TenantId};

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Progress {
    pub next_milestone: Option<String>,
    pub next_planned: Option<NaiveDate>,
    pub late: usize,
    pub percent: i32,
    /// When the last milestone is expected to finish: actual dates for done milestones,
    /// planned dates otherwise, and today for anything already late.
    pub expected_finish: Option<NaiveDate>,
}

/// What progress needs of a milestone. Order lists load only this: reading the whole row
/// (ids, timestamps) took a quarter of the list's time.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = milestones)]
pub struct Step {
    pub order_id: OrderId,
    pub position: i32,
    pub name: String,
    pub planned_date: Option<NaiveDate>,
    pub actual_date: Option<NaiveDate>,
    pub status: MilestoneStatus,
    pub percent: i32,
}

impl Step {
    pub fn is_late(&self, today: NaiveDate) -> bool {
        is_late(self.status, self.planned_date, today)
    }
}

/// A milestone is late when it is past its planned date and not done.
pub fn is_late(status: MilestoneStatus, planned: Option<NaiveDate>, today: NaiveDate) -> bool {
    status != MilestoneStatus::Done && planned.is_some_and(|d| d < today)
}

pub fn of(milestones: &[Step], today: NaiveDate) -> Progress {
    let mut p = Progress::default();
    if milestones.is_empty() {
        return p;
    }
    let next = milestones
        .iter()
        .filter(|m| m.status != MilestoneStatus::Done)
        .min_by_key(|m| m.position);
    p.next_milestone = next.map(|m| m.name.clone());
    p.next_planned = next.and_then(|m| m.planned_date);
    p.late = milestones.iter().filter(|m| m.is_late(today)).count();
    p.percent =
        (milestones.iter().map(|m| m.percent as i64).sum::<i64>() / milestones.len() as i64) as i32;
    p.expected_finish = milestones
        .iter()
        .filter_map(|m| {
            if m.status == MilestoneStatus::Done {
                m.actual_date.or(m.planned_date)
            } else {
                m.planned_date.map(|d| d.max(today))
            }
        })
        .max();
    p
}

/// Progress of many orders from one query.
/// Progress of the orders as the actor may see it: none for whoever sees no progress
/// (`policy::Part::Progress`).
pub fn seen_by(
    conn: &mut DbConn,
    actor: &crate::policy::Actor,
    order_ids: &[OrderId],
    today: NaiveDate,
) -> AppResult<HashMap<OrderId, Progress>> {
    if !crate::policy::sees_part(actor, crate::policy::Part::Progress) {
        return Ok(HashMap::new());
    }
    for_orders(conn, &actor.tenant_id, order_ids, today)
}

pub fn for_orders(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    order_ids: &[OrderId],
    today: NaiveDate,
) -> AppResult<HashMap<OrderId, Progress>> {
    if order_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<Step> = milestones::table
        .filter(milestones::tenant_id.eq(tenant_id))
        .filter(milestones::order_id.eq_any(order_ids))
        .order((milestones::order_id.asc(), milestones::position.asc()))
        .select(Step::as_select())
        .load(conn)?;
    let mut by_order: HashMap<OrderId, Vec<Step>> = HashMap::new();
    for m in rows {
        by_order.entry(m.order_id.clone()).or_default().push(m);
    }
    Ok(order_ids
        .iter()
        .map(|id| {
            (
                id.clone(),
                of(by_order.get(id).map(Vec::as_slice).unwrap_or(&[]), today),
            )
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(
        pos: i32,
        status: &str,
        planned: Option<&str>,
        actual: Option<&str>,
        percent: i32,
    ) -> Step {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        Step {
            order_id: "o".into(),
            position: pos,
            name: format!("step {pos}"),
            planned_date: planned.map(d),
            actual_date: actual.map(d),
            status: MilestoneStatus::parse(status).unwrap(),
            percent,
        }
    }

    #[test]
    fn late_next_and_expected_finish() {
        let today = NaiveDate::from_ymd_opt(2026, 6, 10).unwrap();
        let ms = [
            m(1, "done", Some("2026-06-01"), Some("2026-06-03"), 100),
            m(2, "in_progress", Some("2026-06-05"), None, 50), // late: planned before today
            m(3, "pending", Some("2026-06-08"), None, 0),      // late
            m(4, "pending", Some("2026-06-30"), None, 0),
            m(5, "pending", None, None, 0),
        ];
        let p = of(&ms, today);
        assert_eq!(p.late, 2);
        assert_eq!(p.next_milestone.as_deref(), Some("step 2"));
        assert_eq!(p.percent, 30);
        assert_eq!(p.expected_finish, NaiveDate::from_ymd_opt(2026, 6, 30));
        // A done milestone is never late, even when it finished after its date.
        assert!(!ms[0].is_late(today));
        // When everything is done, nothing is next and the finish is the last actual date.
        let done = [m(1, "done", Some("2026-06-01"), Some("2026-06-12"), 100)];
        let p = of(&done, today);
        assert_eq!((p.next_milestone, p.late, p.percent), (None, 0, 100));
        assert_eq!(p.expected_finish, NaiveDate::from_ymd_opt(2026, 6, 12));
        // A late milestone pushes the expected finish to today at the earliest.
        let late = [m(1, "pending", Some("2026-06-01"), None, 0)];
        assert_eq!(of(&late, today).expected_finish, Some(today));
        assert_eq!(of(&[], today), Progress::default());
    }
}
