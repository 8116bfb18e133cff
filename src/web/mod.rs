//! The HTTP layer: application state, page rendering and embedded static files (the routes
//! are in `routes`).

pub mod access_log;
pub mod api_enums;
pub mod assets;
pub mod audit;
pub mod form_error;
pub mod idempotency;
pub mod jobs;
pub mod middleware;
pub mod openapi;
pub mod pages;
pub mod paging;
pub mod request_errors;
pub mod routes;

use actix_web::http::header;
use actix_web::{HttpMessage, HttpRequest, HttpResponse, web};

use crate::auth::csrf::CsrfToken;
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::policy::{self, Actor};

pub use crate::app::{AppState, State};

/// The language of this request: the person's setting, then the language cookie, then
/// Accept-Language, then English.
pub fn locale_of(req: &HttpRequest, actor: Option<&Actor>) -> Locale {
    actor
        .and_then(|a| a.locale)
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
    ctx.insert("dir", lang.dir());
    // Times in the tenant's zone for its people; public pages (share links, verification,
    // sign-in) in UTC, each time with its offset.
    ctx.insert("tz", actor.map_or("UTC", |a| a.time_zone.name()));
    ctx.insert("languages", &crate::i18n::menu());
    // The supplier's logo and accent, for its people's pages.
    if let Some(a) = actor {
        ctx.insert(
            "brand",
            &crate::tenants::brand::Brand::new(
                a.tenant_id.clone(),
                a.tenant_name.clone(),
                a.tenant_logo_key.as_deref(),
                a.tenant_accent.clone(),
            ),
        );
    }
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
        ctx.insert("can", &policy::Can::of(a));
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

/// `201 Created` with the new resource's address in `Location` (RFC 9110 §15.3.2): its own
/// URL where it has one, else the list it is read from.
pub fn created(location: String, body: &impl serde::Serialize) -> HttpResponse {
    HttpResponse::Created()
        .insert_header((header::LOCATION, location))
        .json(body)
}

/// No route took the request: 405 with `Allow` when the path exists with other methods
/// (RFC 9110 §15.5.6), else 404.
pub async fn unmatched(req: HttpRequest) -> AppResult<HttpResponse> {
    let allowed = routes::allowed_methods(req.path());
    if allowed.is_empty() {
        return Err(AppError::NotFound);
    }
    Err(AppError::MethodNotAllowed(allowed.join(", ")))
}

/// See-other redirect after a successful form post.
pub fn redirect(to: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, to.to_string()))
        .finish()
}

pub async fn static_file(req: HttpRequest, path: web::Path<String>) -> AppResult<HttpResponse> {
    let name = path.into_inner();
    // The address of this build's file (`?v=` its content's hash) is kept a year.
    let current = assets::version(&name).is_some_and(|v| {
        req.query_string()
            .split('&')
            .any(|kv| kv.strip_prefix("v=") == Some(v))
    });
    let (_, bytes) = crate::app::assets::STATIC
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
        .insert_header((
            header::CACHE_CONTROL,
            if current {
                assets::IMMUTABLE
            } else {
                assets::UNVERSIONED
            },
        ))
        .body(*bytes))
}

/// `GET /favicon.ico`: what browsers ask for on every site (a PNG is fine for all of them).
pub async fn favicon(req: HttpRequest) -> AppResult<HttpResponse> {
    static_file(req, web::Path::from("favicon.png".to_string())).await
}

/// Parses an url-encoded form body where a field may repeat (checkbox lists).
pub fn form_pairs(body: &[u8]) -> AppResult<Vec<(String, String)>> {
    serde_urlencoded::from_bytes(body)
        .map_err(|_| AppError::invalid("form_invalid", "The form could not be read."))
}

/// The request's route pattern (`/orders/{id}`), worked out once per request: actix finds it
/// by matching the path against the route table again at every call (regular expressions
/// for the routes with parameters), and the frame, the access log, the metrics and token
/// scopes each ask: 7 % of the CPU time of `GET /api/v1/me` went into those matches (perf).
pub fn route_pattern(req: &actix_web::HttpRequest) -> Option<String> {
    use actix_web::HttpMessage;
    #[derive(Clone)]
    struct Pattern(Option<String>);
    if let Some(Pattern(p)) = req.extensions().get::<Pattern>() {
        return p.clone();
    }
    let p = req.match_pattern();
    req.extensions_mut().insert(Pattern(p.clone()));
    p
}
