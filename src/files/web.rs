//! HTTP handlers for files: the order's gallery and documents, uploads (browser and API),
//! a file's page with its versions, and downloads of originals and previews.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::download::{self, Serve};
use super::upload::{self, Limits};
use super::{Attach, FileRow, FileView, ListQuery};
use crate::error::{AppError, AppResult};
use crate::files;
use crate::policy::{self, Actor};
use crate::web::{State, redirect, render, wants_json};

/// Fields an API client may send in the query string instead of the multipart body.
fn query_field(req: &HttpRequest, name: &str) -> Option<String> {
    serde_urlencoded::from_str::<Vec<(String, String)>>(req.query_string())
        .ok()?
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
}

/// Receives the files of one request and commits their rows; on any failure no object and
/// no row remain.
async fn receive_and_commit(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    order_id: Option<String>,
    replaces: Option<String>,
    payload: web::Payload,
) -> AppResult<Vec<FileRow>> {
    let quota = state.config.limits.tenant_quota;
    let a = actor.clone();
    let (order_id, quota_left) = match (&replaces, order_id) {
        (Some(fid), _) => {
            let fid = fid.clone();
            state
                .db
                .run(move |c| files::prepare_version(c, &a, &fid, quota))
                .await?
        }
        (None, Some(oid)) => {
            state
                .db
                .run(move |c| files::prepare_upload(c, &a, &oid, quota).map(|q| (oid, q)))
                .await?
        }
        (None, None) => return Err(AppError::NotFound),
    };
    let limits = Limits {
        max_file: state.config.limits.max_file,
        max_request: state.config.limits.max_request,
        quota_left,
    };
    let received = upload::receive(req, payload, &state.storage, &actor.tenant_id, limits).await?;
    if received.files.is_empty() {
        received.discard().await;
        return Err(AppError::invalid(
            "file_required",
            "Choose at least one file.",
        ));
    }
    let field = |n: &str| received.field(n).or_else(|| query_field(req, n));
    let attach = Attach {
        order_id,
        milestone_id: field("milestone_id"),
        entry_id: field("entry_id"),
        kind: field("kind"),
        visibility: field("visibility"),
        replaces,
    };
    let stored = received.files.clone();
    let a = actor.clone();
    let st = state.clone();
    let keys = state.keys.clone();
    // The commit and what follows run as their own task: if the client goes away now, the
    // request future is dropped, but the objects must stay with rows that were committed
    // (and go with rows that were not).
    actix_web::rt::spawn(async move {
        match st
            .db
            .run(move |c| files::commit(c, &keys, &a, quota, &attach, &stored))
            .await
        {
            Ok(rows) => {
                received.keep();
                st.jobs_wake.notify_one();
                Ok(rows)
            }
            Err(e) => {
                received.discard().await;
                Err(e)
            }
        }
    })
    .await
    .map_err(AppError::internal)?
}

fn created(rows: Vec<FileRow>) -> HttpResponse {
    HttpResponse::Created().json(serde_json::json!({ "files": rows }))
}

/// `POST /orders/{id}/files`: the browser form (redirects) or the page's script (JSON).
pub async fn upload(
    req: HttpRequest,
    state: State,
    actor: Actor,
    path: web::Path<String>,
    payload: web::Payload,
) -> AppResult<HttpResponse> {
    let order_id = path.into_inner();
    let rows =
        receive_and_commit(&req, &state, &actor, Some(order_id.clone()), None, payload).await?;
    if wants_json(&req) {
        return Ok(created(rows));
    }
    Ok(redirect(&format!(
        "/orders/{order_id}/files?uploaded={}",
        rows.len()
    )))
}

/// `POST /api/v1/orders/{id}/files`.
pub async fn api_upload(
    req: HttpRequest,
    state: State,
    actor: Actor,
    path: web::Path<String>,
    payload: web::Payload,
) -> AppResult<HttpResponse> {
    let rows =
        receive_and_commit(&req, &state, &actor, Some(path.into_inner()), None, payload).await?;
    Ok(created(rows))
}

/// `POST /files/{id}/versions` and its API twin: a new version of a document.
pub async fn upload_version(
    req: HttpRequest,
    state: State,
    actor: Actor,
    path: web::Path<String>,
    payload: web::Payload,
) -> AppResult<HttpResponse> {
    let rows =
        receive_and_commit(&req, &state, &actor, None, Some(path.into_inner()), payload).await?;
    if req.path().starts_with("/api/") || wants_json(&req) {
        return Ok(created(rows));
    }
    Ok(redirect(&format!("/files/{}", rows[0].id)))
}

#[derive(Deserialize, Default)]
pub struct PageQuery {
    #[serde(default)]
    milestone: Option<String>,
    #[serde(default)]
    before: Option<String>,
    #[serde(default)]
    uploaded: Option<u32>,
    #[serde(default)]
    entry: Option<String>,
}

/// `GET /orders/{id}/files`: gallery, documents and (for staff) the upload form.
pub async fn page(
    req: HttpRequest,
    state: State,
    actor: Actor,
    path: web::Path<String>,
    q: web::Query<PageQuery>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let q = q.into_inner();
    let a = actor.clone();
    let milestone = q.milestone.clone();
    let before = q.before.clone();
    let (order, milestones, media, documents) = state
        .db
        .run(move |c| {
            let order = crate::orders::get(c, &a, &id)?;
            let ms = crate::orders::milestones::of_order(c, &a.tenant_id, &order.order.id)?;
            let media = files::list(
                c,
                &a,
                &order.order.id,
                &ListQuery {
                    group: Some("media".into()),
                    milestone: milestone.clone(),
                    before,
                },
                files::PAGE,
            )?;
            let docs = files::list(
                c,
                &a,
                &order.order.id,
                &ListQuery {
                    group: Some("documents".into()),
                    milestone,
                    before: None,
                },
                200,
            )?;
            Ok((order, ms, media, docs))
        })
        .await?;
    let mut ctx = tera::Context::new();
    ctx.insert("o", &order);
    ctx.insert("milestones", &milestones);
    ctx.insert("media", &media);
    ctx.insert("documents", &documents);
    ctx.insert("milestone", &q.milestone.unwrap_or_default());
    ctx.insert("entry", &q.entry.unwrap_or_default());
    ctx.insert("uploaded", &q.uploaded.unwrap_or(0));
    ctx.insert("can_upload", &policy::can_upload_files(&actor));
    ctx.insert("kinds", &files::DOCUMENT_KINDS);
    ctx.insert("max_file_mb", &(state.config.limits.max_file >> 20));
    render(&req, &state, Some(&actor), "files/order.html", ctx)
}

/// `GET /files/{id}`: one file, its metadata, sha256 and every version.
pub async fn show(
    req: HttpRequest,
    state: State,
    actor: Actor,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let a = actor.clone();
    let (file, versions, order, record) = state
        .db
        .run(move |c| {
            let f = files::find(c, &a, &id)?;
            let v = files::versions(c, &a, &f.file)?;
            let o = crate::orders::find(c, &a, &f.file.order_id)?;
            let r = crate::documents::of_file(c, &a.tenant_id, &f.file.id)?;
            Ok((f, v, o, r))
        })
        .await?;
    let mut ctx = tera::Context::new();
    ctx.insert("f", &file);
    ctx.insert("versions", &versions);
    ctx.insert("order", &order);
    ctx.insert("record", &record);
    ctx.insert(
        "can_version",
        &(policy::can_upload_files(&actor) && file.file.is_current),
    );
    render(&req, &state, Some(&actor), "files/show.html", ctx)
}

/// `GET /api/v1/orders/{id}/files`: one page of current files (`group`, `milestone`,
/// `before`).
pub async fn api_list(
    state: State,
    actor: Actor,
    path: web::Path<String>,
    q: web::Query<ListQuery>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let page = state
        .db
        .run(move |c| files::list(c, &actor, &id, &q, files::PAGE))
        .await?;
    Ok(HttpResponse::Ok().json(page))
}

/// `GET /api/v1/files/{id}`: metadata and versions.
pub async fn api_show(
    state: State,
    actor: Actor,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let (file, versions) = state
        .db
        .run(move |c| {
            let f = files::find(c, &actor, &id)?;
            let v = files::versions(c, &actor, &f.file)?;
            Ok((f, v))
        })
        .await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "file": file, "versions": versions })))
}

async fn load(state: &State, actor: &Actor, id: String) -> AppResult<FileView> {
    let a = actor.clone();
    state.db.run(move |c| files::find(c, &a, &id)).await
}

/// `GET /files/{id}/content` (and the API's): the original, streamed, with ranges.
pub async fn content(
    req: HttpRequest,
    state: State,
    actor: Actor,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let f = load(&state, &actor, path.into_inner()).await?.file;
    let forced = query_field(&req, "download").is_some_and(|v| v == "1");
    // Every response that carries the document's first byte is a download to record.
    let first_byte = matches!(
        download::effective_range(&req, f.size_bytes as u64, &f.sha256),
        download::RangeRequest::Full | download::RangeRequest::Part(0, _)
    );
    if files::is_document_kind(&f.kind)
        && first_byte
        && req.method() == actix_web::http::Method::GET
    {
        let (a, row) = (actor.clone(), f.clone());
        state
            .db
            .run(move |c| files::record_download(c, &a, &row))
            .await?;
    }
    let name = download::offered_name(&f.display_name, &f.content_type);
    download::respond(
        &req,
        &state.storage,
        Serve {
            key: &f.object_key,
            size: f.size_bytes as u64,
            content_type: &f.content_type,
            etag: f.sha256.clone(),
            filename: &name,
            inline: super::sniff::is_inline(&f.content_type) && !forced,
            immutable: false,
        },
    )
    .await
}

/// `GET /files/{id}/thumb` and `/files/{id}/preview`: derivatives, without EXIF.
pub async fn derivative(
    req: HttpRequest,
    state: State,
    actor: Actor,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let (id, which) = path.into_inner();
    let f = load(&state, &actor, id).await?.file;
    let key = match which.as_str() {
        "thumb" => f.thumb_key.clone(),
        "preview" => f.preview_key.clone(),
        _ => None,
    }
    .ok_or(AppError::NotFound)?;
    // The key is new for every derivative, so it is a strong validator; the size is not
    // kept, so ask the store.
    let bytes = state.storage.read_all(&key).await?;
    let etag = format!("\"{}\"", key.rsplit('/').next().unwrap_or_default());
    if req
        .headers()
        .get(actix_web::http::header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag))
    {
        return Ok(HttpResponse::NotModified()
            .insert_header((actix_web::http::header::ETAG, etag))
            .finish());
    }
    let stem = f
        .display_name
        .rsplit_once('.')
        .map_or(f.display_name.as_str(), |(s, _)| s);
    Ok(HttpResponse::Ok()
        .content_type("image/jpeg")
        .insert_header((actix_web::http::header::ETAG, etag))
        .insert_header((
            actix_web::http::header::CONTENT_DISPOSITION,
            download::content_disposition(&format!("{stem}-{which}.jpg"), true),
        ))
        .insert_header((actix_web::http::header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header((
            actix_web::http::header::CONTENT_SECURITY_POLICY,
            download::FILE_CSP,
        ))
        .insert_header((
            actix_web::http::header::CACHE_CONTROL,
            "private, max-age=31536000, immutable",
        ))
        .body(bytes))
}

/// This module's part of the OpenAPI document (see `crate::web::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi()]
pub struct Api;
