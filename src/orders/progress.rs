//! Where an order stands, computed from its milestones: the next milestone, which are late,
//! overall percent done, and the expected ex-factory date that follows from the plan.

use std::collections::HashMap;

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::Serialize;

use super::milestones::MilestoneStatus;
use crate::db::schema::{milestones, orders};
use crate::db::{DbConn, WriteTransaction};
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
    let by_order = steps_of(conn, Some(tenant_id), order_ids)?;
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

/// Where an order stands as kept on its row (migration 000019), so that the order list reads
/// no milestone: everything except what depends on the day, plus the planned dates of the
/// open milestones from which lateness is counted on reading.
#[derive(Debug, Clone, Default, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = orders)]
pub struct Stored {
    #[diesel(column_name = progress_next)]
    pub next: Option<String>,
    #[diesel(column_name = progress_next_planned)]
    pub next_planned: Option<NaiveDate>,
    #[diesel(column_name = progress_percent)]
    pub percent: i32,
    /// Planned dates (YYYY-MM-DD) of the milestones not done, sorted, comma-separated.
    #[diesel(column_name = progress_open_dates)]
    pub open_dates: String,
    #[diesel(column_name = progress_first_open)]
    pub first_open: Option<NaiveDate>,
    /// The latest of the done milestones' dates (actual, else planned) and the open ones'
    /// planned dates.
    #[diesel(column_name = progress_finish)]
    pub finish: Option<NaiveDate>,
}

impl Stored {
    /// The summary of an order's milestones (in position order).
    pub fn summarise(steps: &[Step]) -> Self {
        let next = steps
            .iter()
            .filter(|m| m.status != MilestoneStatus::Done)
            .min_by_key(|m| m.position);
        let mut open: Vec<NaiveDate> = steps
            .iter()
            .filter(|m| m.status != MilestoneStatus::Done)
            .filter_map(|m| m.planned_date)
            .collect();
        open.sort();
        Self {
            next: next.map(|m| m.name.clone()),
            next_planned: next.and_then(|m| m.planned_date),
            percent: if steps.is_empty() {
                0
            } else {
                (steps.iter().map(|m| i64::from(m.percent)).sum::<i64>() / steps.len() as i64)
                    as i32
            },
            open_dates: open
                .iter()
                .map(|d| d.format("%Y-%m-%d").to_string())
                .collect::<Vec<_>>()
                .join(","),
            first_open: open.first().copied(),
            finish: steps
                .iter()
                .filter_map(|m| {
                    if m.status == MilestoneStatus::Done {
                        m.actual_date.or(m.planned_date)
                    } else {
                        m.planned_date
                    }
                })
                .max(),
        }
    }

    /// The progress on `today`: what `of` computes from the milestones themselves.
    pub fn at(&self, today: NaiveDate) -> Progress {
        // ISO dates compare as text in date order: no parsing per row.
        let today_text = today.format("%Y-%m-%d").to_string();
        let open = self.open_dates.split(',').filter(|d| !d.is_empty());
        let late = open.clone().filter(|d| *d < today_text.as_str()).count();
        let any_open = open.count() > 0;
        Progress {
            next_milestone: self.next.clone(),
            next_planned: self.next_planned,
            late,
            percent: self.percent,
            expected_finish: if any_open {
                self.finish.map(|f| f.max(today))
            } else {
                self.finish
            },
        }
    }
}

/// The milestones of the orders, in position order, by order (of one tenant, when given).
fn steps_of(
    conn: &mut DbConn,
    tenant_id: Option<&TenantId>,
    order_ids: &[OrderId],
) -> AppResult<HashMap<OrderId, Vec<Step>>> {
    let mut q = milestones::table.into_boxed();
    if let Some(t) = tenant_id {
        q = q.filter(milestones::tenant_id.eq(t.clone()));
    }
    let rows: Vec<Step> = q
        .filter(milestones::order_id.eq_any(order_ids))
        .order((
            milestones::order_id.asc(),
            milestones::position.asc(),
            milestones::id.asc(),
        ))
        .select(Step::as_select())
        .load(conn)?;
    let mut by_order: HashMap<OrderId, Vec<Step>> = HashMap::new();
    for m in rows {
        by_order.entry(m.order_id.clone()).or_default().push(m);
    }
    Ok(by_order)
}

/// Locks the order's row for the rest of the transaction, so that two milestone writes of one
/// order cannot each summarise the milestones without the other's change (PostgreSQL reads
/// committed data per statement; SQLite's write transactions already take turns).
pub fn lock(conn: &mut DbConn, order_id: &OrderId) -> AppResult<()> {
    if let DbConn::Postgres(pg) = conn {
        orders::table
            .filter(orders::id.eq(order_id))
            .select(orders::id)
            .for_update()
            .load::<OrderId>(pg)?;
    }
    Ok(())
}

/// Writes the order's summary from its milestones: called in the transaction of every
/// milestone write (`milestones::insert`, `milestones::update`), after `lock`.
pub fn store(conn: &mut DbConn, tenant_id: &TenantId, order_id: &OrderId) -> AppResult<()> {
    lock(conn, order_id)?;
    let steps = steps_of(conn, Some(tenant_id), std::slice::from_ref(order_id))?
        .remove(order_id)
        .unwrap_or_default();
    let s = Stored::summarise(&steps);
    diesel::update(
        orders::table
            .filter(orders::tenant_id.eq(tenant_id))
            .filter(orders::id.eq(order_id)),
    )
    .set((
        orders::progress_next.eq(&s.next),
        orders::progress_next_planned.eq(s.next_planned),
        orders::progress_percent.eq(s.percent),
        orders::progress_open_dates.eq(&s.open_dates),
        orders::progress_first_open.eq(s.first_open),
        orders::progress_finish.eq(s.finish),
    ))
    .execute(conn)?;
    Ok(())
}

/// `portico fsck`: recomputes every order's summary from its milestones, a thousand orders
/// at a time, and returns the orders whose row had drifted (rewritten unless `dry_run`).
pub fn check(conn: &mut DbConn, dry_run: bool) -> AppResult<Vec<OrderId>> {
    const BATCH: i64 = 1000;
    let mut drifted = Vec::new();
    let mut after: Option<OrderId> = None;
    loop {
        let mut q = orders::table
            .select((orders::id, orders::tenant_id, Stored::as_select()))
            .order(orders::id.asc())
            .limit(BATCH)
            .into_boxed();
        if let Some(a) = &after {
            q = q.filter(orders::id.gt(a.clone()));
        }
        let rows: Vec<(OrderId, TenantId, Stored)> = q.load(conn)?;
        let Some(last) = rows.last() else { break };
        after = Some(last.0.clone());
        let ids: Vec<OrderId> = rows.iter().map(|r| r.0.clone()).collect();
        let mut steps = steps_of(conn, None, &ids)?;
        for (id, tenant, stored) in rows {
            let want = Stored::summarise(&steps.remove(&id).unwrap_or_default());
            if want == stored {
                continue;
            }
            // Read again under the order's lock: a milestone written since the batch was
            // read is not drift, and the repair must not undo it.
            let still = conn.write_tx(|c| -> AppResult<bool> {
                lock(c, &id)?;
                let stored: Stored = orders::table
                    .find(&id)
                    .select(Stored::as_select())
                    .first(c)?;
                let steps = steps_of(c, Some(&tenant), std::slice::from_ref(&id))?
                    .remove(&id)
                    .unwrap_or_default();
                let drifted = Stored::summarise(&steps) != stored;
                if drifted && !dry_run {
                    store(c, &tenant, &id)?;
                }
                Ok(drifted)
            })?;
            if still {
                drifted.push(id);
            }
        }
    }
    Ok(drifted)
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

    /// The row's summary read on a day gives what the milestones give that day, whatever the
    /// mix of statuses and dates (every combination of four milestones, on four days).
    #[test]
    fn stored_summary_reads_as_the_milestones() {
        let statuses = ["pending", "in_progress", "done"];
        let dates = [
            None,
            Some("2026-06-01"),
            Some("2026-06-10"),
            Some("2026-06-20"),
        ];
        let days = ["2026-05-01", "2026-06-05", "2026-06-15", "2026-07-01"];
        let mut cases = 0;
        for a in 0..12 {
            for b in 0..12 {
                for c in 0..12 {
                    let ms = [
                        m(
                            1,
                            statuses[a % 3],
                            dates[a / 3],
                            dates[(a + 1) % 4],
                            10 * a as i32,
                        ),
                        m(2, statuses[b % 3], dates[b / 3], None, 7 * b as i32),
                        m(3, statuses[c % 3], dates[c / 3], dates[3 - c / 3], 9),
                    ];
                    for n in 0..=ms.len() {
                        let stored = Stored::summarise(&ms[..n]);
                        for day in days {
                            let today = NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
                            assert_eq!(stored.at(today), of(&ms[..n], today), "{:?}", &ms[..n]);
                            cases += 1;
                        }
                    }
                }
            }
        }
        assert_eq!(cases, 12 * 12 * 12 * 4 * 4);
    }
}
