//! First-run setup page and the tenant switcher.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::auth::actor::{client_of, queue_cookies};
use crate::auth::session;
use crate::error::{AppError, AppResult};
use crate::ids::TenantId;
use crate::policy::Actor;
use crate::policy::TenantAdmin;
use crate::tenants::{self, NewTenant};
use crate::web::{State, redirect, render};

pub async fn setup_form(
    req: HttpRequest,
    state: State,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    let token = token.into_inner();
    let t = token.clone();
    if !state
        .db
        .run(move |c| tenants::setup_token_valid(c, &t))
        .await?
    {
        return Err(AppError::NotFound);
    }
    let mut ctx = tera::Context::new();
    ctx.insert("token", &token);
    ctx.insert("form", &serde_json::json!({}));
    render(&req, &state, None, "tenants/setup.html", ctx)
}

pub async fn setup(
    req: HttpRequest,
    state: State,
    token: web::Path<String>,
    form: web::Form<NewTenant>,
) -> AppResult<HttpResponse> {
    let token = token.into_inner();
    let mut input = form.into_inner();
    // A company made without naming its language speaks the language its setup page did.
    if input
        .language
        .as_deref()
        .is_none_or(|l| l.trim().is_empty())
    {
        input.language = Some(crate::web::locale_of(&req, None).code().into());
    }
    let ip = client_of(&req).ip;
    let (t, i) = (token.clone(), input.clone());
    match state
        .db
        .run(move |c| tenants::complete_setup(c, &t, &i, &ip))
        .await
    {
        Ok(_) => Ok(redirect("/signin?setup=done")),
        Err(e @ (AppError::Invalid { .. } | AppError::Conflict(_))) => {
            let mut ctx = tera::Context::new();
            ctx.insert("token", &token);
            ctx.insert("error", &e.public_message());
            ctx.insert(
                "form",
                &serde_json::json!({
                    "company_name": input.company_name, "slug": input.slug,
                    "admin_name": input.admin_name, "admin_email": input.admin_email,
                    "language": input.language,
                }),
            );
            let mut resp = render(&req, &state, None, "tenants/setup.html", ctx)?;
            *resp.status_mut() = actix_web::ResponseError::status_code(&e);
            Ok(resp)
        }
        Err(e) => Err(e),
    }
}

pub async fn switcher(req: HttpRequest, state: State, actor: Actor) -> AppResult<HttpResponse> {
    let uid = actor.user_id.clone();
    let list = state.db.run(move |c| session::tenants_of(c, &uid)).await?;
    let mut ctx = tera::Context::new();
    ctx.insert(
        "tenants",
        &list
            .iter()
            .map(|(id, name, role)| serde_json::json!({"id": id, "name": name, "role": role}))
            .collect::<Vec<_>>(),
    );
    render(&req, &state, Some(&actor), "tenants/switch.html", ctx)
}

#[derive(Deserialize)]
pub struct SwitchForm {
    tenant_id: String,
}

pub async fn switch(
    req: HttpRequest,
    state: State,
    actor: Actor,
    form: web::Form<SwitchForm>,
) -> AppResult<HttpResponse> {
    let tid = TenantId::parse(&form.tenant_id).ok_or(AppError::NotFound)?;
    let keys = state.keys.clone();
    let issued = state
        .db
        .run(move |c| session::switch_tenant(c, &keys, &actor, &tid))
        .await?;
    queue_cookies(&req, state.cookies.for_issued(&issued));
    Ok(redirect("/dashboard"))
}

pub async fn settings_page(
    req: HttpRequest,
    state: State,
    TenantAdmin(actor): TenantAdmin,
) -> AppResult<HttpResponse> {
    let a = actor.clone();
    let s = state.db.run(move |c| tenants::settings(c, &a)).await?;
    settings_form(&req, &state, &actor, &s, None, false)
}

fn settings_form(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    s: &tenants::Settings,
    error: Option<String>,
    saved: bool,
) -> AppResult<HttpResponse> {
    let mut ctx = tera::Context::new();
    ctx.insert("s", s);
    ctx.insert(
        "roles",
        &crate::people::Role::ALL
            .iter()
            .map(|r| r.as_str())
            .collect::<Vec<_>>(),
    );
    ctx.insert("error", &error);
    ctx.insert("saved", &saved);
    let mut resp = render(req, state, Some(actor), "tenants/settings.html", ctx)?;
    if error.is_some() {
        *resp.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(resp)
}

pub async fn save_settings(
    req: HttpRequest,
    state: State,
    crate::auth::stepup::Verified(TenantAdmin(actor)): crate::auth::stepup::Verified<TenantAdmin>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    // Fields the form leaves out keep their current values.
    let a = actor.clone();
    let current = state.db.run(move |c| tenants::settings(c, &a)).await?;
    let mut s = tenants::Settings {
        require_2fa: Vec::new(),
        merchandisers_invite_buyers: false,
        ..current
    };
    for (k, v) in crate::web::form_pairs(&body)? {
        match k.as_str() {
            "require_2fa" => s.require_2fa.push(v),
            "share_link_max_days" => s.share_link_max_days = v.trim().parse().unwrap_or(0),
            "merchandisers_invite_buyers" => s.merchandisers_invite_buyers = v == "1",
            "idle_minutes" => s.idle_minutes = v.trim().parse().unwrap_or(0),
            "session_hours" => s.session_hours = v.trim().parse().unwrap_or(0),
            "timezone" => s.timezone = v.chars().take(64).collect(),
            "report_weekday" => s.report_weekday = v.trim().parse().unwrap_or(-1),
            "report_hour" => s.report_hour = v.trim().parse().unwrap_or(-1),
            "payment_cooling_hours" => s.payment_cooling_hours = v.trim().parse().unwrap_or(0),
            "language" => s.language = v.chars().take(16).collect(),
            _ => {}
        }
    }
    let (a, s2) = (actor.clone(), s.clone());
    match state
        .db
        .run(move |c| tenants::update_settings(c, &a, &s2))
        .await
    {
        Ok(()) => settings_form(&req, &state, &actor, &s, None, true),
        Err(e @ AppError::Invalid { .. }) => {
            settings_form(&req, &state, &actor, &s, Some(e.public_message()), false)
        }
        Err(e) => Err(e),
    }
}
