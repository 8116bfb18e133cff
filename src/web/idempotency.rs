//! `Idempotency-Key` on the API's POSTs (draft-ietf-httpapi-idempotency-key-header): a client
//! that did not hear the answer sends the same request with the same key again and gets the
//! first answer back (`Idempotent-Replayed: true`) instead of a second order.
//!
//! - The key is 1 to 255 printable ASCII characters (a structured-field string's quotes are
//!   taken off); anything else is a 400 `invalid_idempotency_key`.
//! - Keys are per caller: the tenant and the person (session) or the API token. One caller's
//!   key never replays to another.
//! - The first request's fingerprint (a keyed hash of method, path and query, media type, and
//!   body) is kept; the same key with another request is a 422 `idempotency_key_reused`.
//!   Bodies over `BODY_CAP` (uploads) are not read here: their fingerprint has their length
//!   instead of their hash, and they stream to the handler untouched. Multipart bodies too,
//!   since a client's retry may pick another boundary for the same parts.
//! - The key is taken by an insert on a unique index (both backends), so a repeat while the
//!   first still runs is a 409 `idempotency_key_in_progress`, never a second run. A node that
//!   died mid-request frees it after `LOCK_MINUTES`.
//! - A 2xx or 3xx answer is kept for `KEEP_HOURS` (status, media type, `Location` and the body
//!   up to `RESPONSE_CAP`, sealed: some answers carry a secret shown once). A 4xx or 5xx frees
//!   the key: nothing was done, and the client may fix the cause (a step-up, a field) and send
//!   it again under the same key. A kept answer whose body was larger is replayed without it.

use actix_web::body::{BodySize, BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{Method, StatusCode, header};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpResponse, ResponseError, web};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use futures_util::StreamExt;
use sha2::{Digest, Sha256};

use crate::app::AppState;
use crate::auth::secrets::hmac_sha256;
use crate::db::DbConn;
use crate::db::schema::idempotency_keys as ik;
use crate::error::{AppError, AppResult, ErrorBody, Problem};
use crate::ids::{TenantId, new_id, now};

pub const HEADER: &str = "idempotency-key";
pub const REPLAYED: &str = "idempotent-replayed";
/// Bodies read and hashed here; larger ones are fingerprinted by length.
const BODY_CAP: usize = 1 << 20;
/// Answers kept with their body; larger ones are replayed without it.
const RESPONSE_CAP: usize = 64 << 10;
const KEEP_HOURS: i64 = 24;
/// How long a running first request holds its key (uploads can take minutes).
const LOCK_MINUTES: i64 = 10;

const RUNNING: &str = "running";
const DONE: &str = "done";

/// The key of a request, checked: `None` when it has none.
fn key_of(req: &ServiceRequest) -> AppResult<Option<String>> {
    let mut values = req.headers().get_all(HEADER);
    let Some(first) = values.next() else {
        return Ok(None);
    };
    let invalid = || {
        AppError::bad_request(
            "invalid_idempotency_key",
            "The Idempotency-Key header must be 1 to 255 printable ASCII characters.",
        )
    };
    if values.next().is_some() {
        return Err(invalid());
    }
    let raw = first.as_bytes();
    let raw = match raw {
        [b'"', inner @ .., b'"'] => inner,
        other => other,
    };
    if raw.is_empty() || raw.len() > 255 || !raw.iter().all(|b| (0x20..=0x7e).contains(b)) {
        return Err(invalid());
    }
    Ok(Some(String::from_utf8_lossy(raw).into_owned()))
}

fn problem(status: StatusCode, code: &'static str, message: &str) -> HttpResponse {
    let body = ErrorBody {
        code,
        message: message.to_string(),
        field: None,
    };
    Problem::new(status, &body).response(status, body)
}

/// The middleware (innermost, after the CSRF check): POSTs under `/api/v1/` with the header.
pub async fn middleware(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    if req.method() != Method::POST || !req.path().starts_with("/api/v1/") {
        return Ok(next.call(req).await?.map_into_boxed_body());
    }
    let key = match key_of(&req) {
        Ok(Some(k)) => k,
        Ok(None) => return Ok(next.call(req).await?.map_into_boxed_body()),
        Err(e) => return Ok(req.error_response(e)),
    };
    // Who is asking (resolved once per request and kept for the handler); nobody signed in:
    // nothing to keep, the handler answers 401.
    let Some(actor) = crate::auth::actor::resolve_for_error_page(req.request()).await else {
        return Ok(next.call(req).await?.map_into_boxed_body());
    };
    let principal = match &actor.api_token {
        Some(t) => format!("token:{}", t.id),
        None => format!("user:{}", actor.user_id),
    };
    // Errors from here on are answers like any handler's (the layers outside translate them).
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return Ok(req.error_response(AppError::internal("no app state")));
    };
    let fingerprint = match fingerprint(&mut req, &state.keys).await {
        Ok(f) => f,
        Err(e) => return Ok(req.error_response(e)),
    };
    let (t, p, k) = (actor.tenant_id.clone(), principal, key);
    let begun = match state
        .db
        .run(move |c| begin(c, &t, &p, &k, &fingerprint))
        .await
    {
        Ok(b) => b,
        Err(e) => return Ok(req.error_response(e)),
    };
    let row = match begun {
        Begin::Fresh(row) => row,
        Begin::Replay(stored) => {
            let (http, _) = req.into_parts();
            let resp = replay(&state, &stored).unwrap_or_else(|e| e.error_response());
            return Ok(ServiceResponse::new(http, resp));
        }
        Begin::Running => {
            let (http, _) = req.into_parts();
            let resp = problem(
                StatusCode::CONFLICT,
                "idempotency_key_in_progress",
                "A request with this Idempotency-Key is still being processed; try again in a moment.",
            );
            return Ok(ServiceResponse::new(http, resp));
        }
        Begin::Reused => {
            let (http, _) = req.into_parts();
            let resp = problem(
                StatusCode::UNPROCESSABLE_ENTITY,
                "idempotency_key_reused",
                "This Idempotency-Key was used with a different request; use a new key for a new request.",
            );
            return Ok(ServiceResponse::new(http, resp));
        }
    };
    let res = match next.call(req).await {
        Ok(r) => r,
        Err(e) => {
            release(&state, row).await;
            return Err(e);
        }
    };
    let status = res.status();
    if !(status.is_success() || status.is_redirection()) {
        release(&state, row).await;
        return Ok(res.map_into_boxed_body());
    }
    let (http, resp) = res.into_parts();
    let (head, body) = resp.into_parts();
    let bytes = match body.size() {
        BodySize::None => web::Bytes::new(),
        BodySize::Sized(n) if n <= RESPONSE_CAP as u64 => {
            match actix_web::body::to_bytes(body).await {
                Ok(b) => b,
                Err(_) => {
                    release(&state, row).await;
                    let e = AppError::internal("a response body could not be read");
                    return Ok(ServiceResponse::new(http, e.error_response()));
                }
            }
        }
        _ => {
            // Too large to keep: sent on as it is, replayed without a body.
            let resp = head.set_body(body).map_into_boxed_body();
            save(&state, row, &resp, None).await;
            return Ok(ServiceResponse::new(http, resp));
        }
    };
    let resp = head.set_body(BoxBody::new(bytes.clone()));
    save(&state, row, &resp, Some(bytes)).await;
    Ok(ServiceResponse::new(http, resp))
}

/// An HMAC over the method, the path and query, the media type and the body (its SHA-256, or
/// its length when not read here). The body is put back for the handler. Keyed with a secret
/// derived from the server's: a body with a password in it (a step-up) must not sit in the
/// database as a plain hash that a dictionary could be tried against.
async fn fingerprint(
    req: &mut ServiceRequest,
    keys: &crate::auth::keys::Keys,
) -> AppResult<String> {
    let media = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let length: Option<u64> = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok());
    let streamed = media.starts_with("multipart/") || length.is_some_and(|n| n > BODY_CAP as u64);
    let body = if streamed {
        format!(
            "length:{}",
            length.map_or("unknown".into(), |n| n.to_string())
        )
    } else {
        let mut payload = req.take_payload();
        let mut buf = web::BytesMut::new();
        while let Some(chunk) = payload.next().await {
            let chunk = chunk.map_err(|_| {
                AppError::bad_request("body_incomplete", "The request body was interrupted.")
            })?;
            if buf.len() + chunk.len() > BODY_CAP {
                return Err(AppError::TooLarge);
            }
            buf.extend_from_slice(&chunk);
        }
        let bytes = buf.freeze();
        let hash = crate::auth::secrets::hex(&Sha256::digest(&bytes));
        req.set_payload(actix_web::dev::Payload::from(bytes));
        format!("sha256:{hash}")
    };
    let mut canonical = Vec::new();
    let target = req
        .uri()
        .path_and_query()
        .map_or(req.path(), |p| p.as_str())
        .to_string();
    for part in [req.method().as_str(), &target, &media, &body] {
        canonical.extend_from_slice(&(part.len() as u64).to_be_bytes());
        canonical.extend_from_slice(part.as_bytes());
    }
    let key = hmac_sha256(&keys.jwt, b"portico/idempotency-fingerprint/v1");
    Ok(crate::auth::secrets::hex(&hmac_sha256(&key, &canonical)))
}

/// A kept answer.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = ik)]
pub struct Stored {
    pub id: String,
    pub fingerprint: String,
    pub state: String,
    pub locked_until: NaiveDateTime,
    pub response_status: Option<i32>,
    pub response_type: Option<String>,
    pub response_location: Option<String>,
    pub response_body: Option<String>,
    pub expires_at: NaiveDateTime,
}

enum Begin {
    /// The key is this request's (the row's id).
    Fresh(String),
    Replay(Stored),
    Running,
    Reused,
}

fn is_taken(e: &diesel::result::Error) -> bool {
    matches!(
        e,
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)
    )
}

/// Takes the key, or says why not. The insert is the lock: of two requests with one key, the
/// unique index lets one in.
fn begin(
    conn: &mut DbConn,
    tenant: &TenantId,
    principal: &str,
    key: &str,
    fingerprint: &str,
) -> AppResult<Begin> {
    for _ in 0..2 {
        let t = now();
        let id = new_id();
        let inserted = diesel::insert_into(ik::table)
            .values((
                ik::id.eq(&id),
                ik::tenant_id.eq(tenant),
                ik::principal.eq(principal),
                ik::idempotency_key.eq(key),
                ik::fingerprint.eq(fingerprint),
                ik::state.eq(RUNNING),
                ik::locked_until.eq(t + chrono::Duration::minutes(LOCK_MINUTES)),
                ik::created_at.eq(t),
                ik::expires_at.eq(t + chrono::Duration::hours(KEEP_HOURS)),
            ))
            .execute(conn);
        match inserted {
            Ok(_) => return Ok(Begin::Fresh(id)),
            Err(e) if is_taken(&e) => {}
            Err(e) => return Err(e.into()),
        }
        let Some(row) = ik::table
            .filter(ik::tenant_id.eq(tenant))
            .filter(ik::principal.eq(principal))
            .filter(ik::idempotency_key.eq(key))
            .select(Stored::as_select())
            .first(conn)
            .optional()?
        else {
            continue;
        };
        if row.expires_at <= t {
            // Expired: the key is free again.
            diesel::delete(ik::table.filter(ik::id.eq(&row.id))).execute(conn)?;
            continue;
        }
        if row.fingerprint != fingerprint {
            return Ok(Begin::Reused);
        }
        if row.state == DONE {
            return Ok(Begin::Replay(row));
        }
        if row.locked_until > t {
            return Ok(Begin::Running);
        }
        // The first request's node died: this one takes the key over.
        let n = diesel::update(
            ik::table
                .filter(ik::id.eq(&row.id))
                .filter(ik::state.eq(RUNNING))
                .filter(ik::locked_until.le(t)),
        )
        .set(ik::locked_until.eq(t + chrono::Duration::minutes(LOCK_MINUTES)))
        .execute(conn)?;
        return Ok(if n == 1 {
            Begin::Fresh(row.id)
        } else {
            Begin::Running
        });
    }
    Ok(Begin::Running)
}

/// Frees the key (the request did nothing that a repeat must not do again).
async fn release(state: &AppState, row: String) {
    let r = state
        .db
        .run(move |c| Ok(diesel::delete(ik::table.filter(ik::id.eq(&row))).execute(c)?))
        .await;
    if let Err(e) = r {
        tracing::error!(error = %e, "idempotency key not released");
    }
}

/// Keeps the answer for repeats (`body` sealed; `None`: too large to keep).
async fn save(state: &AppState, row: String, resp: &HttpResponse, body: Option<web::Bytes>) {
    let header_text = |name: header::HeaderName| {
        resp.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(String::from)
    };
    let status = i32::from(resp.status().as_u16());
    let media = header_text(header::CONTENT_TYPE);
    let location = header_text(header::LOCATION);
    let keys = state.keys.clone();
    let r = state
        .db
        .run(move |c| {
            let sealed = body.map(|b| crate::auth::sealed::seal(&keys, &row, &b));
            diesel::update(ik::table.filter(ik::id.eq(&row)))
                .set((
                    ik::state.eq(DONE),
                    ik::response_status.eq(Some(status)),
                    ik::response_type.eq(media),
                    ik::response_location.eq(location),
                    ik::response_body.eq(sealed),
                ))
                .execute(c)?;
            Ok(())
        })
        .await;
    if let Err(e) = r {
        // The key stays taken until its lock runs out: a repeat meanwhile is a 409, not a
        // second run.
        tracing::error!(error = %e, "idempotent answer not kept");
    }
}

/// The first answer again.
fn replay(state: &AppState, stored: &Stored) -> AppResult<HttpResponse> {
    let status = stored
        .response_status
        .and_then(|s| u16::try_from(s).ok())
        .and_then(|s| StatusCode::from_u16(s).ok())
        .unwrap_or(StatusCode::OK);
    let mut resp = HttpResponse::build(status);
    resp.insert_header((header::HeaderName::from_static(REPLAYED), "true"));
    if let Some(l) = &stored.response_location {
        resp.insert_header((header::LOCATION, l.as_str()));
    }
    if let Some(t) = &stored.response_type {
        resp.insert_header((header::CONTENT_TYPE, t.as_str()));
    }
    Ok(match &stored.response_body {
        Some(sealed) => resp.body(crate::auth::sealed::open(&state.keys, &stored.id, sealed)?),
        None => resp.finish(),
    })
}

/// Deletes the keys past their 24 hours (the webhook worker calls it hourly).
pub fn prune(conn: &mut DbConn) -> AppResult<usize> {
    Ok(diesel::delete(ik::table.filter(ik::expires_at.lt(now()))).execute(conn)?)
}
