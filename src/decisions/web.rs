//! Decision endpoints: staff ask, buyers answer (pages and API).

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::decisions::{self, AnswerInput, RequestInput};
use crate::error::{AppError, AppResult};
use crate::orders::web::{FormError, detail_page};
use crate::policy::Actor;
use crate::web::{State, redirect};

pub async fn request(
    req: HttpRequest,
    state: State,
    actor: Actor,
    id: web::Path<String>,
    form: web::Form<RequestInput>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let input = form.into_inner();
    let (a, oid, i) = (actor.clone(), id.clone(), input.clone());
    match state
        .db
        .run(move |c| decisions::request(c, &a, &oid, &i))
        .await
    {
        Ok(_) => Ok(redirect(&format!("/orders/{id}#decisions"))),
        Err(e @ AppError::Invalid { .. }) => {
            let err = FormError {
                form: "decision",
                message: e.public_message(),
                text: input.title,
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

pub async fn answer(
    req: HttpRequest,
    state: State,
    actor: Actor,
    path: web::Path<(String, String)>,
    form: web::Form<AnswerInput>,
) -> AppResult<HttpResponse> {
    let (id, did) = path.into_inner();
    let input = form.into_inner();
    let (a, oid, d, i) = (actor.clone(), id.clone(), did.clone(), input.clone());
    match state
        .db
        .run(move |c| decisions::answer(c, &a, &oid, &d, &i))
        .await
    {
        Ok(()) => Ok(redirect(&format!("/orders/{id}#decisions"))),
        Err(e @ AppError::Invalid { .. }) => {
            let err = FormError {
                form: "answer",
                message: e.public_message(),
                text: input.comment,
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

pub async fn withdraw(
    state: State,
    actor: Actor,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let (id, did) = path.into_inner();
    let oid = id.clone();
    state
        .db
        .run(move |c| decisions::withdraw(c, &actor, &oid, &did))
        .await?;
    Ok(redirect(&format!("/orders/{id}#decisions")))
}

#[derive(Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    open: String,
}

/// `GET /api/v1/decisions?open=1`: decisions across the orders the caller can see.
pub async fn api_list(
    state: State,
    actor: Actor,
    q: web::Query<ListQuery>,
) -> AppResult<HttpResponse> {
    let open = matches!(q.open.as_str(), "1" | "true");
    let list = state
        .db
        .run(move |c| decisions::list(c, &actor, None, open, 200))
        .await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "items": list })))
}

/// `GET /api/v1/orders/{id}/decisions`
pub async fn api_of_order(
    state: State,
    actor: Actor,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let list = state
        .db
        .run(move |c| {
            let order = crate::orders::find(c, &actor, &id)?;
            decisions::list(c, &actor, Some(&order.id), false, 200)
        })
        .await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "items": list })))
}

/// `POST /api/v1/orders/{id}/decisions`
pub async fn api_request(
    state: State,
    actor: Actor,
    id: web::Path<String>,
    body: web::Json<RequestInput>,
) -> AppResult<HttpResponse> {
    let did = state
        .db
        .run(move |c| decisions::request(c, &actor, &id, &body))
        .await?;
    Ok(HttpResponse::Created().json(serde_json::json!({ "id": did })))
}

/// `POST /api/v1/orders/{id}/decisions/{did}/answer`
pub async fn api_answer(
    state: State,
    actor: Actor,
    path: web::Path<(String, String)>,
    body: web::Json<AnswerInput>,
) -> AppResult<HttpResponse> {
    let (id, did) = path.into_inner();
    state
        .db
        .run(move |c| decisions::answer(c, &actor, &id, &did, &body))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// This module's part of the OpenAPI document (see `crate::web::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi()]
pub struct Api;
