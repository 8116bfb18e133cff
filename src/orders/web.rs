//! Order pages. Handlers only parse, call the service and render.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::milestones::{self, MilestoneInput};
use crate::error::{AppError, AppResult};
use crate::orders::{self, ListQuery, OrderInput};
use crate::people;
use crate::policy::{self, Actor};
use crate::web::{State, redirect, render};

pub async fn list(
    req: HttpRequest,
    state: State,
    actor: Actor,
    q: web::Query<ListQuery>,
) -> AppResult<HttpResponse> {
    let query = q.into_inner();
    let (a, qq) = (actor.clone(), query.clone());
    let page = state.db.run(move |c| orders::list(c, &a, &qq)).await?;
    let mut ctx = tera::Context::new();
    ctx.insert("page", &page);
    ctx.insert("q", &query.q);
    ctx.insert("status", &query.status);
    ctx.insert("statuses", &orders::STATUSES);
    ctx.insert("can_create", &policy::can_create_orders(&actor));
    render(&req, &state, Some(&actor), "orders/list.html", ctx)
}

pub async fn show(
    req: HttpRequest,
    state: State,
    actor: Actor,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let a = actor.clone();
    let can_assign = policy::can_assign_staff(&actor);
    let (detail, staff_choices) = state
        .db
        .run(move |c| {
            let d = orders::detail(c, &a, &id)?;
            let choices = if can_assign {
                people::list_assignable_staff(c, &a.tenant_id)?
            } else {
                Vec::new()
            };
            Ok((d, choices))
        })
        .await?;
    let today = chrono::Utc::now().date_naive();
    let late: Vec<bool> = detail.milestones.iter().map(|m| m.is_late(today)).collect();
    let mut ctx = tera::Context::new();
    ctx.insert("o", &detail);
    ctx.insert("late", &late);
    ctx.insert("milestone_statuses", &milestones::STATUSES);
    ctx.insert("can_edit", &policy::can_edit_order(&actor));
    ctx.insert("can_edit_milestones", &policy::can_edit_milestones(&actor));
    ctx.insert("can_assign", &can_assign);
    ctx.insert(
        "staff_choices",
        &staff_choices
            .iter()
            .map(|(id, n, r)| serde_json::json!({"id": id, "name": n, "role": r}))
            .collect::<Vec<_>>(),
    );
    render(&req, &state, Some(&actor), "orders/detail.html", ctx)
}

fn form_ctx(
    customers: &[people::CustomerOrg],
    input: serde_json::Value,
    error: Option<String>,
) -> tera::Context {
    let mut ctx = tera::Context::new();
    ctx.insert("customers", customers);
    ctx.insert("statuses", &orders::STATUSES);
    ctx.insert("form", &input);
    ctx.insert("error", &error);
    ctx
}

pub async fn new_form(req: HttpRequest, state: State, actor: Actor) -> AppResult<HttpResponse> {
    policy::ensure(policy::can_create_orders(&actor))?;
    let tid = actor.tenant_id.clone();
    let customers = state
        .db
        .run(move |c| people::list_customer_orgs(c, &tid))
        .await?;
    let mut ctx = form_ctx(&customers, serde_json::json!({"status": "confirmed"}), None);
    ctx.insert("order_id", &Option::<String>::None);
    render(&req, &state, Some(&actor), "orders/form.html", ctx)
}

pub async fn edit_form(
    req: HttpRequest,
    state: State,
    actor: Actor,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let a = actor.clone();
    let row = state.db.run(move |c| orders::get(c, &a, &id)).await?;
    policy::ensure(policy::can_edit_order(&actor))?;
    let mut ctx = form_ctx(
        &[],
        serde_json::to_value(&row.order).map_err(AppError::internal)?,
        None,
    );
    ctx.insert("order_id", &Some(row.order.id.clone()));
    render(&req, &state, Some(&actor), "orders/form.html", ctx)
}

/// Re-renders the form with the person's input and the error, status 422 (nothing is lost).
async fn form_error(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    order_id: Option<String>,
    input: &OrderInput,
    e: AppError,
) -> AppResult<HttpResponse> {
    let tid = actor.tenant_id.clone();
    let customers = if order_id.is_none() {
        state
            .db
            .run(move |c| people::list_customer_orgs(c, &tid))
            .await?
    } else {
        Vec::new()
    };
    let value = serde_json::json!({
        "customer_org_id": input.customer_org_id, "reference": input.reference, "title": input.title,
        "product": input.product, "quantity": input.quantity, "status": input.status,
        "ex_factory_date": input.ex_factory_date, "etd_date": input.etd_date,
    });
    let mut ctx = form_ctx(&customers, value, Some(e.public_message()));
    ctx.insert("order_id", &order_id);
    let mut resp = render(req, state, Some(actor), "orders/form.html", ctx)?;
    *resp.status_mut() = actix_web::ResponseError::status_code(&e);
    Ok(resp)
}

pub async fn create(
    req: HttpRequest,
    state: State,
    actor: Actor,
    form: web::Form<OrderInput>,
) -> AppResult<HttpResponse> {
    let input = form.into_inner();
    let (a, i) = (actor.clone(), input.clone());
    match state.db.run(move |c| orders::create(c, &a, &i)).await {
        Ok(id) => Ok(redirect(&format!("/orders/{id}"))),
        Err(e @ (AppError::Invalid { .. } | AppError::Conflict(_))) => {
            form_error(&req, &state, &actor, None, &input, e).await
        }
        Err(e) => Err(e),
    }
}

pub async fn update(
    req: HttpRequest,
    state: State,
    actor: Actor,
    id: web::Path<String>,
    form: web::Form<OrderInput>,
) -> AppResult<HttpResponse> {
    let input = form.into_inner();
    let id = id.into_inner();
    let (a, i, oid) = (actor.clone(), input.clone(), id.clone());
    match state.db.run(move |c| orders::update(c, &a, &oid, &i)).await {
        Ok(()) => Ok(redirect(&format!("/orders/{id}"))),
        Err(e @ (AppError::Invalid { .. } | AppError::Conflict(_))) => {
            form_error(&req, &state, &actor, Some(id), &input, e).await
        }
        Err(e) => Err(e),
    }
}

pub async fn add_milestone(
    state: State,
    actor: Actor,
    id: web::Path<String>,
    form: web::Form<MilestoneInput>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let oid = id.clone();
    state
        .db
        .run(move |c| milestones::add(c, &actor, &oid, &form))
        .await?;
    Ok(redirect(&format!("/orders/{id}#milestones")))
}

pub async fn update_milestone(
    state: State,
    actor: Actor,
    path: web::Path<(String, String)>,
    form: web::Form<MilestoneInput>,
) -> AppResult<HttpResponse> {
    let (id, mid) = path.into_inner();
    let oid = id.clone();
    state
        .db
        .run(move |c| milestones::update(c, &actor, &oid, &mid, &form))
        .await?;
    Ok(redirect(&format!("/orders/{id}#milestones")))
}

#[derive(Deserialize)]
pub struct AssignForm {
    user_id: String,
}

pub async fn assign(
    state: State,
    actor: Actor,
    id: web::Path<String>,
    form: web::Form<AssignForm>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let oid = id.clone();
    state
        .db
        .run(move |c| orders::assign_staff(c, &actor, &oid, &form.user_id))
        .await?;
    Ok(redirect(&format!("/orders/{id}")))
}

pub async fn unassign(
    state: State,
    actor: Actor,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let (id, uid) = path.into_inner();
    let oid = id.clone();
    state
        .db
        .run(move |c| orders::unassign_staff(c, &actor, &oid, &uid))
        .await?;
    Ok(redirect(&format!("/orders/{id}")))
}
