//! `/account/sessions` and `/account/password`.

use actix_web::{HttpRequest, HttpResponse, web};

use crate::account::{self, PasswordChange};
use crate::auth::actor::queue_cookies;
use crate::auth::session;
use crate::error::{AppError, AppResult};
use crate::policy::Actor;
use crate::web::form_error::{About, Form, Refusal};
use crate::web::paging::{Keyset, PageQuery, PageRequest};
use crate::web::{State, redirect, render};

const PASSWORD_FORM: Form = Form {
    name: "password",
    inputs: &[
        (About::Code("confirmation_wrong"), "password-current"),
        (About::Code("password_too_short"), "password-new"),
        (About::Code("password_too_long"), "password-new"),
        (About::Code("password_common"), "password-new"),
        (About::Code("password_unchanged"), "password-new"),
        (About::Code("password_mismatch"), "password-confirm"),
    ],
};

const ENABLE_TWOFACTOR_FORM: Form = Form {
    name: "enable",
    inputs: &[(About::Code("code_wrong"), "enable-code")],
};

const DISABLE_TWOFACTOR_FORM: Form = Form {
    name: "disable",
    inputs: &[
        (About::Code("confirmation_wrong"), "disable-password"),
        (About::Code("code_wrong"), "disable-code"),
    ],
};

const EMAIL_CONFIRM_FORM: Form = Form {
    name: "confirm",
    inputs: &[(About::Code("code_wrong"), "email-code")],
};

const EMAIL_CHANGE_FORM: Form = Form {
    name: "change",
    inputs: &[(About::Code("email_invalid"), "new-email")],
};

pub async fn sessions_page(
    req: HttpRequest,
    state: State,
    actor: Actor,
) -> AppResult<HttpResponse> {
    let a = actor.clone();
    let list = state
        .db
        .run(move |c| account::sessions_of(c, &a, &Keyset::first(200)))
        .await?;
    let mut ctx = tera::Context::new();
    ctx.insert("sessions", &list.items);
    ctx.insert("current", &actor.session_id);
    render(&req, &state, Some(&actor), "account/sessions.html", ctx)
}

pub async fn end_session(
    state: State,
    actor: Actor,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    state
        .db
        .run(move |c| account::end_session(c, &actor, &id))
        .await?;
    Ok(redirect("/account/sessions"))
}

pub async fn end_others(state: State, actor: Actor) -> AppResult<HttpResponse> {
    state
        .db
        .run(move |c| account::end_others(c, &actor))
        .await?;
    Ok(redirect("/account/sessions"))
}

fn password_form(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    error: Option<Refusal>,
    done: bool,
) -> AppResult<HttpResponse> {
    let mut ctx = tera::Context::new();
    Refusal::insert(error.as_ref(), &mut ctx);
    ctx.insert("done", &done);
    let mut resp = render(req, state, Some(actor), "account/password.html", ctx)?;
    if error.is_some() {
        *resp.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(resp)
}

pub async fn password_page(
    req: HttpRequest,
    state: State,
    actor: Actor,
) -> AppResult<HttpResponse> {
    password_form(&req, &state, &actor, None, false)
}

pub async fn change_password(
    req: HttpRequest,
    state: State,
    actor: Actor,
    form: web::Form<PasswordChange>,
) -> AppResult<HttpResponse> {
    match account::change_password(&state.db, &actor, form.into_inner()).await {
        Ok(_) => {
            // The token version moved on: this browser gets a fresh access token at once.
            let (keys, a, tid) = (state.keys.clone(), actor.clone(), actor.tenant_id.clone());
            let issued = state
                .db
                .run(move |c| session::switch_tenant(c, &keys, &a, &tid))
                .await?;
            queue_cookies(&req, state.cookies.for_issued(&issued));
            password_form(&req, &state, &actor, None, true)
        }
        Err(e @ AppError::Invalid { .. }) => {
            password_form(&req, &state, &actor, Some(PASSWORD_FORM.refused(&e)), false)
        }
        Err(e) => Err(e),
    }
}

/// What a page of sessions carries beside `items` and `next`.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct CurrentSession {
    /// The id of the session making this request.
    current: String,
}

crate::web::paging::page_schema!(
    /// A page of the live sessions of the signed-in account, newest first.
    SessionPage => account::SessionView, with CurrentSession
);

/// `GET /api/v1/me/sessions`
#[utoipa::path(
    get,
    path = "/api/v1/me/sessions",
    tag = "account",
    operation_id = "list_sessions",
    params(PageQuery),
    responses((
        status = 200,
        description = "The caller's live sessions, in every tenant, and which one is this one",
        body = SessionPage,
        headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))
    ))
)]
pub async fn api_sessions(
    state: State,
    actor: Actor,
    page: PageRequest,
) -> AppResult<HttpResponse> {
    let current = actor.session_id.clone();
    let keyset = page.keyset()?;
    let list = state
        .db
        .run(move |c| account::sessions_of(c, &actor, &keyset))
        .await?;
    page.respond_with(list, CurrentSession { current })
}

/// `POST /api/v1/me/sessions/{id}/end`
#[utoipa::path(
    post,
    path = "/api/v1/me/sessions/{id}/end",
    tag = "account",
    operation_id = "end_session",
    params(("id" = String, Path, description = "Session id")),
    responses((
        status = 204,
        description = "The session is ended (signed out). One of the caller's own sessions only; \
            an ended or unknown one is 404."
    ))
)]
pub async fn api_end_session(
    state: State,
    actor: Actor,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    state
        .db
        .run(move |c| account::end_session(c, &actor, &id))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

async fn twofactor_page(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    error: Option<Refusal>,
    codes: Option<Vec<String>>,
) -> AppResult<HttpResponse> {
    let a = actor.clone();
    let st = state
        .db
        .run(move |c| account::twofactor::status(c, &a))
        .await?;
    let mut ctx = tera::Context::new();
    ctx.insert("enabled", &st.enabled);
    ctx.insert("recovery_left", &st.recovery_left);
    ctx.insert("needs_password", &st.needs_password);
    if let Some((secret, _, qr)) = &st.pending {
        ctx.insert("secret", secret);
        ctx.insert("qr", qr);
    }
    ctx.insert("codes", &codes);
    Refusal::insert(error.as_ref(), &mut ctx);
    let mut resp = render(req, state, Some(actor), "account/twofactor.html", ctx)?;
    if error.is_some() {
        *resp.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(resp)
}

pub async fn twofactor(req: HttpRequest, state: State, actor: Actor) -> AppResult<HttpResponse> {
    twofactor_page(&req, &state, &actor, None, None).await
}

#[derive(serde::Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    password: String,
}

pub async fn enable_twofactor(
    req: HttpRequest,
    state: State,
    crate::auth::stepup::Verified(actor): crate::auth::stepup::Verified,
    form: web::Form<CodeForm>,
) -> AppResult<HttpResponse> {
    let a = actor.clone();
    match state
        .db
        .run(move |c| account::twofactor::enable(c, &a, &form.code))
        .await
    {
        Ok(codes) => twofactor_page(&req, &state, &actor, None, Some(codes)).await,
        Err(e @ AppError::Invalid { .. }) => {
            let refusal = ENABLE_TWOFACTOR_FORM.refused(&e);
            twofactor_page(&req, &state, &actor, Some(refusal), None).await
        }
        Err(e) => Err(e),
    }
}

pub async fn disable_twofactor(
    req: HttpRequest,
    state: State,
    actor: Actor,
    form: web::Form<CodeForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let a = actor.clone();
    let result =
        match crate::auth::stepup::check_secret(&state.db, &actor, form.password, String::new())
            .await
        {
            Ok(()) => {
                state
                    .db
                    .run(move |c| account::twofactor::disable(c, &a, &form.code))
                    .await
            }
            Err(e) => Err(e),
        };
    match result {
        Ok(()) => Ok(redirect("/account/2fa")),
        Err(e @ AppError::Invalid { .. }) => {
            let refusal = DISABLE_TWOFACTOR_FORM.refused(&e);
            twofactor_page(&req, &state, &actor, Some(refusal), None).await
        }
        Err(e) => Err(e),
    }
}

fn email_page(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    status: &account::email::Status,
    error: Option<Refusal>,
    sent: bool,
) -> AppResult<HttpResponse> {
    let mut ctx = tera::Context::new();
    ctx.insert("s", status);
    Refusal::insert(error.as_ref(), &mut ctx);
    ctx.insert("sent", &sent);
    let mut resp = render(req, state, Some(actor), "account/email.html", ctx)?;
    if error.is_some() {
        *resp.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(resp)
}

async fn email_status(state: &State, actor: &Actor) -> AppResult<account::email::Status> {
    let a = actor.clone();
    state.db.run(move |c| account::email::status(c, &a)).await
}

/// `GET /account/email`. An admin led here before anything else gets a code at once.
pub async fn email(req: HttpRequest, state: State, actor: Actor) -> AppResult<HttpResponse> {
    let s = email_status(&state, &actor).await?;
    if actor.must_confirm_email && !s.verified && !s.code_live {
        let (a, url) = (actor.clone(), state.config.public_url.clone());
        let sent = state
            .db
            .run(move |c| account::email::send_code(c, &a, None, &url))
            .await;
        if let Ok(Some(code)) = &sent {
            announce_without_relay(&state, &actor, code);
        }
        let s = email_status(&state, &actor).await?;
        return email_page(&req, &state, &actor, &s, None, sent.is_ok());
    }
    email_page(&req, &state, &actor, &s, None, false)
}

/// Without a mail relay nothing leaves: the operator who starts Portico sees the code on the
/// console, as the setup link, and can read it out.
fn announce_without_relay(state: &State, actor: &Actor, code: &str) {
    if state.config.smtp.is_none() {
        use std::io::Write as _;
        // Not println!: it panics when standard output cannot be written (a full disk).
        let _ = writeln!(
            std::io::stdout(),
            "\n  No mail relay is configured (PORTICO_SMTP_HOST): the e-mail confirmation code for\n  {} is {code}\n",
            actor.email
        );
    }
}

#[derive(serde::Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    code: String,
}

/// After an attempt: the page again, with the error or the "code sent" note.
async fn email_outcome(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    result: AppResult<()>,
    sent: bool,
    form: Option<&Form>,
) -> AppResult<HttpResponse> {
    match result {
        Ok(()) if sent => {
            let s = email_status(state, actor).await?;
            email_page(req, state, actor, &s, None, true)
        }
        // An admin who was led here goes on to the overview.
        Ok(()) if actor.must_confirm_email => Ok(redirect("/dashboard")),
        Ok(()) => Ok(redirect("/account/email")),
        Err(e @ (AppError::Invalid { .. } | AppError::Conflict(_))) => {
            let s = email_status(state, actor).await?;
            let refusal = form.map_or_else(|| Refusal::page(&e), |f| f.refused(&e));
            email_page(req, state, actor, &s, Some(refusal), false)
        }
        Err(e) => Err(e),
    }
}

/// `POST /account/email/verify`: a code to the current address.
pub async fn email_verify(req: HttpRequest, state: State, actor: Actor) -> AppResult<HttpResponse> {
    let (a, url) = (actor.clone(), state.config.public_url.clone());
    let r = state
        .db
        .run(move |c| account::email::send_code(c, &a, None, &url))
        .await;
    if let Ok(Some(code)) = &r {
        announce_without_relay(&state, &actor, code);
    }
    email_outcome(&req, &state, &actor, r.map(|_| ()), true, None).await
}

/// `POST /account/email/change`: a code to the new address (a step-up action).
pub async fn email_change(
    req: HttpRequest,
    state: State,
    crate::auth::stepup::Verified(actor): crate::auth::stepup::Verified,
    form: web::Form<EmailForm>,
) -> AppResult<HttpResponse> {
    let (a, url, e) = (
        actor.clone(),
        state.config.public_url.clone(),
        form.email.clone(),
    );
    let r = state
        .db
        .run(move |c| account::email::send_code(c, &a, Some(&e), &url))
        .await;
    email_outcome(
        &req,
        &state,
        &actor,
        r.map(|_| ()),
        true,
        Some(&EMAIL_CHANGE_FORM),
    )
    .await
}

/// `POST /account/email/confirm`: the code.
pub async fn email_confirm(
    req: HttpRequest,
    state: State,
    actor: Actor,
    form: web::Form<EmailForm>,
) -> AppResult<HttpResponse> {
    let (a, code) = (actor.clone(), form.code.clone());
    let r = state
        .db
        .run(move |c| account::email::confirm(c, &a, &code))
        .await;
    email_outcome(&req, &state, &actor, r, false, Some(&EMAIL_CONFIRM_FORM)).await
}

/// This module's part of the OpenAPI document (see `crate::web::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(api_sessions, api_end_session))]
pub struct Api;
