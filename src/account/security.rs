//! `/account/confirm` (step-up), `/account/security` (security notices, "this wasn't me",
//! the anti-phishing phrase) and their API twins.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::auth::{alerts, stepup};
use crate::error::{AppError, AppResult};
use crate::ids::UserId;
use crate::policy::Actor;
use crate::policy::TenantAdmin;
use crate::web::middleware::safe_next;
use crate::web::paging::{Keyset, PageQuery, PageRequest};
use crate::web::{State, redirect, render};

#[derive(Deserialize, Default)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
}

#[derive(Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    next: String,
    /// A form refused for want of this check, to send on once it passes: where it went and
    /// its fields, URL-encoded (`web::middleware::carried_confirmation`).
    #[serde(default)]
    carry_action: String,
    #[serde(default)]
    carry: String,
}

fn confirm_form(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    form: &ConfirmForm,
    error: Option<String>,
) -> AppResult<HttpResponse> {
    let mut ctx = tera::Context::new();
    ctx.insert("next", &safe_next(&form.next));
    ctx.insert("error", &error);
    if !form.carry_action.is_empty() {
        ctx.insert("carry_action", &safe_next(&form.carry_action));
        ctx.insert("carry", &form.carry);
    }
    let mut resp = render(req, state, Some(actor), "account/confirm.html", ctx)?;
    if error.is_some() {
        *resp.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(resp)
}

pub async fn confirm_page(
    req: HttpRequest,
    state: State,
    actor: Actor,
    q: web::Query<NextQuery>,
) -> AppResult<HttpResponse> {
    let form = ConfirmForm {
        password: String::new(),
        code: String::new(),
        next: q.next.clone(),
        carry_action: String::new(),
        carry: String::new(),
    };
    confirm_form(&req, &state, &actor, &form, None)
}

/// Runs the check on the blocking pool (argon2) with one pooled connection.
async fn run_confirm(
    state: &State,
    actor: &Actor,
    password: String,
    code: String,
) -> AppResult<()> {
    stepup::confirm(&state.db, actor, password, code).await
}

pub async fn confirm(
    req: HttpRequest,
    state: State,
    actor: Actor,
    form: web::Form<ConfirmForm>,
) -> AppResult<HttpResponse> {
    let mut form = form.into_inner();
    let (password, code) = (
        std::mem::take(&mut form.password),
        std::mem::take(&mut form.code),
    );
    match run_confirm(&state, &actor, password, code).await {
        Ok(()) if !form.carry_action.is_empty() => send_on(&req, &state, &actor, &form),
        Ok(()) => Ok(redirect(&safe_next(&form.next))),
        Err(e @ AppError::Invalid { .. }) => {
            confirm_form(&req, &state, &actor, &form, Some(e.public_message()))
        }
        Err(e) => Err(e),
    }
}

/// After the check: the refused form again, filled in as it was typed, sent by the page
/// itself (`static/carry.js`; without script, one tap on Continue).
fn send_on(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    form: &ConfirmForm,
) -> AppResult<HttpResponse> {
    let fields: Vec<(String, String)> = serde_urlencoded::from_str(&form.carry).map_err(|_| {
        AppError::invalid(
            "carry_invalid",
            "The form could not be sent on; fill it in again.",
        )
    })?;
    let fields: Vec<(String, String)> = fields
        .into_iter()
        .filter(|(k, _)| k != "csrf_token")
        .collect();
    let mut ctx = tera::Context::new();
    ctx.insert("action", &safe_next(&form.carry_action));
    ctx.insert("fields", &fields);
    render(req, state, Some(actor), "account/send_on.html", ctx)
}

/// The account password, or a code from the authenticator app (the code wins when both are
/// sent).
#[derive(Deserialize, utoipa::ToSchema)]
pub struct StepUpBody {
    #[serde(default)]
    password: String,
    /// A six-digit code from the authenticator app, for accounts with two-step sign-in.
    #[serde(default)]
    code: String,
}

/// `POST /api/v1/auth/step-up`: `{"password"}` or `{"code"}` → 204.
#[utoipa::path(
    post,
    path = "/api/v1/auth/step-up",
    tag = "account",
    operation_id = "step_up",
    request_body = StepUpBody,
    responses((
        status = 204,
        description = "Confirmed: for the next 5 minutes this session may make sensitive changes \
            (people and access, API tokens, notification preferences, ...). A wrong password or \
            code is 422 `confirmation_wrong`; the fifth wrong answer of a session ends it \
            (422 `session_ended`). A code also counts on the account's two-step limit (429)."
    ))
)]
pub async fn api_step_up(
    state: State,
    actor: Actor,
    body: web::Json<StepUpBody>,
) -> AppResult<HttpResponse> {
    let b = body.into_inner();
    run_confirm(&state, &actor, b.password, b.code).await?;
    Ok(HttpResponse::NoContent().finish())
}

pub async fn security_page(
    req: HttpRequest,
    state: State,
    actor: Actor,
) -> AppResult<HttpResponse> {
    page(&req, &state, &actor, None).await
}

/// The security page; `zone_error` is a time zone that was refused, with why.
async fn page(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    zone_error: Option<(String, String)>,
) -> AppResult<HttpResponse> {
    let (uid, a) = (actor.user_id.clone(), actor.clone());
    let (notices, phrase, own_zone, company_zone) = state
        .db
        .run(move |c| {
            use diesel::prelude::*;
            let n = alerts::notices_of(c, &uid, &Keyset::first(50))?.items;
            alerts::mark_read(c, &uid)?;
            let p = crate::account::phrase_of(c, &uid)?;
            let own = crate::account::own_time_zone(c, &a)?;
            let company: String = crate::db::schema::tenants::table
                .find(&a.tenant_id)
                .select(crate::db::schema::tenants::timezone)
                .first(c)?;
            Ok((n, p, own, company))
        })
        .await?;
    let mut ctx = tera::Context::new();
    ctx.insert("notices", &notices);
    ctx.insert("phrase", &phrase);
    ctx.insert("company_zone", &company_zone);
    let refused = zone_error.is_some();
    match zone_error {
        // What was typed stays in the field, with the reason beside it.
        Some((why, typed)) => {
            ctx.insert("zone_error", &why);
            ctx.insert("own_zone", &typed);
        }
        None => ctx.insert("own_zone", &own_zone.unwrap_or_default()),
    }
    let mut r = render(req, state, Some(actor), "account/security.html", ctx)?;
    if refused {
        *r.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(r)
}

#[derive(Deserialize)]
pub struct TimeZoneForm {
    #[serde(default)]
    time_zone: String,
}

/// `POST /account/time-zone`: the person's own time zone (empty: the company's).
pub async fn set_time_zone(
    req: HttpRequest,
    state: State,
    actor: Actor,
    form: web::Form<TimeZoneForm>,
) -> AppResult<HttpResponse> {
    let typed: String = form.into_inner().time_zone.chars().take(64).collect();
    let (a, z) = (actor.clone(), typed.clone());
    match state
        .db
        .run(move |c| crate::account::set_time_zone(c, &a, &z))
        .await
    {
        Ok(()) => Ok(redirect("/account/security#time-zone")),
        Err(e @ crate::error::AppError::Invalid { .. }) => {
            page(&req, &state, &actor, Some((e.public_message(), typed))).await
        }
        Err(e) => Err(e),
    }
}

/// `POST /account/security/{id}/not-me`: every session ends, this one included.
#[utoipa::path(
    post,
    path = "/api/v1/me/security-notices/{id}/not-me",
    tag = "account",
    operation_id = "report_security_notice_not_me",
    params(("id" = String, Path, description = "Security notice id")),
    responses((
        status = 204,
        description = "\"This wasn't me\": every session of the account ends, this one included, \
            so do the API tokens the person made, and a new password must be set \
            (`/password/forgot`) before signing in again."
    ))
)]
pub async fn not_me(
    req: HttpRequest,
    state: State,
    actor: Actor,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let (uid, ip) = (actor.user_id.clone(), actor.ip.clone());
    state
        .db
        .run(move |c| alerts::not_me(c, &uid, &id, &ip))
        .await?;
    if req.path().starts_with("/api/") {
        return Ok(HttpResponse::NoContent().finish());
    }
    let mut resp = redirect("/password/forgot");
    for c in [&state.cookies.access, &state.cookies.refresh] {
        let _ = resp.add_cookie(&state.cookies.removal(c));
    }
    Ok(resp)
}

crate::web::paging::page_schema!(
    /// A page of the signed-in person's security notices, newest first.
    SecurityNoticePage => alerts::Notice
);

/// `GET /api/v1/me/security-notices`
#[utoipa::path(
    get,
    path = "/api/v1/me/security-notices",
    tag = "account",
    operation_id = "list_security_notices",
    params(PageQuery),
    responses((
        status = 200,
        description = "The caller's security notices, newest first (sign-ins from a new device \
            or network, failed sign-ins, changes to the password, e-mail and two-step sign-in). \
            Reading them here does not mark them read.",
        body = SecurityNoticePage,
        headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))
    ))
)]
pub async fn api_notices(state: State, actor: Actor, page: PageRequest) -> AppResult<HttpResponse> {
    let keyset = page.keyset()?;
    let list = state
        .db
        .run(move |c| alerts::notices_of(c, &actor.user_id, &keyset))
        .await?;
    page.respond(list)
}

#[derive(Deserialize)]
pub struct PhraseForm {
    #[serde(default)]
    phrase: String,
}

/// `POST /account/phrase`: sets or clears the anti-phishing phrase (a step-up action).
pub async fn set_phrase(
    state: State,
    stepup::Verified(actor): stepup::Verified,
    form: web::Form<PhraseForm>,
) -> AppResult<HttpResponse> {
    state
        .db
        .run(move |c| crate::account::set_phrase(c, &actor, &form.phrase))
        .await?;
    Ok(redirect("/account/security"))
}

#[derive(Deserialize)]
pub struct PhraseQuery {
    #[serde(default)]
    email: String,
}

/// `GET /signin/phrase?email=`: the phrase of that account, only for a browser whose device
/// cookie has signed in to it before; otherwise (and for unknown addresses) nothing.
pub async fn signin_phrase(
    req: HttpRequest,
    state: State,
    q: web::Query<PhraseQuery>,
) -> AppResult<HttpResponse> {
    let device = crate::auth::actor::client_of(&req).device_id;
    let email = q.email.trim().to_lowercase();
    let (phrase, supplier) = match device {
        Some(d) if email.len() <= 254 => {
            state
                .db
                .run(move |c| {
                    Ok((
                        crate::account::phrase_for_device(c, &email, &d)?,
                        crate::account::supplier_for_device(c, &email, &d)?,
                    ))
                })
                .await?
        }
        _ => (None, None),
    };
    // The supplier's name and logo: the page the person knows, before the password is typed.
    let supplier = supplier.map(|b| serde_json::json!({ "name": b.name, "logo": b.logo }));
    Ok(HttpResponse::Ok()
        .insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"))
        .json(serde_json::json!({ "phrase": phrase, "supplier": supplier })))
}

#[derive(Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    email: String,
}

pub async fn forgot_page(req: HttpRequest, state: State) -> AppResult<HttpResponse> {
    let mut ctx = tera::Context::new();
    ctx.insert("sent", &false);
    render(&req, &state, None, "auth/forgot.html", ctx)
}

/// `POST /password/forgot`: the same answer whether or not the address has an account.
pub async fn forgot(
    req: HttpRequest,
    state: State,
    form: web::Form<ForgotForm>,
) -> AppResult<HttpResponse> {
    let email = form.email.chars().take(254).collect::<String>();
    let (url, ip) = (
        state.config.public_url.clone(),
        crate::auth::actor::client_of(&req).ip,
    );
    // The answer does not wait for the work, so its timing says nothing about whether the
    // address has an account.
    let st = state.clone();
    actix_web::rt::spawn(async move {
        if let Err(e) = st
            .db
            .run(move |c| crate::account::recovery::request_reset(c, &email, &url, &ip))
            .await
        {
            tracing::warn!(error = %e, "password reset request failed");
        }
    });
    let mut ctx = tera::Context::new();
    ctx.insert("sent", &true);
    render(&req, &state, None, "auth/forgot.html", ctx)
}

fn reset_form(
    req: &HttpRequest,
    state: &State,
    email: &str,
    error: Option<String>,
) -> AppResult<HttpResponse> {
    let mut ctx = tera::Context::new();
    ctx.insert("email", email);
    ctx.insert("error", &error);
    let mut resp = render(req, state, None, "auth/reset.html", ctx)?;
    if error.is_some() {
        *resp.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(resp)
}

pub async fn reset_page(req: HttpRequest, state: State) -> AppResult<HttpResponse> {
    reset_form(&req, &state, "", None)
}

/// `POST /password/reset`: code, second factor where there is one, new password.
pub async fn reset(
    req: HttpRequest,
    state: State,
    form: web::Form<crate::account::recovery::ResetInput>,
) -> AppResult<HttpResponse> {
    let input = form.into_inner();
    let email = input.email.chars().take(254).collect::<String>();
    let ip = crate::auth::actor::client_of(&req).ip;
    let (i, ip2) = (input.clone(), ip.clone());
    // The reset flow's own limit, per address typed and client address: a stranger's wrong
    // sign-ins never block it.
    let e = email.trim().to_lowercase();
    let (e2, ip3) = (e.clone(), ip.clone());
    state
        .db
        .run(move |c| crate::auth::throttle::begin_reset(c, &e, &ip2))
        .await?;
    let hashed =
        crate::auth::password::validate_and_hash(input.new.clone(), input.confirm.clone()).await;
    let result = match hashed {
        Ok(hash) => {
            state
                .db
                .run(move |c| crate::account::recovery::reset(c, &i, &hash, &ip))
                .await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => {
            state
                .db
                .run(move |c| crate::auth::throttle::reset_done(c, &e2, &ip3))
                .await?;
            Ok(redirect("/signin?reset=done"))
        }
        Err(e @ AppError::Invalid { .. }) => {
            reset_form(&req, &state, &email, Some(e.public_message()))
        }
        Err(e) => Err(e),
    }
}

/// `POST /admin/people/{uid}/reset-2fa` (a step-up action).
pub async fn admin_reset_two_factor(
    state: State,
    crate::auth::stepup::Verified(TenantAdmin(actor)): crate::auth::stepup::Verified<TenantAdmin>,
    path: web::Path<UserId>,
) -> AppResult<HttpResponse> {
    let uid = path.into_inner();
    let u = uid.clone();
    state
        .db
        .run(move |c| crate::account::recovery::admin_reset_two_factor(c, &actor, &u))
        .await?;
    Ok(redirect(&format!("/admin/people/{uid}")))
}

/// `GET /admin/security` (and `/api/v1/admin/security`).
#[utoipa::path(
    get,
    path = "/api/v1/admin/security",
    tag = "account",
    operation_id = "get_security_overview",
    responses((
        status = 200,
        description = "Admins only: two-step sign-in coverage per role, accounts locked by failed \
            sign-ins right now, and sign-ins to this tenant from new devices or networks in the \
            last 30 days.",
        body = crate::account::admin::Overview
    ))
)]
pub async fn admin_page(
    req: HttpRequest,
    state: State,
    TenantAdmin(actor): TenantAdmin,
) -> AppResult<HttpResponse> {
    let a = actor.clone();
    let o = state
        .db
        .run(move |c| crate::account::admin::overview(c, &a))
        .await?;
    if req.path().starts_with("/api/") {
        return Ok(HttpResponse::Ok().json(o));
    }
    let waiting = state.db.run(crate::mail::smtp::waiting).await?;
    let (tid, relay) = (actor.tenant_id.clone(), state.mailer.is_some());
    let health = state
        .db
        .run(move |c| crate::mail::health(c, &tid, relay))
        .await?;
    let mut ctx = tera::Context::new();
    ctx.insert("mail_ok", &health.ok());
    ctx.insert("mail", &health);
    ctx.insert("o", &o);
    ctx.insert("mail_relay", &state.mailer.as_ref().map(|m| m.host.clone()));
    ctx.insert("mail_waiting", &waiting);
    render(
        &req,
        &state,
        Some(&actor),
        "account/admin_security.html",
        ctx,
    )
}

/// This module's part of the OpenAPI document (see `crate::web::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(api_step_up, api_notices, not_me, admin_page))]
pub struct Api;
