//! The verification page (public, rate-limited; signed-in people get a higher limit) and API:
//! a PDF is hashed as it arrives, in memory, and never stored.

use actix_multipart::Multipart;
use actix_web::{HttpRequest, HttpResponse, web};
use futures_util::StreamExt;
use sha2::{Digest, Sha256};

use super::verify::{self, Answer, Query};
use crate::auth::actor::{MaybeActor, client_of};
use crate::error::{AppError, AppResult};
use crate::policy::Actor;
use crate::web::{State, render};

/// Documents larger than this are not documents of record anyone mails.
const MAX_BYTES: usize = 100 << 20;

fn page(
    req: &HttpRequest,
    state: &State,
    actor: Option<&Actor>,
    answer: Option<&Answer>,
    error: Option<String>,
) -> AppResult<HttpResponse> {
    let mut ctx = tera::Context::new();
    ctx.insert("answer", &answer);
    ctx.insert("error", &error);
    let failed = error.is_some();
    let mut r = render(req, state, actor, "documents/verify.html", ctx)?;
    if failed {
        *r.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(r)
}

/// `GET /verify`.
pub async fn form(req: HttpRequest, state: State, actor: MaybeActor) -> AppResult<HttpResponse> {
    page(&req, &state, actor.0.as_ref(), None, None)
}

/// Reads a multipart form: a `file` (hashed as it streams) or a `code`.
async fn read_query(req: &HttpRequest, payload: web::Payload) -> AppResult<Option<Query>> {
    let mut mp = Multipart::new(req.headers(), payload);
    let mut code = String::new();
    let mut sha: Option<String> = None;
    let mut n = 0usize;
    let mut fields = 0;
    while let Some(field) = mp.next().await {
        fields += 1;
        if fields > 4 {
            return Err(AppError::invalid(
                "form_invalid",
                "Send one PDF or one code.",
            ));
        }
        let mut field = field.map_err(crate::files::upload::multipart_error)?;
        let is_file = field
            .content_disposition()
            .and_then(|cd| cd.get_filename().map(str::to_string))
            .is_some_and(|f| !f.is_empty());
        let name = field.name().unwrap_or_default().to_string();
        if is_file {
            if sha.is_some() {
                return Err(AppError::invalid("form_invalid", "Send one PDF at a time."));
            }
            let mut h = Sha256::new();
            while let Some(chunk) = field.next().await {
                let chunk = chunk.map_err(crate::files::upload::multipart_error)?;
                n += chunk.len();
                if n > MAX_BYTES {
                    return Err(AppError::LimitExceeded(
                        "That file is larger than 100 MB; no document of record is.".into(),
                    ));
                }
                h.update(&chunk);
            }
            if n > 0 {
                sha = Some(crate::auth::secrets::hex(&h.finalize()));
            }
        } else {
            let mut buf = Vec::new();
            while let Some(chunk) = field.next().await {
                let chunk = chunk.map_err(crate::files::upload::multipart_error)?;
                if buf.len() + chunk.len() > 200 {
                    return Err(AppError::invalid(
                        "code_invalid",
                        "A verification code looks like 7KQ2M-XW9TD.",
                    ));
                }
                buf.extend_from_slice(&chunk);
            }
            if name == "code" {
                code = String::from_utf8(buf).map_err(|_| {
                    AppError::invalid(
                        "code_invalid",
                        "A verification code looks like 7KQ2M-XW9TD.",
                    )
                })?;
            }
        }
    }
    Ok(match (sha, code.trim()) {
        (Some(s), _) => Some(Query::Sha256(s)),
        (None, "") => None,
        (None, c) => Some(Query::Code(c.to_string())),
    })
}

async fn rate(state: &State, req: &HttpRequest, actor: Option<&Actor>) -> AppResult<()> {
    let ip = client_of(req).ip;
    let user = actor.map(|a| a.user_id.clone());
    state
        .db
        .run(move |c| verify::check_rate(c, &ip, user.as_ref()))
        .await
}

async fn answer(
    state: &State,
    req: &HttpRequest,
    actor: Option<&Actor>,
    q: Query,
) -> AppResult<Answer> {
    let ip = client_of(req).ip;
    let user = actor.map(|a| a.user_id.clone());
    state
        .db
        .run(move |c| {
            verify::check_rate(c, &ip, user.as_ref())?;
            verify::check(c, &q, &ip, user.as_ref())
        })
        .await
}

/// `POST /verify` (multipart: `file` or `code`).
pub async fn submit(
    req: HttpRequest,
    state: State,
    actor: MaybeActor,
    payload: web::Payload,
) -> AppResult<HttpResponse> {
    let actor = actor.0;
    // The limit is checked before the body is read: a client over it sends nothing more.
    if let Err(e) = rate(&state, &req, actor.as_ref()).await {
        return match e {
            AppError::TooManyRequests { .. } => {
                page(&req, &state, actor.as_ref(), None, Some(e.public_message())).map(|mut r| {
                    *r.status_mut() = actix_web::http::StatusCode::TOO_MANY_REQUESTS;
                    r
                })
            }
            other => Err(other),
        };
    }
    let q = match read_query(&req, payload).await {
        Ok(Some(q)) => q,
        Ok(None) => {
            return page(
                &req,
                &state,
                actor.as_ref(),
                None,
                Some("Choose the PDF you received, or type its verification code.".into()),
            );
        }
        Err(e @ (AppError::Invalid { .. } | AppError::LimitExceeded(_))) => {
            return page(&req, &state, actor.as_ref(), None, Some(e.public_message()));
        }
        Err(e) => return Err(e),
    };
    let a = answer(&state, &req, actor.as_ref(), q).await?;
    page(&req, &state, actor.as_ref(), Some(&a), None)
}

/// A verification by code.
#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct VerifyCodeBody {
    /// The verification code printed on the document, e.g. `7KQ2M-XW9TD`.
    code: String,
}

/// `POST /api/v1/verify`: the PDF as the body (`application/pdf` or
/// `application/octet-stream`), or `{"code": "…"}` as JSON.
#[utoipa::path(
    post,
    path = "/api/v1/verify",
    tag = "documents",
    operation_id = "verify_document",
    security((), ("bearer" = [])),
    request_body(
        description = "Either the PDF itself as the raw body (any content type other than JSON, \
            e.g. `application/pdf`; at most 100 MB, hashed in memory and never stored), or \
            `{\"code\"}` as JSON (at most 4 KB). Not multipart.",
        content(
            (VerifyCodeBody = "application/json"),
            ("application/pdf"),
            ("application/octet-stream"),
        )
    ),
    responses((
        status = 200,
        description = "Whether the document is genuine, superseded or unknown. Public: without \
            signing in, 20 checks an hour per address; signed in, 200 an hour per person \
            (then 429).",
        body = crate::documents::verify::Answer
    ))
)]
pub async fn api(
    req: HttpRequest,
    state: State,
    actor: MaybeActor,
    mut payload: web::Payload,
) -> AppResult<HttpResponse> {
    let ct = req
        .headers()
        .get(actix_web::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    rate(&state, &req, actor.0.as_ref()).await?;
    let q = if ct.starts_with("application/json") {
        let mut buf = Vec::new();
        while let Some(chunk) = payload.next().await {
            let chunk = chunk.map_err(|_| {
                AppError::invalid("body_incomplete", "The request body was interrupted.")
            })?;
            if buf.len() + chunk.len() > 4096 {
                return Err(AppError::TooLarge);
            }
            buf.extend_from_slice(&chunk);
        }
        let b: VerifyCodeBody = serde_json::from_slice(&buf).map_err(|_| {
            AppError::invalid(
                "json_invalid",
                "Send {\"code\": \"7KQ2M-XW9TD\"}, or the PDF itself as the body.",
            )
        })?;
        Query::Code(b.code)
    } else {
        let mut h = Sha256::new();
        let mut n = 0usize;
        while let Some(chunk) = payload.next().await {
            let chunk = chunk.map_err(|_| {
                AppError::invalid("body_incomplete", "The request body was interrupted.")
            })?;
            n += chunk.len();
            if n > MAX_BYTES {
                return Err(AppError::TooLarge);
            }
            h.update(&chunk);
        }
        if n == 0 {
            return Err(AppError::invalid(
                "file_required",
                "Send the PDF as the request body, or {\"code\"} as JSON.",
            ));
        }
        Query::Sha256(crate::auth::secrets::hex(&h.finalize()))
    };
    let a = answer(&state, &req, actor.0.as_ref(), q).await?;
    Ok(HttpResponse::Ok().json(a))
}

/// The key a tenant signs its documents of record with.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct PublicSigningKey {
    /// Always `Ed25519`.
    algorithm: &'static str,
    /// The 32-byte public key, base64.
    public_key: String,
    /// The tenant's name.
    tenant: String,
}

/// `GET /api/v1/signing-key`: the caller's tenant's public key.
#[utoipa::path(
    get,
    path = "/api/v1/signing-key",
    tag = "documents",
    operation_id = "get_signing_key",
    responses((
        status = 200,
        description = "The public key the caller's tenant signs its documents of record with",
        body = PublicSigningKey
    ))
)]
pub async fn public_key(state: State, actor: Actor) -> AppResult<HttpResponse> {
    let keys = state.keys.clone();
    let t = actor.tenant_id.clone();
    let key = state
        .db
        .run(move |c| super::public_key(c, &keys, &t))
        .await?;
    Ok(HttpResponse::Ok().json(PublicSigningKey {
        algorithm: "Ed25519",
        public_key: key,
        tenant: actor.tenant_name,
    }))
}

/// This module's part of the OpenAPI document (see `crate::web::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(api, public_key))]
pub struct Api;
