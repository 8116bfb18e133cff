//! The notification centre and preferences (pages and API).

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::{MODES, Preference};
use crate::error::{AppError, AppResult};
use crate::notifications;
use crate::policy::Actor;
use crate::web::{State, locale_of, redirect, render};

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    before: Option<String>,
}

async fn items(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    before: Option<String>,
) -> AppResult<Vec<notifications::Item>> {
    let lang = locale_of(req, Some(actor)).code();
    let (a, i18n) = (actor.clone(), state.i18n.clone());
    state
        .db
        .run(move |c| notifications::list(c, &i18n, &a, lang, before.as_deref()))
        .await
}

/// `GET /notifications`.
pub async fn page(
    req: HttpRequest,
    state: State,
    actor: Actor,
    q: web::Query<ListQuery>,
) -> AppResult<HttpResponse> {
    let list = items(&req, &state, &actor, q.into_inner().before).await?;
    let mut ctx = tera::Context::new();
    ctx.insert(
        "next_before",
        &list
            .last()
            .filter(|_| list.len() as i64 == notifications::PAGE)
            .map(|n| n.id.clone()),
    );
    ctx.insert("items", &list);
    render(&req, &state, Some(&actor), "notifications/list.html", ctx)
}

/// `POST /notifications/{id}/read` (and the API's).
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

/// `POST /notifications/read-all` (and the API's).
pub async fn read_all(req: HttpRequest, state: State, actor: Actor) -> AppResult<HttpResponse> {
    let n = state
        .db
        .run(move |c| notifications::mark_all_read(c, &actor))
        .await?;
    Ok(if req.path().starts_with("/api/") {
        HttpResponse::Ok().json(serde_json::json!({ "marked": n }))
    } else {
        redirect("/notifications")
    })
}

/// `GET /api/v1/notifications`: a page of notifications and the unread count.
pub async fn api_list(
    req: HttpRequest,
    state: State,
    actor: Actor,
    q: web::Query<ListQuery>,
) -> AppResult<HttpResponse> {
    let list = items(&req, &state, &actor, q.into_inner().before).await?;
    let (u, t) = (actor.user_id.clone(), actor.tenant_id.clone());
    let unread = state
        .db
        .run(move |c| notifications::unread_count(c, &u, &t))
        .await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "notifications": list, "unread": unread })))
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

/// `GET /api/v1/notification-preferences`.
pub async fn api_preferences(state: State, actor: Actor) -> AppResult<HttpResponse> {
    let u = actor.user_id.clone();
    let prefs = state
        .db
        .run(move |c| notifications::preferences(c, &u))
        .await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "preferences": prefs })))
}

/// `PUT /api/v1/notification-preferences` with `{"preferences":[{"category","mode"}]}`.
#[derive(Deserialize)]
pub struct PrefsBody {
    preferences: Vec<Preference>,
}

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
#[openapi()]
pub struct Api;
