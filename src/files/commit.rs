//! Committing uploads: the checks before a byte is read (scope, permission, quota), and the
//! rows written in one transaction once the objects are stored (quota checked again, the
//! attachment resolved, versions numbered), then the buyers told.

use diesel::prelude::*;

use super::{
    CUSTOMER, DERIV_NONE, DERIV_PENDING, DERIV_UNSUPPORTED, DRAFT, FileKind, FileRow, ISSUED,
    derive, find, records, sniff,
};
use crate::audit;
use crate::db::schema::{files, milestones, timeline_entries};
use crate::db::{DbConn, WriteTransaction};
use crate::error::{AppError, AppResult};
use crate::ids::{FileId, OrderId, TenantId, now};
use crate::policy::{self, Actor};
use crate::timeline::Visibility;

/// Where new files go, checked before a byte is read: the order must be in the actor's scope
/// and the actor allowed to upload. Returns the bytes the tenant may still store.
pub fn prepare_upload(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &OrderId,
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
    file_id: &FileId,
    quota: u64,
) -> AppResult<(OrderId, u64)> {
    let f = find(conn, actor, file_id)?;
    policy::ensure(policy::can_upload_files(actor))?;
    let used = tenant_usage(conn, &actor.tenant_id)?;
    Ok((f.file.order_id, quota.saturating_sub(used)))
}

fn tenant_usage(conn: &mut DbConn, tenant_id: &TenantId) -> AppResult<u64> {
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
#[derive(Debug, Clone)]
pub struct Attach {
    pub order_id: OrderId,
    pub milestone_id: Option<String>,
    pub entry_id: Option<String>,
    /// `None`: decided by content (photo, video, or "other").
    pub kind: Option<String>,
    pub visibility: Option<String>,
    /// A new version of this file (kind, visibility and attachment are inherited).
    pub replaces: Option<FileId>,
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
            let id = FileId::new();
            let kind = match &base {
                Base::Version(prev) => prev.kind,
                Base::New(a) => a.kind.unwrap_or_else(|| kind_by_content(s.content_type)),
            };
            // A document of record starts as a draft that an admin issues (policy::records).
            let record_state =
                policy::records::is_issued_by_people(kind).then(|| DRAFT.to_string());
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
                    id.to_string(),
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
                        && r.kind.is_media() == photos
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
    kind: Option<FileKind>,
    visibility: Visibility,
    milestone_id: Option<String>,
    entry_id: Option<String>,
}

fn kind_by_content(ct: &str) -> FileKind {
    if sniff::is_image(ct) {
        FileKind::Photo
    } else if sniff::is_video(ct) {
        FileKind::Video
    } else {
        FileKind::Other
    }
}

/// Checks that the milestone and update belong to the order; a file on an update takes the
/// update's visibility (entries are never edited, so it cannot drift).
fn resolve_attachment(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &OrderId,
    a: &Attach,
) -> AppResult<Resolved> {
    let kind = match a.kind.as_deref().filter(|k| !k.is_empty() && *k != "auto") {
        Some(k) if FileKind::parse(k).is_some() => FileKind::parse(k),
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
fn previous_version(conn: &mut DbConn, actor: &Actor, file_id: &FileId) -> AppResult<FileRow> {
    let f = find(conn, actor, file_id)?.file;
    Ok(files::table
        .filter(files::tenant_id.eq(&actor.tenant_id))
        .filter(files::document_id.eq(&f.document_id))
        .filter(files::is_current.eq(true))
        .select(FileRow::as_select())
        .first(conn)?)
}

/// Writes a file's row (its object is stored already): the one place that knows the table
/// (`commit`, and the test fixtures).
pub fn insert(conn: &mut DbConn, r: &FileRow) -> AppResult<()> {
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
            files::captured_at.eq(r.captured_at),
            files::width.eq(r.width),
            files::height.eq(r.height),
            files::thumb_key.eq(&r.thumb_key),
            files::preview_key.eq(&r.preview_key),
            files::issue_proposed_by.eq(&r.issue_proposed_by),
            files::issue_proposed_at.eq(r.issue_proposed_at),
        ))
        .execute(conn)?;
    Ok(())
}
