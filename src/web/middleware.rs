//! The frame around every request: request id and tracing span, security headers, cookies
//! queued by extractors, and HTML rendering of errors for pages (the API keeps JSON).

use std::time::Instant;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpRequest, HttpResponse, web};
use tracing::Instrument;

use crate::auth::actor::{PendingCookies, resolved_actor};
use crate::error::ErrorBody;
use crate::web::AppState;

#[derive(Clone)]
pub struct RequestId(pub String);

pub fn request_id(req: &HttpRequest) -> String {
    req.extensions()
        .get::<RequestId>()
        .map(|r| r.0.clone())
        .unwrap_or_default()
}

const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; \
media-src 'self' blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
form-action 'self'; frame-ancestors 'none'";

pub async fn frame(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let id = crate::ids::new_id();
    req.extensions_mut().insert(RequestId(id.clone()));
    let span = crate::web::access_log::span(&req, &id);
    let started = Instant::now();
    let _in_flight = crate::metrics::in_flight();
    // No clone of the request may live across `next.call`: routing needs it unshared.
    let mut res = next
        .call(req)
        .instrument(span.clone())
        .await?
        .map_into_boxed_body();
    let http_req = res.request().clone();
    let status = res.status();
    if (status.is_client_error() || status.is_server_error())
        && !http_req.path().starts_with("/api/")
        && !super::wants_json(&http_req)
    {
        if status == actix_web::http::StatusCode::NOT_FOUND
            && crate::auth::actor::resolved_actor(&http_req).is_none()
        {
            // No route matched, so nobody looked at the session: the page still speaks the
            // person's language.
            let _ = crate::auth::actor::resolve_for_error_page(&http_req).await;
        }
        res = html_error(res);
    } else if status.is_client_error() || status.is_server_error() {
        res = translated_json_error(res);
    }
    let pending = res.request().extensions().get::<PendingCookies>().cloned();
    let https = http_req
        .app_data::<web::Data<AppState>>()
        .is_some_and(|s| s.config.is_https());
    let is_static = http_req.path().starts_with("/static/");
    let headers = res.headers_mut();
    if let Some(PendingCookies(cookies)) = pending {
        for c in cookies {
            if let Ok(v) = HeaderValue::from_str(&c.to_string()) {
                headers.append(header::SET_COOKIE, v);
            }
        }
    }
    let text = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(super::assets::compressible);
    // A handler may choose a stricter value (share links send no referrer at all).
    let mut set = |k: HeaderName, v: &'static str| {
        if !headers.contains_key(&k) {
            headers.insert(k, HeaderValue::from_static(v));
        }
    };
    set(header::CONTENT_SECURITY_POLICY, CSP);
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(header::X_FRAME_OPTIONS, "DENY");
    set(header::REFERRER_POLICY, "same-origin");
    set(
        HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    );
    if https {
        set(
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=31536000; includeSubDomains",
        );
    }
    if !is_static {
        // Tenant data must not linger in shared or back-button caches.
        set(header::CACHE_CONTROL, "no-store");
    }
    // Only text is compressed (see `unmark_identity`): files go out byte for byte.
    if !text {
        set(header::CONTENT_ENCODING, "identity");
    }
    if let Ok(v) = HeaderValue::from_str(&id) {
        headers.insert(HeaderName::from_static("x-request-id"), v);
    }
    if let Some(policy) = crate::web::route_pattern(&http_req)
        .and_then(|p| crate::auth::limits::policy_for(http_req.method().as_str(), &p))
    {
        // A 429's `RateLimit` names the policy this operation advertises, so that a client
        // can match the two (the error itself does not know which route it came from).
        let name = policy.split('"').nth(1).unwrap_or("attempts").to_string();
        let limited = HeaderName::from_static("ratelimit");
        if let Some(v) = headers.get(&limited).and_then(|v| v.to_str().ok()) {
            let renamed = v.replacen("\"attempts\"", &format!("\"{name}\""), 1);
            if let Ok(v) = HeaderValue::from_str(&renamed) {
                headers.insert(limited, v);
            }
        }
        if let Ok(v) = HeaderValue::from_str(&policy) {
            headers.insert(HeaderName::from_static("ratelimit-policy"), v);
        }
    }
    // The pattern, not the path: one series per route however many ids are requested.
    crate::metrics::request_done(
        http_req.method().as_str(),
        crate::web::route_pattern(&http_req)
            .as_deref()
            .unwrap_or("unmatched"),
        status.as_u16(),
        started.elapsed(),
    );
    let res = crate::web::access_log::served(res, span, started);
    Ok(res)
}

/// An API error's message in the caller's language (the person's setting, else
/// Accept-Language); the code stays as it is, for programs.
fn translated_json_error(res: ServiceResponse<BoxBody>) -> ServiceResponse<BoxBody> {
    let Some(body) = res.response().extensions().get::<ErrorBody>().cloned() else {
        return res;
    };
    let actor = crate::auth::actor::resolved_actor(res.request());
    let locale = super::locale_of(res.request(), actor.as_ref());
    let message = crate::i18n::catalogue().error_text(locale, &body.message);
    if message == body.message {
        return res;
    }
    let (req, resp) = res.into_parts();
    // The body as it was (a challenge, say) with only the sentence replaced.
    let status = resp.status();
    let headers = resp.headers().clone();
    let mut problem: serde_json::Value = match resp.into_body().try_into_bytes() {
        Ok(b) => serde_json::from_slice(&b).unwrap_or_default(),
        Err(_) => serde_json::Value::Null,
    };
    if !problem.is_object() {
        problem =
            serde_json::to_value(crate::error::Problem::new(status, &body)).unwrap_or_default();
    }
    problem["detail"] = message.clone().into();
    let translated = ErrorBody { message, ..body };
    let mut r = HttpResponse::build(status)
        .content_type(crate::error::PROBLEM_JSON)
        .body(serde_json::to_vec(&problem).unwrap_or_default());
    for (k, v) in &headers {
        if k != header::CONTENT_TYPE && k != header::CONTENT_LENGTH {
            r.headers_mut().append(k.clone(), v.clone());
        }
    }
    r.headers_mut().insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(locale.code()),
    );
    r.extensions_mut().insert(translated);
    ServiceResponse::new(req, r)
}

/// Replaces a JSON error body with the HTML page in the person's language; a page that needs
/// sign-in redirects to the sign-in form instead.
fn html_error(res: ServiceResponse<BoxBody>) -> ServiceResponse<BoxBody> {
    let (req, resp) = res.into_parts();
    let status = resp.status();
    let is_html = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html"));
    let found = resp.extensions().get::<ErrorBody>().cloned();
    let body = match found {
        Some(b) => b,
        // A page that rendered itself with an error status (a form shown again with its
        // message) stays as it is.
        None if is_html => return ServiceResponse::new(req, resp),
        None => ErrorBody {
            code: if status == StatusCode::NOT_FOUND {
                "not_found"
            } else {
                "error"
            },
            message: status.canonical_reason().unwrap_or("Error").to_string(),
            field: None,
        },
    };
    if body.code == "email_confirmation_required" {
        let r = HttpResponse::SeeOther()
            .insert_header((header::LOCATION, "/account/email"))
            .finish();
        return ServiceResponse::new(req, r);
    }
    if body.code == "two_factor_enrolment_required" {
        let r = HttpResponse::SeeOther()
            .insert_header((header::LOCATION, "/account/2fa"))
            .finish();
        return ServiceResponse::new(req, r);
    }
    if body.code == "step_up_required"
        && req.method() == actix_web::http::Method::POST
        && let Some(page) = carried_confirmation(&req)
    {
        let r = HttpResponse::Forbidden()
            .content_type("text/html; charset=utf-8")
            .body(page);
        return ServiceResponse::new(req, r);
    }
    if body.code == "step_up_required" {
        // Back to the page the form was on, once confirmed.
        let back = referer_path(&req).unwrap_or_else(|| {
            if req.method() == actix_web::http::Method::GET {
                req.uri().path().to_string()
            } else {
                "/".into()
            }
        });
        let r = HttpResponse::SeeOther()
            .insert_header((
                header::LOCATION,
                format!("/account/confirm?next={}", urlencode(&safe_next(&back))),
            ))
            .finish();
        return ServiceResponse::new(req, r);
    }
    if body.code == "unauthenticated" {
        let next = if req.method() == actix_web::http::Method::GET {
            req.uri().path().to_string()
        } else {
            "/".into()
        };
        let target = format!("/signin?next={}", urlencode(&next));
        let mut r = HttpResponse::SeeOther()
            .insert_header((header::LOCATION, target))
            .finish();
        for c in resp.cookies() {
            let _ = r.add_cookie(&c);
        }
        return ServiceResponse::new(req, r);
    }
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return ServiceResponse::new(req, resp);
    };
    let actor = resolved_actor(&req);
    let mut ctx = tera::Context::new();
    ctx.insert("status", &status.as_u16());
    ctx.insert("code", body.code);
    ctx.insert("message", &body.message);
    let page = crate::web::render_string(&req, &state, actor.as_ref(), "error.html", &mut ctx);
    let new = match page {
        Ok(html) => {
            let mut r = HttpResponse::build(status)
                .content_type("text/html; charset=utf-8")
                .body(html);
            for (k, v) in resp.headers() {
                // Cookies, what a 416 must say about the file's size, the scheme a 401
                // names (a wrong /metrics token), the methods of a 405 and the wait of a 429
                // or 503: what tells the client what to do next.
                if k == header::SET_COOKIE
                    || k == header::CONTENT_RANGE
                    || k == header::WWW_AUTHENTICATE
                    || k == header::ALLOW
                    || k == header::RETRY_AFTER
                    || k.as_str() == "ratelimit"
                {
                    r.headers_mut().append(k.clone(), v.clone());
                }
            }
            r
        }
        Err(e) => {
            tracing::error!(error = %e, "error page failed to render");
            return ServiceResponse::new(req, resp);
        }
    };
    ServiceResponse::new(req, new)
}

/// The path (and query) of the page a request came from, by its Referer.
fn referer_path(req: &HttpRequest) -> Option<String> {
    req.headers()
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|r| r.split_once("://").map(|(_, rest)| rest))
        .and_then(|rest| rest.find('/').map(|i| rest[i..].to_string()))
}

/// The step-up page for a form that was refused for want of a fresh check: it carries what
/// was typed, and once the password or code is right the form is sent on
/// (`account::security::confirm`).
fn carried_confirmation(req: &HttpRequest) -> Option<String> {
    let posted = req
        .extensions()
        .get::<crate::auth::csrf::PostedForm>()
        .cloned()?;
    let fields: Vec<(String, String)> = serde_urlencoded::from_bytes(&posted.0).ok()?;
    let carry = serde_urlencoded::to_string(
        fields
            .iter()
            .filter(|(k, _)| k != "csrf_token")
            .collect::<Vec<_>>(),
    )
    .ok()?;
    let action = safe_next(
        req.uri()
            .path_and_query()
            .map_or(req.path(), |pq| pq.as_str()),
    );
    let state = req.app_data::<web::Data<AppState>>()?.clone();
    let actor = resolved_actor(req)?;
    let back = referer_path(req).unwrap_or_else(|| "/".into());
    let mut ctx = tera::Context::new();
    ctx.insert("next", &safe_next(&back));
    ctx.insert("error", &None::<String>);
    ctx.insert("carry_action", &action);
    ctx.insert("carry", &carry);
    crate::web::render_string(req, &state, Some(&actor), "account/confirm.html", &mut ctx).ok()
}

pub fn urlencode(s: &str) -> String {
    serde_urlencoded::to_string([("", s)])
        .map(|x| x[1..].to_string())
        .unwrap_or_default()
}

/// A local path to return to after sign-in, the language switch or a step-up; anything
/// else falls back to the home page, so the parameter cannot be an open redirect. The path is
/// parsed by the WHATWG URL rules browsers use (the security drill's `/%09/evil.example`
/// passed a prefix check, and browsers strip the tab and go to `//evil.example`), must keep
/// this origin, and is re-serialised, so what goes into `Location` is always a valid header
/// (control characters used to answer 500).
pub fn safe_next(next: &str) -> String {
    let base = url::Url::parse("https://portico.invalid/").expect("a valid base");
    if !next.starts_with('/') || next.chars().any(|c| c.is_control() || c == '\\') {
        return "/".into();
    }
    match base.join(next) {
        Ok(u) if u.origin() == base.origin() && u.username().is_empty() => {
            let mut out = u.path().to_string();
            if let Some(q) = u.query() {
                out.push('?');
                out.push_str(q);
            }
            // Dot segments are resolved after the host is read: `/.//evil.example` comes out
            // as the path `//evil.example`, which a browser reads as another host.
            if out.starts_with("//") {
                return "/".into();
            }
            out
        }
        _ => "/".into(),
    }
}

/// Takes off the `Content-Encoding: identity` that `frame` put on responses that must not be
/// compressed (actix's `Compress` leaves a response with a content encoding alone); the
/// header is not meant to be sent.
pub async fn unmark_identity(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let mut res = next.call(req).await?.map_into_boxed_body();
    let headers = res.headers_mut();
    if headers
        .get(header::CONTENT_ENCODING)
        .is_some_and(|v| v.as_bytes() == b"identity")
    {
        headers.remove(header::CONTENT_ENCODING);
    }
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_is_local_only() {
        assert_eq!(safe_next("/orders?x=1"), "/orders?x=1");
        assert_eq!(safe_next("//evil.example"), "/");
        assert_eq!(safe_next("https://evil.example"), "/");
        assert_eq!(safe_next("/\\evil.example"), "/");
        // Browsers strip tabs and newlines anywhere, and read a backslash as a slash.
        assert_eq!(safe_next("/\t/evil.example"), "/");
        assert_eq!(safe_next("/\n/evil.example"), "/");
        assert_eq!(safe_next("/\r\n/evil.example"), "/");
        assert_eq!(safe_next("/ /evil.example"), "/%20/evil.example");
        assert_eq!(safe_next("/\u{0}x"), "/");
        assert_eq!(safe_next("/./\\evil.example"), "/");
        assert_eq!(safe_next("/orders/../admin?x=é"), "/admin?x=%C3%A9");
        // Dot segments that leave a scheme-relative path.
        assert_eq!(safe_next("/.//evil.example"), "/");
        assert_eq!(safe_next("/..//evil.example"), "/");
        assert_eq!(safe_next("/%2e//evil.example"), "/");
        assert_eq!(safe_next("/a/..//evil.example"), "/");
        assert_eq!(urlencode("/a b&c"), "%2Fa+b%26c");
    }
}
