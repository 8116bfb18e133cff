//! Receiving files: a multipart body is streamed part by part into the object store in
//! constant memory, hashed and counted on the way, its type decided by its first bytes, and
//! every limit enforced the moment it is crossed. Whatever fails, the objects of the request
//! are removed: `Received` deletes them when dropped unless the rows were committed.

use std::collections::HashMap;

use actix_multipart::{Field, Multipart, MultipartError};
use actix_web::HttpRequest;
use actix_web::web::{Bytes, Payload};
use futures_util::StreamExt;
use sha2::{Digest, Sha256};

use super::{Attach, FileRow, Stored, sniff};
use crate::app::State;
use crate::error::{AppError, AppResult};
use crate::ids::TenantId;
use crate::ids::{FileId, OrderId};
use crate::policy::Actor;
use crate::storage::{ObjectWriter, Storage};

/// What an upload adds to: new files on an order, or a new version of a file.
pub enum Target {
    NewFiles(OrderId),
    Version(FileId),
}

/// Fields an API client may send in the query string instead of the multipart body.
pub(super) fn query_field(req: &HttpRequest, name: &str) -> Option<String> {
    serde_urlencoded::from_str::<Vec<(String, String)>>(req.query_string())
        .ok()?
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
}

/// Receives the files of one request and commits their rows; on any failure no object and
/// no row remain.
pub async fn receive_and_commit(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    target: Target,
    payload: Payload,
) -> AppResult<Vec<FileRow>> {
    let quota = state.config.limits.tenant_quota;
    let a = actor.clone();
    let (order_id, quota_left, replaces) = match target {
        Target::Version(fid) => {
            let f = fid.clone();
            let (order_id, left) = state
                .db
                .run(move |c| super::prepare_version(c, &a, &f, quota))
                .await?;
            (order_id, left, Some(fid))
        }
        Target::NewFiles(oid) => {
            let o = oid.clone();
            let left = state
                .db
                .run(move |c| super::prepare_upload(c, &a, &o, quota))
                .await?;
            (oid, left, None)
        }
    };
    let limits = Limits {
        max_file: state.config.limits.max_file,
        max_request: state.config.limits.max_request,
        quota_left,
    };
    let received = receive(req, payload, &state.storage, &actor.tenant_id, limits).await?;
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
    // The commit and what follows run as their own task: if the client goes away now, the
    // request future is dropped, but the objects must stay with rows that were committed
    // (and go with rows that were not).
    actix_web::rt::spawn(async move {
        match st
            .db
            .run(move |c| super::commit(c, &a, quota, &attach, &stored))
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

/// Parts one request may have (files and fields together).
pub const MAX_PARTS: usize = 60;
/// Files one request may carry.
pub const MAX_FILES: usize = 50;
const MAX_FIELD_BYTES: usize = 4096;

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_file: u64,
    pub max_request: u64,
    /// What the tenant may still store.
    pub quota_left: u64,
}

/// The stored objects and text fields of one request. Dropping it without `keep` deletes the
/// objects (in the background: the request may be gone).
pub struct Received {
    pub files: Vec<Stored>,
    pub fields: HashMap<String, String>,
    storage: Storage,
    keep: bool,
}

impl Received {
    fn new(storage: Storage) -> Self {
        Self {
            files: Vec::new(),
            fields: HashMap::new(),
            storage,
            keep: false,
        }
    }

    pub fn field(&self, name: &str) -> Option<String> {
        self.fields.get(name).cloned()
    }

    /// The rows are committed: the objects stay.
    pub fn keep(mut self) {
        self.keep = true;
    }

    /// Removes the objects now (after a failed commit).
    pub async fn discard(mut self) {
        self.keep = true;
        for f in std::mem::take(&mut self.files) {
            if let Err(e) = self.storage.delete(&f.key).await {
                tracing::warn!(key = %f.key, error = %e, "could not remove an uncommitted object; fsck will");
            }
        }
    }
}

impl Drop for Received {
    fn drop(&mut self) {
        if self.keep || self.files.is_empty() {
            return;
        }
        let storage = self.storage.clone();
        let keys: Vec<String> = self.files.iter().map(|f| f.key.clone()).collect();
        if let Ok(rt) = tokio::runtime::Handle::try_current() {
            rt.spawn(async move {
                for k in keys {
                    let _ = storage.delete(&k).await;
                }
            });
        }
    }
}

/// Streams every file part of `payload` into storage under `tenant_id`.
pub async fn receive(
    req: &HttpRequest,
    payload: Payload,
    storage: &Storage,
    tenant_id: &TenantId,
    limits: Limits,
) -> Result<Received, AppError> {
    if let Some(len) = req
        .headers()
        .get(actix_web::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
    {
        // The body holds the files, so a request announcing more than the limit (plus room
        // for the multipart framing) fails before a byte is stored.
        if len > limits.max_request.saturating_add(64 * 1024) {
            return Err(request_limit(limits.max_request));
        }
    }
    let mut out = Received::new(storage.clone());
    match receive_into(&mut out, req, payload, storage, tenant_id, limits).await {
        Ok(()) => Ok(out),
        Err(e) => {
            out.discard().await;
            Err(e)
        }
    }
}

async fn receive_into(
    out: &mut Received,
    req: &HttpRequest,
    payload: Payload,
    storage: &Storage,
    tenant_id: &TenantId,
    limits: Limits,
) -> Result<(), AppError> {
    let mut mp = Multipart::new(req.headers(), payload);
    let mut parts = 0usize;
    let mut total = 0u64;
    while let Some(field) = mp.next().await {
        let field = field.map_err(multipart_error)?;
        parts += 1;
        if parts > MAX_PARTS {
            return Err(AppError::LimitExceeded(format!(
                "An upload may contain at most {MAX_FILES} files."
            )));
        }
        let filename = field
            .content_disposition()
            .and_then(|cd| cd.get_filename().map(str::to_string));
        let name = field.name().unwrap_or_default().to_string();
        match filename {
            None => {
                let value = read_field(field).await?;
                out.fields.insert(name, value);
            }
            Some(filename) => {
                if let Some(stored) =
                    store_file(field, &filename, storage, tenant_id, limits, &mut total).await?
                {
                    if out.files.len() >= MAX_FILES {
                        out.files.push(stored);
                        return Err(AppError::LimitExceeded(format!(
                            "An upload may contain at most {MAX_FILES} files."
                        )));
                    }
                    out.files.push(stored);
                }
            }
        }
    }
    Ok(())
}

async fn read_field(mut field: Field) -> Result<String, AppError> {
    let mut buf = Vec::new();
    while let Some(chunk) = field.next().await {
        let chunk = chunk.map_err(multipart_error)?;
        if buf.len() + chunk.len() > MAX_FIELD_BYTES {
            return Err(AppError::invalid(
                "field_too_long",
                "A form field of the upload is too long.",
            ));
        }
        buf.extend_from_slice(&chunk);
    }
    String::from_utf8(buf)
        .map_err(|_| AppError::invalid("field_not_utf8", "A form field is not valid UTF-8 text."))
}

/// Streams one file part. `None` for the empty part a browser sends when no file was chosen.
async fn store_file(
    mut field: Field,
    filename: &str,
    storage: &Storage,
    tenant_id: &TenantId,
    limits: Limits,
    total: &mut u64,
) -> Result<Option<Stored>, AppError> {
    let display_name = sniff::clean_name(filename);
    // Read the head: enough bytes to decide the type before anything is stored.
    let mut head = Vec::with_capacity(8192);
    let mut pending: Option<Bytes> = None;
    // A finished field must not be polled again (actix-multipart panics).
    let mut ended = false;
    while head.len() < sniff::SNIFF_LEN {
        match field.next().await {
            Some(chunk) => {
                let chunk = chunk.map_err(multipart_error)?;
                let room = sniff::SNIFF_LEN - head.len();
                if chunk.len() > room {
                    head.extend_from_slice(&chunk[..room]);
                    pending = Some(chunk.slice(room..));
                } else {
                    head.extend_from_slice(&chunk);
                }
            }
            None => {
                ended = true;
                break;
            }
        }
    }
    if head.is_empty() {
        if filename.is_empty() {
            return Ok(None);
        }
        return Err(AppError::invalid(
            "file_empty",
            format!("{display_name} is empty."),
        ));
    }
    let content_type = sniff::content_type(&head).ok_or_else(|| {
        AppError::UnsupportedType(format!(
            "{display_name} is not a supported file type. Upload photos (JPEG, PNG, WebP, HEIC), videos (MP4, MOV), PDF, Office documents, CSV or ZIP."
        ))
    })?;
    let key = Storage::new_key(tenant_id);
    let mut writer = storage.writer(&key).await?;
    let mut hasher = Sha256::new();
    let mut size = 0u64;
    let first = Bytes::from(head);
    let mut next = Some(first);
    loop {
        let chunk = match next.take() {
            Some(c) => c,
            None => match pending.take() {
                Some(p) => p,
                None if ended => break,
                None => match field.next().await {
                    Some(Ok(c)) => c,
                    Some(Err(e)) => return fail(writer, multipart_error(e)).await,
                    None => break,
                },
            },
        };
        size += chunk.len() as u64;
        *total += chunk.len() as u64;
        if size > limits.max_file {
            return fail(writer, file_limit(&display_name, limits.max_file)).await;
        }
        if *total > limits.max_request {
            return fail(writer, request_limit(limits.max_request)).await;
        }
        if *total > limits.quota_left {
            return fail(writer, super::quota_error()).await;
        }
        hasher.update(&chunk);
        if let Err(e) = writer.write(chunk).await {
            return fail(writer, e.into()).await;
        }
    }
    writer.finish().await?;
    // The copy buyers get must not carry the factory's position: its plan is worked out now,
    // before the row commits (a re-read of the photo, or of a video's headers only).
    let scrub = if super::scrub::applies(content_type) {
        match super::scrub::plan(storage, &key, content_type, size).await {
            Ok(p) => Some(p.to_json()),
            Err(e) => {
                let _ = storage.delete(&key).await;
                return Err(e.into());
            }
        }
    } else {
        None
    };
    Ok(Some(Stored {
        key,
        display_name,
        content_type,
        size,
        sha256: crate::auth::secrets::hex(&hasher.finalize()),
        scrub,
    }))
}

async fn fail<T>(writer: ObjectWriter, e: AppError) -> Result<T, AppError> {
    writer.abort().await;
    Err(e)
}

fn mib(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
    }
}

fn file_limit(name: &str, max: u64) -> AppError {
    AppError::LimitExceeded(format!(
        "{name} is larger than the limit of {} per file.",
        mib(max)
    ))
}

fn request_limit(max: u64) -> AppError {
    AppError::LimitExceeded(format!(
        "The upload is larger than the limit of {} per upload; send fewer files at once.",
        mib(max)
    ))
}

pub(crate) fn multipart_error(e: MultipartError) -> AppError {
    match e {
        MultipartError::ContentTypeMissing
        | MultipartError::ContentTypeParse
        | MultipartError::ContentTypeIncompatible
        | MultipartError::BoundaryMissing => {
            AppError::UnsupportedType("Send files as multipart/form-data.".into())
        }
        MultipartError::Incomplete | MultipartError::Payload(_) => AppError::invalid(
            "upload_incomplete",
            "The upload was interrupted before it finished. Nothing was saved; please try again.",
        ),
        _ => AppError::invalid(
            "upload_malformed",
            "The upload could not be read (malformed multipart body). Nothing was saved.",
        ),
    }
}
