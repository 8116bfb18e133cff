//! The admins' API tokens page (`/admin/api-tokens`) and its JSON twin
//! (`/api/v1/api-tokens`). Making a token needs step-up; revoking one does not (it only
//! takes access away).

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::api_tokens::{self, DEFAULT_DAYS, NewToken};
use crate::auth::stepup::Verified;
use crate::error::{AppError, AppResult};
use crate::policy::TenantAdmin;
use crate::policy::{Actor, TokenScope};
use crate::web::paging::{Keyset, PageQuery, PageRequest};
use crate::web::{State, redirect, render};

async fn page_with(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    created: Option<&api_tokens::Created>,
    error: Option<String>,
) -> AppResult<HttpResponse> {
    let a = actor.clone();
    let tokens = state
        .db
        .run(move |c| api_tokens::list(c, &a, &Keyset::first(500)))
        .await?
        .items;
    let mut ctx = tera::Context::new();
    ctx.insert("tokens", &tokens);
    ctx.insert("created", &created);
    ctx.insert("error", &error);
    ctx.insert("scopes", &TokenScope::ALL.map(|s| s.as_str()).to_vec());
    ctx.insert("default_days", &DEFAULT_DAYS);
    ctx.insert("max_days", &api_tokens::MAX_DAYS);
    render(req, state, Some(actor), "admin/api_tokens.html", ctx)
}

/// `GET /admin/api-tokens`.
pub async fn page(
    req: HttpRequest,
    state: State,
    TenantAdmin(actor): TenantAdmin,
) -> AppResult<HttpResponse> {
    page_with(&req, &state, &actor, None, None).await
}

/// The form: `name`, `expires_in_days`, and one `scope` field per ticked scope.
fn parse_form(body: &[u8]) -> AppResult<NewToken> {
    let fields: Vec<(String, String)> = serde_urlencoded::from_bytes(body)
        .map_err(|_| AppError::invalid("form_invalid", "The form could not be read."))?;
    let get = |k: &str| {
        fields
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    };
    let scopes: Vec<String> = fields
        .iter()
        .filter(|(n, _)| n == "scope")
        .map(|(_, v)| v.clone())
        .collect();
    let days = get("expires_in_days");
    Ok(NewToken {
        name: get("name"),
        scopes: api_tokens::parse_scopes(&scopes)?,
        expires_in_days: if days.is_empty() {
            DEFAULT_DAYS
        } else {
            days.parse().map_err(|_| {
                AppError::invalid(
                    "expires_in_days",
                    "The number of days must be a whole number.",
                )
            })?
        },
    })
}

/// `POST /admin/api-tokens`: makes a token and shows it, once.
pub async fn create(
    req: HttpRequest,
    state: State,
    Verified(TenantAdmin(actor)): Verified<TenantAdmin>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let made = match parse_form(&body) {
        Ok(input) => {
            let a = actor.clone();
            state
                .db
                .run(move |c| api_tokens::create(c, &a, &input))
                .await
        }
        Err(e) => Err(e),
    };
    match made {
        Ok(created) => page_with(&req, &state, &actor, Some(&created), None).await,
        Err(e @ AppError::Invalid { .. }) => {
            let mut resp = page_with(&req, &state, &actor, None, Some(e.public_message())).await?;
            *resp.status_mut() = actix_web::ResponseError::status_code(&e);
            Ok(resp)
        }
        Err(e) => Err(e),
    }
}

/// `POST /admin/api-tokens/{id}/revoke` (back to the page) and the API's (204), as
/// `notifications::web::read` answers both.
#[utoipa::path(
    post,
    path = "/api/v1/api-tokens/{id}/revoke",
    tag = "api-tokens",
    operation_id = "revoke_api_token",
    params(("id" = String, Path, description = "API token id")),
    responses((
        status = 204,
        description = "Revoked: the token stops working at once. Revoking a revoked token \
            changes nothing. Admins only, signed in (not with an API token); no step-up needed."
    ))
)]
pub async fn revoke(
    req: HttpRequest,
    state: State,
    TenantAdmin(actor): TenantAdmin,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = crate::ids::parse(&path.into_inner()).ok_or(AppError::NotFound)?;
    state
        .db
        .run(move |c| api_tokens::revoke(c, &actor, &id))
        .await?;
    Ok(if req.path().starts_with("/api/") {
        HttpResponse::NoContent().finish()
    } else {
        redirect("/admin/api-tokens")
    })
}

crate::web::paging::page_schema!(
    /// A page of the tenant's API tokens, newest first, revoked and expired ones included.
    ApiTokenPage => api_tokens::Listed
);

/// `GET /api/v1/api-tokens`.
#[utoipa::path(
    get,
    path = "/api/v1/api-tokens",
    tag = "api-tokens",
    operation_id = "list_api_tokens",
    params(PageQuery),
    responses((
        status = 200,
        description = "The tenant's API tokens (never the secrets). Admins only, signed in (not \
            with an API token).",
        body = ApiTokenPage,
        headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))
    ))
)]
pub async fn api_list(
    state: State,
    TenantAdmin(actor): TenantAdmin,
    page: PageRequest,
) -> AppResult<HttpResponse> {
    let keyset = page.keyset()?;
    let tokens = state
        .db
        .run(move |c| api_tokens::list(c, &actor, &keyset))
        .await?;
    page.respond(tokens)
}

/// A new API token.
#[derive(Deserialize, utoipa::ToSchema)]
#[schema(as = ApiTokenInput)]
pub struct CreateBody {
    /// At most 100 characters.
    name: String,
    /// At least one.
    #[schema(value_type = Vec<crate::policy::TokenScope>)]
    scopes: Vec<String>,
    /// 1 to 366; 90 when absent or null.
    #[serde(default)]
    expires_in_days: Option<i64>,
}

/// `POST /api/v1/api-tokens` `{"name", "scopes": [...], "expires_in_days"}` → 201 with the
/// token, which is not shown again.
#[utoipa::path(
    post,
    path = "/api/v1/api-tokens",
    tag = "api-tokens",
    operation_id = "create_api_token",
    request_body = CreateBody,
    responses((
        status = 201,
        description = "The new token with its secret, which is not shown again. Admins only, \
            signed in (not with an API token), with a recent step-up \
            (`POST /api/v1/auth/step-up`).",
        body = api_tokens::Created
    ))
)]
pub async fn api_create(
    state: State,
    Verified(TenantAdmin(actor)): Verified<TenantAdmin>,
    body: web::Json<CreateBody>,
) -> AppResult<HttpResponse> {
    let body = body.into_inner();
    let input = NewToken {
        name: body.name,
        scopes: api_tokens::parse_scopes(&body.scopes)?,
        expires_in_days: body.expires_in_days.unwrap_or(DEFAULT_DAYS),
    };
    let created = state
        .db
        .run(move |c| api_tokens::create(c, &actor, &input))
        .await?;
    Ok(crate::web::created("/api/v1/api-tokens".into(), &created))
}

/// This module's part of the OpenAPI document (see `crate::web::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(api_list, api_create, revoke))]
pub struct Api;
