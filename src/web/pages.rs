//! Pages and endpoints that belong to no single domain: health, home, sign-in and sign-out,
//! language, the audit log, and API tokens.

use actix_web::cookie::Cookie;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

use crate::auth::actor::{MaybeActor, client_of, queue_cookies};
use crate::auth::session::{self, SessionKind};
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::policy::Actor;
use crate::policy::TenantAdmin;
use crate::web::middleware::safe_next;
use crate::web::{State, redirect, render};

pub const LANG_COOKIE: &str = "portico_lang";
/// Carries the pending second-step challenge between the two sign-in forms.
pub const MFA_COOKIE: &str = "portico_mfa";

pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain").body("ok")
}

pub async fn readyz(state: State) -> AppResult<HttpResponse> {
    state.db.ping().await?;
    Ok(HttpResponse::Ok().content_type("text/plain").body("ready"))
}

pub async fn home(actor: MaybeActor) -> HttpResponse {
    redirect(if actor.0.is_some() {
        "/dashboard"
    } else {
        "/signin"
    })
}

#[derive(Deserialize)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
}

pub async fn signin_form(
    req: HttpRequest,
    state: State,
    actor: MaybeActor,
    q: web::Query<NextQuery>,
) -> AppResult<HttpResponse> {
    if actor.0.is_some() {
        return Ok(redirect(&safe_next(&q.next)));
    }
    let mut ctx = tera::Context::new();
    ctx.insert("next", &safe_next(&q.next));
    ctx.insert("email", "");
    ctx.insert(
        "reset",
        &req.query_string().split('&').any(|p| p == "reset=done"),
    );
    render(&req, &state, None, "auth/signin.html", ctx)
}

#[derive(Deserialize)]
pub struct SignInForm {
    email: String,
    password: String,
    #[serde(default)]
    next: String,
}

pub async fn signin(
    req: HttpRequest,
    state: State,
    form: web::Form<SignInForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let mut client = client_of(&req);
    if client.device_id.is_none() {
        // A browser's first sign-in gives it a device id, kept for a year.
        let id = crate::auth::secrets::random_token();
        let mut cookie = state.cookies.make(&state.cookies.device, id.clone());
        cookie.set_max_age(actix_web::cookie::time::Duration::days(365));
        queue_cookies(&req, vec![cookie]);
        client.device_id = Some(id);
    }
    let result = session::sign_in_async(
        &state.db,
        &state.keys,
        &form.email,
        form.password.clone(),
        client,
        SessionKind::Browser,
    )
    .await;
    match result {
        Ok(issued) => {
            queue_cookies(&req, state.cookies.for_issued(&issued));
            Ok(redirect(&safe_next(&form.next)))
        }
        Err(AppError::SecondFactorRequired(challenge)) => {
            let cookie = Cookie::build(MFA_COOKIE, challenge)
                .path("/signin")
                .http_only(true)
                .secure(state.config.is_https())
                .same_site(actix_web::cookie::SameSite::Strict)
                .finish();
            queue_cookies(&req, vec![cookie]);
            Ok(redirect(&format!(
                "/signin/2fa?next={}",
                crate::web::middleware::urlencode(&safe_next(&form.next))
            )))
        }
        Err(
            e @ (AppError::Invalid { .. }
            | AppError::Forbidden(_)
            | AppError::TooManyRequests { .. }),
        ) => {
            let mut ctx = tera::Context::new();
            ctx.insert("next", &safe_next(&form.next));
            ctx.insert("email", &form.email.chars().take(254).collect::<String>());
            ctx.insert("error", &e.code());
            let mut resp = render(&req, &state, None, "auth/signin.html", ctx)?;
            *resp.status_mut() = match e {
                AppError::Forbidden(_) => actix_web::http::StatusCode::FORBIDDEN,
                AppError::TooManyRequests { .. } => actix_web::http::StatusCode::TOO_MANY_REQUESTS,
                _ => actix_web::http::StatusCode::UNAUTHORIZED,
            };
            Ok(resp)
        }
        Err(e) => Err(e),
    }
}

pub async fn signout(req: HttpRequest, state: State, actor: MaybeActor) -> AppResult<HttpResponse> {
    if let Some(actor) = actor.0 {
        state.db.run(move |c| session::sign_out(c, &actor)).await?;
    }
    let n = &state.cookies;
    queue_cookies(&req, vec![n.removal(&n.access), n.removal(&n.refresh)]);
    Ok(redirect("/signin"))
}

#[derive(Deserialize)]
pub struct LanguageForm {
    lang: String,
    #[serde(default)]
    next: String,
}

/// Switches the language: remembered in a cookie, and as the person's setting when signed in.
pub async fn set_language(
    req: HttpRequest,
    state: State,
    actor: MaybeActor,
    form: web::Form<LanguageForm>,
) -> AppResult<HttpResponse> {
    let lang = Locale::chosen(&form.lang)?.ok_or_else(|| {
        AppError::invalid("language_invalid", "Choose one of the languages offered.")
    })?;
    if let Some(actor) = actor.0 {
        state
            .db
            .run(move |c| {
                use crate::db::WriteTransaction;
                use crate::db::schema::users;
                use diesel::prelude::*;
                c.write_tx(|c| {
                    diesel::update(users::table.find(&actor.user_id))
                        .set(users::locale.eq(Some(lang.code())))
                        .execute(c)?;
                    Ok(())
                })
            })
            .await?;
    }
    let cookie = Cookie::build(state.cookies.lang.clone(), lang.code())
        .path("/")
        .secure(state.cookies.secure)
        .same_site(actix_web::cookie::SameSite::Lax)
        .finish();
    queue_cookies(&req, vec![cookie]);
    Ok(redirect(&safe_next(&form.next)))
}

pub async fn audit_log(
    req: HttpRequest,
    state: State,
    TenantAdmin(actor): TenantAdmin,
) -> AppResult<HttpResponse> {
    let tid = actor.tenant_id.clone();
    let events = state
        .db
        .run(move |c| crate::audit::recent(c, &tid, 200))
        .await?;
    let mut ctx = tera::Context::new();
    ctx.insert("events", &events);
    render(&req, &state, Some(&actor), "admin/audit.html", ctx)
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct TokenRequest {
    email: String,
    password: String,
}

/// A bearer token for the API.
#[derive(Serialize, utoipa::ToSchema)]
pub struct TokenResponse {
    access_token: String,
    /// Always `Bearer`.
    token_type: &'static str,
    /// Seconds until the token expires.
    expires_in: i64,
}

impl TokenResponse {
    fn of(issued: session::Issued) -> Self {
        Self {
            access_token: issued.access_token,
            token_type: "Bearer",
            expires_in: issued.access_expires_in,
        }
    }
}

/// `POST /api/v1/auth/token`: a bearer JWT for API clients, backed by its own session row so
/// that it can be revoked like a browser session.
#[utoipa::path(
    post,
    path = "/api/v1/auth/token",
    operation_id = "create_token",
    tag = "auth",
    security(()),
    request_body = TokenRequest,
    responses(
        (status = 200, description = "Signed in", body = TokenResponse),
        (status = 401, description = "`invalid_credentials`: wrong e-mail or password; `second_factor_required`: the account has two-step sign-in, answer `challenge` at /api/v1/auth/second-factor", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
pub async fn api_token(
    req: HttpRequest,
    state: State,
    body: web::Json<TokenRequest>,
) -> AppResult<HttpResponse> {
    let body = body.into_inner();
    let client = client_of(&req);
    let issued = session::sign_in_async(
        &state.db,
        &state.keys,
        &body.email,
        body.password,
        client,
        SessionKind::Api,
    )
    .await
    .map_err(|e| match e {
        AppError::Invalid { .. } => AppError::InvalidCredentials,
        other => other,
    });
    let issued = match issued {
        Ok(i) => i,
        // The challenge goes to the client, which answers at /api/v1/auth/second-factor.
        Err(AppError::SecondFactorRequired(challenge)) => {
            let status = actix_web::http::StatusCode::UNAUTHORIZED;
            let body = crate::error::ErrorBody {
                code: "second_factor_required",
                message:
                    "Send the authenticator code with this challenge to /api/v1/auth/second-factor."
                        .into(),
                field: None,
            };
            let mut problem = crate::error::Problem::new(status, &body);
            problem.challenge = Some(challenge);
            let mut resp = problem.response(status, body);
            resp.headers_mut().insert(
                actix_web::http::header::WWW_AUTHENTICATE,
                actix_web::http::header::HeaderValue::from_static(r#"Bearer realm="portico""#),
            );
            return Ok(resp);
        }
        Err(e) => return Err(e),
    };
    Ok(HttpResponse::Ok().json(TokenResponse::of(issued)))
}

/// `POST /api/v1/auth/revoke`: ends the session behind the presented token.
#[utoipa::path(
    post,
    path = "/api/v1/auth/revoke",
    operation_id = "revoke_token",
    tag = "auth",
    responses((status = 204, description = "The session is over"))
)]
pub async fn api_revoke(state: State, actor: Actor) -> AppResult<HttpResponse> {
    state.db.run(move |c| session::sign_out(c, &actor)).await?;
    Ok(HttpResponse::NoContent().finish())
}

fn second_factor_page(
    req: &HttpRequest,
    state: &State,
    next: &str,
    error: Option<String>,
) -> AppResult<HttpResponse> {
    let mut ctx = tera::Context::new();
    ctx.insert("next", &safe_next(next));
    ctx.insert("error", &error);
    let mut resp = render(req, state, None, "auth/second_factor.html", ctx)?;
    if error.is_some() {
        *resp.status_mut() = actix_web::http::StatusCode::UNAUTHORIZED;
    }
    Ok(resp)
}

/// `GET /signin/2fa`
pub async fn second_factor_form(
    req: HttpRequest,
    state: State,
    q: web::Query<NextQuery>,
) -> AppResult<HttpResponse> {
    if req.cookie(MFA_COOKIE).is_none() {
        return Ok(redirect("/signin"));
    }
    second_factor_page(&req, &state, &q.next, None)
}

#[derive(Deserialize)]
pub struct SecondFactorForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    next: String,
}

/// `POST /signin/2fa`
pub async fn second_factor(
    req: HttpRequest,
    state: State,
    form: web::Form<SecondFactorForm>,
) -> AppResult<HttpResponse> {
    let Some(challenge) = req.cookie(MFA_COOKIE).map(|c| c.value().to_string()) else {
        return Ok(redirect("/signin"));
    };
    let (keys, client, code) = (state.keys.clone(), client_of(&req), form.code.clone());
    match state
        .db
        .run(move |c| session::complete_second_factor(c, &keys, &challenge, &code, &client))
        .await
    {
        Ok(issued) => {
            let mut gone = Cookie::build(MFA_COOKIE, "").path("/signin").finish();
            gone.make_removal();
            let mut cookies = state.cookies.for_issued(&issued);
            cookies.push(gone);
            queue_cookies(&req, cookies);
            Ok(redirect(&safe_next(&form.next)))
        }
        Err(e @ AppError::Invalid { .. }) => {
            second_factor_page(&req, &state, &form.next, Some(e.public_message()))
        }
        Err(e) => Err(e),
    }
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct SecondFactorRequest {
    challenge: String,
    code: String,
}

/// `POST /api/v1/auth/second-factor`: `{"challenge", "code"}` → the bearer token.
#[utoipa::path(
    post,
    path = "/api/v1/auth/second-factor",
    operation_id = "answer_second_factor",
    tag = "auth",
    security(()),
    request_body = SecondFactorRequest,
    responses((status = 200, description = "Signed in", body = TokenResponse))
)]
pub async fn api_second_factor(
    req: HttpRequest,
    state: State,
    body: web::Json<SecondFactorRequest>,
) -> AppResult<HttpResponse> {
    let (keys, client, b) = (state.keys.clone(), client_of(&req), body.into_inner());
    let issued = state
        .db
        .run(move |c| session::complete_second_factor(c, &keys, &b.challenge, &b.code, &client))
        .await
        .map_err(|e| match e {
            AppError::Invalid { .. } => AppError::Unauthenticated,
            other => other,
        })?;
    Ok(HttpResponse::Ok().json(TokenResponse::of(issued)))
}
