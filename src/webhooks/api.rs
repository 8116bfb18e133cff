//! The webhooks' JSON API (`/api/v1/webhooks`), and the actions the admin page shares with it
//! (each answers JSON under `/api/` and goes back to the page otherwise). Admins only, signed
//! in themselves (not with an API token: `policy::can_manage_webhooks`); making an endpoint
//! needs a step-up, as making an API token does, since it opens a channel out of the portal.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::{Created, DeliveryView, EndpointView, NewEndpoint, target};
use crate::auth::stepup::Verified;
use crate::error::{AppError, AppResult};
use crate::policy::{self, Actor, TenantAdmin};
use crate::web::paging::{PageQuery, PageRequest};
use crate::web::{State, redirect};

crate::web::paging::page_schema!(
    /// A page of the tenant's webhook endpoints, oldest first.
    WebhookEndpointPage => EndpointView
);
crate::web::paging::page_schema!(
    /// A page of an endpoint's deliveries, newest first.
    WebhookDeliveryPage => DeliveryView
);

/// A new endpoint.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[schema(as = WebhookEndpointInput)]
pub struct CreateBody {
    /// `https://…` (plain http only where the operator allows private targets); the host must
    /// resolve to public addresses only.
    pub url: String,
    /// At most 200 characters.
    #[serde(default)]
    pub description: String,
    /// At least one event type, e.g. `order.status_changed` (`ping` is sent by the test
    /// action only and cannot be subscribed to).
    #[schema(value_type = Vec<super::EventType>)]
    pub events: Vec<String>,
}

/// Checks what an admin asked for, the address last (it is looked up).
pub async fn new_endpoint(
    state: &State,
    actor: &Actor,
    body: CreateBody,
) -> AppResult<NewEndpoint> {
    policy::ensure(policy::can_manage_webhooks(actor))?;
    let events = super::parse_events(&body.events)?;
    crate::validate::optional_text("description", &body.description, 200)?;
    let url = target::check(&body.url, state.config.webhook_allow_private).await?;
    Ok(NewEndpoint {
        url,
        description: body.description,
        events,
    })
}

/// Makes the endpoint: its view and the secret, which is not shown again.
pub async fn make(state: &State, actor: &Actor, input: NewEndpoint) -> AppResult<Created> {
    let (a, keys) = (actor.clone(), state.keys.clone());
    state
        .db
        .run(move |c| super::create(c, &keys, &a, &input))
        .await
}

/// `GET /api/v1/webhooks`.
#[utoipa::path(
    get,
    path = "/api/v1/webhooks",
    tag = "webhooks",
    operation_id = "list_webhook_endpoints",
    params(PageQuery),
    responses((
        status = 200,
        description = "The tenant's webhook endpoints (never their secrets). Admins only, \
            signed in (not with an API token).",
        body = WebhookEndpointPage,
        headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))
    ))
)]
pub async fn list(
    state: State,
    TenantAdmin(actor): TenantAdmin,
    page: PageRequest,
) -> AppResult<HttpResponse> {
    let keyset = page.keyset()?;
    let items = state
        .db
        .run(move |c| super::list(c, &actor, &keyset))
        .await?;
    page.respond(items)
}

/// `POST /api/v1/webhooks`.
#[utoipa::path(
    post,
    path = "/api/v1/webhooks",
    tag = "webhooks",
    operation_id = "create_webhook_endpoint",
    request_body = CreateBody,
    responses((
        status = 201,
        description = "The endpoint with its secret (`whsec_…`), which is not shown again. \
            Every delivery is a POST of the event as JSON with `Portico-Event`, \
            `Portico-Delivery` and `Portico-Signature: t=<unix seconds>,v1=<hex \
            HMAC-SHA256(secret, \"<t>.<body>\")>`; answer 2xx within 10 seconds. Admins \
            only, signed in (not with an API token), with a recent step-up \
            (`POST /api/v1/auth/step-up`). A private, loopback or link-local address is a \
            422 `webhook_address_private`.",
        body = Created,
        headers(("Location" = String, description = "The new endpoint's address."))
    ))
)]
pub async fn create(
    state: State,
    Verified(TenantAdmin(actor)): Verified<TenantAdmin>,
    body: web::Json<CreateBody>,
) -> AppResult<HttpResponse> {
    let input = new_endpoint(&state, &actor, body.into_inner()).await?;
    let created = make(&state, &actor, input).await?;
    Ok(crate::web::created(
        format!("/api/v1/webhooks/{}", created.endpoint.id),
        &created,
    ))
}

fn endpoint_id(path: web::Path<String>) -> AppResult<String> {
    crate::ids::parse(&path.into_inner()).ok_or(AppError::NotFound)
}

/// `GET /api/v1/webhooks/{id}`.
#[utoipa::path(
    get,
    path = "/api/v1/webhooks/{id}",
    tag = "webhooks",
    operation_id = "get_webhook_endpoint",
    params(("id" = String, Path, description = "Webhook endpoint id")),
    responses((status = 200, description = "The endpoint (never its secret).", body = EndpointView))
)]
pub async fn show(
    state: State,
    TenantAdmin(actor): TenantAdmin,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = endpoint_id(path)?;
    let view = state.db.run(move |c| super::view(c, &actor, &id)).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// The answer of an action: the endpoint as JSON under `/api/`, its page otherwise.
fn answer(req: &HttpRequest, view: &EndpointView) -> HttpResponse {
    if req.path().starts_with("/api/") {
        HttpResponse::Ok().json(view)
    } else {
        redirect(&format!("/admin/webhooks/{}", view.id))
    }
}

/// `POST /api/v1/webhooks/{id}/disable` (and the page's).
#[utoipa::path(
    post,
    path = "/api/v1/webhooks/{id}/disable",
    tag = "webhooks",
    operation_id = "disable_webhook_endpoint",
    params(("id" = String, Path, description = "Webhook endpoint id")),
    responses((
        status = 200,
        description = "Disabled: nothing more is sent, and what was waiting fails. Disabling a \
            disabled endpoint changes nothing.",
        body = EndpointView
    ))
)]
pub async fn disable(
    req: HttpRequest,
    state: State,
    TenantAdmin(actor): TenantAdmin,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = endpoint_id(path)?;
    let view = state
        .db
        .run(move |c| super::set_enabled(c, &actor, &id, false))
        .await?;
    Ok(answer(&req, &view))
}

/// `POST /api/v1/webhooks/{id}/enable` (and the page's).
#[utoipa::path(
    post,
    path = "/api/v1/webhooks/{id}/enable",
    tag = "webhooks",
    operation_id = "enable_webhook_endpoint",
    params(("id" = String, Path, description = "Webhook endpoint id")),
    responses((
        status = 200,
        description = "Enabled, with its failure count cleared; events from now on are sent \
            (what failed while it was disabled is not).",
        body = EndpointView
    ))
)]
pub async fn enable(
    req: HttpRequest,
    state: State,
    TenantAdmin(actor): TenantAdmin,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = endpoint_id(path)?;
    let view = state
        .db
        .run(move |c| super::set_enabled(c, &actor, &id, true))
        .await?;
    Ok(answer(&req, &view))
}

/// `POST /api/v1/webhooks/{id}/delete` (and the page's).
#[utoipa::path(
    post,
    path = "/api/v1/webhooks/{id}/delete",
    tag = "webhooks",
    operation_id = "delete_webhook_endpoint",
    params(("id" = String, Path, description = "Webhook endpoint id")),
    responses((status = 204, description = "Deleted, with its delivery log."))
)]
pub async fn delete(
    req: HttpRequest,
    state: State,
    TenantAdmin(actor): TenantAdmin,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = endpoint_id(path)?;
    state.db.run(move |c| super::delete(c, &actor, &id)).await?;
    Ok(if req.path().starts_with("/api/") {
        HttpResponse::NoContent().finish()
    } else {
        redirect("/admin/webhooks")
    })
}

/// The test delivery just queued.
#[derive(Serialize, utoipa::ToSchema)]
pub struct TestQueued {
    /// Its id in the endpoint's delivery log.
    delivery_id: String,
}

/// `POST /api/v1/webhooks/{id}/test` (and the page's).
#[utoipa::path(
    post,
    path = "/api/v1/webhooks/{id}/test",
    tag = "webhooks",
    operation_id = "test_webhook_endpoint",
    params(("id" = String, Path, description = "Webhook endpoint id")),
    responses((
        status = 202,
        description = "A `ping` event is queued for this endpoint (even when it subscribed to \
            none); its outcome shows in the delivery log within seconds. A disabled endpoint \
            is a 409.",
        body = TestQueued
    ))
)]
pub async fn test(
    req: HttpRequest,
    state: State,
    TenantAdmin(actor): TenantAdmin,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = endpoint_id(path)?;
    let endpoint = id.clone();
    let delivery_id = state.db.run(move |c| super::ping(c, &actor, &id)).await?;
    Ok(if req.path().starts_with("/api/") {
        HttpResponse::Accepted().json(TestQueued { delivery_id })
    } else {
        redirect(&format!("/admin/webhooks/{endpoint}"))
    })
}

/// `GET /api/v1/webhooks/{id}/deliveries`.
#[utoipa::path(
    get,
    path = "/api/v1/webhooks/{id}/deliveries",
    tag = "webhooks",
    operation_id = "list_webhook_deliveries",
    params(("id" = String, Path, description = "Webhook endpoint id"), PageQuery),
    responses((
        status = 200,
        description = "The endpoint's delivery log, newest first (kept 30 days).",
        body = WebhookDeliveryPage,
        headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))
    ))
)]
pub async fn deliveries(
    state: State,
    TenantAdmin(actor): TenantAdmin,
    path: web::Path<String>,
    page: PageRequest,
) -> AppResult<HttpResponse> {
    let id = endpoint_id(path)?;
    let keyset = page.keyset()?;
    let items = state
        .db
        .run(move |c| super::deliveries(c, &actor, &id, &keyset))
        .await?;
    page.respond(items)
}

/// This module's part of the OpenAPI document (see `crate::web::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(list, create, show, disable, enable, delete, test, deliveries))]
pub struct Api;
