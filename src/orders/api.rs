//! JSON API for orders: the same service functions and policy as the pages.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Serialize;

use crate::error::AppResult;
use utoipa::ToSchema;

use crate::ids::{OrderId, OrgId, UserId};
use crate::orders::list::OrderPage;
use crate::orders::milestones::MilestoneInput;
use crate::orders::{self, ListQuery, OrderDetail, OrderInput};
use crate::policy::{self, Actor};
use crate::web::State;
use crate::web::paging::{PageQuery, PageRequest};

/// The signed-in person in the tenant they are working in.
#[derive(Serialize, ToSchema)]
pub struct Me<'a> {
    user_id: &'a UserId,
    email: &'a str,
    display_name: &'a str,
    /// `en` or `zh-CN`; none means the browser's language.
    locale: Option<&'a str>,
    tenant: TenantRef<'a>,
    /// `admin`, `merchandiser`, `qc` (QC inspector) or `buyer`.
    role: &'a str,
    /// Buyers: their customer organisation.
    customer_org_id: Option<&'a OrgId>,
}

#[derive(Serialize, ToSchema)]
pub struct TenantRef<'a> {
    id: &'a str,
    name: &'a str,
    slug: &'a str,
}

/// `GET /api/v1/me`
#[utoipa::path(
    get,
    path = "/api/v1/me",
    operation_id = "get_me",
    tag = "account",
    responses((status = 200, description = "The signed-in person", body = Me))
)]
pub async fn me(actor: Actor) -> HttpResponse {
    HttpResponse::Ok().json(Me {
        user_id: &actor.user_id,
        email: &actor.email,
        display_name: &actor.display_name,
        locale: actor.locale.map(|l| l.code()),
        tenant: TenantRef {
            id: &actor.tenant_id,
            name: &actor.tenant_name,
            slug: &actor.tenant_slug,
        },
        role: actor.role.as_str(),
        customer_org_id: actor.customer_org_id.as_ref(),
    })
}

/// `GET /api/v1/orders?q=&status=&after=&limit=`: keyset pages, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/orders",
    operation_id = "list_orders",
    tag = "orders",
    params(ListQuery, PageQuery),
    responses((
        status = 200,
        description = "A page of the orders the caller may see",
        body = OrderPage,
        headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))
    ))
)]
pub async fn list(
    req: HttpRequest,
    state: State,
    actor: Actor,
    q: web::Query<ListQuery>,
    page: PageRequest,
) -> AppResult<HttpResponse> {
    let keyset = page.keyset()?;
    let list = orders::cache::page(&req, &state, &actor, &q, &keyset).await?;
    page.respond_json(list.page.next.as_deref(), list.json.clone())
}

/// `GET /api/v1/orders/{id}`: the order with its milestones.
#[utoipa::path(
    get,
    path = "/api/v1/orders/{id}",
    operation_id = "get_order",
    tag = "orders",
    params(("id" = String, Path, description = "Order id")),
    responses((status = 200, description = "The order", body = OrderDetail))
)]
pub async fn show(state: State, actor: Actor, id: web::Path<OrderId>) -> AppResult<HttpResponse> {
    let detail = state
        .db
        .run(move |c| orders::detail(c, &actor, &id))
        .await?;
    Ok(HttpResponse::Ok().json(detail))
}

/// `POST /api/v1/orders`: creates an order (admins and merchandisers).
#[utoipa::path(
    post,
    path = "/api/v1/orders",
    operation_id = "create_order",
    tag = "orders",
    request_body = OrderInput,
    responses((status = 201, description = "The new order", body = OrderDetail))
)]
pub async fn create(
    state: State,
    actor: Actor,
    body: web::Json<OrderInput>,
) -> AppResult<HttpResponse> {
    let detail = state
        .db
        .run(move |c| {
            let id = orders::create(c, &actor, &body)?;
            orders::detail(c, &actor, &id)
        })
        .await?;
    Ok(crate::web::created(
        format!("/api/v1/orders/{}", detail.row.order.id),
        &detail,
    ))
}

/// `POST /api/v1/orders/{id}/milestones`
#[utoipa::path(
    post,
    path = "/api/v1/orders/{id}/milestones",
    tag = "orders",
    params(("id" = String, Path, description = "Order id")),
    request_body = MilestoneInput,
    responses((status = 201, description = "The order with the new milestone", body = OrderDetail))
)]
pub async fn add_milestone(
    state: State,
    actor: Actor,
    id: web::Path<OrderId>,
    body: web::Json<MilestoneInput>,
) -> AppResult<HttpResponse> {
    let detail = state
        .db
        .run(move |c| {
            super::milestones::add(c, &actor, &id, &body)?;
            orders::detail(c, &actor, &id)
        })
        .await?;
    // A milestone is read as part of its order.
    Ok(crate::web::created(
        format!("/api/v1/orders/{}", detail.row.order.id),
        &detail,
    ))
}

/// `POST /api/v1/orders/{id}/milestones/{mid}`
#[utoipa::path(
    post,
    path = "/api/v1/orders/{id}/milestones/{mid}",
    tag = "orders",
    params(
        ("id" = String, Path, description = "Order id"),
        ("mid" = String, Path, description = "Milestone id"),
    ),
    request_body = MilestoneInput,
    responses((status = 200, description = "The order with the changed milestone", body = OrderDetail))
)]
pub async fn update_milestone(
    state: State,
    actor: Actor,
    path: web::Path<(OrderId, String)>,
    body: web::Json<MilestoneInput>,
) -> AppResult<HttpResponse> {
    let (id, mid) = path.into_inner();
    let detail = state
        .db
        .run(move |c| {
            super::milestones::update(c, &actor, &id, &mid, &body)?;
            orders::detail(c, &actor, &id)
        })
        .await?;
    Ok(HttpResponse::Ok().json(detail))
}

crate::web::paging::page_schema!(
    /// A page of the tenant's milestone templates, by name.
    MilestoneTemplatePage => super::templates::Template
);

/// `GET /api/v1/milestone-templates`
///
/// The milestone templates a new order can start from (`template_id` of `POST
/// /api/v1/orders`), by name. Admins and merchandisers.
#[utoipa::path(
    get,
    path = "/api/v1/milestone-templates",
    tag = "orders",
    operation_id = "list_milestone_templates",
    params(PageQuery),
    responses((
        status = 200,
        description = "A page of the tenant's templates",
        body = MilestoneTemplatePage,
        headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))
    ))
)]
pub async fn templates(state: State, actor: Actor, page: PageRequest) -> AppResult<HttpResponse> {
    policy::ensure(policy::can_create_orders(&actor))?;
    let keyset = page.keyset()?;
    let items = state
        .db
        .run(move |c| super::templates::page(c, &actor.tenant_id, &keyset))
        .await?;
    page.respond(items)
}

/// This module's part of the OpenAPI document (see `crate::web::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(me, list, show, create, add_milestone, update_milestone, templates))]
pub struct Api;
