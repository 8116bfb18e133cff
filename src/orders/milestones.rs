//! Milestones of an order: planned and actual dates, status and percent done.

use crate::db::WriteTransaction;
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::audit;
use crate::db::DbConn;
use crate::db::schema::{memberships, milestones};
use crate::error::{AppError, AppResult};
use crate::ids::{OrderId, TenantId, new_id, now};
use crate::policy::{self, Actor};
use crate::validate;

crate::text_enum! {
    /// Where a milestone is.
    pub enum MilestoneStatus {
        Pending => "pending",
        InProgress => "in_progress",
        Done => "done",
    }
}

pub const STATUSES: &[MilestoneStatus] = MilestoneStatus::ALL;

#[derive(Debug, Clone, Queryable, Selectable, Serialize, utoipa::ToSchema)]
#[diesel(table_name = milestones)]
pub struct Milestone {
    pub id: String,
    #[serde(skip)]
    pub tenant_id: TenantId,
    #[serde(skip)]
    pub order_id: OrderId,
    pub position: i32,
    pub name: String,
    pub planned_date: Option<NaiveDate>,
    pub actual_date: Option<NaiveDate>,
    pub status: MilestoneStatus,
    pub percent: i32,
    #[serde(with = "crate::ids::utc")]
    pub created_at: NaiveDateTime,
    #[serde(with = "crate::ids::utc")]
    pub updated_at: NaiveDateTime,
    pub owner_user_id: Option<String>,
}

impl Milestone {
    pub fn is_late(&self, today: NaiveDate) -> bool {
        super::progress::is_late(self.status, self.planned_date, today)
    }
}

pub fn of_order(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    order_id: &OrderId,
) -> AppResult<Vec<Milestone>> {
    Ok(milestones::table
        .filter(milestones::tenant_id.eq(tenant_id))
        .filter(milestones::order_id.eq(order_id))
        .order((milestones::position.asc(), milestones::id.asc()))
        .select(Milestone::as_select())
        .load(conn)?)
}

#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct MilestoneInput {
    #[serde(default)]
    pub name: String,
    /// `YYYY-MM-DD`; empty or null: none.
    #[serde(default, deserialize_with = "crate::validate::text_or_null")]
    #[schema(value_type = Option<chrono::NaiveDate>)]
    pub planned_date: String,
    /// `YYYY-MM-DD`; empty or null: none.
    #[serde(default, deserialize_with = "crate::validate::text_or_null")]
    #[schema(value_type = Option<chrono::NaiveDate>)]
    pub actual_date: String,
    #[serde(default)]
    #[schema(value_type = crate::orders::milestones::MilestoneStatus)]
    pub status: String,
    /// 0 to 100; a form sends it as text.
    #[serde(default, deserialize_with = "crate::validate::number_or_text")]
    #[schema(value_type = Option<i32>, minimum = 0, maximum = 100)]
    pub percent: String,
    /// A staff member responsible for the milestone; empty for nobody.
    #[serde(default)]
    pub owner_user_id: String,
}

/// The owner must be staff of the tenant (admins, merchandisers, QC inspectors).
fn owner_of(conn: &mut DbConn, actor: &Actor, input: &MilestoneInput) -> AppResult<Option<String>> {
    let raw = input.owner_user_id.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let bad = || AppError::invalid("owner_invalid", "The owner must be a member of your staff.");
    let uid = crate::ids::parse(raw).ok_or_else(bad)?;
    let role: Option<String> = memberships::table
        .filter(memberships::tenant_id.eq(&actor.tenant_id))
        .filter(memberships::user_id.eq(&uid))
        .select(memberships::role)
        .first(conn)
        .optional()?;
    match role.as_deref().and_then(crate::people::Role::parse) {
        Some(r) if crate::policy::can_own_milestones(r) => Ok(Some(uid)),
        _ => Err(bad()),
    }
}

fn timeline_entry(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &OrderId,
    milestone_id: &str,
    body: String,
) -> AppResult<()> {
    crate::timeline::record(
        conn,
        crate::timeline::NewEntry {
            tenant_id: &actor.tenant_id,
            order_id,
            kind: crate::timeline::Kind::Milestone,
            visibility: crate::timeline::CUSTOMER,
            author_user_id: Some(&actor.user_id),
            milestone_id: Some(milestone_id),
            decision_id: None,
            body,
        },
    )?;
    Ok(())
}

fn status_of(input: &MilestoneInput) -> AppResult<MilestoneStatus> {
    match input.status.trim() {
        "" => Ok(MilestoneStatus::Pending),
        s => MilestoneStatus::parse(s)
            .ok_or_else(|| AppError::invalid("status_invalid", "Unknown milestone status.")),
    }
}

fn percent_of(input: &MilestoneInput, status: MilestoneStatus) -> AppResult<i32> {
    if input.percent.trim().is_empty() {
        return Ok(if status == MilestoneStatus::Done {
            100
        } else {
            0
        });
    }
    let p: i64 = input.percent.trim().parse().map_err(|_| {
        AppError::invalid(
            "percent_invalid",
            "Percent must be a whole number from 0 to 100.",
        )
    })?;
    validate::int_in("percent", p, 0, 100)
}

/// A milestone row to insert; `add` and the demo data share it.
pub struct NewMilestone<'a> {
    pub tenant_id: &'a TenantId,
    pub order_id: &'a OrderId,
    pub position: i32,
    pub name: &'a str,
    pub planned: Option<NaiveDate>,
    pub actual: Option<NaiveDate>,
    pub status: MilestoneStatus,
    pub percent: i32,
    pub owner_user_id: Option<&'a str>,
}

pub fn insert(conn: &mut DbConn, m: &NewMilestone<'_>) -> AppResult<String> {
    let id = new_id();
    let t = now();
    diesel::insert_into(milestones::table)
        .values((
            milestones::id.eq(&id),
            milestones::tenant_id.eq(m.tenant_id),
            milestones::order_id.eq(m.order_id),
            milestones::position.eq(m.position),
            milestones::name.eq(m.name),
            milestones::planned_date.eq(m.planned),
            milestones::actual_date.eq(m.actual),
            milestones::status.eq(m.status),
            milestones::percent.eq(m.percent),
            milestones::owner_user_id.eq(m.owner_user_id),
            milestones::created_at.eq(t),
            milestones::updated_at.eq(t),
        ))
        .execute(conn)?;
    super::progress::store(conn, m.tenant_id, m.order_id)?;
    Ok(id)
}

pub fn add(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &OrderId,
    input: &MilestoneInput,
) -> AppResult<String> {
    let order = super::find_part(conn, actor, order_id, crate::policy::Part::Progress)?;
    policy::ensure(policy::can_edit_milestones(actor))?;
    let name = validate::text("name", &input.name, 120)?;
    let planned = validate::optional_date("planned_date", &input.planned_date)?;
    let actual = validate::optional_date("actual_date", &input.actual_date)?;
    let status = status_of(input)?;
    let percent = percent_of(input, status)?;
    let owner = owner_of(conn, actor, input)?;
    conn.write_tx(|conn| {
        // Positions are numbered under the order's lock (two additions at once would take
        // the same number).
        super::progress::lock(conn, &order.id)?;
        let max: Option<i32> = milestones::table
            .filter(milestones::tenant_id.eq(&actor.tenant_id))
            .filter(milestones::order_id.eq(&order.id))
            .select(diesel::dsl::max(milestones::position))
            .first(conn)?;
        let id = insert(
            conn,
            &NewMilestone {
                tenant_id: &actor.tenant_id,
                order_id: &order.id,
                position: max.unwrap_or(0) + 1,
                name: &name,
                planned,
                actual,
                status,
                percent,
                owner_user_id: owner.as_deref(),
            },
        )?;
        timeline_entry(
            conn,
            actor,
            &order.id,
            &id,
            format!("added {status} {percent}"),
        )?;
        audit::record(
            conn,
            actor.event("milestone.create", "order", Some(&order.id), name.clone()),
        )?;
        Ok(id)
    })
}

/// Updates dates, status and percent (and the name when given).
pub fn update(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &OrderId,
    milestone_id: &str,
    input: &MilestoneInput,
) -> AppResult<()> {
    let order = super::find_part(conn, actor, order_id, crate::policy::Part::Progress)?;
    policy::ensure(policy::can_edit_milestones(actor))?;
    let mid = crate::ids::parse(milestone_id).ok_or(AppError::NotFound)?;
    let current: Milestone = milestones::table
        .filter(milestones::tenant_id.eq(&actor.tenant_id))
        .filter(milestones::order_id.eq(&order.id))
        .filter(milestones::id.eq(&mid))
        .select(Milestone::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    let name = validate::optional_text("name", &input.name, 120)?.unwrap_or(current.name.clone());
    let planned = validate::optional_date("planned_date", &input.planned_date)?;
    let actual = validate::optional_date("actual_date", &input.actual_date)?;
    let status = status_of(input)?;
    let percent = percent_of(input, status)?;
    let owner = owner_of(conn, actor, input)?;
    conn.write_tx(|conn| {
        diesel::update(
            milestones::table
                .filter(milestones::tenant_id.eq(&actor.tenant_id))
                .filter(milestones::id.eq(&mid)),
        )
        .set((
            milestones::name.eq(&name),
            milestones::planned_date.eq(planned),
            milestones::actual_date.eq(actual),
            milestones::status.eq(status),
            milestones::percent.eq(percent),
            milestones::owner_user_id.eq(owner.as_deref()),
            milestones::updated_at.eq(now()),
        ))
        .execute(conn)?;
        super::progress::store(conn, &actor.tenant_id, &order.id)?;
        if current.status != status
            || current.percent != percent
            || current.actual_date != actual
            || current.planned_date != planned
        {
            timeline_entry(
                conn,
                actor,
                &order.id,
                &mid,
                format!("updated {status} {percent}"),
            )?;
        }
        audit::record(
            conn,
            actor.event(
                "milestone.update",
                "order",
                Some(&order.id),
                format!("{name}: {} -> {status} {percent}%", current.status),
            ),
        )
    })
}
