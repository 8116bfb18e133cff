//! Photos, videos and documents of an order. Objects live in the object store (`storage`);
//! a row here is committed only after its object is stored, in one transaction with the
//! audit event and the thumbnail job. Every read goes through `find` or `list`, which apply
//! the actor's order scope and, for buyers, customer visibility.

pub mod derive;
pub mod download;
pub mod fsck;
pub mod records;
pub mod scrub;
pub mod sniff;
pub mod upload;
pub mod web;

use crate::db::WriteTransaction;
use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::audit;
use crate::db::DbConn;
use crate::db::schema::{files, milestones, orders, timeline_entries, users};
use crate::error::{AppError, AppResult};
use crate::ids::{new_id, now};
use crate::orders::scope_to_actor;
use crate::policy::{self, Actor};
use crate::timeline::{CUSTOMER, Visibility};

/// File kinds: the first two are media, the rest document kinds.
pub const KINDS: [&str; 11] = [
    "photo",
    "video",
    "proforma_invoice",
    "contract",
    "invoice",
    "packing_list",
    "bill_of_lading",
    "inspection_report",
    "certificate",
    "material_receipt",
    "other",
];
pub const DOCUMENT_KINDS: &[&str] = KINDS.split_at(2).1;
pub const PAGE: i64 = 48;

/// Derivative states: `pending` until the job made the thumbnail and preview.
pub const DERIV_NONE: &str = "none";
pub const DERIV_PENDING: &str = "pending";
pub const DERIV_READY: &str = "ready";
pub const DERIV_FAILED: &str = "failed";
pub const DERIV_UNSUPPORTED: &str = "unsupported";

/// States of a document of record (`policy::records`): an upload of a signed kind is a
/// draft (buyers never see it), proposed waits for a second admin, issued is signed.
pub const DRAFT: &str = "draft";
pub const PROPOSED: &str = "proposed";
pub const ISSUED: &str = "issued";

#[derive(Debug, Clone, Queryable, Selectable, Serialize, utoipa::ToSchema)]
#[diesel(table_name = files)]
pub struct FileRow {
    pub id: String,
    #[serde(skip)]
    pub tenant_id: String,
    pub order_id: String,
    /// The milestone the file belongs to, if any.
    pub milestone_id: Option<String>,
    /// The progress update (timeline entry) the file is attached to, if any.
    pub entry_id: Option<String>,
    /// Shared by every version of one document; the id of its first version.
    pub document_id: String,
    /// 1 for the first upload, then 2, 3... for each new version.
    pub version: i32,
    /// Whether this is the latest version of its document.
    pub is_current: bool,
    /// `photo`, `video`, `proforma_invoice`, `contract`, `invoice`, `packing_list`,
    /// `bill_of_lading`, `inspection_report`, `certificate`, `material_receipt` or `other`.
    pub kind: String,
    /// `internal` (staff only) or `customer` (buyers see it too).
    pub visibility: Visibility,
    /// The uploaded file name, cleaned.
    pub display_name: String,
    /// The type decided from the file's first bytes, not the one the client claimed.
    pub content_type: String,
    pub size_bytes: i64,
    /// Hex SHA-256 of the content; also the `ETag` of `/content`.
    pub sha256: String,
    #[serde(skip)]
    pub object_key: String,
    /// The uploader's user id.
    pub uploaded_by: String,
    pub created_at: NaiveDateTime,
    /// When a photo was taken (from its EXIF data), once the preview is made.
    pub captured_at: Option<NaiveDateTime>,
    /// Image size in pixels, once the preview is made.
    pub width: Option<i32>,
    pub height: Option<i32>,
    /// Thumbnail and preview state: `none`, `pending`, `ready`, `failed` or `unsupported`.
    pub derivatives: String,
    #[serde(skip)]
    pub thumb_key: Option<String>,
    #[serde(skip)]
    pub preview_key: Option<String>,
    /// Documents of record: `draft` (uploaded; buyers do not see it and it verifies as
    /// nothing), `proposed` (waiting for a second administrator), `issued` (signed, with a
    /// verification code). None for other files.
    pub record_state: Option<String>,
    /// Who proposed to issue it, when it waits for a second administrator (staff business).
    #[serde(skip)]
    pub issue_proposed_by: Option<String>,
    #[serde(skip)]
    pub issue_proposed_at: Option<NaiveDateTime>,
    /// How the copy without camera metadata is made (`scrub::Scrub` as JSON); None until
    /// worked out.
    #[serde(skip)]
    pub scrub: Option<String>,
}

/// A file as pages and the API show it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct FileView {
    #[serde(flatten)]
    pub file: FileRow,
    /// The uploader's display name.
    pub uploader: String,
    pub is_image: bool,
    pub is_video: bool,
    /// Whether the thumbnail and preview are ready.
    pub has_preview: bool,
    /// Whether `/content` shows the file in the browser (else it downloads).
    pub inline: bool,
}

impl FileView {
    fn new(file: FileRow, uploader: String) -> Self {
        Self {
            is_image: sniff::is_image(&file.content_type),
            is_video: sniff::is_video(&file.content_type),
            has_preview: file.derivatives == DERIV_READY,
            inline: sniff::is_inline(&file.content_type),
            file,
            uploader,
        }
    }
}

pub fn is_document_kind(kind: &str) -> bool {
    DOCUMENT_KINDS.contains(&kind)
}

/// Whether buyers get `f` without its camera metadata (photos and videos; documents are served
/// as uploaded, their hash being on record).
pub fn is_cleaned(f: &FileRow) -> bool {
    !is_document_kind(&f.kind) && scrub::applies(&f.content_type)
}

/// Files of the actor's scope: tenant, visible order, and customer-visible for buyers.
macro_rules! scoped_files {
    ($actor:expr) => {{
        let actor: &Actor = $actor;
        let q = files::table
            .inner_join(orders::table)
            .inner_join(users::table.on(users::id.eq(files::uploaded_by)))
            .filter(files::tenant_id.eq(actor.tenant_id.clone()))
            .into_boxed();
        let q = scope_to_actor!(q, actor, policy::Part::Files);
        let q = match policy::file_kinds(actor) {
            Some(kinds) => q.filter(files::kind.eq_any(kinds)),
            None => q,
        };
        if policy::can_see_internal(actor) {
            q
        } else {
            q.filter(files::visibility.eq(CUSTOMER))
                .filter(buyer_sees_record_state!())
        }
    }};
}

/// Buyers see a document of record only once it is issued (drafts and proposals are staff
/// business).
macro_rules! buyer_sees_record_state {
    () => {
        files::record_state
            .is_null()
            .or(files::record_state.eq($crate::files::ISSUED))
    };
}
pub(crate) use buyer_sees_record_state;

/// One file the actor may see, with its uploader's name; otherwise `NotFound`.
pub fn find(conn: &mut DbConn, actor: &Actor, id: &str) -> AppResult<FileView> {
    let id = crate::ids::parse(id).ok_or(AppError::NotFound)?;
    let (file, uploader) = scoped_files!(actor)
        .filter(files::id.eq(id))
        .select((FileRow::as_select(), users::display_name))
        .first::<(FileRow, String)>(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    Ok(FileView::new(file, uploader))
}

/// Which files of an order a list shows.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// `media` (photos and videos), `documents`, or everything.
    pub group: Option<String>,
    /// Only the files of this milestone (its id).
    pub milestone: Option<String>,
    /// Keyset cursor: files older than this id.
    pub before: Option<String>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct FilePage {
    pub files: Vec<FileView>,
    /// Pass as `before` for the next page; none on the last page.
    pub next: Option<String>,
}

/// Current versions of an order's files, newest first, one page.
pub fn list(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &str,
    q: &ListQuery,
    limit: i64,
) -> AppResult<FilePage> {
    let order = crate::orders::find_part(conn, actor, order_id, policy::Part::Files)?;
    // The current version of each document; staff also see new versions of documents of
    // record still waiting to be issued (the issued one stays current until then).
    let mut query = scoped_files!(actor).filter(files::order_id.eq(order.id));
    query = if policy::can_see_internal(actor) {
        query.filter(
            files::is_current
                .eq(true)
                .or(files::record_state.eq_any([DRAFT, PROPOSED])),
        )
    } else {
        query.filter(files::is_current.eq(true))
    };
    match q.group.as_deref() {
        Some("media") => query = query.filter(files::kind.eq_any(["photo", "video"])),
        Some("documents") => query = query.filter(files::kind.eq_any(DOCUMENT_KINDS)),
        _ => {}
    }
    if let Some(m) = q.milestone.as_deref().filter(|m| !m.is_empty()) {
        query = query.filter(files::milestone_id.eq(m.to_string()));
    }
    if let Some(b) = q.before.as_deref().and_then(crate::ids::parse) {
        query = query.filter(files::id.lt(b));
    }
    let mut rows: Vec<(FileRow, String)> = query
        .order(files::id.desc())
        .limit(limit + 1)
        .select((FileRow::as_select(), users::display_name))
        .load(conn)?;
    let next = if rows.len() as i64 > limit {
        rows.truncate(limit as usize);
        rows.last().map(|(f, _)| f.id.clone())
    } else {
        None
    };
    Ok(FilePage {
        files: rows.into_iter().map(|(f, u)| FileView::new(f, u)).collect(),
        next,
    })
}

/// The files attached to timeline entries, by entry, in one query (no N+1). The caller has
/// already checked the order; internal files are left out unless `internal`.
pub fn of_entries(
    conn: &mut DbConn,
    tenant_id: &str,
    order_id: &str,
    entry_ids: &[String],
    internal: bool,
) -> AppResult<HashMap<String, Vec<FileView>>> {
    if entry_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let mut q = files::table
        .inner_join(users::table.on(users::id.eq(files::uploaded_by)))
        .filter(files::tenant_id.eq(tenant_id))
        .filter(files::order_id.eq(order_id))
        .filter(files::is_current.eq(true))
        .filter(files::entry_id.eq_any(entry_ids))
        .into_boxed();
    if !internal {
        q = q
            .filter(files::visibility.eq(CUSTOMER))
            .filter(buyer_sees_record_state!());
    }
    let rows: Vec<(FileRow, String)> = q
        .order(files::id.asc())
        .select((FileRow::as_select(), users::display_name))
        .load(conn)?;
    let mut out: HashMap<String, Vec<FileView>> = HashMap::new();
    for (f, u) in rows {
        if let Some(e) = f.entry_id.clone() {
            out.entry(e).or_default().push(FileView::new(f, u));
        }
    }
    Ok(out)
}

/// What a share link shows of an order: the current customer-visible files (documents of
/// record only once issued), newest first, at most 200.
pub fn of_shared_order(
    conn: &mut DbConn,
    tenant_id: &str,
    order_id: &str,
) -> AppResult<Vec<FileView>> {
    let rows: Vec<(FileRow, String)> = files::table
        .inner_join(users::table.on(users::id.eq(files::uploaded_by)))
        .filter(files::tenant_id.eq(tenant_id))
        .filter(files::order_id.eq(order_id))
        .filter(files::is_current.eq(true))
        .filter(files::visibility.eq(CUSTOMER))
        .filter(buyer_sees_record_state!())
        .order(files::id.desc())
        .limit(200)
        .select((FileRow::as_select(), users::display_name))
        .load(conn)?;
    Ok(rows.into_iter().map(|(f, u)| FileView::new(f, u)).collect())
}

/// One file a share link shows, or not found.
pub fn shared_file(
    conn: &mut DbConn,
    tenant_id: &str,
    order_id: &str,
    file_id: &str,
) -> AppResult<FileRow> {
    let id = crate::ids::parse(file_id).ok_or(AppError::NotFound)?;
    files::table
        .inner_join(orders::table)
        // A draft order is not shown through a link, nor are its files.
        .filter(orders::status.ne("draft"))
        .filter(files::tenant_id.eq(tenant_id))
        .filter(files::order_id.eq(order_id))
        .filter(files::id.eq(id))
        .filter(files::is_current.eq(true))
        .filter(files::visibility.eq(CUSTOMER))
        .filter(buyer_sees_record_state!())
        .select(FileRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)
}

/// Every version of a document the actor may see, newest first.
pub fn versions(conn: &mut DbConn, actor: &Actor, file: &FileRow) -> AppResult<Vec<FileView>> {
    let rows: Vec<(FileRow, String)> = scoped_files!(actor)
        .filter(files::document_id.eq(file.document_id.clone()))
        .order(files::version.desc())
        .select((FileRow::as_select(), users::display_name))
        .load(conn)?;
    Ok(rows.into_iter().map(|(f, u)| FileView::new(f, u)).collect())
}

/// Where new files go, checked before a byte is read: the order must be in the actor's scope
/// and the actor allowed to upload. Returns the bytes the tenant may still store.
pub fn prepare_upload(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &str,
    quota: u64,
) -> AppResult<u64> {
    crate::orders::find_part(conn, actor, order_id, policy::Part::Files)?;
    policy::ensure(policy::can_upload_files(actor))?;
    let used = tenant_usage(conn, &actor.tenant_id)?;
    Ok(quota.saturating_sub(used))
}

/// Same as `prepare_upload`, for a new version of `file_id`; returns its order id too.
pub fn prepare_version(
    conn: &mut DbConn,
    actor: &Actor,
    file_id: &str,
    quota: u64,
) -> AppResult<(String, u64)> {
    let f = find(conn, actor, file_id)?;
    policy::ensure(policy::can_upload_files(actor))?;
    let used = tenant_usage(conn, &actor.tenant_id)?;
    Ok((f.file.order_id, quota.saturating_sub(used)))
}

fn tenant_usage(conn: &mut DbConn, tenant_id: &str) -> AppResult<u64> {
    // SUM's SQL type differs per backend (NUMERIC on PostgreSQL); a cast in raw SQL keeps
    // one result type.
    #[derive(QueryableByName)]
    struct Sum {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        total: i64,
    }
    let total: Sum = match conn {
        DbConn::Postgres(c) => diesel::sql_query(
            "SELECT CAST(COALESCE(SUM(size_bytes), 0) AS BIGINT) AS total FROM files WHERE tenant_id = $1",
        )
        .bind::<diesel::sql_types::Text, _>(tenant_id)
        .get_result(c)?,
        DbConn::Sqlite(c) => diesel::sql_query(
            "SELECT CAST(COALESCE(SUM(size_bytes), 0) AS BIGINT) AS total FROM files WHERE tenant_id = ?",
        )
        .bind::<diesel::sql_types::Text, _>(tenant_id)
        .get_result(c)?,
    };
    Ok(total.total.max(0) as u64)
}

/// An object already in the store, waiting for its row.
#[derive(Debug, Clone)]
pub struct Stored {
    pub key: String,
    pub display_name: String,
    pub content_type: &'static str,
    pub size: u64,
    pub sha256: String,
    /// The plan for the copy without camera metadata (`scrub::Scrub` as JSON).
    pub scrub: Option<String>,
}

/// Where uploaded files attach, as the form or API sent it (validated in `commit`).
#[derive(Debug, Clone, Default)]
pub struct Attach {
    pub order_id: String,
    pub milestone_id: Option<String>,
    pub entry_id: Option<String>,
    /// `None`: decided by content (photo, video, or "other").
    pub kind: Option<String>,
    pub visibility: Option<String>,
    /// A new version of this file (kind, visibility and attachment are inherited).
    pub replaces: Option<String>,
}

/// Writes the rows for stored objects in one transaction, after checking scope, attachment
/// and the tenant's quota again (uploads may have run in parallel). On error nothing is
/// written and the caller deletes the objects.
pub fn commit(
    conn: &mut DbConn,
    actor: &Actor,
    quota: u64,
    attach: &Attach,
    stored: &[Stored],
) -> AppResult<Vec<FileRow>> {
    conn.write_tx(|conn| {
        // Uploads of one tenant commit one at a time, so the quota check and the version
        // numbers hold (SQLite's write lock already serialises everything).
        if let DbConn::Postgres(c) = conn {
            diesel::sql_query("SELECT pg_advisory_xact_lock(hashtext($1))")
                .bind::<diesel::sql_types::Text, _>(&actor.tenant_id)
                .execute(c)?;
        }
        let order = crate::orders::find_part(conn, actor, &attach.order_id, policy::Part::Files)?;
        policy::ensure(policy::can_upload_files(actor))?;
        let added: u64 = stored.iter().map(|s| s.size).sum();
        if tenant_usage(conn, &actor.tenant_id)? + added > quota {
            return Err(quota_error());
        }
        let base = match &attach.replaces {
            Some(prev) => Base::Version(Box::new(previous_version(conn, actor, prev)?)),
            None => Base::New(resolve_attachment(conn, actor, &order.id, attach)?),
        };
        if matches!(base, Base::Version(_)) && stored.len() != 1 {
            return Err(AppError::invalid(
                "one_file",
                "A new version is exactly one file.",
            ));
        }
        let mut out = Vec::with_capacity(stored.len());
        for s in stored {
            let id = new_id();
            let kind = match &base {
                Base::Version(prev) => prev.kind.clone(),
                Base::New(a) => a
                    .kind
                    .clone()
                    .unwrap_or_else(|| kind_by_content(s.content_type).to_string()),
            };
            // A document of record starts as a draft that an admin issues (policy::records).
            let record_state =
                policy::records::is_issued_by_people(&kind).then(|| DRAFT.to_string());
            let (document_id, version, is_current, visibility, milestone_id, entry_id) = match &base
            {
                Base::Version(prev) => {
                    // A draft of a new version leaves what buyers see (the issued version, or
                    // an older file that was never a draft) current and genuine until it is
                    // issued: superseding needs the right to issue.
                    let keep_current = record_state.is_some()
                        && prev.record_state.as_deref().is_none_or(|s| s == ISSUED);
                    if !keep_current {
                        diesel::update(
                            files::table.filter(files::document_id.eq(&prev.document_id)),
                        )
                        .filter(files::tenant_id.eq(&actor.tenant_id))
                        .set(files::is_current.eq(false))
                        .execute(conn)?;
                    }
                    // A proposal of an older draft is withdrawn by the newer version, and every
                    // admin hears of it (an upload must not silently block an issue).
                    let withdrawn = records::back_to_draft(
                        conn,
                        &actor.tenant_id,
                        None,
                        Some(&prev.document_id),
                    )?;
                    if withdrawn > 0 {
                        records::tell_admins(conn, actor, prev, "withdrawn")?;
                    }
                    let latest: Option<i32> = files::table
                        .filter(files::tenant_id.eq(&actor.tenant_id))
                        .filter(files::document_id.eq(&prev.document_id))
                        .select(diesel::dsl::max(files::version))
                        .first(conn)?;
                    (
                        prev.document_id.clone(),
                        latest.unwrap_or(prev.version) + 1,
                        !keep_current,
                        prev.visibility,
                        prev.milestone_id.clone(),
                        prev.entry_id.clone(),
                    )
                }
                Base::New(a) => (
                    id.clone(),
                    1,
                    true,
                    a.visibility,
                    a.milestone_id.clone(),
                    a.entry_id.clone(),
                ),
            };
            let derivatives = if sniff::is_previewable(s.content_type) {
                DERIV_PENDING
            } else if sniff::is_image(s.content_type) {
                DERIV_UNSUPPORTED
            } else {
                DERIV_NONE
            };
            let row = FileRow {
                id: id.clone(),
                tenant_id: actor.tenant_id.clone(),
                order_id: order.id.clone(),
                milestone_id,
                entry_id,
                document_id,
                version,
                is_current,
                kind,
                visibility,
                display_name: s.display_name.clone(),
                content_type: s.content_type.to_string(),
                size_bytes: s.size as i64,
                sha256: s.sha256.clone(),
                object_key: s.key.clone(),
                uploaded_by: actor.user_id.clone(),
                created_at: now(),
                captured_at: None,
                width: None,
                height: None,
                derivatives: derivatives.to_string(),
                thumb_key: None,
                preview_key: None,
                record_state,
                issue_proposed_by: None,
                issue_proposed_at: None,
                scrub: s.scrub.clone(),
            };
            insert(conn, &row)?;
            if derivatives == DERIV_PENDING {
                crate::jobs::enqueue(conn, Some(&actor.tenant_id), derive::JOB_KIND, &row.id)?;
            }
            audit::record(
                conn,
                actor.event(
                    if row.version > 1 {
                        "file.version"
                    } else {
                        "file.upload"
                    },
                    "file",
                    Some(&row.id),
                    format!(
                        "{} {} v{} {} bytes sha256={}",
                        row.kind, row.display_name, row.version, row.size_bytes, row.sha256
                    ),
                ),
            )?;
            out.push(row);
        }
        // Buyers hear of new customer-visible photos and documents (one notice per order and
        // hour, however many files).
        for (kind, photos) in [
            (crate::notifications::PHOTOS, true),
            (crate::notifications::DOCUMENTS, false),
        ] {
            let count = out
                .iter()
                .filter(|r| {
                    r.visibility == CUSTOMER
                        && r.record_state.is_none()
                        && matches!(r.kind.as_str(), "photo" | "video") == photos
                })
                .count();
            if count > 0 {
                let (buyers, _) = policy::order_audience(conn, &order.id)?;
                let mut params = crate::notifications::order_params(conn, &order.id)?;
                params["count"] = count.into();
                crate::notifications::send(
                    conn,
                    &buyers,
                    &crate::notifications::Notice {
                        tenant_id: Some(&actor.tenant_id),
                        order_id: Some(&order.id),
                        kind,
                        params,
                    },
                )?;
            }
        }
        Ok(out)
    })
}

pub fn quota_error() -> AppError {
    AppError::LimitExceeded(
        "Your company's storage quota is used up. Ask your administrator to remove old files or raise the quota.".into(),
    )
}

enum Base {
    New(Resolved),
    Version(Box<FileRow>),
}

struct Resolved {
    kind: Option<String>,
    visibility: Visibility,
    milestone_id: Option<String>,
    entry_id: Option<String>,
}

fn kind_by_content(ct: &str) -> &'static str {
    if sniff::is_image(ct) {
        "photo"
    } else if sniff::is_video(ct) {
        "video"
    } else {
        "other"
    }
}

/// Checks that the milestone and update belong to the order; a file on an update takes the
/// update's visibility (entries are never edited, so it cannot drift).
fn resolve_attachment(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &str,
    a: &Attach,
) -> AppResult<Resolved> {
    let kind = match a.kind.as_deref().filter(|k| !k.is_empty() && *k != "auto") {
        Some(k) if KINDS.contains(&k) => Some(k.to_string()),
        Some(_) => {
            return Err(AppError::invalid(
                "kind_invalid",
                "Choose one of the listed file kinds.",
            ));
        }
        None => None,
    };
    let mut visibility = match a.visibility.as_deref() {
        None => CUSTOMER,
        Some(v) => Visibility::parse(v).ok_or_else(|| {
            AppError::invalid(
                "visibility_invalid",
                "Visibility must be internal or customer.",
            )
        })?,
    };
    let milestone_id = match a.milestone_id.as_deref().filter(|m| !m.is_empty()) {
        Some(m) => {
            let id = crate::ids::parse(m).ok_or_else(milestone_error)?;
            milestones::table
                .filter(milestones::tenant_id.eq(&actor.tenant_id))
                .filter(milestones::order_id.eq(order_id))
                .filter(milestones::id.eq(&id))
                .select(milestones::id)
                .first::<String>(conn)
                .optional()?
                .ok_or_else(milestone_error)?;
            Some(id)
        }
        None => None,
    };
    let entry_id = match a.entry_id.as_deref().filter(|m| !m.is_empty()) {
        Some(e) => {
            let id = crate::ids::parse(e).ok_or_else(entry_error)?;
            let (eid, vis, kind) = timeline_entries::table
                .filter(timeline_entries::tenant_id.eq(&actor.tenant_id))
                .filter(timeline_entries::order_id.eq(order_id))
                .filter(timeline_entries::id.eq(&id))
                .select((
                    timeline_entries::id,
                    timeline_entries::visibility,
                    timeline_entries::kind,
                ))
                .first::<(String, Visibility, String)>(conn)
                .optional()?
                .ok_or_else(entry_error)?;
            if kind != "update" {
                return Err(entry_error());
            }
            visibility = vis;
            Some(eid)
        }
        None => None,
    };
    Ok(Resolved {
        kind,
        visibility,
        milestone_id,
        entry_id,
    })
}

fn milestone_error() -> AppError {
    AppError::invalid(
        "milestone_invalid",
        "That milestone is not part of this order.",
    )
}

fn entry_error() -> AppError {
    AppError::invalid(
        "update_invalid",
        "Files can be attached only to a progress update of this order.",
    )
}

/// The current version of the document `file_id` belongs to, for a new version.
fn previous_version(conn: &mut DbConn, actor: &Actor, file_id: &str) -> AppResult<FileRow> {
    let f = find(conn, actor, file_id)?.file;
    Ok(files::table
        .filter(files::tenant_id.eq(&actor.tenant_id))
        .filter(files::document_id.eq(&f.document_id))
        .filter(files::is_current.eq(true))
        .select(FileRow::as_select())
        .first(conn)?)
}

fn insert(conn: &mut DbConn, r: &FileRow) -> AppResult<()> {
    diesel::insert_into(files::table)
        .values((
            files::id.eq(&r.id),
            files::tenant_id.eq(&r.tenant_id),
            files::order_id.eq(&r.order_id),
            files::milestone_id.eq(&r.milestone_id),
            files::entry_id.eq(&r.entry_id),
            files::document_id.eq(&r.document_id),
            files::version.eq(r.version),
            files::is_current.eq(r.is_current),
            files::kind.eq(&r.kind),
            files::visibility.eq(&r.visibility),
            files::display_name.eq(&r.display_name),
            files::content_type.eq(&r.content_type),
            files::size_bytes.eq(r.size_bytes),
            files::sha256.eq(&r.sha256),
            files::object_key.eq(&r.object_key),
            files::uploaded_by.eq(&r.uploaded_by),
            files::created_at.eq(r.created_at),
            files::derivatives.eq(&r.derivatives),
            files::record_state.eq(&r.record_state),
            files::scrub.eq(&r.scrub),
        ))
        .execute(conn)?;
    Ok(())
}

/// A staff download of a photo or video with its camera data untouched.
pub fn record_original_download(conn: &mut DbConn, actor: &Actor, f: &FileRow) -> AppResult<()> {
    record_read(conn, actor, f, "file.download_original")
}

fn record_read(conn: &mut DbConn, actor: &Actor, f: &FileRow, action: &str) -> AppResult<()> {
    audit::record(
        conn,
        actor.event(
            action,
            "file",
            Some(&f.id),
            format!("{} {} v{}", f.kind, f.display_name, f.version),
        ),
    )
}

/// What may be served of a file to someone who must not get its camera metadata.
pub enum CleanCopy {
    /// A type without camera metadata: the stored bytes.
    AsStored,
    /// The stored bytes with these edits.
    Edited(std::sync::Arc<Vec<scrub::Edit>>),
    /// No clean copy can be made; the original may carry a position. The error says why.
    Refused(AppError),
}

/// The copy of `f` without camera metadata. Files stored before cleaning existed get their
/// plan now, kept for next time.
pub async fn clean_copy(
    db: &crate::db::Db,
    storage: &crate::storage::Storage,
    f: &FileRow,
) -> AppResult<CleanCopy> {
    // Documents (a photographed invoice included) are served as uploaded: their sha256 is
    // what is signed and what "Check a copy" compares. Photos and videos are cleaned.
    if !is_cleaned(f) {
        return Ok(CleanCopy::AsStored);
    }
    let plan = match f.scrub.as_deref().and_then(scrub::Scrub::from_json) {
        Some(p) => p,
        None => {
            let p =
                scrub::plan(storage, &f.object_key, &f.content_type, f.size_bytes as u64).await?;
            let (id, tenant, json) = (f.id.clone(), f.tenant_id.clone(), p.to_json());
            db.run(move |c| {
                diesel::update(
                    files::table
                        .filter(files::id.eq(&id))
                        .filter(files::tenant_id.eq(&tenant)),
                )
                .set(files::scrub.eq(Some(json)))
                .execute(c)
                .map(|_| ())
                .map_err(AppError::from)
            })
            .await?;
            p
        }
    };
    Ok(match plan {
        scrub::Scrub::Edits(e) => CleanCopy::Edited(std::sync::Arc::new(e)),
        scrub::Scrub::Refused(scrub::Refusal::TooLarge) => CleanCopy::Refused(AppError::ForbiddenBecause(
            "This file is too large for its camera data (such as the GPS position) to be removed, so it is not shown here. Ask the supplier for a smaller copy.".into(),
        )),
        scrub::Scrub::Refused(scrub::Refusal::Unreadable) => CleanCopy::Refused(AppError::ForbiddenBecause(
            "This file's camera data (such as the GPS position) could not be checked, so it is not shown here. Ask the supplier to upload it again.".into(),
        )),
    })
}

/// Records a document download in the audit log (media are not: a video player alone makes
/// dozens of range requests).
pub fn record_download(conn: &mut DbConn, actor: &Actor, f: &FileRow) -> AppResult<()> {
    record_read(conn, actor, f, "file.download")
}
