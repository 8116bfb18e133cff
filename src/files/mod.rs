//! Photos, videos and documents of an order. Objects live in the object store (`storage`);
//! a row here is committed only after its object is stored, in one transaction with the
//! audit event and the thumbnail job. Every read goes through `find` or `list`, which apply
//! the actor's order scope and, for buyers, customer visibility.

mod commit;
pub mod derive;
pub mod download;
pub mod fsck;
pub mod records;
pub mod scrub;
pub mod sniff;
pub mod upload;
pub mod web;

pub use commit::{Attach, Stored, commit, insert, prepare_upload, prepare_version, quota_error};

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::audit;
use crate::db::DbConn;
use crate::db::schema::{files, orders, users};
use crate::error::{AppError, AppResult};
use crate::ids::{FileId, OrderId, TenantId, UserId};
use crate::orders::scope_to_actor;
use crate::policy::{self, Actor};
use crate::timeline::{CUSTOMER, Visibility};
use crate::web::paging::{Keyset, Page, id_cursor};

crate::text_enum! {
    /// What a stored file is: a photo or video (media), or one of the document kinds.
    pub enum FileKind {
        Photo => "photo",
        Video => "video",
        ProformaInvoice => "proforma_invoice",
        Contract => "contract",
        Invoice => "invoice",
        PackingList => "packing_list",
        BillOfLading => "bill_of_lading",
        InspectionReport => "inspection_report",
        Certificate => "certificate",
        MaterialReceipt => "material_receipt",
        Other => "other",
    }
}

impl FileKind {
    /// Photos and videos: shown in the gallery, cleaned of camera data for buyers.
    pub const fn is_media(self) -> bool {
        matches!(self, FileKind::Photo | FileKind::Video)
    }
}

/// The kinds an uploader chooses for a document (every kind but the media).
pub const DOCUMENT_KINDS: &[FileKind] = FileKind::ALL.split_at(2).1;
pub const MEDIA_KINDS: &[FileKind] = FileKind::ALL.split_at(2).0;
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
    pub id: FileId,
    #[serde(skip)]
    pub tenant_id: TenantId,
    pub order_id: OrderId,
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
    pub kind: FileKind,
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
    pub uploaded_by: UserId,
    #[serde(with = "crate::ids::utc")]
    pub created_at: NaiveDateTime,
    /// When a photo was taken (from its EXIF data), once the preview is made.
    #[serde(default, with = "crate::ids::utc::option")]
    pub captured_at: Option<NaiveDateTime>,
    /// Image size in pixels, once the preview is made.
    pub width: Option<i32>,
    pub height: Option<i32>,
    /// Thumbnail and preview state: `none`, `pending`, `ready`, `failed` or `unsupported`.
    #[schema(value_type = crate::web::api_enums::DerivativeState)]
    pub derivatives: String,
    #[serde(skip)]
    pub thumb_key: Option<String>,
    #[serde(skip)]
    pub preview_key: Option<String>,
    /// Documents of record: `draft` (uploaded; buyers do not see it and it verifies as
    /// nothing), `proposed` (waiting for a second administrator), `issued` (signed, with a
    /// verification code). None for other files.
    #[schema(value_type = Option<crate::web::api_enums::RecordState>)]
    pub record_state: Option<String>,
    /// Who proposed to issue it, when it waits for a second administrator (staff business).
    #[serde(skip)]
    pub issue_proposed_by: Option<UserId>,
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

pub fn is_document_kind(kind: FileKind) -> bool {
    !kind.is_media()
}

/// Whether buyers get `f` without its camera metadata (photos and videos; documents are served
/// as uploaded, their hash being on record).
pub fn is_cleaned(f: &FileRow) -> bool {
    f.kind.is_media() && scrub::applies(&f.content_type)
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
}

crate::web::paging::page_schema!(
    /// A page of an order's files, newest first.
    FilePage => FileView
);

/// Current versions of an order's files, newest first, one page.
pub fn list(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &OrderId,
    q: &ListQuery,
    keyset: &Keyset,
) -> AppResult<Page<FileView>> {
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
        Some("media") => query = query.filter(files::kind.eq_any(MEDIA_KINDS)),
        Some("documents") => query = query.filter(files::kind.eq_any(DOCUMENT_KINDS)),
        _ => {}
    }
    if let Some(m) = q.milestone.as_deref().filter(|m| !m.is_empty()) {
        // An id or nothing: a NUL would reach PostgreSQL as an error (a 500).
        let m = crate::ids::parse(m.trim()).ok_or_else(|| {
            AppError::bad_request(
                "milestone_invalid",
                "The milestone filter is not a milestone id.",
            )
        })?;
        query = query.filter(files::milestone_id.eq(m));
    }
    if let Some(after) = keyset.after_id()? {
        query = query.filter(files::id.lt(after));
    }
    let rows: Vec<(FileRow, String)> = query
        .order(files::id.desc())
        .limit(keyset.fetch())
        .select((FileRow::as_select(), users::display_name))
        .load(conn)?;
    Ok(keyset
        .page(rows, |(f, _)| id_cursor(&f.id))
        .map(|(f, u)| FileView::new(f, u)))
}

/// The files attached to timeline entries, by entry, in one query (no N+1). The caller has
/// already checked the order; internal files are left out unless `internal`.
pub fn of_entries(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    order_id: &OrderId,
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
    tenant_id: &TenantId,
    order_id: &OrderId,
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
    tenant_id: &TenantId,
    order_id: &OrderId,
    file_id: &FileId,
) -> AppResult<FileRow> {
    let id = file_id;
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
