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

pub async fn api(state: State, actor: Actor) -> AppResult<HttpResponse> {
    let d = state.db.run(move |c| super::build(c, &actor)).await?;
    Ok(HttpResponse::Ok().json(d))
}

/// This module's part of the OpenAPI document (see `crate::web::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi()]
pub struct Api;
