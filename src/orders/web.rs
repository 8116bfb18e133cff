//! Order pages. Handlers only parse, call the service and render.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::milestones::{self, MilestoneInput};
use crate::error::{AppError, AppResult};
use crate::ids::{OrderId, UserId};
use crate::orders::{self, ListQuery, OrderInput};
use crate::people;
use crate::policy::TenantAdmin;
use crate::policy::{self, Actor};
use crate::web::paging::Keyset;
use crate::web::{State, redirect, render};

/// The page's own parameter: where the "more" link continues (the API's `next`).
#[derive(Deserialize)]
pub struct After {
    #[serde(default)]
    after: Option<String>,
}

pub async fn list(
    req: HttpRequest,
    state: State,
    actor: Actor,
    q: web::Query<ListQuery>,
    after: web::Query<After>,
) -> AppResult<HttpResponse> {
    let query = q.into_inner();
    let keyset = Keyset::new(orders::list::PAGE_DEFAULT, after.into_inner().after);
    let list = orders::cache::page(&req, &state, &actor, &query, &keyset).await?;
    let customers = if actor.role.is_staff() {
        let tenant_id = actor.tenant_id.clone();
        state
            .db
            .run(move |c| people::list_customer_orgs(c, &tenant_id))
            .await?
    } else {
        Vec::new()
    };
    let page = &list.page;
    let filters = query.clone();
    let mut ctx = tera::Context::new();
    ctx.insert("page", &page);
    ctx.insert(
        "f",
        &serde_json::json!({
            "q": query.q, "status": query.status, "customer": query.customer, "late": query.late,
            "from": query.from, "to": query.to, "sort": query.sort,
        }),
    );
    ctx.insert(
        "filters",
        &serde_urlencoded::to_string(&filters).unwrap_or_default(),
    );
    ctx.insert("statuses", &orders::STATUSES);
    ctx.insert("customers", &customers);
    ctx.insert("can_create", &policy::can_create_orders(&actor));
    render(&req, &state, Some(&actor), "orders/list.html", ctx)
}

/// `GET /orders/export.csv` (and `/api/v1/orders/export.csv`): the filtered list as CSV.
///
/// Every order the caller may see that matches the filters of the order list, streamed as CSV
/// (UTF-8 with a byte order mark, CRLF line ends). The export is not paged: it starts at the
/// first order and holds all of them. Columns: reference, title, customer,
/// product, quantity, status, ex_factory_date, etd_date, next_milestone, late_milestones,
/// percent_done, expected_finish, created_at (UTC), with status codes (`in_production`); the
/// browser's `/orders/export.csv` names the columns and states in the person's language. A
/// cell that a spreadsheet would run as a formula is prefixed with `'`. Invalid filters are a
/// 422 before anything is sent.
#[utoipa::path(
    get,
    path = "/api/v1/orders/export.csv",
    tag = "orders",
    operation_id = "export_orders_csv",
    params(ListQuery),
    responses((
        status = 200,
        description = "The CSV file, as an attachment named `orders.csv`",
        body = String,
        content_type = "text/csv"
    ))
)]
pub async fn export(
    req: HttpRequest,
    state: State,
    actor: Actor,
    q: web::Query<ListQuery>,
) -> AppResult<HttpResponse> {
    // Programs read the API's column names; people read their language.
    let lang =
        (!req.path().starts_with("/api/")).then(|| crate::web::locale_of(&req, Some(&actor)));
    let query = q.into_inner();
    // Validate the filters before the response starts, so a bad one is a clear 422.
    let (a, probe) = (actor.clone(), query.clone());
    state
        .db
        .run(move |c| orders::list(c, &a, &probe, &Keyset::first(1)))
        .await?;
    let body = super::export::stream(state.db.clone(), actor, query, lang);
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header(("content-disposition", "attachment; filename=\"orders.csv\""))
        .streaming(body))
}

/// A form on the order page that came back with an error: which one, the message, and the
/// text the person typed (so nothing is lost).
pub struct FormError {
    pub form: &'static str,
    pub message: String,
    pub text: String,
}

pub async fn show(
    req: HttpRequest,
    state: State,
    actor: Actor,
    id: web::Path<OrderId>,
    q: web::Query<TimelineQuery>,
) -> AppResult<HttpResponse> {
    let before = Some(q.into_inner().before).filter(|b| !b.is_empty());
    detail_page(
        &req,
        &state,
        &actor,
        id.into_inner(),
        before,
        None,
        actix_web::http::StatusCode::OK,
    )
    .await
}

#[derive(Deserialize)]
pub struct TimelineQuery {
    #[serde(default)]
    before: String,
}

/// The order page: facts, progress, lifecycle actions, milestones, decisions, timeline.
pub async fn detail_page(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    id: OrderId,
    before: Option<String>,
    error: Option<FormError>,
    status: actix_web::http::StatusCode,
) -> AppResult<HttpResponse> {
    let a = actor.clone();
    let (page, step_back) = state
        .db
        .run(move |c| {
            let page = super::page::assemble(c, &a, &id, before.as_deref())?;
            let back = super::lifecycle::step_back_target(c, &a, &page.detail.row.order)?;
            Ok((page, back))
        })
        .await?;
    let orders::page::OrderPage {
        detail,
        staff,
        timeline,
        decisions,
        share_links: links,
        media,
        entry_files,
    } = page;
    let today = crate::ids::today();
    let late: Vec<bool> = detail.milestones.iter().map(|m| m.is_late(today)).collect();
    let mut ctx = tera::Context::new();
    ctx.insert(
        "transitions",
        &super::lifecycle::next_for(actor, detail.row.order.status),
    );
    ctx.insert("step_back", &step_back);
    ctx.insert("o", &detail);
    ctx.insert("late", &late);
    ctx.insert("timeline", &timeline);
    ctx.insert("decisions", &decisions);
    ctx.insert("share_links", &links);
    ctx.insert("media", &media);
    ctx.insert("entry_files", &entry_files);
    ctx.insert("can_upload", &policy::can_upload_files(actor));
    ctx.insert("can_share", &policy::can_share(actor));
    ctx.insert("can_view_access", &policy::can_view_order_access(actor));
    ctx.insert(
        "share_max_day",
        &(crate::ids::today() + chrono::Duration::days(14)).to_string(),
    );
    ctx.insert("decision_kinds", &crate::decisions::KINDS);
    ctx.insert("milestone_statuses", &milestones::STATUSES);
    ctx.insert("can_edit", &policy::can_edit_order(actor));
    ctx.insert("can_edit_milestones", &policy::can_edit_milestones(actor));
    ctx.insert("can_assign", &policy::can_assign_staff(actor));
    ctx.insert("can_post_updates", &policy::can_post_updates(actor));
    ctx.insert("can_comment", &policy::can_comment(actor));
    ctx.insert("can_request_decision", &policy::can_request_decision(actor));
    ctx.insert("can_answer_decision", &policy::can_answer_decision(actor));
    let ex_factory_slip = match (
        detail.row.order.ex_factory_date,
        detail.row.progress.expected_finish,
    ) {
        (Some(planned), Some(expected)) if expected > planned => (expected - planned).num_days(),
        _ => 0,
    };
    ctx.insert("slip_days", &ex_factory_slip);
    let people = |rule: fn(people::Role) -> bool| {
        staff
            .iter()
            .filter(|(_, _, r)| people::Role::parse(r).is_some_and(rule))
            .map(|(id, n, r)| serde_json::json!({"id": id, "name": n, "role": r}))
            .collect::<Vec<_>>()
    };
    // Who can still be assigned: not those already on the order.
    let assigned: Vec<&str> = detail.staff.iter().map(|s| s.user_id.as_str()).collect();
    let choices: Vec<serde_json::Value> = people(policy::can_be_assigned)
        .into_iter()
        .filter(|p| !assigned.contains(&p["id"].as_str().unwrap_or_default()))
        .collect();
    ctx.insert("staff_choices", &choices);
    ctx.insert("owner_choices", &people(policy::can_own_milestones));
    if let Some(e) = error {
        ctx.insert(
            "form_error",
            &serde_json::json!({"form": e.form, "message": e.message, "text": e.text}),
        );
    }
    let mut resp = render(req, state, Some(actor), "orders/detail.html", ctx)?;
    *resp.status_mut() = status;
    Ok(resp)
}

type Choices = (Vec<people::CustomerOrg>, Vec<super::templates::Template>);

/// What the new-order form offers: customers and milestone templates.
async fn choices(state: &State, actor: &Actor) -> AppResult<Choices> {
    let tid = actor.tenant_id.clone();
    state
        .db
        .run(move |c| {
            Ok((
                people::list_customer_orgs(c, &tid)?,
                super::templates::list(c, &tid)?,
            ))
        })
        .await
}

fn form_ctx(choices: &Choices, input: serde_json::Value, error: Option<String>) -> tera::Context {
    let mut ctx = tera::Context::new();
    ctx.insert("customers", &choices.0);
    ctx.insert("templates", &choices.1);
    ctx.insert("statuses", &orders::CREATE_STATUSES);
    ctx.insert("form", &input);
    ctx.insert("error", &error);
    ctx
}

pub async fn new_form(req: HttpRequest, state: State, actor: Actor) -> AppResult<HttpResponse> {
    policy::ensure(policy::can_create_orders(&actor))?;
    let choices = choices(&state, &actor).await?;
    let first = choices.1.first().map(|t| t.id.clone()).unwrap_or_default();
    let mut ctx = form_ctx(
        &choices,
        serde_json::json!({"status": "confirmed", "template_id": first}),
        None,
    );
    ctx.insert("order_id", &Option::<String>::None);
    render(&req, &state, Some(&actor), "orders/form.html", ctx)
}

pub async fn edit_form(
    req: HttpRequest,
    state: State,
    actor: Actor,
    id: web::Path<OrderId>,
) -> AppResult<HttpResponse> {
    let a = actor.clone();
    let row = state.db.run(move |c| orders::get(c, &a, &id)).await?;
    policy::ensure(policy::can_edit_order(&actor))?;
    let mut ctx = form_ctx(
        &(Vec::new(), Vec::new()),
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
    order_id: Option<OrderId>,
    input: &OrderInput,
    e: AppError,
) -> AppResult<HttpResponse> {
    let choices = if order_id.is_none() {
        choices(state, actor).await?
    } else {
        (Vec::new(), Vec::new())
    };
    let value = serde_json::json!({
        "customer_org_id": input.customer_org_id, "reference": input.reference, "title": input.title,
        "product": input.product, "quantity": input.quantity, "status": input.status,
        "ex_factory_date": input.ex_factory_date, "etd_date": input.etd_date,
        "template_id": input.template_id,
    });
    let mut ctx = form_ctx(&choices, value, Some(e.public_message()));
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
    id: web::Path<OrderId>,
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
    id: web::Path<OrderId>,
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
    path: web::Path<(OrderId, String)>,
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
    crate::auth::stepup::Verified(actor): crate::auth::stepup::Verified,
    id: web::Path<OrderId>,
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
    crate::auth::stepup::Verified(actor): crate::auth::stepup::Verified,
    path: web::Path<(OrderId, UserId)>,
) -> AppResult<HttpResponse> {
    let (id, uid) = path.into_inner();
    let oid = id.clone();
    state
        .db
        .run(move |c| orders::unassign_staff(c, &actor, &oid, &uid))
        .await?;
    Ok(redirect(&format!("/orders/{id}")))
}

pub async fn templates_page(
    req: HttpRequest,
    state: State,
    TenantAdmin(actor): TenantAdmin,
) -> AppResult<HttpResponse> {
    templates_form(
        &req,
        &state,
        &actor,
        None,
        "",
        "",
        actix_web::http::StatusCode::OK,
    )
    .await
}

async fn templates_form(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    error: Option<String>,
    name: &str,
    steps: &str,
    status: actix_web::http::StatusCode,
) -> AppResult<HttpResponse> {
    let tid = actor.tenant_id.clone();
    let list = state
        .db
        .run(move |c| super::templates::list(c, &tid))
        .await?;
    let mut ctx = tera::Context::new();
    ctx.insert("templates", &list);
    ctx.insert("error", &error);
    ctx.insert("name", name);
    ctx.insert("steps", steps);
    let mut resp = render(req, state, Some(actor), "orders/templates.html", ctx)?;
    *resp.status_mut() = status;
    Ok(resp)
}

#[derive(Deserialize)]
pub struct TemplateForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    steps: String,
}

pub async fn create_template(
    req: HttpRequest,
    state: State,
    TenantAdmin(actor): TenantAdmin,
    form: web::Form<TemplateForm>,
) -> AppResult<HttpResponse> {
    let f = form.into_inner();
    let (a, n, st) = (actor.clone(), f.name.clone(), f.steps.clone());
    match state
        .db
        .run(move |c| super::templates::create(c, &a, &n, &st))
        .await
    {
        Ok(_) => Ok(redirect("/admin/templates")),
        Err(e @ (AppError::Invalid { .. } | AppError::Conflict(_))) => {
            let status = actix_web::ResponseError::status_code(&e);
            templates_form(
                &req,
                &state,
                &actor,
                Some(e.public_message()),
                &f.name,
                &f.steps,
                status,
            )
            .await
        }
        Err(e) => Err(e),
    }
}

/// This module's part of the OpenAPI document (see `crate::web::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(export, super::moves::api_transition))]
pub struct Api;
