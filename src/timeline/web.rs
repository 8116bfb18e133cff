//! Timeline endpoints: post an update or a comment (pages and API), read pages of entries.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::error::{AppError, AppResult};
use crate::orders::web::{FormError, detail_page};
use crate::policy::Actor;
use crate::timeline::{self, PostInput};
use crate::web::{State, redirect};

async fn post(
    req: HttpRequest,
    state: State,
    actor: Actor,
    id: String,
    input: PostInput,
    form: &'static str,
) -> AppResult<HttpResponse> {
    let (a, oid, i) = (actor.clone(), id.clone(), input.clone());
    let result = state
        .db
        .run(move |c| match form {
            "update" => timeline::post_update(c, &a, &oid, &i),
            _ => timeline::post_comment(c, &a, &oid, &i),
        })
        .await;
    match result {
        Ok(_) => Ok(redirect(&format!("/orders/{id}#timeline"))),
        Err(e @ AppError::Invalid { .. }) => {
            let err = FormError {
                form,
                message: e.public_message(),
                text: input.body,
            };
            detail_page(
                &req,
                &state,
                &actor,
                id,
                None,
                Some(err),
                actix_web::ResponseError::status_code(&e),
            )
            .await
        }
        Err(e) => Err(e),
    }
}

pub async fn post_update(
    req: HttpRequest,
    state: State,
    actor: Actor,
    id: web::Path<String>,
    form: web::Form<PostInput>,
) -> AppResult<HttpResponse> {
    post(
        req,
        state,
        actor,
        id.into_inner(),
        form.into_inner(),
        "update",
    )
    .await
}

pub async fn post_comment(
    req: HttpRequest,
    state: State,
    actor: Actor,
    id: web::Path<String>,
    form: web::Form<PostInput>,
) -> AppResult<HttpResponse> {
    post(
        req,
        state,
        actor,
        id.into_inner(),
        form.into_inner(),
        "comment",
    )
    .await
}

#[derive(Deserialize)]
pub struct PageQuery {
    #[serde(default)]
    before: String,
    limit: Option<i64>,
}

/// `GET /api/v1/orders/{id}/timeline?before=&limit=`
pub async fn api_page(
    state: State,
    actor: Actor,
    id: web::Path<String>,
    q: web::Query<PageQuery>,
) -> AppResult<HttpResponse> {
    let page = state
        .db
        .run(move |c| {
            timeline::page(
                c,
                &actor,
                &id,
                Some(&q.before),
                q.limit.unwrap_or(timeline::PAGE),
            )
        })
        .await?;
    Ok(HttpResponse::Ok().json(page))
}

/// `POST /api/v1/orders/{id}/updates` (staff) and `.../comments` (buyers).
pub async fn api_update(
    state: State,
    actor: Actor,
    id: web::Path<String>,
    body: web::Json<PostInput>,
) -> AppResult<HttpResponse> {
    let entry = state
        .db
        .run(move |c| timeline::post_update(c, &actor, &id, &body))
        .await?;
    Ok(HttpResponse::Created().json(serde_json::json!({ "id": entry })))
}

pub async fn api_comment(
    state: State,
    actor: Actor,
    id: web::Path<String>,
    body: web::Json<PostInput>,
) -> AppResult<HttpResponse> {
    let entry = state
        .db
        .run(move |c| timeline::post_comment(c, &actor, &id, &body))
        .await?;
    Ok(HttpResponse::Created().json(serde_json::json!({ "id": entry })))
}

/// This module's part of the OpenAPI document (see `crate::web::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi()]
pub struct Api;
