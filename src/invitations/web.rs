//! Invitation pages and API: invite, revoke, resend (staff), and accept a code (anyone).

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::auth::actor::{MaybeActor, client_of, queue_cookies};
use crate::auth::session::{self, SessionKind};
use crate::error::{AppError, AppResult};
use crate::invitations;
use crate::people::NewPerson;
use crate::people::web::{FormKind, form_page, parse_form};
use crate::policy::Actor;
use crate::web::form_error::{About, Form, Refusal};
use crate::web::paging::{PageQuery, PageRequest};
use crate::web::{State, redirect, render};

/// The first step of accepting: the code.
const ACCEPT_CODE_FORM: Form = Form {
    name: "accept",
    inputs: &[(About::Code("invitation_invalid"), "accept-code")],
};

/// The second step of a new person: their name and password (the code is a hidden input
/// here, so a refused code is about the form as a whole).
const ACCEPT_ACCOUNT_FORM: Form = Form {
    name: "accept",
    inputs: &[
        (About::Field("name"), "accept-display_name"),
        (About::Code("password_too_short"), "accept-password"),
        (About::Code("password_too_long"), "accept-password"),
        (About::Code("password_common"), "accept-password"),
        (About::Code("password_mismatch"), "accept-password_confirm"),
    ],
};

pub async fn new_form(req: HttpRequest, state: State, actor: Actor) -> AppResult<HttpResponse> {
    let input = NewPerson {
        role: crate::people::Role::Buyer.as_str().into(),
        access: "all".into(),
        ..Default::default()
    };
    form_page(&req, &state, &actor, &input, None, FormKind::Invite).await
}

pub(crate) fn issued_page(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    issued: &invitations::Issued,
) -> AppResult<HttpResponse> {
    let mut ctx = tera::Context::new();
    ctx.insert("issued", issued);
    ctx.insert("public_url", &state.config.public_url);
    render(req, state, Some(actor), "people/invited.html", ctx)
}

pub async fn create(
    req: HttpRequest,
    state: State,
    crate::auth::stepup::Verified(actor): crate::auth::stepup::Verified,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let input = parse_form(&body)?;
    let (a, i, url) = (
        actor.clone(),
        input.clone(),
        state.config.public_url.clone(),
    );
    match state
        .db
        .run(move |c| invitations::invite(c, &a, &i, &url))
        .await
    {
        Ok(issued) => issued_page(&req, &state, &actor, &issued),
        Err(e @ (AppError::Invalid { .. } | AppError::Conflict(_))) => {
            let mut resp = form_page(
                &req,
                &state,
                &actor,
                &input,
                Some(crate::people::web::PERSON_FORM.refused(&e)),
                FormKind::Invite,
            )
            .await?;
            *resp.status_mut() = actix_web::ResponseError::status_code(&e);
            Ok(resp)
        }
        Err(e) => Err(e),
    }
}

pub async fn revoke(state: State, actor: Actor, id: web::Path<String>) -> AppResult<HttpResponse> {
    state
        .db
        .run(move |c| invitations::revoke(c, &actor, &id))
        .await?;
    Ok(redirect("/admin/people#invitations"))
}

pub async fn resend(
    req: HttpRequest,
    state: State,
    crate::auth::stepup::Verified(actor): crate::auth::stepup::Verified,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let (a, url) = (actor.clone(), state.config.public_url.clone());
    let issued = state
        .db
        .run(move |c| invitations::resend(c, &a, &id, &url))
        .await?;
    issued_page(&req, &state, &actor, &issued)
}

#[derive(Deserialize, Default)]
pub struct AcceptForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
}

fn accept_page(
    req: &HttpRequest,
    state: &State,
    actor: Option<&Actor>,
    form: &AcceptForm,
    step: &str,
    error: Option<&AppError>,
) -> AppResult<HttpResponse> {
    let mut ctx = tera::Context::new();
    ctx.insert("code", &form.code);
    ctx.insert("display_name", &form.display_name);
    ctx.insert("step", step);
    let on = if step == "account" {
        &ACCEPT_ACCOUNT_FORM
    } else {
        &ACCEPT_CODE_FORM
    };
    let error = error.map(|e| on.refused(e));
    Refusal::insert(error.as_ref(), &mut ctx);
    let mut resp = render(req, state, actor, "people/accept.html", ctx)?;
    if error.is_some() {
        *resp.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(resp)
}

/// `GET /invite`: where a person types the code from their invitation.
pub async fn accept_form(
    req: HttpRequest,
    state: State,
    actor: MaybeActor,
) -> AppResult<HttpResponse> {
    accept_page(
        &req,
        &state,
        actor.0.as_ref(),
        &AcceptForm::default(),
        "code",
        None,
    )
}

/// `POST /invite`: a signed-in person joins at once; a new person chooses a name and password.
pub async fn accept(
    req: HttpRequest,
    state: State,
    actor: MaybeActor,
    form: web::Form<AcceptForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    // Codes are counted per client address before they are looked up; a valid one gives its
    // try back (the drill found invitation codes unlimited).
    let key = format!(
        "invitation-code:{}",
        crate::auth::throttle::client_net(&client_of(&req).ip)
    );
    let k = key.clone();
    state
        .db
        .run(move |c| {
            crate::auth::limits::take(c, &k, &invitations::CODE_TRIES)?
                .or_refuse(|wait| format!("Too many codes tried from here. Try again in {wait}."))
                .map(|_| ())
        })
        .await?;
    let valid = {
        let code = form.code.clone();
        state
            .db
            .run(move |c| invitations::by_code(c, &code))
            .await?
            .is_some()
    };
    if valid {
        state
            .db
            .run(move |c| crate::auth::limits::refund(c, &key))
            .await?;
    }
    if let Some(actor) = actor.0 {
        let (a, code) = (actor.clone(), form.code.clone());
        return match state
            .db
            .run(move |c| invitations::accept_signed_in(c, &a, &code))
            .await
        {
            Ok(tenant_id) => {
                let keys = state.keys.clone();
                let issued = state
                    .db
                    .run(move |c| session::switch_tenant(c, &keys, &actor, &tenant_id))
                    .await?;
                queue_cookies(&req, state.cookies.for_issued(&issued));
                Ok(redirect("/dashboard"))
            }
            Err(e @ AppError::Invalid { .. }) => {
                accept_page(&req, &state, Some(&actor), &form, "code", Some(&e))
            }
            Err(e) => Err(e),
        };
    }
    let code = form.code.clone();
    let found = state
        .db
        .run(move |c| invitations::by_code(c, &code))
        .await?;
    let Some(inv) = found else {
        return accept_page(
            &req,
            &state,
            None,
            &form,
            "code",
            Some(&invitations::invalid_code()),
        );
    };
    if form.password.is_empty() {
        let prefilled = AcceptForm {
            display_name: inv.display_name.clone(),
            ..form
        };
        return accept_page(&req, &state, None, &prefilled, "account", None);
    }
    let ip = client_of(&req).ip;
    let (code, name, pw, confirm) = (
        form.code.clone(),
        form.display_name.clone(),
        form.password.clone(),
        form.password_confirm.clone(),
    );
    let result = match crate::auth::password::validate_and_hash(pw, confirm).await {
        Ok(hash) => {
            state
                .db
                .run(move |c| invitations::accept_new(c, &code, &name, &hash, &ip))
                .await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok((_, email)) => {
            let issued = session::sign_in_async(
                &state.db,
                &state.keys,
                &email,
                form.password.clone(),
                client_of(&req),
                SessionKind::Browser,
            )
            .await?;
            queue_cookies(&req, state.cookies.for_issued(&issued));
            Ok(redirect("/dashboard"))
        }
        Err(e @ AppError::Invalid { .. }) => {
            let step = if e.code() == "invitation_sign_in" {
                "code"
            } else {
                "account"
            };
            accept_page(&req, &state, None, &form, step, Some(&e))
        }
        Err(e) => Err(e),
    }
}

crate::web::paging::page_schema!(
    /// A page of the tenant's invitations, newest first.
    InvitationPage => invitations::Invitation
);

/// `GET /api/v1/invitations`
///
/// The tenant's invitations, open, accepted, revoked and expired, newest first. Admins and
/// merchandisers.
#[utoipa::path(
    get,
    path = "/api/v1/invitations",
    tag = "people",
    operation_id = "list_invitations",
    params(PageQuery),
    responses((
        status = 200,
        description = "A page of invitations",
        body = InvitationPage,
        headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))
    ))
)]
pub async fn api_list(state: State, actor: Actor, page: PageRequest) -> AppResult<HttpResponse> {
    let keyset = page.keyset()?;
    let items = state
        .db
        .run(move |c| invitations::list(c, &actor, &keyset))
        .await?;
    page.respond(items)
}

/// `POST /api/v1/invitations`: the response carries the code once.
///
/// Invites a person by e-mail with a role and access; the mail holds a one-time code valid for
/// seven days (stored only as a hash). Admins; merchandisers may invite buyers where the tenant
/// allows it. Needs a recent step-up (`POST /api/v1/auth/step-up`, within 5 minutes),
/// otherwise 403 `step_up_required`. Someone who already has access, or has an open
/// invitation, is a 409.
#[utoipa::path(
    post,
    path = "/api/v1/invitations",
    tag = "people",
    operation_id = "create_invitation",
    request_body = NewPerson,
    responses((status = 201, description = "The invitation and its code", body = invitations::Issued))
)]
pub async fn api_create(
    state: State,
    crate::auth::stepup::Verified(actor): crate::auth::stepup::Verified,
    body: web::Json<NewPerson>,
) -> AppResult<HttpResponse> {
    let url = state.config.public_url.clone();
    let issued = state
        .db
        .run(move |c| invitations::invite(c, &actor, &body, &url))
        .await?;
    Ok(crate::web::created("/api/v1/invitations".into(), &issued))
}

/// `POST /api/v1/invitations/{id}/revoke`
///
/// The code stops working. Who may invite the person may revoke; an invitation that is no
/// longer open (accepted, revoked or expired) is a 409.
#[utoipa::path(
    post,
    path = "/api/v1/invitations/{id}/revoke",
    tag = "people",
    operation_id = "revoke_invitation",
    params(("id" = String, Path, description = "Invitation id")),
    responses((status = 204, description = "The invitation is revoked"))
)]
pub async fn api_revoke(
    state: State,
    actor: Actor,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    state
        .db
        .run(move |c| invitations::revoke(c, &actor, &id))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// This module's part of the OpenAPI document (see `crate::web::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(api_list, api_create, api_revoke))]
pub struct Api;
