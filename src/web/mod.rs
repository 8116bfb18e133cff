//! The HTTP layer: application state, page rendering and embedded static files (the routes
//! are in `routes`).

pub mod audit;
pub mod jobs;
pub mod middleware;
pub mod openapi;
pub mod pages;
pub mod proxy;
pub mod routes;

use actix_web::http::header;
use actix_web::{HttpMessage, HttpRequest, HttpResponse, web};
use serde::Serialize;

use crate::auth::actor::CookieNames;
use crate::auth::csrf::CsrfToken;
use crate::auth::keys::Keys;
use crate::config::Config;
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::i18n::{I18n, Locale};
use crate::policy::{self, Actor};

mod assets {
    include!(concat!(env!("OUT_DIR"), "/assets.rs"));
}

pub struct AppState {
    pub db: Db,
    pub keys: Keys,
    pub config: Config,
    pub cookies: CookieNames,
    pub templates: tera::Tera,
    pub i18n: I18n,
    pub storage: crate::storage::Storage,
    /// The SMTP relay, when configured.
    pub mailer: Option<std::sync::Arc<crate::notify::smtp::Mailer>>,
    /// Wakes this node's job worker when work was queued here.
    pub jobs_wake: std::sync::Arc<tokio::sync::Notify>,
}

impl AppState {
    pub fn new(db: Db, keys: Keys, config: Config) -> Result<Self, crate::error::StartError> {
        let i18n = I18n::load();
        let mut templates = tera::Tera::default();
        let sources: Vec<(String, String)> = assets::TEMPLATES
            .iter()
            .map(|(name, bytes)| {
                (
                    name.to_string(),
                    String::from_utf8_lossy(bytes).into_owned(),
                )
            })
            .collect();
        templates.add_raw_templates(sources).map_err(|e| {
            crate::error::StartError::Other(format!("templates: {}", AppError::from(e)))
        })?;
        templates.register_function("t", i18n.clone());
        templates.register_filter("when", when);
        templates.register_filter("filesize", filesize);
        templates.autoescape_on(vec![".html"]);
        let storage = crate::storage::Storage::open(&config.storage, &config.s3)?;
        let mailer = match &config.smtp {
            Some(c) => Some(std::sync::Arc::new(crate::notify::smtp::Mailer::new(c)?)),
            None => None,
        };
        Ok(Self {
            mailer,
            storage,
            jobs_wake: Default::default(),
            cookies: CookieNames::new(config.is_https()),
            db,
            keys,
            config,
            templates,
            i18n,
        })
    }

    pub fn db(&self) -> &Db {
        &self.db
    }
}

pub type State = web::Data<AppState>;

/// `{{ created_at | when }}`: a stored UTC timestamp as "2026-11-22 02:10".
fn when(
    value: &tera::Value,
    _: &std::collections::HashMap<String, tera::Value>,
) -> tera::Result<tera::Value> {
    let s = value.as_str().unwrap_or_default();
    Ok(tera::Value::String(
        s.replacen('T', " ", 1).chars().take(16).collect(),
    ))
}

/// `{{ size_bytes | filesize }}`: "1.4 MB", "820 KB", "12 bytes".
fn filesize(
    value: &tera::Value,
    _: &std::collections::HashMap<String, tera::Value>,
) -> tera::Result<tera::Value> {
    let n = value.as_f64().unwrap_or(0.0);
    let s = if n >= 1e9 {
        format!("{:.1} GB", n / 1e9)
    } else if n >= 1e6 {
        format!("{:.1} MB", n / 1e6)
    } else if n >= 1e3 {
        format!("{:.0} KB", n / 1e3)
    } else {
        format!("{n} bytes")
    };
    Ok(tera::Value::String(s))
}

/// The language of this request: the person's setting, then the language cookie, then
/// Accept-Language, then English.
pub fn locale_of(req: &HttpRequest, actor: Option<&Actor>) -> Locale {
    actor
        .and_then(|a| a.locale.as_deref())
        .and_then(Locale::parse)
        .or_else(|| {
            let name = req
                .app_data::<web::Data<AppState>>()
                .map_or(pages::LANG_COOKIE, |s| s.cookies.lang.as_str());
            req.cookie(name).and_then(|c| Locale::parse(c.value()))
        })
        .or_else(|| {
            req.headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::from_accept_language)
        })
        .unwrap_or(Locale::En)
}

#[derive(Serialize)]
struct Nav {
    orders: bool,
    requests: bool,
    templates: bool,
    new_order: bool,
    people: bool,
    audit: bool,
}

/// Renders a page inside the base layout, with what every page needs: language, CSRF token,
/// the signed-in person and what their navigation shows.
pub fn render(
    req: &HttpRequest,
    state: &AppState,
    actor: Option<&Actor>,
    template: &str,
    mut ctx: tera::Context,
) -> AppResult<HttpResponse> {
    let body = render_string(req, state, actor, template, &mut ctx)?;
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(body))
}

pub fn render_string(
    req: &HttpRequest,
    state: &AppState,
    actor: Option<&Actor>,
    template: &str,
    ctx: &mut tera::Context,
) -> AppResult<String> {
    let lang = locale_of(req, actor);
    ctx.insert("lang", lang.code());
    ctx.insert(
        "csrf_token",
        &req.extensions()
            .get::<CsrfToken>()
            .map(|t| t.0.clone())
            .unwrap_or_default(),
    );
    ctx.insert("request_id", &middleware::request_id(req));
    // Where the language switch comes back to: this page when it was a plain GET (an error
    // page goes home: it must not echo an address the reader may not see).
    let here = match (req.method(), req.uri().path_and_query()) {
        (&actix_web::http::Method::GET, Some(pq)) if template != "error.html" => {
            middleware::safe_next(pq.as_str())
        }
        _ => "/".to_string(),
    };
    ctx.insert("here", &here);
    ctx.insert("actor", &actor);
    ctx.insert(
        "unread",
        &req.extensions()
            .get::<crate::auth::actor::Unread>()
            .map(|u| u.0)
            .unwrap_or(0),
    );
    if let Some(a) = actor {
        ctx.insert(
            "nav",
            &Nav {
                orders: true,
                requests: policy::can_request_access(a),
                templates: policy::can_manage_templates(a),
                new_order: policy::can_create_orders(a),
                people: policy::can_manage_people(a),
                audit: policy::can_view_audit(a),
            },
        );
    }
    Ok(state.templates.render(template, ctx)?)
}

/// A script on our pages (uploads) asks for JSON answers, errors included.
pub fn wants_json(req: &HttpRequest) -> bool {
    req.headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"))
}

/// See-other redirect after a successful form post.
pub fn redirect(to: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, to.to_string()))
        .finish()
}

pub async fn static_file(path: web::Path<String>) -> AppResult<HttpResponse> {
    let name = path.into_inner();
    let (_, bytes) = assets::STATIC
        .iter()
        .find(|(n, _)| *n == name)
        .ok_or(AppError::NotFound)?;
    let ct = match name.rsplit('.').next() {
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        _ => "application/octet-stream",
    };
    Ok(HttpResponse::Ok()
        .content_type(ct)
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(*bytes))
}

/// `GET /favicon.ico`: what browsers ask for on every site (a PNG is fine for all of them).
pub async fn favicon() -> AppResult<HttpResponse> {
    static_file(web::Path::from("favicon.png".to_string())).await
}

/// Parses an url-encoded form body where a field may repeat (checkbox lists).
pub fn form_pairs(body: &[u8]) -> AppResult<Vec<(String, String)>> {
    serde_urlencoded::from_bytes(body)
        .map_err(|_| AppError::invalid("form_invalid", "The form could not be read."))
}
