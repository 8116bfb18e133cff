//! Consistency between file rows and stored objects. Orphans (objects no row points at,
//! left by a crash between storing and committing) older than a grace period are removed;
//! dangling rows (a row whose object is gone) are removed with an audit event, and missing
//! derivatives are queued again. `portico fsck` runs it once; each node's worker hourly.

use crate::db::WriteTransaction;
use std::collections::HashSet;
use std::fmt;
use std::time::Duration;

use diesel::prelude::*;

use crate::app::AppState;
use crate::audit;
use crate::db::schema::files;
use crate::error::AppResult;
use crate::ids::TenantId;

#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Objects younger than this may belong to an upload still in progress.
    pub grace: Duration,
    pub dry_run: bool,
    /// Also recompute every order's progress summary (`portico fsck`; not the hourly sweep,
    /// which every node runs and which must stay light at a million orders).
    pub progress: bool,
}

impl Options {
    pub fn sweeper() -> Self {
        Self {
            grace: Duration::from_secs(3600),
            dry_run: false,
            progress: false,
        }
    }
}

#[derive(Debug, Default, Clone)]
pub struct Report {
    pub objects: usize,
    pub rows: usize,
    pub orphans_removed: Vec<String>,
    pub orphans_too_young: usize,
    pub staging_removed: usize,
    pub dangling_rows_removed: Vec<String>,
    pub derivatives_requeued: Vec<String>,
    /// Orders whose progress summary did not match their milestones (rewritten unless a dry
    /// run): there should never be any, as every milestone write updates it.
    pub progress_drift: Vec<String>,
    pub dry_run: bool,
}

impl Report {
    pub fn is_clean(&self) -> bool {
        self.orphans_removed.is_empty()
            && self.staging_removed == 0
            && self.dangling_rows_removed.is_empty()
            && self.derivatives_requeued.is_empty()
            && self.progress_drift.is_empty()
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verb = if self.dry_run {
            "would remove"
        } else {
            "removed"
        };
        writeln!(
            f,
            "checked {} objects and {} file rows",
            self.objects, self.rows
        )?;
        writeln!(
            f,
            "orphan objects: {verb} {} ({} younger than the grace period left alone)",
            self.orphans_removed.len(),
            self.orphans_too_young
        )?;
        for k in &self.orphans_removed {
            writeln!(f, "  orphan {k}")?;
        }
        writeln!(
            f,
            "interrupted upload parts: {verb} {}",
            self.staging_removed
        )?;
        writeln!(
            f,
            "rows whose object is missing: {verb} {}",
            self.dangling_rows_removed.len()
        )?;
        for k in &self.dangling_rows_removed {
            writeln!(f, "  dangling file {k}")?;
        }
        write!(
            f,
            "photos whose previews are missing: {} {}",
            if self.dry_run {
                "would queue"
            } else {
                "queued"
            },
            self.derivatives_requeued.len()
        )?;
        write!(
            f,
            "\norders whose progress summary drifted from their milestones: {} {}",
            if self.dry_run {
                "would repair"
            } else {
                "repaired"
            },
            self.progress_drift.len()
        )?;
        for id in &self.progress_drift {
            write!(f, "\n  order {id}")?;
        }
        Ok(())
    }
}

type RowKeys = (
    String,
    Option<TenantId>,
    String,
    Option<String>,
    Option<String>,
);

pub async fn run(state: &AppState, opts: Options) -> AppResult<Report> {
    let mut report = Report {
        dry_run: opts.dry_run,
        ..Default::default()
    };
    // Rows first: an object stored after this read is younger than the grace period.
    let (rows, report_keys): (Vec<RowKeys>, Vec<Option<String>>) = state
        .db
        .run(|c| {
            let rows = files::table
                .select((
                    files::id,
                    files::tenant_id.nullable(),
                    files::object_key,
                    files::thumb_key,
                    files::preview_key,
                ))
                .load(c)?;
            // Report PDFs are objects too; they are never orphans while their row exists.
            let mut reports: Vec<Option<String>> = crate::db::schema::reports::table
                .select(crate::db::schema::reports::object_key)
                .load(c)?;
            // So are the payment instruction sheets.
            reports.extend(
                crate::db::schema::documents_of_record::table
                    .select(crate::db::schema::documents_of_record::object_key)
                    .load::<Option<String>>(c)?,
            );
            // And the suppliers' logos.
            reports.extend(
                crate::db::schema::tenants::table
                    .select(crate::db::schema::tenants::logo_key)
                    .load::<Option<String>>(c)?,
            );
            Ok((rows, reports))
        })
        .await?;
    let objects = state.storage.list_all().await?;
    report.rows = rows.len();
    report.objects = objects.len();
    let present: HashSet<&str> = objects.iter().map(|o| o.key.as_str()).collect();
    let mut referenced: HashSet<&str> = HashSet::new();
    referenced.extend(report_keys.iter().flatten().map(String::as_str));
    for (_, _, key, thumb, preview) in &rows {
        referenced.insert(key);
        if let Some(t) = thumb {
            referenced.insert(t);
        }
        if let Some(p) = preview {
            referenced.insert(p);
        }
    }
    let cutoff = chrono::Utc::now()
        - chrono::Duration::from_std(opts.grace).unwrap_or(chrono::Duration::hours(1));
    for o in &objects {
        if referenced.contains(o.key.as_str()) {
            continue;
        }
        if o.modified > cutoff {
            report.orphans_too_young += 1;
            continue;
        }
        if !opts.dry_run {
            // A row may have been committed since the list was read.
            let k = o.key.clone();
            let referenced_now: i64 = state
                .db
                .run(move |c| {
                    Ok(files::table
                        .filter(
                            files::object_key
                                .eq(&k)
                                .or(files::thumb_key.eq(&k))
                                .or(files::preview_key.eq(&k)),
                        )
                        .count()
                        .get_result::<i64>(c)?
                        + crate::db::schema::reports::table
                            .filter(crate::db::schema::reports::object_key.eq(&k))
                            .count()
                            .get_result::<i64>(c)?
                        + crate::db::schema::documents_of_record::table
                            .filter(crate::db::schema::documents_of_record::object_key.eq(&k))
                            .count()
                            .get_result::<i64>(c)?
                        + crate::db::schema::tenants::table
                            .filter(crate::db::schema::tenants::logo_key.eq(&k))
                            .count()
                            .get_result::<i64>(c)?)
                })
                .await?;
            if referenced_now > 0 {
                continue;
            }
            state.storage.delete(&o.key).await?;
        }
        report.orphans_removed.push(o.key.clone());
    }
    report.staging_removed = state
        .storage
        .sweep_local_staging(opts.grace, opts.dry_run)
        .map_err(crate::error::AppError::internal)?;

    let mut dangling = Vec::new();
    let mut requeue = Vec::new();
    for (id, tenant, key, thumb, preview) in &rows {
        // Asked again one by one: the listing may be older than an upload that just committed.
        if !present.contains(key.as_str()) && !state.storage.exists(key).await? {
            dangling.push((id.clone(), tenant.clone()));
        } else if [thumb, preview]
            .iter()
            .any(|k| k.as_deref().is_some_and(|k| !present.contains(k)))
        {
            requeue.push((id.clone(), tenant.clone()));
        }
    }
    // A store that lost most of its objects is more likely the wrong store (a mistyped
    // PORTICO_STORAGE_URL, an empty bucket) than real loss: refuse to delete the rows.
    if dangling.len() > 10 && dangling.len() * 2 > rows.len() {
        return Err(crate::error::AppError::internal(format!(
            "{} of {} files have no object: is PORTICO_STORAGE_URL pointing at the right store? Nothing was removed.",
            dangling.len(),
            rows.len()
        )));
    }
    report.dangling_rows_removed = dangling.iter().map(|(id, _)| id.clone()).collect();
    report.derivatives_requeued = requeue.iter().map(|(id, _)| id.clone()).collect();
    if !opts.dry_run && (!dangling.is_empty() || !requeue.is_empty()) {
        state
            .db
            .run(move |c| {
                c.write_tx(|c| {
                    for (id, tenant) in &dangling {
                        // The record of a signed document outlives its lost file: it still
                        // answers verifications of copies people hold.
                        diesel::update(
                            crate::db::schema::documents_of_record::table
                                .filter(crate::db::schema::documents_of_record::file_id.eq(id)),
                        )
                        .set(crate::db::schema::documents_of_record::file_id.eq(None::<String>))
                        .execute(c)?;
                        diesel::delete(files::table.filter(files::id.eq(id))).execute(c)?;
                        audit::record(
                            c,
                            audit::Event {
                                tenant_id: tenant.as_ref(),
                                actor_user_id: None,
                                action: "file.lost",
                                object_type: "file",
                                object_id: Some(id),
                                detail: "fsck: the stored object is missing; row removed".into(),
                                ip: "",
                            },
                        )?;
                    }
                    for (id, tenant) in &requeue {
                        diesel::update(files::table.filter(files::id.eq(id)))
                            .set((
                                files::derivatives.eq(super::DERIV_PENDING),
                                files::thumb_key.eq(None::<String>),
                                files::preview_key.eq(None::<String>),
                            ))
                            .execute(c)?;
                        crate::jobs::enqueue(c, tenant.as_ref(), super::derive::JOB_KIND, id)?;
                    }
                    Ok(())
                })
            })
            .await?;
    }
    if !opts.progress {
        return Ok(report);
    }
    let dry_run = opts.dry_run;
    report.progress_drift = state
        .db
        .run(move |c| {
            let drifted = crate::orders::progress::check(c, dry_run)?;
            if !drifted.is_empty() {
                tracing::warn!(
                    orders = drifted.len(),
                    "order progress drifted from milestones"
                );
            }
            Ok(drifted.into_iter().map(|id| id.to_string()).collect())
        })
        .await?;
    Ok(report)
}
