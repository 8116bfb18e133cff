//! The admin's view of the tenant's background jobs: counts by state, and the jobs that
//! failed or wait for a retry with their last error; a failed job can be queued again.

use actix_web::{HttpRequest, HttpResponse, web};

use crate::error::{AppError, AppResult};
use crate::jobs;
use crate::policy::TenantAdmin;
use crate::web::{State, redirect, render};

/// `GET /admin/jobs`.
pub async fn page(
    req: HttpRequest,
    state: State,
    TenantAdmin(actor): TenantAdmin,
) -> AppResult<HttpResponse> {
    let t = actor.tenant_id.clone();
    let (counts, troubled) = state
        .db
        .run(move |c| Ok((jobs::counts(c, &t)?, jobs::troubled(c, &t, 100)?)))
        .await?;
    let mut ctx = tera::Context::new();
    ctx.insert("counts", &counts);
    ctx.insert("jobs", &troubled);
    render(&req, &state, Some(&actor), "admin/jobs.html", ctx)
}

/// `POST /admin/jobs/{id}/retry`.
pub async fn retry(
    state: State,
    TenantAdmin(actor): TenantAdmin,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = crate::ids::parse(&path.into_inner()).ok_or(AppError::NotFound)?;
    let a = actor.clone();
    state
        .db
        .run(move |c| {
            use crate::db::WriteTransaction;
            c.write_tx(|c| {
                jobs::retry(c, &a.tenant_id, &id)?;
                crate::audit::record(c, a.event("job.retry", "job", Some(&id), String::new()))
            })
        })
        .await?;
    state.jobs_wake.notify_one();
    Ok(redirect("/admin/jobs"))
}
