//! The notification centre and preferences (pages and API).

use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::{MODES, Preference};
use crate::error::{AppError, AppResult};
use crate::notifications;
use crate::policy::Actor;
use crate::web::paging::{Keyset, Page, PageQuery, PageRequest};
use crate::web::{State, locale_of, redirect, render};

/// The page's own parameter: where "older" continues (the API's `next`).
#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    before: Option<String>,
}

async fn items(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    keyset: Keyset,
) -> AppResult<Page<notifications::Item>> {
    let lang = locale_of(req, Some(actor)).code();
    let (a, i18n) = (actor.clone(), state.i18n.clone());
    state
        .db
        .run(move |c| notifications::list(c, &i18n, &a, lang, &keyset))
        .await
}

/// `GET /notifications`.
pub async fn page(
    req: HttpRequest,
    state: State,
    actor: Actor,
    q: web::Query<ListQuery>,
) -> AppResult<HttpResponse> {
    let keyset = Keyset::new(notifications::PAGE, q.into_inner().before);
    let list = items(&req, &state, &actor, keyset).await?;
    let mut ctx = tera::Context::new();
    ctx.insert("next_before", &list.next);
    ctx.insert("items", &list.items);
    render(&req, &state, Some(&actor), "notifications/list.html", ctx)
}

/// `POST /notifications/{id}/read` (and the API's).
#[utoipa::path(
    post,
    path = "/api/v1/notifications/{id}/read",
    tag = "notifications",
    operation_id = "mark_notification_read",
    params(("id" = String, Path, description = "Notification id")),
    responses((
        status = 204,
        description = "Marked read (one already read stays so). Only the caller's own \
            notifications: anyone else's is 404."
    ))
)]
pub async fn read(
    req: HttpRequest,
    state: State,
    actor: Actor,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = crate::ids::parse(&path.into_inner()).ok_or(AppError::NotFound)?;
    state
        .db
        .run(move |c| notifications::mark_read(c, &actor, &id))
        .await?;
    Ok(if req.path().starts_with("/api/") {
        HttpResponse::NoContent().finish()
    } else {
        redirect("/notifications")
    })
}

/// How many notifications were marked read.
#[derive(Serialize, utoipa::ToSchema)]
pub struct MarkedRead {
    marked: usize,
}

/// `POST /notifications/read-all` (and the API's).
#[utoipa::path(
    post,
    path = "/api/v1/notifications/read-all",
    tag = "notifications",
    operation_id = "mark_all_notifications_read",
    responses((
        status = 200,
        description = "Every unread notification of the caller in this tenant (and account-wide \
            ones) is marked read",
        body = MarkedRead
    ))
)]
pub async fn read_all(req: HttpRequest, state: State, actor: Actor) -> AppResult<HttpResponse> {
    let n = state
        .db
        .run(move |c| notifications::mark_all_read(c, &actor))
        .await?;
    Ok(if req.path().starts_with("/api/") {
        HttpResponse::Ok().json(MarkedRead { marked: n })
    } else {
        redirect("/notifications")
    })
}

/// What a page of notifications carries beside `items` and `next`.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Unread {
    /// Unread notifications of the caller in this tenant and account-wide, in all pages.
    unread: i64,
}

crate::web::paging::page_schema!(
    /// A page of notifications, newest first, and the unread count.
    NotificationPage => notifications::Item, with Unread
);

/// `GET /api/v1/notifications`: a page of notifications and the unread count.
#[utoipa::path(
    get,
    path = "/api/v1/notifications",
    tag = "notifications",
    operation_id = "list_notifications",
    params(PageQuery),
    responses((
        status = 200,
        description = "The caller's notifications in this tenant and account-wide ones, newest \
            first, texts in the caller's language",
        body = NotificationPage,
        headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))
    ))
)]
pub async fn api_list(
    req: HttpRequest,
    state: State,
    actor: Actor,
    page: PageRequest,
) -> AppResult<HttpResponse> {
    let list = items(&req, &state, &actor, page.keyset()?).await?;
    let unread = state
        .db
        .run(move |c| notifications::unread_count(c, &actor))
        .await?;
    page.respond_with(list, Unread { unread })
}

fn prefs_page(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    prefs: &[Preference],
    saved: bool,
    error: Option<String>,
) -> AppResult<HttpResponse> {
    let mut ctx = tera::Context::new();
    ctx.insert("prefs", prefs);
    ctx.insert("modes", &MODES);
    ctx.insert("saved", &saved);
    let failed = error.is_some();
    ctx.insert("error", &error);
    let mut r = render(
        req,
        state,
        Some(actor),
        "notifications/preferences.html",
        ctx,
    )?;
    if failed {
        *r.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(r)
}

/// `GET /account/notifications`.
pub async fn preferences(req: HttpRequest, state: State, actor: Actor) -> AppResult<HttpResponse> {
    let u = actor.user_id.clone();
    let prefs = state
        .db
        .run(move |c| notifications::preferences(c, &u))
        .await?;
    prefs_page(&req, &state, &actor, &prefs, false, None)
}

/// `POST /account/notifications`: one select per category.
pub async fn save_preferences(
    req: HttpRequest,
    state: State,
    crate::auth::stepup::Verified(actor): crate::auth::stepup::Verified,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let chosen: Vec<Preference> = crate::web::form_pairs(&body)?
        .into_iter()
        .filter(|(k, _)| k != "csrf_token")
        .map(|(category, mode)| Preference { category, mode })
        .collect();
    let (a, c2) = (actor.clone(), chosen.clone());
    let saved = state
        .db
        .run(move |c| notifications::set_preferences(c, &a, &c2))
        .await;
    let u = actor.user_id.clone();
    let prefs = state
        .db
        .run(move |c| notifications::preferences(c, &u))
        .await?;
    match saved {
        Ok(()) => prefs_page(&req, &state, &actor, &prefs, true, None),
        Err(e @ AppError::Invalid { .. }) => prefs_page(
            &req,
            &state,
            &actor,
            &prefs,
            false,
            Some(e.public_message()),
        ),
        Err(e) => Err(e),
    }
}

/// The person's choice for every category that can be tuned.
#[derive(Serialize, utoipa::ToSchema)]
pub struct NotificationPreferences {
    /// One entry per category, defaults filled in (`daily` for updates and files, `now`
    /// for the rest).
    preferences: Vec<Preference>,
}

/// `GET /api/v1/notification-preferences`.
#[utoipa::path(
    get,
    path = "/api/v1/notification-preferences",
    tag = "notifications",
    operation_id = "get_notification_preferences",
    responses((
        status = 200,
        description = "The caller's notification preferences",
        body = NotificationPreferences
    ))
)]
pub async fn api_preferences(state: State, actor: Actor) -> AppResult<HttpResponse> {
    let u = actor.user_id.clone();
    let prefs = state
        .db
        .run(move |c| notifications::preferences(c, &u))
        .await?;
    Ok(HttpResponse::Ok().json(NotificationPreferences { preferences: prefs }))
}

/// The body of `PUT /api/v1/notification-preferences`: the categories to change, each with
/// its new mode.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct PrefsBody {
    /// At most 20; categories not listed keep their current mode.
    preferences: Vec<Preference>,
}

/// `PUT /api/v1/notification-preferences`: changes the modes of the categories sent.
#[utoipa::path(
    put,
    path = "/api/v1/notification-preferences",
    tag = "notifications",
    operation_id = "set_notification_preferences",
    request_body = PrefsBody,
    responses((
        status = 200,
        description = "Saved; the caller's preferences as they are now. Needs a recent step-up \
            (`POST /api/v1/auth/step-up`). An unknown category or mode is 422.",
        body = NotificationPreferences
    ))
)]
pub async fn api_save_preferences(
    state: State,
    crate::auth::stepup::Verified(actor): crate::auth::stepup::Verified,
    body: web::Json<PrefsBody>,
) -> AppResult<HttpResponse> {
    let prefs = body.into_inner().preferences;
    if prefs.len() > 20 {
        return Err(AppError::invalid(
            "too_many",
            "Send at most 20 preferences.",
        ));
    }
    let a = actor.clone();
    state
        .db
        .run(move |c| notifications::set_preferences(c, &a, &prefs))
        .await?;
    api_preferences(state, actor).await
}

/// This module's part of the OpenAPI document (see `crate::web::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(api_list, read_all, read, api_preferences, api_save_preferences))]
pub struct Api;
