//! The worker of a node: claims due jobs and runs each by its kind (`KINDS`, each defined by
//! its domain), mails what is due, runs the schedule, and sweeps hourly.

use std::sync::Arc;
use std::time::Duration;

use super::Kind;
use super::queue::{claim, complete, fail};
use crate::app::AppState;
use crate::error::{AppError, AppResult};
use crate::ids::now;

/// Every kind of job, as its domain defines it.
const KINDS: [&Kind; 2] = [&crate::files::derive::JOB, &crate::reports::JOB];

/// Runs one job. Errors are recorded on the job, not returned. While it runs, its claim is
/// renewed (`queue::renew`); should the claim be lost (taken over after a stall), the job is
/// stopped and its outcome left to the worker that holds it now.
async fn run_one(state: &AppState, job: super::Job) {
    use futures_util::future::{Either, select};
    let renewal = async {
        let Some(worker) = job.locked_by.clone() else {
            return std::future::pending::<()>().await;
        };
        loop {
            actix_web::rt::time::sleep(super::queue::RENEW_EVERY).await;
            let (id, worker) = (job.id.clone(), worker.clone());
            match state
                .db
                .run(move |c| super::queue::renew(c, &id, &worker))
                .await
            {
                Ok(true) => {}
                Ok(false) => return,
                Err(e) => {
                    tracing::warn!(job = %job.id, error = %e, "could not renew a job's claim")
                }
            }
        }
    };
    let work = async {
        match KINDS.iter().find(|k| k.name == job.kind) {
            Some(kind) => (kind.run)(state, &job.payload).await,
            None => Err(AppError::internal(format!("unknown job kind {}", job.kind))),
        }
    };
    let result = match select(std::pin::pin!(work), std::pin::pin!(renewal)).await {
        Either::Left((r, _)) => r,
        Either::Right(((), _)) => {
            tracing::warn!(job = %job.id, kind = %job.kind, "a job lost its claim and was stopped");
            return;
        }
    };
    crate::metrics::job_run(&job.kind, result.is_ok());
    let outcome = match result {
        Ok(()) => {
            let j = job.clone();
            state.db.run(move |c| complete(c, &j)).await
        }
        Err(e) => {
            tracing::warn!(job = %job.id, kind = %job.kind, error = %e, "job failed");
            let j = job.clone();
            let msg = e.to_string();
            state.db.run(move |c| fail(c, &j, &msg)).await
        }
    };
    if let Err(e) = outcome {
        tracing::error!(job = %job.id, error = %e, "could not record the job's outcome");
    }
}

/// Runs due jobs until none is left; returns how many ran. Tests and the worker use it.
pub async fn drain(state: &AppState, worker: &str) -> AppResult<usize> {
    let mut n = 0;
    loop {
        let w = worker.to_string();
        let Some(job) = state.db.run(move |c| claim(c, &w)).await? else {
            return Ok(n);
        };
        run_one(state, job).await;
        n += 1;
    }
}

/// The background worker of a node: drains the queue when woken (a local upload) or every
/// second, and sweeps storage orphans hourly.
pub fn spawn_worker(state: actix_web::web::Data<AppState>) {
    // Unique even where containers share a host name and each runs as pid 1.
    let worker = format!(
        "{}-{}-{}",
        hostname(),
        std::process::id(),
        &uuid::Uuid::now_v7().simple().to_string()[20..]
    );
    let wake: Arc<tokio::sync::Notify> = state.jobs_wake.clone();
    actix_web::rt::spawn(async move {
        let mut last_sweep = std::time::Instant::now();
        let mut last_schedule: Option<std::time::Instant> = None;
        loop {
            if let Err(e) = drain(&state, &worker).await {
                tracing::warn!(error = %e, "job queue unavailable");
            }
            if let Err(e) = tick(&state, &mut last_schedule).await {
                tracing::warn!(error = %e, "notifications and schedule unavailable");
            }
            if let Some(m) = state.mailer.clone()
                && let Err(e) = crate::mail::smtp::send_due(&state, &m).await
            {
                tracing::warn!(error = %e, "outbox unavailable");
            }
            if last_sweep.elapsed() >= Duration::from_secs(3600) {
                last_sweep = std::time::Instant::now();
                // Attempt counters a day past their longest window (24 hours) mean nothing.
                let old = crate::ids::now() - chrono::Duration::hours(48);
                if let Err(e) = state
                    .db
                    .run(move |c| crate::auth::limits::prune(c, old))
                    .await
                {
                    tracing::warn!(error = %e, "attempt counters not pruned");
                }
                match crate::files::fsck::run(&state, crate::files::fsck::Options::sweeper()).await
                {
                    Ok(r) if !r.is_clean() => tracing::info!(report = %r, "storage sweep"),
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "storage sweep failed"),
                }
            }
            let _ = tokio::time::timeout(Duration::from_secs(1), wake.notified()).await;
        }
    });
}

/// Mails notifications due now, and every 30 seconds runs the schedule (late milestones,
/// digests, weekly reports).
async fn tick(state: &AppState, last: &mut Option<std::time::Instant>) -> AppResult<()> {
    let (i18n, url) = (state.i18n.clone(), state.config.public_url.clone());
    let due = last.is_none_or(|l| l.elapsed() >= Duration::from_secs(30));
    let ran = state
        .db
        .run(move |c| {
            let ran = if due {
                Some(crate::notifications::schedule::run(c, &i18n, &url, now())?)
            } else {
                None
            };
            crate::notifications::mail::mail_now(c, &i18n, &url)?;
            Ok(ran)
        })
        .await?;
    if due {
        *last = Some(std::time::Instant::now());
    }
    if ran.is_some_and(|r| r.report_runs > 0) {
        state.jobs_wake.notify_one();
    }
    Ok(())
}

fn hostname() -> String {
    std::fs::read_to_string("/etc/hostname")
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|_| "node".into())
}
