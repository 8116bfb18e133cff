//! Time-driven work, run by every node's worker: milestones that became late, each tenant's
//! daily digest and weekly reports at the tenant's hour in its time zone. Each run is claimed
//! by a compare-and-set on a date column, so several nodes do it once.

use chrono::{Datelike, NaiveDate, NaiveDateTime, TimeZone, Timelike};
use diesel::prelude::*;

use crate::db::schema::{milestones, orders, tenants};
use crate::db::{DbConn, WriteTransaction};
use crate::error::AppResult;
use crate::i18n::I18n;
use crate::ids::{OrderId, TenantId, UserId, now};

/// Orders whose milestones can still be late (not draft, shipped, closed or cancelled).
const ACTIVE: [&str; 4] = ["confirmed", "in_production", "inspection", "ready_to_ship"];

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Ran {
    pub late_milestones: usize,
    pub digests: usize,
    pub report_runs: usize,
    /// Bank details whose cooling-off ended and that became the ones of record.
    pub payment_changes: usize,
}

/// One pass of the schedule at `at` (UTC).
pub fn run(conn: &mut DbConn, i18n: &I18n, public_url: &str, at: NaiveDateTime) -> AppResult<Ran> {
    let mut ran = Ran {
        late_milestones: late_milestones(conn, at)?,
        payment_changes: crate::payments::activate_due(conn, at)?,
        ..Ran::default()
    };
    // Verification attempts are kept 90 days (rate limits and fraud signals need less).
    diesel::delete(crate::db::schema::verification_attempts::table.filter(
        crate::db::schema::verification_attempts::created_at.lt(at - chrono::Duration::days(90)),
    ))
    .execute(conn)?;
    type Row = (
        TenantId,
        String,
        i32,
        i32,
        Option<NaiveDate>,
        Option<NaiveDate>,
    );
    let all: Vec<Row> = tenants::table
        .select((
            tenants::id,
            tenants::timezone,
            tenants::report_weekday,
            tenants::report_hour,
            tenants::reports_ran_on,
            tenants::digest_sent_on,
        ))
        .load(conn)?;
    for (id, tz, weekday, hour, reports_ran_on, digest_sent_on) in all {
        let tz: chrono_tz::Tz = tz.parse().unwrap_or(chrono_tz::UTC);
        let local = tz.from_utc_datetime(&at);
        let today = local.date_naive();
        // The claim and the work it stands for commit together: a node that dies between
        // them must not leave a day marked done with nothing queued.
        if local.hour() as i32 >= hour && digest_sent_on != Some(today) {
            ran.digests += conn.write_tx(|conn| -> AppResult<usize> {
                if !claim(conn, &id, Column::Digest, digest_sent_on, today)? {
                    return Ok(0);
                }
                super::mail::digest(conn, i18n, public_url, &id)
            })?;
        }
        if weekday != 0
            && local.weekday().number_from_monday() as i32 == weekday
            && local.hour() as i32 >= hour
            && reports_ran_on != Some(today)
        {
            ran.report_runs += conn.write_tx(|conn| -> AppResult<usize> {
                if !claim(conn, &id, Column::Reports, reports_ran_on, today)? {
                    return Ok(0);
                }
                crate::reports::schedule_weekly(conn, &id, today)?;
                Ok(1)
            })?;
        }
    }
    Ok(ran)
}

enum Column {
    Digest,
    Reports,
}

/// Sets the tenant's run date from `old` to `today`; true for the one node that did.
fn claim(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    col: Column,
    old: Option<NaiveDate>,
    today: NaiveDate,
) -> AppResult<bool> {
    let q = tenants::table.filter(tenants::id.eq(tenant_id));
    let n = match (col, old) {
        (Column::Digest, Some(o)) => diesel::update(q.filter(tenants::digest_sent_on.eq(o)))
            .set(tenants::digest_sent_on.eq(today))
            .execute(conn)?,
        (Column::Digest, None) => diesel::update(q.filter(tenants::digest_sent_on.is_null()))
            .set(tenants::digest_sent_on.eq(today))
            .execute(conn)?,
        (Column::Reports, Some(o)) => diesel::update(q.filter(tenants::reports_ran_on.eq(o)))
            .set(tenants::reports_ran_on.eq(today))
            .execute(conn)?,
        (Column::Reports, None) => diesel::update(q.filter(tenants::reports_ran_on.is_null()))
            .set(tenants::reports_ran_on.eq(today))
            .execute(conn)?,
    };
    Ok(n == 1)
}

/// Notifies once per milestone whose planned date has passed with no actual date.
fn late_milestones(conn: &mut DbConn, at: NaiveDateTime) -> AppResult<usize> {
    let today = at.date();
    let late: Vec<(String, TenantId, OrderId, String, Option<NaiveDate>)> = milestones::table
        .inner_join(orders::table)
        .filter(milestones::late_notified_at.is_null())
        .filter(milestones::planned_date.lt(today))
        .filter(milestones::actual_date.is_null())
        .filter(milestones::status.ne("done"))
        .filter(orders::status.eq_any(ACTIVE))
        .select((
            milestones::id,
            milestones::tenant_id,
            milestones::order_id,
            milestones::name,
            milestones::planned_date,
        ))
        .limit(500)
        .load(conn)?;
    let mut n = 0;
    for (id, tenant_id, order_id, name, planned) in late {
        let done = conn.write_tx(|conn| -> AppResult<bool> {
            let claimed = diesel::update(
                milestones::table
                    .filter(milestones::id.eq(&id))
                    .filter(milestones::late_notified_at.is_null()),
            )
            .set(milestones::late_notified_at.eq(Some(now())))
            .execute(conn)?;
            if claimed != 1 {
                return Ok(false);
            }
            let (buyers, staff) = crate::policy::order_audience(conn, &order_id)?;
            let mut to: Vec<UserId> = buyers.into_iter().chain(staff).collect();
            to.sort();
            to.dedup();
            let mut params = super::order_params(conn, &order_id)?;
            params["what"] = name.clone().into();
            params["date"] = planned.map(|d| d.to_string()).unwrap_or_default().into();
            super::send(
                conn,
                &to,
                &super::Notice {
                    tenant_id: Some(&tenant_id),
                    order_id: Some(&order_id),
                    kind: super::MILESTONE_LATE,
                    params,
                },
            )?;
            Ok(true)
        })?;
        if done {
            n += 1;
        }
    }
    Ok(n)
}
