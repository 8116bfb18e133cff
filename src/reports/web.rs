//! Report archive pages, requests and downloads (pages and API).

use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::{Listed, Request};
use crate::error::{AppError, AppResult};
use crate::files::download;
use crate::ids::OrderId;
use crate::policy::{self, Actor};
use crate::reports;
use crate::web::paging::{Keyset, PageQuery, PageRequest};
use crate::web::{State, redirect, render};

/// The pages' own parameter: where "older" continues (the API's `next`).
#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    before: Option<String>,
}

/// A form's period fields: empty means the default (the last seven days).
#[derive(Deserialize, Default, Clone)]
pub struct PeriodForm {
    #[serde(default)]
    period_start: String,
    #[serde(default)]
    period_end: String,
    #[serde(default)]
    customer_org_id: String,
    /// A language tag; empty: the buyers' language.
    #[serde(default)]
    language: String,
}

fn date(field: &str, raw: &str) -> AppResult<Option<chrono::NaiveDate>> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    chrono::NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| {
            AppError::invalid(
                "date_invalid",
                format!("The {field} is not a date (YYYY-MM-DD)."),
            )
        })
}

impl PeriodForm {
    fn request(&self, order_id: Option<String>) -> AppResult<Request> {
        let org = self.customer_org_id.trim();
        Ok(Request {
            order_id,
            customer_org_id: (!org.is_empty()).then(|| org.to_string()),
            period_start: date("start", &self.period_start)?,
            period_end: date("end", &self.period_end)?,
            language: Some(self.language.clone()),
        })
    }
}

async fn archive(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    order_id: Option<String>,
    before: Option<String>,
    error: Option<String>,
) -> AppResult<HttpResponse> {
    let a = actor.clone();
    let oid = order_id.clone();
    let (list, order, orgs) = state
        .db
        .run(move |c| {
            let order = match &oid {
                Some(o) => Some(crate::orders::find(c, &a, o)?),
                None => None,
            };
            let keyset = Keyset::new(reports::PAGE, before);
            let list = reports::list(c, &a, order.as_ref().map(|o| &o.id), &keyset)?;
            let orgs = if policy::can_request_org_reports(&a) && order.is_none() {
                crate::people::list_customer_orgs(c, &a.tenant_id)?
            } else {
                Vec::new()
            };
            Ok((list, order, orgs))
        })
        .await?;
    let mut ctx = tera::Context::new();
    ctx.insert("reports", &list.items);
    ctx.insert("order", &order);
    ctx.insert("orgs", &orgs);
    ctx.insert("error", &error);
    ctx.insert("next_before", &list.next);
    let mut resp = render(req, state, Some(actor), "reports/list.html", ctx)?;
    if error.is_some() {
        *resp.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(resp)
}

/// `GET /reports`: every report the person may see.
pub async fn page(
    req: HttpRequest,
    state: State,
    actor: Actor,
    q: web::Query<ListQuery>,
) -> AppResult<HttpResponse> {
    archive(&req, &state, &actor, None, q.into_inner().before, None).await
}

/// `GET /orders/{id}/reports`: the order's reports and the form to make one.
pub async fn order_page(
    req: HttpRequest,
    state: State,
    actor: Actor,
    path: web::Path<String>,
    q: web::Query<ListQuery>,
) -> AppResult<HttpResponse> {
    let id = crate::ids::parse(&path.into_inner()).ok_or(AppError::NotFound)?;
    archive(&req, &state, &actor, Some(id), q.into_inner().before, None).await
}

async fn queue(state: &State, actor: &Actor, r: Request) -> AppResult<String> {
    let a = actor.clone();
    let id = state.db.run(move |c| reports::request(c, &a, &r)).await?;
    state.jobs_wake.notify_one();
    Ok(id)
}

/// `POST /orders/{id}/reports`: builds a report of the order now.
pub async fn request_for_order(
    req: HttpRequest,
    state: State,
    actor: Actor,
    path: web::Path<String>,
    form: web::Form<PeriodForm>,
) -> AppResult<HttpResponse> {
    let id = crate::ids::parse(&path.into_inner()).ok_or(AppError::NotFound)?;
    let r = form.request(Some(id.clone()));
    match async { queue(&state, &actor, r?).await }.await {
        Ok(_) => Ok(redirect(&format!("/orders/{id}/reports"))),
        Err(e @ AppError::Invalid { .. }) => {
            archive(
                &req,
                &state,
                &actor,
                Some(id),
                None,
                Some(e.public_message()),
            )
            .await
        }
        Err(e) => Err(e),
    }
}

/// `POST /reports`: a report of one customer organisation (admins).
pub async fn request_for_org(
    req: HttpRequest,
    state: State,
    actor: Actor,
    form: web::Form<PeriodForm>,
) -> AppResult<HttpResponse> {
    let r = form.request(None);
    match async { queue(&state, &actor, r?).await }.await {
        Ok(_) => Ok(redirect("/reports")),
        Err(e @ AppError::Invalid { .. }) => {
            archive(&req, &state, &actor, None, None, Some(e.public_message())).await
        }
        Err(e) => Err(e),
    }
}

/// `GET /reports/{id}/pdf` (and the API's): the PDF, with ranges; audited.
#[utoipa::path(
    get,
    path = "/api/v1/reports/{id}/pdf",
    tag = "reports",
    operation_id = "download_report_pdf",
    summary = "The report's PDF, with byte ranges",
    params(
        ("id" = String, Path, description = "Report id"),
        crate::files::download::DownloadHeaders,
    ),
    responses(
        (
            status = 200,
            description = "The report's PDF (inline, its sha256 as `ETag`); every download is \
                audited. 409 while the report is queued or if it failed. API tokens need \
                `orders:read`.",
            content_type = "application/pdf"
        ),
        (status = 206, description = "The requested range, with `Content-Range`", content_type = "application/pdf"),
        (status = 304, description = "Not modified: `If-None-Match` matched"),
        (
            status = 416,
            description = "The range is not valid for this PDF; `Content-Range: bytes */size`",
            body = crate::error::Problem,
            content_type = "application/problem+json"
        ),
    )
)]
pub async fn pdf(
    req: HttpRequest,
    state: State,
    actor: Actor,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let a = actor.clone();
    let audited = req.method() == actix_web::http::Method::GET;
    let r = state
        .db
        .run(move |c| {
            let r = reports::find(c, &a, &id)?;
            if r.report.status == reports::READY && audited {
                reports::record_download(c, &a, &r.report)?;
            }
            Ok(r)
        })
        .await?;
    let (Some(key), Some(sha), Some(size)) = (
        r.report.object_key.as_deref(),
        r.report.sha256.as_deref(),
        r.report.size_bytes,
    ) else {
        return Err(AppError::Conflict(
            "The report is still being made; try again in a moment.".into(),
        ));
    };
    let name = format!(
        "report-{}-{}-{}.pdf",
        r.subject
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == '-')
            .collect::<String>(),
        r.report.period_start,
        r.report.period_end
    );
    download::pdf(&req, &state.storage, key, size as u64, sha, &name).await
}

crate::web::paging::page_schema!(
    /// A page of reports, newest first.
    ReportPage => Listed
);

/// One report.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ReportResponse {
    report: Listed,
}

/// `GET /api/v1/reports` and `GET /api/v1/orders/{id}/reports`.
#[utoipa::path(
    get,
    path = "/api/v1/reports",
    tag = "reports",
    operation_id = "list_reports",
    summary = "The reports the caller may see",
    params(PageQuery),
    responses((
        status = 200,
        description = "The reports the caller may see, newest first: admins every report of the \
            tenant; others those of orders they see, and buyers who see all their \
            organisation's orders also its organisation reports.",
        body = ReportPage,
        headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))
    ))
)]
pub async fn api_list(
    state: State,
    actor: Actor,
    path: Option<web::Path<String>>,
    page: PageRequest,
) -> AppResult<HttpResponse> {
    // Text, not `Path<OrderId>`: an `Option` extractor turns a bad id into `None`, which
    // here would mean "every report" instead of 404.
    let order = match path {
        Some(p) => Some(OrderId::parse(&p.into_inner()).ok_or(AppError::NotFound)?),
        None => None,
    };
    let keyset = page.keyset()?;
    let list = state
        .db
        .run(move |c| reports::list(c, &actor, order.as_ref(), &keyset))
        .await?;
    page.respond(list)
}

/// `GET /api/v1/orders/{id}/reports`: the same list, for one order (served by `api_list`).
#[utoipa::path(
    get,
    path = "/api/v1/orders/{id}/reports",
    tag = "reports",
    operation_id = "list_order_reports",
    params(("id" = String, Path, description = "Order id"), PageQuery),
    responses((
        status = 200,
        description = "The reports of one order the caller may see, newest first. API tokens \
            need `orders:read`.",
        body = ReportPage,
        headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))
    ))
)]
#[allow(dead_code)]
fn api_list_of_order() {}

/// `GET /api/v1/reports/{id}`.
#[utoipa::path(
    get,
    path = "/api/v1/reports/{id}",
    tag = "reports",
    operation_id = "get_report",
    params(("id" = String, Path, description = "Report id")),
    responses((
        status = 200,
        description = "One report and its state; poll it after a request until `status` is \
            `ready`. API tokens need `orders:read`.",
        body = ReportResponse
    ))
)]
pub async fn api_show(
    state: State,
    actor: Actor,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let r = state.db.run(move |c| reports::find(c, &actor, &id)).await?;
    Ok(HttpResponse::Ok().json(ReportResponse { report: r }))
}

/// `POST /api/v1/reports` with `{"order_id"|"customer_org_id", "period_start", "period_end"}`.
#[utoipa::path(
    post,
    path = "/api/v1/reports",
    tag = "reports",
    operation_id = "request_report",
    request_body = Request,
    responses((
        status = 202,
        description = "Queues a PDF report of one order the caller sees, or (admins) of one \
            customer organisation, for whole days (default: the last seven days, at most a \
            year). It is made in the background: poll `GET /api/v1/reports/{id}`. At most 20 \
            requests an hour per person (429).",
        body = ReportResponse
    ))
)]
pub async fn api_request(
    state: State,
    actor: Actor,
    body: web::Json<Request>,
) -> AppResult<HttpResponse> {
    let id = queue(&state, &actor, body.into_inner()).await?;
    let a = actor.clone();
    let r = state.db.run(move |c| reports::find(c, &a, &id)).await?;
    Ok(HttpResponse::Accepted().json(ReportResponse { report: r }))
}

/// This module's part of the OpenAPI document (see `crate::web::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(api_list, api_request, api_list_of_order, api_show, pdf))]
pub struct Api;
