//! JSON API for orders: the same service functions and policy as the pages.

use actix_web::{HttpResponse, web};
use serde::Serialize;

use crate::error::AppResult;
use crate::orders::{self, ListQuery, OrderInput};
use crate::policy::Actor;
use crate::web::State;

#[derive(Serialize)]
struct Me<'a> {
    user_id: &'a str,
    email: &'a str,
    display_name: &'a str,
    locale: Option<&'a str>,
    tenant: serde_json::Value,
    role: &'a str,
    customer_org_id: Option<&'a str>,
}

/// `GET /api/v1/me`
pub async fn me(actor: Actor) -> HttpResponse {
    HttpResponse::Ok().json(Me {
        user_id: &actor.user_id,
        email: &actor.email,
        display_name: &actor.display_name,
        locale: actor.locale.as_deref(),
        tenant: serde_json::json!({"id": actor.tenant_id, "name": actor.tenant_name, "slug": actor.tenant_slug}),
        role: actor.role.as_str(),
        customer_org_id: actor.customer_org_id.as_deref(),
    })
}

/// `GET /api/v1/orders?q=&status=&after=&limit=`: keyset pages, newest first.
pub async fn list(state: State, actor: Actor, q: web::Query<ListQuery>) -> AppResult<HttpResponse> {
    let page = state.db.run(move |c| orders::list(c, &actor, &q)).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// `GET /api/v1/orders/{id}`: the order with its milestones.
pub async fn show(state: State, actor: Actor, id: web::Path<String>) -> AppResult<HttpResponse> {
    let detail = state
        .db
        .run(move |c| orders::detail(c, &actor, &id))
        .await?;
    Ok(HttpResponse::Ok().json(detail))
}

/// `POST /api/v1/orders`: creates an order (admins and merchandisers).
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
    Ok(HttpResponse::Created().json(detail))
}

/// `POST /api/v1/orders/{id}/milestones`
pub async fn add_milestone(
    state: State,
    actor: Actor,
    id: web::Path<String>,
    body: web::Json<super::milestones::MilestoneInput>,
) -> AppResult<HttpResponse> {
    let detail = state
        .db
        .run(move |c| {
            super::milestones::add(c, &actor, &id, &body)?;
            orders::detail(c, &actor, &id)
        })
        .await?;
    Ok(HttpResponse::Created().json(detail))
}

/// `POST /api/v1/orders/{id}/milestones/{mid}`
pub async fn update_milestone(
    state: State,
    actor: Actor,
    path: web::Path<(String, String)>,
    body: web::Json<super::milestones::MilestoneInput>,
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
