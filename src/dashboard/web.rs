//! `GET /dashboard` and `GET /api/v1/dashboard`.

use actix_web::{HttpRequest, HttpResponse};

use crate::error::AppResult;
use crate::policy::Actor;
use crate::web::paging::Keyset;
use crate::web::{State, render};

pub async fn page(req: HttpRequest, state: State, actor: Actor) -> AppResult<HttpResponse> {
    let a = actor.clone();
    let relay = state.mailer.is_some();
    let (i18n, locale) = (
        state.i18n.clone(),
        crate::web::locale_of(&req, Some(&actor)).code().to_string(),
    );
    let (d, pending, health, urgent, steps) = state
        .db
        .run(move |c| {
            let admin = crate::policy::can_manage_payments(&a);
            // Admins see at once whether mail reaches them, and the alerts about money.
            let health = if admin {
                Some(crate::mail::health(c, &a.tenant_id, relay)?)
            } else {
                None
            };
            let urgent: Vec<crate::notifications::Item> = if admin {
                let first = Keyset::first(crate::notifications::PAGE);
                crate::notifications::list(c, &i18n, &a, &locale, &first)?
                    .items
                    .into_iter()
                    .filter(|n| !n.read && n.category == "payments")
                    .take(5)
                    .collect()
            } else {
                Vec::new()
            };
            Ok((
                super::build(c, &a)?,
                crate::payments::pending_for(c, &a)?,
                health,
                urgent,
                super::checklist::first_steps(c, &a)?,
            ))
        })
        .await?;
    let mut ctx = tera::Context::new();
    ctx.insert("d", &d);
    ctx.insert("mail_ok", &health.as_ref().is_none_or(|h| h.ok()));
    ctx.insert("mail", &health);
    ctx.insert("urgent", &urgent);
    // A change of bank details that has not taken effect is shown to everyone it concerns.
    ctx.insert("payment_pending", &pending);
    // A new admin's first steps, until every one is done.
    let steps = steps.filter(|s| s.iter().any(|s| !s.done));
    ctx.insert("steps", &steps);
    render(&req, &state, Some(&actor), "dashboard/home.html", ctx)
}

/// `GET /api/v1/dashboard`: the home page's data.
#[utoipa::path(
    get,
    path = "/api/v1/dashboard",
    tag = "dashboard",
    operation_id = "get_dashboard",
    responses((
        status = 200,
        description = "What needs the caller's attention: buyers their orders and open \
            decisions; merchandisers and QC inspectors their orders due within two weeks and \
            late milestones; admins also the order counts by status.",
        body = crate::dashboard::Dashboard
    ))
)]
pub async fn api(state: State, actor: Actor) -> AppResult<HttpResponse> {
    let d = state.db.run(move |c| super::build(c, &actor)).await?;
    Ok(HttpResponse::Ok().json(d))
}

/// This module's part of the OpenAPI document (see `crate::web::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(api))]
pub struct Api;

/// `GET /more`: every destination the main menu has no room for, grouped (the admin's
/// settings and security first), so that the menu stays at five whatever comes next.
pub async fn more(req: HttpRequest, state: State, actor: Actor) -> AppResult<HttpResponse> {
    render(
        &req,
        &state,
        Some(&actor),
        "dashboard/more.html",
        tera::Context::new(),
    )
}
