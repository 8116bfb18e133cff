//! First-run setup page, the tenant switcher, the company's settings and its brand.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::auth::actor::{client_of, queue_cookies};
use crate::auth::session;
use crate::error::{AppError, AppResult};
use crate::ids::TenantId;
use crate::policy::Actor;
use crate::policy::TenantAdmin;
use crate::tenants::{self, NewTenant, brand};
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
    ctx.insert("brand_saved", &(req.query_string() == "saved=brand"));
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

/// `POST /admin/settings/brand` (multipart: `logo`, `accent`, `remove_logo`): the logo goes
/// through `brand::prepare_logo` off the async workers and is stored before the row names
/// it; the object it replaces goes once the row no longer does.
pub async fn save_brand(
    req: HttpRequest,
    state: State,
    TenantAdmin(actor): TenantAdmin,
    payload: actix_multipart::Multipart,
) -> AppResult<HttpResponse> {
    let form = match read_brand_form(payload).await {
        Ok(f) => f,
        Err(e @ AppError::Invalid { .. }) => return brand_refused(&req, &state, &actor, e).await,
        Err(e) => return Err(e),
    };
    let accent = match form.accent.as_deref().map(str::trim) {
        None => None,
        Some("") => Some(None),
        Some(raw) => match brand::accent(raw) {
            Ok(c) => Some(Some(c)),
            Err(e) => return brand_refused(&req, &state, &actor, e).await,
        },
    };
    let mut new_key = None;
    let logo = if form.remove_logo {
        Some(None)
    } else if let Some(bytes) = form.logo.filter(|b| !b.is_empty()) {
        let png = match web::block(move || brand::prepare_logo(&bytes))
            .await
            .map_err(AppError::internal)?
        {
            Ok(p) => p,
            Err(e) => return brand_refused(&req, &state, &actor, e).await,
        };
        let key = crate::storage::Storage::new_key(&actor.tenant_id);
        state
            .storage
            .put(&key, png)
            .await
            .map_err(AppError::internal)?;
        new_key = Some(key.clone());
        Some(Some(key))
    } else {
        None
    };
    let a = actor.clone();
    match state
        .db
        .run(move |c| brand::update(c, &a, logo, accent))
        .await
    {
        Ok(old) => {
            if let Some(old) = old {
                let _ = state.storage.delete(&old).await;
            }
            Ok(redirect("/admin/settings?saved=brand#brand"))
        }
        Err(e) => {
            if let Some(k) = new_key {
                let _ = state.storage.delete(&k).await;
            }
            Err(e)
        }
    }
}

async fn brand_refused(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    e: AppError,
) -> AppResult<HttpResponse> {
    let a = actor.clone();
    let s = state.db.run(move |c| tenants::settings(c, &a)).await?;
    settings_form(req, state, actor, &s, Some(e.public_message()), false)
}

#[derive(Default)]
struct BrandForm {
    logo: Option<Vec<u8>>,
    accent: Option<String>,
    remove_logo: bool,
}

async fn read_brand_form(mut payload: actix_multipart::Multipart) -> AppResult<BrandForm> {
    use futures_util::StreamExt;
    let mut form = BrandForm::default();
    let unreadable = || AppError::invalid("form_invalid", "The form could not be read.");
    while let Some(field) = payload.next().await {
        let mut field = field.map_err(|_| unreadable())?;
        let name = field.name().unwrap_or_default().to_string();
        let limit = if name == "logo" {
            brand::LOGO_MAX_BYTES
        } else {
            256
        };
        let mut bytes = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|_| unreadable())?;
            if bytes.len() + chunk.len() > limit {
                return Err(AppError::invalid(
                    "logo_too_big",
                    "The logo is at most 2 MB.",
                ));
            }
            bytes.extend_from_slice(&chunk);
        }
        match name.as_str() {
            "logo" => form.logo = Some(bytes),
            "accent" => form.accent = Some(String::from_utf8_lossy(&bytes).into_owned()),
            "remove_logo" => form.remove_logo = bytes == b"1",
            _ => {}
        }
    }
    Ok(form)
}

/// `GET /brand/{tenant}/logo`: the supplier's logo, public like any letterhead (the sign-in
/// page shows it before anyone is signed in); its address changes with every upload.
pub async fn logo(state: State, tenant: web::Path<TenantId>) -> AppResult<HttpResponse> {
    let tid = tenant.into_inner();
    let key = state
        .db
        .run(move |c| brand::logo_key(c, &tid))
        .await?
        .ok_or(AppError::NotFound)?;
    let bytes = state
        .storage
        .read_all(&key)
        .await
        .map_err(|_| AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type("image/png")
        .insert_header((
            actix_web::http::header::CACHE_CONTROL,
            crate::web::assets::IMMUTABLE,
        ))
        .body(bytes))
}

/// `GET /brand/{tenant}/theme.css`: the accent colour as a stylesheet (the CSP allows no
/// inline style); its address names the colour.
pub async fn theme(state: State, tenant: web::Path<TenantId>) -> AppResult<HttpResponse> {
    let tid = tenant.into_inner();
    let b = state.db.run(move |c| brand::of(c, &tid)).await?;
    let accent = b.accent.ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((
            actix_web::http::header::CACHE_CONTROL,
            crate::web::assets::IMMUTABLE,
        ))
        .body(format!(":root {{ --brand:{accent}; }}\n")))
}
