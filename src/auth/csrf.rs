//! CSRF protection by the signed double-submit cookie pattern (OWASP): a random value in an
//! HttpOnly SameSite=Lax cookie, and in each form (or the `X-CSRF-Token` header) its HMAC
//! under a server key. A cross-site page can neither read the cookie nor forge the HMAC.
//! Every unsafe request that is not bearer-authenticated is checked here, in one place.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;
use actix_web::web::{self, Bytes, BytesMut};
use actix_web::{HttpMessage, ResponseError};
use futures_util::StreamExt;

use crate::app::AppState;
use crate::auth::actor::{bearer_token, queue_cookies};
use crate::auth::secrets::{constant_time_eq, hex, hmac_sha256, random_token};
use crate::error::AppError;

pub const FORM_FIELD: &str = "csrf_token";
pub const HEADER: &str = "x-csrf-token";
/// Form bodies above this size are refused before parsing (file uploads use multipart with
/// the token in the header or query).
const MAX_FORM_BYTES: usize = 256 * 1024;
/// Routes that set no cookie and take no cookie authority: they need no CSRF token.
/// `/api/v1/verify` only answers questions (anyone may ask, logged and rate-limited).
const EXEMPT: &[&str] = &[
    "/api/v1/auth/token",
    "/api/v1/auth/second-factor",
    "/api/v1/verify",
];

/// The token to embed in this request's forms.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

/// The fields of a form that was posted (read here for its token anyway). A form refused
/// for want of a fresh step-up is shown again from them: nothing typed is lost.
#[derive(Clone)]
pub struct PostedForm(pub Bytes);

pub fn token_for(key: &[u8; 32], cookie_value: &str) -> String {
    hex(&hmac_sha256(key, cookie_value.as_bytes()))
}

fn is_unsafe(m: &Method) -> bool {
    !matches!(*m, Method::GET | Method::HEAD | Method::OPTIONS)
}

pub async fn middleware(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<actix_web::body::EitherBody<impl MessageBody>>, actix_web::Error> {
    // A request with a bearer token is an API client's, not a browser's: it is never checked
    // (below), and it would be sent a new cookie every time, as API clients keep none (a
    // random token, a MAC and a `Set-Cookie` on every API answer).
    if bearer_token(req.request()).is_some() {
        return Ok(next.call(req).await?.map_into_left_body());
    }
    let state = req
        .app_data::<web::Data<AppState>>()
        .expect("app state")
        .clone();
    let names = &state.cookies;
    let cookie = req
        .cookie(&names.csrf)
        .map(|c| c.value().to_string())
        .filter(|v| v.len() >= 32);
    let cookie_value = match &cookie {
        Some(v) => v.clone(),
        None => {
            let v = random_token();
            queue_cookies(req.request(), vec![names.make(&names.csrf, v.clone())]);
            v
        }
    };
    let expected = token_for(&state.keys.csrf, &cookie_value);
    req.extensions_mut().insert(CsrfToken(expected.clone()));

    let needs_check = is_unsafe(req.method()) && !EXEMPT.contains(&req.path());
    if needs_check {
        let supplied = match supplied_token(&mut req).await {
            Ok(s) => s,
            Err(e) => return Ok(req.error_response(e).map_into_right_body()),
        };
        let ok = cookie.is_some()
            && supplied.is_some_and(|s| constant_time_eq(s.as_bytes(), expected.as_bytes()));
        if !ok {
            let resp = AppError::Csrf.error_response();
            return Ok(req.into_response(resp).map_into_right_body());
        }
    }
    Ok(next.call(req).await?.map_into_left_body())
}

/// Finds the token in the header, the query string, or an url-encoded form body (which is
/// read here and put back for the handler).
async fn supplied_token(req: &mut ServiceRequest) -> Result<Option<String>, AppError> {
    if let Some(v) = req.headers().get(HEADER).and_then(|v| v.to_str().ok()) {
        return Ok(Some(v.to_string()));
    }
    if let Some(v) = field(req.query_string().as_bytes()) {
        return Ok(Some(v));
    }
    let content_type = req
        .headers()
        .get(actix_web::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    if let Some(boundary) = multipart_boundary(&content_type) {
        return first_multipart_field(req, &boundary).await;
    }
    let is_form = content_type.starts_with("application/x-www-form-urlencoded");
    if !is_form {
        return Ok(None);
    }
    let mut payload = req.take_payload();
    let mut body = BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|_| {
            AppError::invalid("body_unreadable", "The request body could not be read.")
        })?;
        if body.len() + chunk.len() > MAX_FORM_BYTES {
            return Err(AppError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    let body: Bytes = body.freeze();
    let found = field(&body);
    req.extensions_mut().insert(PostedForm(body.clone()));
    req.set_payload(actix_web::dev::Payload::from(body));
    Ok(found)
}

fn multipart_boundary(content_type: &str) -> Option<String> {
    let (kind, params) = content_type.split_once(';')?;
    if !kind.trim().eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    params.split(';').find_map(|p| {
        let (k, v) = p.trim().split_once('=')?;
        k.eq_ignore_ascii_case("boundary")
            .then(|| v.trim().trim_matches('"').to_string())
    })
}

/// How much of a multipart body is read to find the token in its first part (the forms put
/// it first; an upload of gigabytes is never buffered).
const MULTIPART_PEEK: usize = 16 * 1024;

/// The token as the first part of a multipart form (forms without script send it so, instead
/// of in the address, where it landed in logs and history). The bytes read are put back in
/// front of the rest of the stream for the handler.
async fn first_multipart_field(
    req: &mut ServiceRequest,
    boundary: &str,
) -> Result<Option<String>, AppError> {
    let mut payload = req.take_payload();
    let mut head = BytesMut::new();
    let delimiter = format!("\r\n--{boundary}");
    let mut found = None;
    while head.len() < MULTIPART_PEEK {
        match payload.next().await {
            Some(chunk) => head.extend_from_slice(&chunk.map_err(|_| {
                AppError::invalid("body_unreadable", "The request body could not be read.")
            })?),
            None => break,
        }
        if let Some(v) = parse_first_field(&head, boundary, &delimiter) {
            found = v;
            break;
        }
    }
    let head = head.freeze();
    let rest = payload;
    let stream =
        futures_util::stream::once(async move { Ok::<_, actix_web::error::PayloadError>(head) })
            .chain(rest);
    req.set_payload(actix_web::dev::Payload::Stream {
        payload: Box::pin(stream),
    });
    Ok(found)
}

/// `Some(Some(token))` when the first part is the token, `Some(None)` when the first part is
/// something else, `None` while the first part is not complete yet.
fn parse_first_field(head: &[u8], boundary: &str, delimiter: &str) -> Option<Option<String>> {
    let text = String::from_utf8_lossy(head);
    let start = format!("--{boundary}\r\n");
    let body = text.strip_prefix(start.as_str())?;
    let (headers, rest) = body.split_once("\r\n\r\n")?;
    let is_token = headers.lines().any(|l| {
        l.to_ascii_lowercase().starts_with("content-disposition:")
            && l.contains(&format!("name=\"{FORM_FIELD}\""))
            && !l.contains("filename=")
    });
    if !is_token {
        return Some(None);
    }
    let (value, _) = rest.split_once(delimiter)?;
    Some(Some(value.trim().to_string()))
}

fn field(encoded: &[u8]) -> Option<String> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(encoded)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == FORM_FIELD)
        .map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_depends_on_cookie_and_key() {
        let a = token_for(&[1; 32], "cookie-a");
        assert_eq!(a, token_for(&[1; 32], "cookie-a"));
        assert_ne!(a, token_for(&[1; 32], "cookie-b"));
        assert_ne!(a, token_for(&[2; 32], "cookie-a"));
        assert_eq!(field(b"a=1&csrf_token=xyz"), Some("xyz".into()));
        assert_eq!(field(b"a=1"), None);
        let b = "XyZ";
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\ntok123\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF";
        assert_eq!(
            parse_first_field(body.as_bytes(), b, "\r\n--XyZ"),
            Some(Some("tok123".into()))
        );
        assert_eq!(
            parse_first_field(&body.as_bytes()[..40], b, "\r\n--XyZ"),
            None
        );
        let other = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\nx\r\n--XyZ";
        assert_eq!(
            parse_first_field(other.as_bytes(), b, "\r\n--XyZ"),
            Some(None)
        );
        assert_eq!(
            multipart_boundary("multipart/form-data; boundary=\"abc\""),
            Some("abc".into())
        );
    }
}
