//! Timeline endpoints: post an update or a comment (pages and API), read pages of entries.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Serialize;

use crate::error::{AppError, AppResult};
use crate::ids::OrderId;
use crate::orders::web::{FormError, detail_page};
use crate::policy::Actor;
use crate::timeline::{self, PostInput};
use crate::web::paging::{PageQuery, PageRequest};
use crate::web::{State, redirect};

async fn post(
    req: HttpRequest,
    state: State,
    actor: Actor,
    id: OrderId,
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
    id: web::Path<OrderId>,
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
    id: web::Path<OrderId>,
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

/// `GET /api/v1/orders/{id}/timeline?after=&limit=`
///
/// The order's timeline, newest first: progress updates, buyer comments, and the entries the
/// system writes for status, milestone and decision changes. Buyers see only customer-visible
/// entries; staff also see internal ones.
#[utoipa::path(
    get,
    path = "/api/v1/orders/{id}/timeline",
    tag = "timeline",
    operation_id = "list_timeline_entries",
    params(("id" = String, Path, description = "Order id"), PageQuery),
    responses((
        status = 200,
        description = "A page of entries",
        body = timeline::TimelinePage,
        headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))
    ))
)]
pub async fn api_page(
    state: State,
    actor: Actor,
    id: web::Path<OrderId>,
    page: PageRequest,
) -> AppResult<HttpResponse> {
    let keyset = page.keyset()?;
    let entries = state
        .db
        .run(move |c| timeline::page(c, &actor, &id, &keyset))
        .await?;
    page.respond(entries)
}

/// The id of the entry just written.
#[derive(Serialize, utoipa::ToSchema)]
pub struct TimelineEntryCreated {
    id: String,
}

/// `POST /api/v1/orders/{id}/updates` (staff) and `.../comments` (buyers).
///
/// A progress update on the order's timeline, optionally about one of its milestones. Staff
/// only (admins, merchandisers, QC inspectors). `visibility` is `internal` (the default, staff
/// only) or `customer` (the buyers see it and are notified). The body is plain text, at most
/// 5000 characters; line breaks, `- ` or `* ` bullets and `**bold**` are the only
/// formatting.
#[utoipa::path(
    post,
    path = "/api/v1/orders/{id}/updates",
    tag = "timeline",
    operation_id = "post_timeline_update",
    params(("id" = String, Path, description = "Order id")),
    request_body = PostInput,
    responses((status = 201, description = "The update was posted", body = TimelineEntryCreated))
)]
pub async fn api_update(
    state: State,
    actor: Actor,
    id: web::Path<OrderId>,
    body: web::Json<PostInput>,
) -> AppResult<HttpResponse> {
    let order = id.into_inner();
    let order_id = order.clone();
    let id = state
        .db
        .run(move |c| timeline::post_update(c, &actor, &order, &body))
        .await?;
    Ok(crate::web::created(
        format!("/api/v1/orders/{}/timeline", order_id),
        &TimelineEntryCreated { id },
    ))
}

/// `POST /api/v1/orders/{id}/comments`
///
/// A buyer's comment on the order's timeline, always visible to the buyers and staff. Buyers
/// only. Only `body` is read (plain text, at most 5000 characters); `visibility` and
/// `milestone_id` are ignored.
#[utoipa::path(
    post,
    path = "/api/v1/orders/{id}/comments",
    tag = "timeline",
    operation_id = "post_timeline_comment",
    params(("id" = String, Path, description = "Order id")),
    request_body = PostInput,
    responses((status = 201, description = "The comment was posted", body = TimelineEntryCreated))
)]
pub async fn api_comment(
    state: State,
    actor: Actor,
    id: web::Path<OrderId>,
    body: web::Json<PostInput>,
) -> AppResult<HttpResponse> {
    let order = id.into_inner();
    let order_id = order.clone();
    let id = state
        .db
        .run(move |c| timeline::post_comment(c, &actor, &order, &body))
        .await?;
    Ok(crate::web::created(
        format!("/api/v1/orders/{}/timeline", order_id),
        &TimelineEntryCreated { id },
    ))
}

/// This module's part of the OpenAPI document (see `crate::web::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(api_page, api_update, api_comment))]
pub struct Api;
