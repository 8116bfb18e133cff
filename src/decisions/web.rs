//! Decision endpoints: staff ask, buyers answer (pages and API).

use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

use crate::decisions::{self, AnswerInput, RequestInput};
use crate::error::{AppError, AppResult};
use crate::ids::OrderId;
use crate::orders::web::{FormError, detail_page};
use crate::policy::Actor;
use crate::web::paging::{PageQuery, PageRequest};
use crate::web::{State, redirect};

pub async fn request(
    req: HttpRequest,
    state: State,
    actor: Actor,
    id: web::Path<OrderId>,
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
    path: web::Path<(OrderId, String)>,
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
    path: web::Path<(OrderId, String)>,
) -> AppResult<HttpResponse> {
    let (id, did) = path.into_inner();
    let oid = id.clone();
    state
        .db
        .run(move |c| decisions::withdraw(c, &actor, &oid, &did))
        .await?;
    Ok(redirect(&format!("/orders/{id}#decisions")))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// `1` or `true` for open decisions only.
    #[serde(default)]
    open: String,
}

crate::web::paging::page_schema!(
    /// A page of decisions, newest first.
    DecisionPage => decisions::DecisionView
);

/// The id of the decision just requested.
#[derive(Serialize, utoipa::ToSchema)]
pub struct DecisionCreated {
    id: String,
}

/// `GET /api/v1/decisions?open=1`: decisions across the orders the caller can see.
///
/// The decisions of all the orders the caller can see, newest first; with `open=1`, only
/// those still waiting for an answer.
#[utoipa::path(
    get,
    path = "/api/v1/decisions",
    tag = "decisions",
    operation_id = "list_decisions",
    params(ListQuery, PageQuery),
    responses((status = 200, description = "A page of decisions", body = DecisionPage, headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))))
)]
pub async fn api_list(
    state: State,
    actor: Actor,
    q: web::Query<ListQuery>,
    page: PageRequest,
) -> AppResult<HttpResponse> {
    let open = matches!(q.open.as_str(), "1" | "true");
    let keyset = page.keyset()?;
    let items = state
        .db
        .run(move |c| decisions::list(c, &actor, None, open, &keyset))
        .await?;
    page.respond(items)
}

/// `GET /api/v1/orders/{id}/decisions`
///
/// The decisions of one order, newest first, whatever their status.
#[utoipa::path(
    get,
    path = "/api/v1/orders/{id}/decisions",
    tag = "decisions",
    operation_id = "list_order_decisions",
    params(("id" = String, Path, description = "Order id"), PageQuery),
    responses((status = 200, description = "A page of the order's decisions", body = DecisionPage, headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))))
)]
pub async fn api_of_order(
    state: State,
    actor: Actor,
    id: web::Path<OrderId>,
    page: PageRequest,
) -> AppResult<HttpResponse> {
    let keyset = page.keyset()?;
    let items = state
        .db
        .run(move |c| {
            let order = crate::orders::find_part(c, &actor, &id, crate::policy::Part::Progress)?;
            decisions::list(c, &actor, Some(&order.id), false, &keyset)
        })
        .await?;
    page.respond(items)
}

/// `POST /api/v1/orders/{id}/decisions`
///
/// Asks the order's buyers for a decision (approve a sample or a shipment, accept a delay,
/// choose an option). Admins and merchandisers; not on a draft order (422 `order_draft`). The
/// buyers are notified and the request is written to the timeline.
#[utoipa::path(
    post,
    path = "/api/v1/orders/{id}/decisions",
    tag = "decisions",
    operation_id = "request_decision",
    params(("id" = String, Path, description = "Order id")),
    request_body = RequestInput,
    responses((status = 201, description = "The decision is open", body = DecisionCreated))
)]
pub async fn api_request(
    state: State,
    actor: Actor,
    id: web::Path<OrderId>,
    body: web::Json<RequestInput>,
) -> AppResult<HttpResponse> {
    let order = id.into_inner();
    let order_id = order.clone();
    let id = state
        .db
        .run(move |c| decisions::request(c, &actor, &order, &body))
        .await?;
    Ok(crate::web::created(
        format!("/api/v1/orders/{}/decisions", order_id),
        &DecisionCreated { id },
    ))
}

/// `POST /api/v1/orders/{id}/decisions/{did}/answer`
///
/// The buyer approves or rejects (a rejection needs a comment). Buyers only. The answer is
/// recorded with who, when and from where, and can never be changed: answering a decision that
/// is no longer open is a 409.
#[utoipa::path(
    post,
    path = "/api/v1/orders/{id}/decisions/{did}/answer",
    tag = "decisions",
    operation_id = "answer_decision",
    params(
        ("id" = String, Path, description = "Order id"),
        ("did" = String, Path, description = "Decision id"),
    ),
    request_body = AnswerInput,
    responses((status = 204, description = "The answer is recorded"))
)]
pub async fn api_answer(
    state: State,
    actor: Actor,
    path: web::Path<(OrderId, String)>,
    body: web::Json<AnswerInput>,
) -> AppResult<HttpResponse> {
    let (id, did) = path.into_inner();
    state
        .db
        .run(move |c| decisions::answer(c, &actor, &id, &did, &body))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// `POST /api/v1/orders/{id}/decisions/{did}/withdraw`
///
/// Staff who may ask for decisions withdraw one that no longer needs an answer (an order
/// with an open decision cannot be closed). Withdrawing a decision that is no longer open is
/// a 409.
#[utoipa::path(
    post,
    path = "/api/v1/orders/{id}/decisions/{did}/withdraw",
    tag = "decisions",
    operation_id = "withdraw_decision",
    params(
        ("id" = String, Path, description = "Order id"),
        ("did" = String, Path, description = "Decision id"),
    ),
    responses((status = 204, description = "The decision is withdrawn"))
)]
pub async fn api_withdraw(
    state: State,
    actor: Actor,
    path: web::Path<(OrderId, String)>,
) -> AppResult<HttpResponse> {
    let (id, did) = path.into_inner();
    state
        .db
        .run(move |c| decisions::withdraw(c, &actor, &id, &did))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// This module's part of the OpenAPI document (see `crate::web::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(api_of_order, api_request, api_answer, api_withdraw, api_list))]
pub struct Api;
