//! HTTP handlers for files: the order's gallery and documents, uploads (browser and API),
//! a file's page with its versions, and downloads of originals and previews.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::download::{self, Serve};
use super::upload;
use super::{FilePage, FileRow, FileView, ListQuery};
use crate::error::{AppError, AppResult};
use crate::files;
use crate::ids::{FileId, OrderId};
use crate::policy::{self, Actor};
use crate::web::paging::{self, Keyset, PageRequest};
use crate::web::{State, redirect, render, wants_json};

/// The files an upload stored, in the order of their parts.
#[derive(Serialize, utoipa::ToSchema)]
pub struct UploadedFiles {
    files: Vec<FileRow>,
}

fn created(rows: Vec<FileRow>) -> HttpResponse {
    let location = rows
        .first()
        .map_or_else(String::new, |r| format!("/api/v1/files/{}", r.id));
    crate::web::created(location, &UploadedFiles { files: rows })
}

/// The multipart body of `POST /api/v1/orders/{id}/files` (a schema only: the parts are read
/// by `upload::receive`). The text fields may also be sent in the query string.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
struct UploadForm {
    /// The files: any part with a file name is a file (the part name does not matter; the
    /// portal uses `file`). At most 50 files per request.
    #[schema(value_type = Vec<String>, format = Binary)]
    file: Vec<String>,
    /// Attach the files to this milestone of the order.
    milestone_id: Option<String>,
    /// Attach the files to this progress update of the order; they take its visibility.
    entry_id: Option<String>,
    /// One of the file kinds (see `FileRow.kind`); empty or `auto`: `photo`, `video` or
    /// `other` by content.
    kind: Option<String>,
    /// `customer` (the default) or `internal`.
    visibility: Option<String>,
}

/// The multipart body of `POST /api/v1/files/{id}/versions` (a schema only). Kind, visibility
/// and attachment are those of the document.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
struct VersionForm {
    /// Exactly one file.
    #[schema(value_type = String, format = Binary)]
    file: String,
}

/// `POST /orders/{id}/files`: the browser form (redirects) or the page's script (JSON).
pub async fn upload(
    req: HttpRequest,
    state: State,
    actor: Actor,
    path: web::Path<OrderId>,
    payload: web::Payload,
) -> AppResult<HttpResponse> {
    let order_id = path.into_inner();
    let rows = upload::receive_and_commit(
        &req,
        &state,
        &actor,
        upload::Target::NewFiles(order_id.clone()),
        payload,
    )
    .await?;
    if wants_json(&req) {
        return Ok(created(rows));
    }
    Ok(redirect(&format!(
        "/orders/{order_id}/files?uploaded={}",
        rows.len()
    )))
}

/// `POST /api/v1/orders/{id}/files`.
#[utoipa::path(
    post,
    path = "/api/v1/orders/{id}/files",
    tag = "files",
    operation_id = "upload_files",
    params(
        ("id" = String, Path, description = "Order id"),
        ("milestone_id" = Option<String>, Query, description = "Instead of the form field of that name"),
        ("entry_id" = Option<String>, Query, description = "Instead of the form field of that name"),
        ("kind" = Option<String>, Query, description = "Instead of the form field of that name"),
        ("visibility" = Option<String>, Query, description = "Instead of the form field of that name"),
    ),
    request_body(content_type = "multipart/form-data", content = UploadForm),
    responses((
        status = 201,
        description = "Uploads photos, videos or documents to an order (staff; API tokens with \
            `files:write`). The type is decided from the content, not the name. Customer-visible \
            official documents (invoices, contracts...) become signed documents of record, which \
            only a signed-in person may issue. All files are stored or none; 413 when a file, the \
            request or the tenant's quota is too large.",
        body = UploadedFiles
    ))
)]
pub async fn api_upload(
    req: HttpRequest,
    state: State,
    actor: Actor,
    path: web::Path<OrderId>,
    payload: web::Payload,
) -> AppResult<HttpResponse> {
    let rows = upload::receive_and_commit(
        &req,
        &state,
        &actor,
        upload::Target::NewFiles(path.into_inner()),
        payload,
    )
    .await?;
    Ok(created(rows))
}

/// `POST /files/{id}/versions` and its API twin: a new version of a document.
#[utoipa::path(
    post,
    path = "/api/v1/files/{id}/versions",
    tag = "files",
    operation_id = "upload_file_version",
    summary = "A new version of a document",
    params(("id" = String, Path, description = "Id of any version of the document")),
    request_body(content_type = "multipart/form-data", content = VersionForm),
    responses((
        status = 201,
        description = "Uploads a new version of a document (staff; API tokens with `files:write`). \
            It becomes the current version; earlier ones are kept.",
        body = UploadedFiles
    ))
)]
pub async fn upload_version(
    req: HttpRequest,
    state: State,
    actor: Actor,
    path: web::Path<FileId>,
    payload: web::Payload,
) -> AppResult<HttpResponse> {
    let rows = upload::receive_and_commit(
        &req,
        &state,
        &actor,
        upload::Target::Version(path.into_inner()),
        payload,
    )
    .await?;
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
                },
                &Keyset::new(files::PAGE, before),
            )?;
            let docs = files::list(
                c,
                &a,
                &order.order.id,
                &ListQuery {
                    group: Some("documents".into()),
                    milestone,
                },
                &Keyset::first(200),
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
    ctx.insert("cleaned", &files::is_cleaned(&file.file));
    // Staff are told when buyers cannot get a clean copy of this file (too large, or a
    // structure that could not be followed): the buyers see it refused.
    let refused = files::is_cleaned(&file.file)
        && matches!(
            file.file
                .scrub
                .as_deref()
                .and_then(super::scrub::Scrub::from_json),
            Some(super::scrub::Scrub::Refused(_))
        );
    ctx.insert(
        "clean_refused",
        &(refused && policy::can_take_originals(&actor)),
    );
    ctx.insert("can_take_original", &policy::can_take_originals(&actor));
    ctx.insert(
        "can_version",
        &(policy::can_upload_files(&actor) && file.file.is_current),
    );
    ctx.insert(
        "can_issue",
        &policy::records::can_issue(&actor, file.file.kind),
    );
    ctx.insert(
        "needs_second_admin",
        &(policy::records::file_authority(file.file.kind)
            == Some(policy::records::Authority::TwoAdmins)),
    );
    ctx.insert(
        "proposed_by_me",
        &(file.file.issue_proposed_by.as_deref() == Some(actor.user_id.as_str())),
    );
    ctx.insert("can_withdraw", &policy::records::can_withdraw_issue(&actor));
    render(&req, &state, Some(&actor), "files/show.html", ctx)
}

/// `GET /api/v1/orders/{id}/files`: one page of current files (`group`, `milestone`).
#[utoipa::path(
    get,
    path = "/api/v1/orders/{id}/files",
    tag = "files",
    operation_id = "list_order_files",
    params(("id" = String, Path, description = "Order id"), ListQuery, paging::PageQuery),
    responses((
        status = 200,
        description = "The current version of each file of the order, newest first. Buyers see \
            customer-visible files only. API tokens need `orders:read`.",
        body = FilePage,
        headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))
    ))
)]
pub async fn api_list(
    state: State,
    actor: Actor,
    path: web::Path<OrderId>,
    q: web::Query<ListQuery>,
    page: PageRequest,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let keyset = page.keyset()?;
    let items = state
        .db
        .run(move |c| files::list(c, &actor, &id, &q, &keyset))
        .await?;
    page.respond(items)
}

/// One file with every version of its document.
#[derive(Serialize, utoipa::ToSchema)]
pub struct FileDetail {
    file: FileView,
    /// Newest first, this one included.
    versions: Vec<FileView>,
}

/// `GET /api/v1/files/{id}`: metadata and versions.
#[utoipa::path(
    get,
    path = "/api/v1/files/{id}",
    tag = "files",
    operation_id = "get_file",
    params(("id" = String, Path, description = "File id (one version)")),
    responses((
        status = 200,
        description = "A file's metadata and sha256, with the versions of its document the \
            caller may see. API tokens need `orders:read`.",
        body = FileDetail
    ))
)]
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
    Ok(HttpResponse::Ok().json(FileDetail { file, versions }))
}

async fn load(state: &State, actor: &Actor, id: String) -> AppResult<FileView> {
    let a = actor.clone();
    state.db.run(move |c| files::find(c, &a, &id)).await
}

/// `GET /files/{id}/content` (and the API's): the original, streamed, with ranges.
#[utoipa::path(
    get,
    path = "/api/v1/files/{id}/content",
    tag = "files",
    operation_id = "download_file",
    summary = "The file's content, with byte ranges",
    params(
        ("id" = String, Path, description = "File id (one version)"),
        ("download" = Option<String>, Query, description = "`1`: `Content-Disposition: attachment` even for types shown inline"),
        ("original" = Option<String>, Query, description = "`1` (staff only): a photo or video with its camera data (GPS, serials) untouched; audited"),
        download::DownloadHeaders,
    ),
    responses(
        (
            status = 200,
            description = "The file's bytes, streamed, with the file's `Content-Type`, the sha256 \
                as `ETag` and a `Content-Disposition` file name. Photos and videos come without \
                camera metadata (no GPS, serials, owner or maker notes; same length, pixels \
                untouched) and with the ETag `<sha256>-clean-v1`, unless staff ask for \
                `original=1`. `HEAD` answers the headers only. Downloads of documents and of \
                originals are audited. API tokens need `orders:read`.",
            content_type = "*/*"
        ),
        (status = 206, description = "The requested range, with `Content-Range`", content_type = "*/*"),
        (status = 304, description = "Not modified: `If-None-Match` matched"),
        (
            status = 416,
            description = "The range is not valid for this file; `Content-Range: bytes */size`",
            body = crate::error::Problem,
            content_type = "application/problem+json"
        ),
    )
)]
pub async fn content(
    req: HttpRequest,
    state: State,
    actor: Actor,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let f = load(&state, &actor, path.into_inner()).await?.file;
    let forced = upload::query_field(&req, "download").is_some_and(|v| v == "1");
    let asked_original = upload::query_field(&req, "original").is_some_and(|v| v == "1");
    let mut original = asked_original && files::is_cleaned(&f);
    let may_take_original = policy::can_take_originals(&actor);
    if original && !may_take_original {
        return Err(AppError::ForbiddenBecause(
            "Only the supplier's staff can download a photo or video with its camera data.".into(),
        ));
    }
    let edits = if original {
        None
    } else {
        match files::clean_copy(&state.db, &state.storage, &f).await? {
            files::CleanCopy::AsStored => None,
            files::CleanCopy::Edited(e) => Some(e),
            // Staff get the original of a file no clean copy can be made of, audited as such.
            files::CleanCopy::Refused(_) if may_take_original => {
                original = true;
                None
            }
            files::CleanCopy::Refused(why) => return Err(why),
        }
    };
    let name = download::offered_name(&f.display_name, &f.content_type);
    let resp = download::respond(
        &req,
        &state.storage,
        Serve {
            key: &f.object_key,
            size: f.size_bytes as u64,
            content_type: &f.content_type,
            etag: etag_of(&f, edits.is_some()),
            filename: &name,
            inline: super::sniff::is_inline(&f.content_type) && !forced,
            immutable: false,
            edits,
        },
    )
    .await?;
    // Every answer that carries any bytes of a document is a download to record (the drill
    // read all but the first byte with `Range: bytes=1-`, unaudited).
    audit_document_read(&state, &actor, &req, &f, resp.status()).await?;
    // Explicit originals are audited at every read; the fallback for a file no clean copy
    // can be made of only at a read from its start (a video player makes dozens of ranges).
    let from_start = !req.headers().contains_key(actix_web::http::header::RANGE)
        || resp.status().as_u16() == 200
        || resp
            .headers()
            .get(actix_web::http::header::CONTENT_RANGE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("bytes 0-"));
    if original
        && (asked_original || from_start)
        && req.method() == actix_web::http::Method::GET
        && matches!(resp.status().as_u16(), 200 | 206)
    {
        let (a, row) = (actor.clone(), f.clone());
        state
            .db
            .run(move |c| files::record_original_download(c, &a, &row))
            .await?;
    }
    Ok(resp)
}

/// The validator of what `/content` serves: the sha256 for the original, the sha256 marked
/// with the cleaning's version for the copy without camera metadata (other bytes, so another
/// entity tag; a better cleaning later makes other bytes again).
pub fn etag_of(f: &files::FileRow, cleaned: bool) -> String {
    if cleaned {
        format!("{}-clean-v{}", f.sha256, super::scrub::PLAN_VERSION)
    } else {
        f.sha256.clone()
    }
}

/// Records a read of a document's bytes (originals, ranges, previews); media are not
/// audited (a video player alone makes dozens of range requests).
async fn audit_document_read(
    state: &State,
    actor: &Actor,
    req: &HttpRequest,
    f: &files::FileRow,
    status: actix_web::http::StatusCode,
) -> AppResult<()> {
    if files::is_document_kind(f.kind)
        && req.method() == actix_web::http::Method::GET
        && matches!(status.as_u16(), 200 | 206)
    {
        let (a, row) = (actor.clone(), f.clone());
        state
            .db
            .run(move |c| files::record_download(c, &a, &row))
            .await?;
    }
    Ok(())
}

/// `HEAD /api/v1/files/{id}/content`: the headers `GET` would send (served by `content`).
#[utoipa::path(
    head,
    path = "/api/v1/files/{id}/content",
    tag = "files",
    operation_id = "get_file_content_headers",
    summary = "The headers of the file's content, without it",
    params(
        ("id" = String, Path, description = "File id (one version)"),
        ("download" = Option<String>, Query, description = "As for `GET`"),
        ("original" = Option<String>, Query, description = "As for `GET`"),
        download::DownloadHeaders,
    ),
    responses(
        (
            status = 200,
            description = "`Content-Type`, `Content-Length`, `ETag` (the sha256) and \
                `Content-Disposition` of the file, without the body; not audited as a download. \
                API tokens need `orders:read`."
        ),
        (status = 206, description = "The headers of the requested range, with `Content-Range`"),
        (status = 304, description = "Not modified: `If-None-Match` matched"),
        (status = 416, description = "The range is not valid for this file; `Content-Range: bytes */size`"),
        // The shared error responses are added to GET, POST, PUT, DELETE and PATCH only; a
        // HEAD answer has the same statuses without the body.
        (status = 401, description = "Not signed in, or the token expired or was revoked"),
        (status = 403, description = "Signed in but not allowed (e.g. the token lacks `orders:read`)"),
        (status = 404, description = "No such file, or not visible to the caller"),
        (status = 422, description = "`If-Match` matched no ETag"),
        (status = 429, description = "Too many requests; try again later"),
        (status = 500, description = "A fault on our side"),
        (status = 503, description = "The database or the object store is unavailable"),
    )
)]
#[allow(dead_code)]
fn content_head() {}

/// `GET /files/{id}/thumb` and `/files/{id}/preview`: derivatives, without EXIF.
pub async fn derivative(
    req: HttpRequest,
    state: State,
    actor: Actor,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let (id, which) = path.into_inner();
    let f = load(&state, &actor, id).await?.file;
    let resp = serve_derivative(&req, &state, &f, &which).await?;
    // A preview of a document (a photographed invoice) shows the document: audited.
    if resp.status() == actix_web::http::StatusCode::OK {
        audit_document_read(&state, &actor, &req, &f, resp.status()).await?;
    }
    Ok(resp)
}

/// A thumbnail or preview (`which`) of a file, from the store; 304 on a matching ETag.
pub async fn serve_derivative(
    req: &HttpRequest,
    state: &State,
    f: &files::FileRow,
    which: &str,
) -> AppResult<HttpResponse> {
    let key = match which {
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
#[openapi(paths(api_list, api_upload, api_show, content, content_head, upload_version))]
pub struct Api;
