//! Access requests: a lead buyer asks for access for a colleague, an admin approves or
//! refuses (pages and JSON).

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Serialize;

use crate::error::{AppError, AppResult};
use crate::people;
use crate::policy::{self, Actor};
use crate::policy::{Buyer, TenantAdmin};
use crate::web::paging::{Keyset, PageQuery, PageRequest};
use crate::web::{State, redirect, render};

crate::web::paging::page_schema!(
    /// A page of access requests, newest first.
    AccessRequestPage => people::requests::RequestView
);

/// The id of the access request just made.
#[derive(Serialize, utoipa::ToSchema)]
pub struct AccessRequestCreated {
    id: String,
}

/// `GET /access-requests`: a lead's form and their requests.
pub async fn requests_page(
    req: HttpRequest,
    state: State,
    Buyer(actor): Buyer,
) -> AppResult<HttpResponse> {
    requests_form(
        &req,
        &state,
        &actor,
        None,
        &people::requests::RequestInput::default(),
    )
    .await
}

async fn requests_form(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    error: Option<String>,
    input: &people::requests::RequestInput,
) -> AppResult<HttpResponse> {
    policy::ensure(policy::can_request_access(actor))?;
    let a = actor.clone();
    let list = state
        .db
        .run(move |c| people::requests::list(c, &a, &Keyset::first(200)))
        .await?
        .items;
    let mut ctx = tera::Context::new();
    ctx.insert("requests", &list);
    ctx.insert("error", &error);
    ctx.insert("form", &serde_json::json!({"email": input.email, "display_name": input.display_name, "note": input.note}));
    let mut resp = render(req, state, Some(actor), "people/requests.html", ctx)?;
    if error.is_some() {
        *resp.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(resp)
}

pub async fn request_access(
    req: HttpRequest,
    state: State,
    Buyer(actor): Buyer,
    form: web::Form<people::requests::RequestInput>,
) -> AppResult<HttpResponse> {
    let input = form.into_inner();
    let (a, i) = (actor.clone(), input.clone());
    match state
        .db
        .run(move |c| people::requests::create(c, &a, &i))
        .await
    {
        Ok(_) => Ok(redirect("/access-requests")),
        Err(e @ (AppError::Invalid { .. } | AppError::Conflict(_))) => {
            requests_form(&req, &state, &actor, Some(e.public_message()), &input).await
        }
        Err(e) => Err(e),
    }
}

pub async fn approve_request(
    req: HttpRequest,
    state: State,
    crate::auth::stepup::Verified(TenantAdmin(actor)): crate::auth::stepup::Verified<TenantAdmin>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let (a, url) = (actor.clone(), state.config.public_url.clone());
    let issued = state
        .db
        .run(move |c| people::requests::approve(c, &a, &id, &url))
        .await?;
    let mut ctx = tera::Context::new();
    ctx.insert("issued", &issued);
    ctx.insert("public_url", &state.config.public_url);
    render(&req, &state, Some(&actor), "people/invited.html", ctx)
}

pub async fn refuse_request(
    state: State,
    TenantAdmin(actor): TenantAdmin,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    state
        .db
        .run(move |c| people::requests::refuse(c, &actor, &id))
        .await?;
    Ok(redirect("/admin/people#requests"))
}

/// `GET /api/v1/access-requests`
///
/// Admins: every access request of the tenant; a lead buyer: the requests they made. Newest
/// first.
#[utoipa::path(
    get,
    path = "/api/v1/access-requests",
    tag = "people",
    operation_id = "list_access_requests",
    params(PageQuery),
    responses((
        status = 200,
        description = "A page of access requests",
        body = AccessRequestPage,
        headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))
    ))
)]
pub async fn api_requests(
    state: State,
    actor: Actor,
    page: PageRequest,
) -> AppResult<HttpResponse> {
    let keyset = page.keyset()?;
    let items = state
        .db
        .run(move |c| people::requests::list(c, &actor, &keyset))
        .await?;
    page.respond(items)
}

/// `POST /api/v1/access-requests`
///
/// A buyer marked as their organisation's lead asks the supplier to let a colleague in; an
/// admin then approves (an invitation with the lead's own scope) or refuses. Lead buyers only.
/// A pending request for the same e-mail address is a 409.
#[utoipa::path(
    post,
    path = "/api/v1/access-requests",
    tag = "people",
    operation_id = "create_access_request",
    request_body = people::requests::RequestInput,
    responses((status = 201, description = "The request is pending", body = AccessRequestCreated))
)]
pub async fn api_request_access(
    state: State,
    Buyer(actor): Buyer,
    body: web::Json<people::requests::RequestInput>,
) -> AppResult<HttpResponse> {
    let id = state
        .db
        .run(move |c| people::requests::create(c, &actor, &body))
        .await?;
    Ok(crate::web::created(
        "/api/v1/access-requests".into(),
        &AccessRequestCreated { id },
    ))
}

/// `POST /api/v1/access-requests/{id}/approve`: the invitation (with its code) in the response.
///
/// Invites the colleague as a buyer of the lead's organisation, seeing what the lead sees (all
/// of the organisation's orders, or the lead's granted orders); the invitation is mailed and
/// its code is in the response, once. Admins only; needs a recent step-up (`POST
/// /api/v1/auth/step-up`, within 5 minutes), otherwise 403 `step_up_required`. A request
/// already decided, or a person who already has access or an open invitation, is a 409.
#[utoipa::path(
    post,
    path = "/api/v1/access-requests/{id}/approve",
    tag = "people",
    operation_id = "approve_access_request",
    params(("id" = String, Path, description = "Access request id")),
    responses((status = 200, description = "The invitation sent", body = crate::invitations::Issued))
)]
pub async fn api_approve_request(
    state: State,
    crate::auth::stepup::Verified(TenantAdmin(actor)): crate::auth::stepup::Verified<TenantAdmin>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let url = state.config.public_url.clone();
    let issued = state
        .db
        .run(move |c| people::requests::approve(c, &actor, &id, &url))
        .await?;
    Ok(HttpResponse::Ok().json(issued))
}

/// `POST /api/v1/access-requests/{id}/refuse`
///
/// Admins only. A request already decided is a 409.
#[utoipa::path(
    post,
    path = "/api/v1/access-requests/{id}/refuse",
    tag = "people",
    operation_id = "refuse_access_request",
    params(("id" = String, Path, description = "Access request id")),
    responses((status = 204, description = "The request is refused"))
)]
pub async fn api_refuse_request(
    state: State,
    TenantAdmin(actor): TenantAdmin,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    state
        .db
        .run(move |c| people::requests::refuse(c, &actor, &id))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
