//! Milestone templates per tenant (e.g. garments: fabric sourcing, cutting, sewing, ...): a
//! named list of steps with a planned offset in days, applied when an order is created and
//! then editable per order.

use crate::db::WriteTransaction;
use chrono::{Duration, NaiveDate};
use diesel::prelude::*;
use serde::Serialize;

use super::milestones::{self, NewMilestone};
use crate::audit;
use crate::db::DbConn;
use crate::db::schema::{milestone_template_steps, milestone_templates};
use crate::error::{AppError, AppResult};
use crate::ids::{OrderId, TenantId, new_id, now};
use crate::policy::{self, Actor};
use crate::validate;
use crate::web::paging::{Keyset, Page, key_cursor};

/// The template every new tenant starts with.
/// The template every new company starts with: its steps' catalogue keys and the days after
/// the order starts. Written in the company's language when the company is made (a template is
/// the company's own text from then on, edited like any other).
pub const GARMENTS: [(&str, i32); 7] = [
    ("templates.garments.fabric", 10),
    ("templates.garments.cutting", 18),
    ("templates.garments.sewing", 35),
    ("templates.garments.finishing", 42),
    ("templates.garments.final_inspection", 47),
    ("templates.garments.packing", 50),
    ("templates.garments.shipping", 55),
];
pub const MAX_STEPS: usize = 40;

/// A named list of milestones a new order can start with.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = MilestoneTemplate)]
pub struct Template {
    pub id: String,
    pub name: String,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, Serialize, Queryable, utoipa::ToSchema)]
#[schema(as = MilestoneTemplateStep)]
pub struct Step {
    #[serde(skip)]
    pub template_id: String,
    pub name: String,
    /// Planned date of the milestone: days after the order's creation.
    pub offset_days: i32,
}

/// Creates a template (no policy check: used by tenant creation and by `create`).
pub fn insert(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    name: &str,
    steps: &[(String, i32)],
) -> AppResult<String> {
    let id = new_id();
    diesel::insert_into(milestone_templates::table)
        .values((
            milestone_templates::id.eq(&id),
            milestone_templates::tenant_id.eq(tenant_id),
            milestone_templates::name.eq(name),
            milestone_templates::created_at.eq(now()),
        ))
        .execute(conn)
        .map_err(|e| match AppError::from(e) {
            AppError::Conflict(_) => {
                AppError::Conflict("A template with this name already exists.".into())
            }
            other => other,
        })?;
    for (i, (step, offset)) in steps.iter().enumerate() {
        diesel::insert_into(milestone_template_steps::table)
            .values((
                milestone_template_steps::id.eq(new_id()),
                milestone_template_steps::tenant_id.eq(tenant_id),
                milestone_template_steps::template_id.eq(&id),
                milestone_template_steps::position.eq(i as i32 + 1),
                milestone_template_steps::name.eq(step),
                milestone_template_steps::offset_days.eq(offset),
            ))
            .execute(conn)?;
    }
    Ok(id)
}

pub fn insert_default(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    language: crate::i18n::Locale,
) -> AppResult<String> {
    let i18n = crate::i18n::catalogue();
    let text = |key: &str| i18n.text(language, key, &[]).unwrap_or_else(|| key.into());
    let steps: Vec<(String, i32)> = GARMENTS.iter().map(|(k, d)| (text(k), *d)).collect();
    insert(conn, tenant_id, &text("templates.garments"), &steps)
}

/// Parses one step per line: `name | days after the order starts`.
pub fn parse_steps(text: &str) -> AppResult<Vec<(String, i32)>> {
    let mut steps = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let (name, days) = line.rsplit_once('|').unwrap_or((line, "0"));
        let name = validate::text("step name", name, 120)?;
        let days: i64 = days.trim().parse().map_err(|_| {
            AppError::invalid(
                "step_invalid",
                format!(
                    "Line {}: write the days after '|' as a whole number.",
                    n + 1
                ),
            )
        })?;
        steps.push((name, validate::int_in("days", days, 0, 3650)?));
    }
    if steps.is_empty() {
        return Err(AppError::invalid(
            "steps_required",
            "A template needs at least one step.",
        ));
    }
    if steps.len() > MAX_STEPS {
        return Err(AppError::invalid(
            "too_many_steps",
            format!("A template has at most {MAX_STEPS} steps."),
        ));
    }
    Ok(steps)
}

pub fn create(conn: &mut DbConn, actor: &Actor, name: &str, steps_text: &str) -> AppResult<String> {
    policy::ensure(policy::can_manage_templates(actor))?;
    let name = validate::text("name", name, 120)?;
    let steps = parse_steps(steps_text)?;
    conn.write_tx(|conn| {
        let id = insert(conn, &actor.tenant_id, &name, &steps)?;
        audit::record(
            conn,
            actor.event(
                "template.create",
                "milestone_template",
                Some(&id),
                name.clone(),
            ),
        )?;
        Ok(id)
    })
}

/// The tenant's templates with their steps (two queries).
pub fn list(conn: &mut DbConn, tenant_id: &TenantId) -> AppResult<Vec<Template>> {
    let heads: Vec<(String, String)> = milestone_templates::table
        .filter(milestone_templates::tenant_id.eq(tenant_id))
        .order(milestone_templates::name.asc())
        .select((milestone_templates::id, milestone_templates::name))
        .load(conn)?;
    let steps: Vec<Step> = milestone_template_steps::table
        .filter(milestone_template_steps::tenant_id.eq(tenant_id))
        .order((
            milestone_template_steps::template_id.asc(),
            milestone_template_steps::position.asc(),
        ))
        .select((
            milestone_template_steps::template_id,
            milestone_template_steps::name,
            milestone_template_steps::offset_days,
        ))
        .load(conn)?;
    Ok(heads
        .into_iter()
        .map(|(id, name)| Template {
            steps: steps
                .iter()
                .filter(|s| s.template_id == id)
                .cloned()
                .collect(),
            id,
            name,
        })
        .collect())
}

/// A page of the tenant's templates by name, with their steps (two queries); the cursor is
/// the (name, id) of the last one.
pub fn page(conn: &mut DbConn, tenant_id: &TenantId, keyset: &Keyset) -> AppResult<Page<Template>> {
    let mut q = milestone_templates::table
        .filter(milestone_templates::tenant_id.eq(tenant_id))
        .into_boxed();
    if let Some((name, id)) = keyset.after_key::<(String, String)>()? {
        q = q.filter(
            milestone_templates::name
                .gt(name.clone())
                .or(milestone_templates::name
                    .eq(name)
                    .and(milestone_templates::id.gt(id))),
        );
    }
    let heads: Vec<(String, String)> = q
        .order((
            milestone_templates::name.asc(),
            milestone_templates::id.asc(),
        ))
        .limit(keyset.fetch())
        .select((milestone_templates::id, milestone_templates::name))
        .load(conn)?;
    let heads = keyset.page(heads, |(id, name)| key_cursor(&(name, id)));
    let ids: Vec<&String> = heads.items.iter().map(|(id, _)| id).collect();
    let steps: Vec<Step> = milestone_template_steps::table
        .filter(milestone_template_steps::tenant_id.eq(tenant_id))
        .filter(milestone_template_steps::template_id.eq_any(ids))
        .order((
            milestone_template_steps::template_id.asc(),
            milestone_template_steps::position.asc(),
        ))
        .select((
            milestone_template_steps::template_id,
            milestone_template_steps::name,
            milestone_template_steps::offset_days,
        ))
        .load(conn)?;
    Ok(heads.map(|(id, name)| Template {
        steps: steps
            .iter()
            .filter(|s| s.template_id == id)
            .cloned()
            .collect(),
        id,
        name,
    }))
}

/// Adds the template's steps to a new order, planned from `start`.
pub fn apply(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    template_id: &str,
    order_id: &OrderId,
    start: NaiveDate,
) -> AppResult<()> {
    let template = list(conn, tenant_id)?
        .into_iter()
        .find(|t| t.id == template_id)
        .ok_or_else(|| AppError::invalid("template_invalid", "Unknown milestone template."))?;
    for (i, step) in template.steps.iter().enumerate() {
        milestones::insert(
            conn,
            &NewMilestone {
                tenant_id,
                order_id,
                position: i as i32 + 1,
                name: &step.name,
                planned: Some(start + Duration::days(step.offset_days as i64)),
                actual: None,
                status: super::milestones::MilestoneStatus::Pending,
                percent: 0,
                owner_user_id: None,
            },
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_parse_with_clear_errors() {
        let s = parse_steps("Cutting | 10\n\n Sewing|25 \nPacking").unwrap();
        assert_eq!(
            s,
            vec![
                ("Cutting".into(), 10),
                ("Sewing".into(), 25),
                ("Packing".into(), 0)
            ]
        );
        let e = parse_steps("Cutting | ten").unwrap_err().public_message();
        assert!(e.contains("Line 1"), "{e}");
        assert!(parse_steps("  \n").is_err());
        assert!(parse_steps("x | 99999").is_err());
    }
}
