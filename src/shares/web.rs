//! Share link endpoints: staff create and revoke; anyone with the address (and the password,
//! when there is one) reads the order. Shared pages ask search engines not to index them and
//! send no referrer, so the address never leaks to another site.

use actix_web::cookie::{Cookie, SameSite};
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::auth::actor::client_of;
use crate::auth::secrets::{constant_time_eq, hex, hmac_sha256};
use crate::error::{AppError, AppResult};
use crate::ids::{FileId, OrderId};
use crate::policy::Actor;
use crate::shares::{self, NewLink, ShareLink};
use crate::web::paging::{PageQuery, PageRequest};
use crate::web::{State, redirect, render};

pub async fn create(
    req: HttpRequest,
    state: State,
    crate::auth::stepup::Verified(actor): crate::auth::stepup::Verified,
    id: web::Path<OrderId>,
    form: web::Form<NewLink>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let (a, oid, url) = (actor.clone(), id.clone(), state.config.public_url.clone());
    match state
        .db
        .run(move |c| shares::create(c, &a, &oid, &form, &url))
        .await
    {
        Ok(created) => {
            let mut ctx = tera::Context::new();
            ctx.insert("created", &created);
            ctx.insert("order_id", &id);
            render(&req, &state, Some(&actor), "shares/created.html", ctx)
        }
        Err(e @ AppError::Invalid { .. }) => {
            let err = crate::orders::web::FormError {
                form: "share",
                message: e.public_message(),
                text: String::new(),
            };
            crate::orders::web::detail_page(
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

pub async fn revoke(state: State, actor: Actor, id: web::Path<String>) -> AppResult<HttpResponse> {
    let order_id = state
        .db
        .run(move |c| shares::revoke(c, &actor, &id))
        .await?;
    Ok(redirect(&format!("/orders/{order_id}#share-links")))
}

/// How long a right password unlocks a link in one browser.
const UNLOCK_SECS: i64 = 3600;

/// The unlock cookie: its expiry and a MAC over the link, its password and that expiry, so
/// the server decides when it ends (it used to be the same value forever) and a new password
/// ends every unlock.
fn unlock_value(state: &State, link: &ShareLink, expires: i64) -> String {
    let mac = hex(&hmac_sha256(
        &state.keys.csrf,
        format!(
            "share-unlock:{}:{}:{}:{expires}",
            link.id,
            link.token_hash,
            link.password_hash.as_deref().unwrap_or("")
        )
        .as_bytes(),
    ));
    format!("{expires}.{mac}")
}

fn unlocked(state: &State, link: &ShareLink, cookie: &str) -> bool {
    let Some((exp, _)) = cookie.split_once('.') else {
        return false;
    };
    let Ok(exp) = exp.parse::<i64>() else {
        return false;
    };
    exp > chrono::Utc::now().timestamp()
        && exp <= chrono::Utc::now().timestamp() + UNLOCK_SECS
        && constant_time_eq(cookie.as_bytes(), unlock_value(state, link, exp).as_bytes())
}

fn unlock_cookie_name(link: &ShareLink) -> String {
    format!("portico_share_{}", link.id.replace('-', ""))
}

fn private(mut resp: HttpResponse) -> HttpResponse {
    let h = resp.headers_mut();
    h.insert(
        actix_web::http::header::REFERRER_POLICY,
        actix_web::http::header::HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        actix_web::http::header::HeaderName::from_static("x-robots-tag"),
        actix_web::http::header::HeaderValue::from_static("noindex, nofollow"),
    );
    resp
}

fn password_page(
    req: &HttpRequest,
    state: &State,
    token: &str,
    error: Option<String>,
) -> AppResult<HttpResponse> {
    let mut ctx = tera::Context::new();
    ctx.insert("token", token);
    ctx.insert("error", &error);
    let mut resp = render(req, state, None, "shares/password.html", ctx)?;
    if error.is_some() {
        *resp.status_mut() = actix_web::http::StatusCode::UNAUTHORIZED;
    }
    Ok(private(resp))
}

/// `GET /s/{token}`
pub async fn view(
    req: HttpRequest,
    state: State,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    let token = token.into_inner();
    let t = token.clone();
    let link = state.db.run(move |c| shares::open(c, &t)).await?;
    if link.password_hash.is_some() {
        let ok = req
            .cookie(&unlock_cookie_name(&link))
            .is_some_and(|c| unlocked(&state, &link, c.value()));
        if !ok {
            return password_page(&req, &state, &token, None);
        }
    }
    let ip = client_of(&req).ip;
    let head = req.method() == actix_web::http::Method::HEAD;
    let shared = state
        .db
        .run(move |c| {
            // A HEAD is not a visit: the owner's view count and audit say what people saw.
            if !head {
                shares::record_view(c, &link, &ip)?;
            }
            shares::shared_order(c, &link)
        })
        .await?;
    let today = crate::ids::today();
    let late: Vec<bool> = shared.milestones.iter().map(|m| m.is_late(today)).collect();
    let mut ctx = tera::Context::new();
    ctx.insert("s", &shared);
    ctx.insert("token", &token);
    ctx.insert("late", &late);
    Ok(private(render(
        &req,
        &state,
        None,
        "shares/order.html",
        ctx,
    )?))
}

/// The link a token opens, if this browser may see it (unlocked when it has a password).
async fn open_for(req: &HttpRequest, state: &State, token: &str) -> AppResult<ShareLink> {
    let t = token.to_string();
    let link = state.db.run(move |c| shares::open(c, &t)).await?;
    if link.password_hash.is_some()
        && !req
            .cookie(&unlock_cookie_name(&link))
            .is_some_and(|c| unlocked(state, &link, c.value()))
    {
        return Err(AppError::NotFound);
    }
    Ok(link)
}

async fn shared_file(
    state: &State,
    link: &ShareLink,
    id: FileId,
) -> AppResult<crate::files::FileRow> {
    let l = link.clone();
    state
        .db
        .run(move |c| crate::files::shared_file(c, &l.tenant_id, &l.order_id, &id))
        .await
}

/// `GET /s/{token}/files/{id}`: a customer-visible file of the shared order, audited per link.
pub async fn file(
    req: HttpRequest,
    state: State,
    path: web::Path<(String, FileId)>,
) -> AppResult<HttpResponse> {
    let (token, id) = path.into_inner();
    let link = open_for(&req, &state, &token).await?;
    let f = shared_file(&state, &link, id).await?;
    let name = crate::files::download::offered_name(&f.display_name, &f.content_type);
    // A share link only ever gets the copy without camera metadata.
    let edits = match crate::files::clean_copy(&state.db, &state.storage, &f).await? {
        crate::files::CleanCopy::AsStored => None,
        crate::files::CleanCopy::Edited(e) => Some(e),
        crate::files::CleanCopy::Refused(why) => return Err(why),
    };
    let resp = crate::files::download::respond(
        &req,
        &state.storage,
        crate::files::download::Serve {
            key: &f.object_key,
            size: f.size_bytes as u64,
            content_type: &f.content_type,
            etag: crate::files::web::etag_of(&f, edits.is_some()),
            filename: &name,
            inline: crate::files::sniff::is_inline(&f.content_type),
            immutable: false,
            edits,
        },
    )
    .await?;
    if req.method() == actix_web::http::Method::GET && matches!(resp.status().as_u16(), 200 | 206) {
        let ip = client_of(&req).ip;
        state
            .db
            .run(move |c| shares::record_download(c, &link, &f, &ip))
            .await?;
    }
    Ok(private(resp))
}

/// `GET /s/{token}/files/{id}/{which}`: a thumbnail or preview for the shared order's page.
pub async fn derivative(
    req: HttpRequest,
    state: State,
    path: web::Path<(String, FileId, String)>,
) -> AppResult<HttpResponse> {
    let (token, id, which) = path.into_inner();
    let link = open_for(&req, &state, &token).await?;
    let f = shared_file(&state, &link, id).await?;
    let resp = crate::files::web::serve_derivative(&req, &state, &f, &which).await?;
    Ok(private(resp))
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    password: String,
}

/// `POST /s/{token}`: the password; success unlocks the link in this browser for an hour.
pub async fn unlock(
    req: HttpRequest,
    state: State,
    token: web::Path<String>,
    form: web::Form<PasswordForm>,
) -> AppResult<HttpResponse> {
    let token = token.into_inner();
    let t = token.clone();
    let link = state.db.run(move |c| shares::open(c, &t)).await?;
    let (pw, ip) = (form.into_inner().password, client_of(&req).ip);
    let l = link.clone();
    let checked = match state.db.run(move |c| shares::begin_password(c, &l)).await {
        Ok(()) => {
            // argon2 on the blocking pool, with no database connection held.
            let l = link.clone();
            let ok = actix_web::web::block(move || shares::password_matches(&l, &pw))
                .await
                .map_err(AppError::internal)?;
            let l = link.clone();
            state
                .db
                .run(move |c| shares::finish_password(c, &l, ok, &ip))
                .await
        }
        Err(e) => Err(e),
    };
    match checked {
        Ok(()) => {
            let expires = chrono::Utc::now().timestamp() + UNLOCK_SECS;
            let cookie = Cookie::build(
                unlock_cookie_name(&link),
                unlock_value(&state, &link, expires),
            )
            .path(format!("/s/{token}"))
            .http_only(true)
            .secure(state.config.is_https())
            .same_site(SameSite::Strict)
            .max_age(actix_web::cookie::time::Duration::seconds(UNLOCK_SECS))
            .finish();
            let mut resp = redirect(&format!("/s/{token}"));
            resp.add_cookie(&cookie).map_err(AppError::internal)?;
            Ok(private(resp))
        }
        Err(e @ AppError::Invalid { .. }) => {
            password_page(&req, &state, &token, Some(e.public_message()))
        }
        Err(e) => Err(e),
    }
}

crate::web::paging::page_schema!(
    /// A page of share links, newest first, revoked and expired ones included.
    ShareLinkPage => shares::LinkView
);

/// `GET /api/v1/orders/{id}/share-links` and `GET /api/v1/share-links`
///
/// The share links of one order. Admins and merchandisers (for the orders they can see).
#[utoipa::path(
    get,
    path = "/api/v1/orders/{id}/share-links",
    tag = "share-links",
    operation_id = "list_order_share_links",
    params(("id" = String, Path, description = "Order id"), PageQuery),
    responses((status = 200, description = "A page of the order's share links", body = ShareLinkPage, headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))))
)]
pub async fn api_list(
    state: State,
    actor: Actor,
    id: Option<web::Path<String>>,
    page: PageRequest,
) -> AppResult<HttpResponse> {
    let keyset = page.keyset()?;
    let items = state
        .db
        .run(move |c| match id {
            Some(id) => {
                let order = crate::orders::find(c, &actor, &id)?;
                shares::list(c, &actor, Some(&order.id), &keyset)
            }
            None => shares::list(c, &actor, None, &keyset),
        })
        .await?;
    page.respond(items)
}

/// `GET /api/v1/share-links`: the same list, across every order the caller can see.
///
/// Admins and merchandisers (for the orders they can see).
#[utoipa::path(
    get,
    path = "/api/v1/share-links",
    tag = "share-links",
    operation_id = "list_share_links",
    params(PageQuery),
    responses((status = 200, description = "A page of the share links", body = ShareLinkPage, headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))))
)]
#[allow(dead_code)]
fn api_list_all() {}

/// `POST /api/v1/orders/{id}/share-links`: the response carries the address once.
///
/// A read-only link to the order's customer-visible parts for someone without an account,
/// valid until the end of its last day, optionally protected by a password. Admins and
/// merchandisers; not for draft orders (422 `order_draft`). Needs a recent step-up (`POST
/// /api/v1/auth/step-up`, within 5 minutes), otherwise 403 `step_up_required`.
#[utoipa::path(
    post,
    path = "/api/v1/orders/{id}/share-links",
    tag = "share-links",
    operation_id = "create_share_link",
    params(("id" = String, Path, description = "Order id")),
    request_body = NewLink,
    responses((status = 201, description = "The new link and its address", body = shares::Created))
)]
pub async fn api_create(
    state: State,
    crate::auth::stepup::Verified(actor): crate::auth::stepup::Verified,
    id: web::Path<OrderId>,
    body: web::Json<NewLink>,
) -> AppResult<HttpResponse> {
    let url = state.config.public_url.clone();
    let order = id.into_inner();
    let order_id = order.clone();
    let created = state
        .db
        .run(move |c| shares::create(c, &actor, &order, &body, &url))
        .await?;
    Ok(crate::web::created(
        format!("/api/v1/orders/{}/share-links", order_id),
        &created,
    ))
}

/// `POST /api/v1/share-links/{id}/revoke`
///
/// The link stops working at once. Admins and merchandisers (for the orders they can see).
#[utoipa::path(
    post,
    path = "/api/v1/share-links/{id}/revoke",
    tag = "share-links",
    operation_id = "revoke_share_link",
    params(("id" = String, Path, description = "Share link id")),
    responses((status = 204, description = "The link is revoked"))
)]
pub async fn api_revoke(
    state: State,
    actor: Actor,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    state
        .db
        .run(move |c| shares::revoke(c, &actor, &id))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// This module's part of the OpenAPI document (see `crate::web::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(api_list, api_list_all, api_create, api_revoke))]
pub struct Api;
