//! `GET /dashboard` and `GET /api/v1/dashboard`.

use actix_web::{HttpRequest, HttpResponse};

use crate::error::AppResult;
use crate::policy::Actor;
use crate::web::{State, render};

pub async fn page(req: HttpRequest, state: State, actor: Actor) -> AppResult<HttpResponse> {
    let a = actor.clone();
    let (d, pending) = state
        .db
        .run(move |c| Ok((super::build(c, &a)?, crate::payments::pending_for(c, &a)?)))
        .await?;
    let mut ctx = tera::Context::new();
    ctx.insert("d", &d);
    // A change of bank details that has not taken effect is shown to everyone it concerns.
    ctx.insert("payment_pending", &pending);
    render(&req, &state, Some(&actor), "dashboard/home.html", ctx)
}

/// `GET /api/v1/dashboard`: the home page's data.
#[utoipa::path(
    get,
    path = "/api/v1/dashboard",
    tag = "dashboard",
    operation_id = "get_dashboard",
    responses((
        status = 200,
        description = "What needs the caller's attention: buyers their orders and open \
            decisions; merchandisers and QC inspectors their orders due within two weeks and \
            late milestones; admins also the order counts by status.",
        body = crate::dashboard::Dashboard
    ))
)]
pub async fn api(state: State, actor: Actor) -> AppResult<HttpResponse> {
    let d = state.db.run(move |c| super::build(c, &actor)).await?;
    Ok(HttpResponse::Ok().json(d))
}

/// This module's part of the OpenAPI document (see `crate::web::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(api))]
pub struct Api;
