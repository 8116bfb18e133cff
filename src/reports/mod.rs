//! Progress reports: a PDF per order (or per customer organisation) for a period, built by a
//! background job on the tenant's weekly schedule or on demand, stored in the object store
//! with its sha256 and a verification code, listed in an archive, its readers notified.

pub mod data;
pub mod language;
pub mod pdf;
pub mod web;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::app::AppState;
use crate::audit;
use crate::db::schema::{customer_orgs, orders, reports};
use crate::db::{DbConn, WriteTransaction};
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::ids::{OrderId, OrgId, TenantId, UserId, new_id, now};
use crate::policy::{self, Actor, ReportScope};
use crate::web::paging::{Keyset, Page, id_cursor};

pub const JOB: crate::jobs::Kind = crate::jobs::Kind {
    name: JOB_KIND,
    run: |state, payload| Box::pin(run(state, payload)),
};

pub const JOB_KIND: &str = "report.build";
pub const QUEUED: &str = "queued";
pub const READY: &str = "ready";
pub const FAILED: &str = "failed";
pub const PAGE: i64 = 30;
/// Orders that get a weekly report: from confirmation until shipped.
const REPORTED: [&str; 5] = [
    "confirmed",
    "in_production",
    "inspection",
    "ready_to_ship",
    "shipped",
];

#[derive(Debug, Clone, Queryable, Selectable, Serialize, utoipa::ToSchema)]
#[diesel(table_name = reports)]
pub struct Report {
    pub id: String,
    #[serde(skip)]
    pub tenant_id: TenantId,
    /// The order reported on; none for a report of a whole customer organisation.
    pub order_id: Option<OrderId>,
    /// The customer organisation reported on; none for an order's report.
    pub customer_org_id: Option<OrgId>,
    /// First day of the period, inclusive.
    pub period_start: NaiveDate,
    /// Last day of the period, inclusive.
    pub period_end: NaiveDate,
    /// `scheduled` (the weekly run) or `on_demand`.
    #[schema(value_type = crate::web::api_enums::ReportTrigger)]
    pub trigger_kind: String,
    /// `queued`, `ready` or `failed`.
    #[schema(value_type = crate::web::api_enums::ReportStatus)]
    pub status: String,
    #[serde(skip)]
    pub object_key: Option<String>,
    /// Hex SHA-256 of the PDF, once ready.
    pub sha256: Option<String>,
    /// Size of the PDF in bytes, once ready.
    pub size_bytes: Option<i64>,
    /// The code printed on the PDF, to check a copy at `/verify`.
    pub verification_code: String,
    #[serde(skip)]
    pub created_by: Option<UserId>,
    #[serde(with = "crate::ids::utc")]
    pub created_at: NaiveDateTime,
    /// When the PDF was made.
    #[serde(default, with = "crate::ids::utc::option")]
    pub ready_at: Option<NaiveDateTime>,
    #[serde(skip)]
    pub error: Option<String>,
    /// The language the PDF is written in (a tag: `en`, `zh-CN`, `es`, ...).
    #[schema(value_type = String)]
    pub language: Locale,
}

/// A report with what its list shows.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = ReportView)]
pub struct Listed {
    #[serde(flatten)]
    pub report: Report,
    /// The order's reference, or the organisation's name.
    pub subject: String,
}

/// What a new report is of, in which language, and who asked.
pub struct NewReport<'a> {
    pub tenant_id: &'a TenantId,
    pub order_id: Option<&'a OrderId>,
    pub org_id: Option<&'a OrgId>,
    pub period: (NaiveDate, NaiveDate),
    pub trigger: &'a str,
    pub by: Option<&'a UserId>,
    pub language: Locale,
}

fn insert(conn: &mut DbConn, r: &NewReport<'_>) -> AppResult<String> {
    let id = insert_row(conn, r)?;
    let tenant_id = r.tenant_id;
    crate::jobs::enqueue(conn, Some(tenant_id), JOB_KIND, &id)?;
    Ok(id)
}

/// Writes a queued report's row without queueing its job: the one place that knows the
/// table (`insert` queues the job; test fixtures want a report that stays queued).
pub fn insert_row(conn: &mut DbConn, r: &NewReport<'_>) -> AppResult<String> {
    let id = new_id();
    let (start, end) = r.period;
    diesel::insert_into(reports::table)
        .values((
            reports::id.eq(&id),
            reports::tenant_id.eq(r.tenant_id),
            reports::order_id.eq(r.order_id),
            reports::customer_org_id.eq(r.org_id),
            reports::period_start.eq(start),
            reports::period_end.eq(end),
            reports::trigger_kind.eq(r.trigger),
            reports::status.eq(QUEUED),
            reports::verification_code.eq(crate::ids::verification_code()),
            reports::created_by.eq(r.by),
            reports::created_at.eq(now()),
            reports::language.eq(r.language),
        ))
        .execute(conn)?;
    Ok(id)
}

/// The weekly run of a tenant: one report per reported order for the seven days before
/// `today` (the tenant's local date).
pub fn schedule_weekly(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    today: NaiveDate,
) -> AppResult<usize> {
    let period = (
        today - chrono::Duration::days(7),
        today - chrono::Duration::days(1),
    );
    let ids: Vec<OrderId> = orders::table
        .filter(orders::tenant_id.eq(tenant_id))
        .filter(orders::status.eq_any(REPORTED))
        .select(orders::id)
        .load(conn)?;
    let company = language::of_company(conn, tenant_id)?;
    conn.write_tx(|conn| {
        for id in &ids {
            let language = language::of_readers(conn, tenant_id, company, Some(id), None)?;
            insert(
                conn,
                &NewReport {
                    tenant_id,
                    order_id: Some(id),
                    org_id: None,
                    period,
                    trigger: "scheduled",
                    by: None,
                    language,
                },
            )?;
        }
        Ok(ids.len())
    })
}

/// On-demand reports per person and hour.
pub const ON_DEMAND: crate::auth::limits::Rule = crate::auth::limits::Rule {
    limit: 20,
    window: chrono::Duration::seconds(3600),
    backoff: &[],
};

/// What someone asks for on demand: one of `order_id` and `customer_org_id`.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::ToSchema)]
#[schema(as = ReportRequest)]
pub struct Request {
    /// An order the caller may see.
    #[serde(default)]
    pub order_id: Option<String>,
    /// A customer organisation of the tenant (admins).
    #[serde(default)]
    pub customer_org_id: Option<String>,
    /// Whole days, inclusive; default: the last seven days.
    #[serde(default)]
    pub period_start: Option<NaiveDate>,
    #[serde(default)]
    pub period_end: Option<NaiveDate>,
    /// The language to write it in (a tag: `en`, `zh-CN`, `es`, ...); default: the one most
    /// of its buyers chose, else the company's.
    #[serde(default)]
    #[schema(value_type = Option<crate::web::api_enums::LanguageTag>)]
    pub language: Option<String>,
}

/// Queues a report on demand, for an order the actor sees, or (admins) a customer
/// organisation of the tenant.
pub fn request(conn: &mut DbConn, actor: &Actor, r: &Request) -> AppResult<String> {
    policy::ensure(policy::can_request_reports(actor))?;
    let today = now().date();
    let earliest = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    for d in [r.period_start, r.period_end].into_iter().flatten() {
        if d < earliest || d > today + chrono::Duration::days(1) {
            return Err(AppError::invalid(
                "period_invalid",
                "Choose dates between 2000 and today.",
            ));
        }
    }
    let end = r.period_end.unwrap_or(today);
    let start = r.period_start.unwrap_or(end - chrono::Duration::days(6));
    if start > end || (end - start).num_days() > 366 || end > today + chrono::Duration::days(1) {
        return Err(AppError::invalid(
            "period_invalid",
            "Choose a period of at most a year that ends today or earlier, its start before its end.",
        ));
    }
    let (order_id, org_id) = match (&r.order_id, &r.customer_org_id) {
        (Some(o), None) => {
            let o = crate::ids::parse(o).ok_or(AppError::NotFound)?;
            let order = crate::orders::find_part(conn, actor, &o, policy::Part::Progress)?;
            (Some(order.id), None)
        }
        (None, Some(org)) => {
            policy::ensure(policy::can_request_org_reports(actor))?;
            let org = OrgId::parse(org).ok_or(AppError::NotFound)?;
            let found: i64 = customer_orgs::table
                .filter(customer_orgs::tenant_id.eq(&actor.tenant_id))
                .filter(customer_orgs::id.eq(&org))
                .count()
                .get_result(conn)?;
            if found == 0 {
                return Err(AppError::NotFound);
            }
            (None, Some(org))
        }
        _ => {
            return Err(AppError::invalid(
                "subject_invalid",
                "Choose one order or one customer.",
            ));
        }
    };
    let language = match Locale::chosen(r.language.as_deref().unwrap_or_default())? {
        Some(l) => l,
        None => {
            let company = language::of_company(conn, &actor.tenant_id)?;
            language::of_readers(
                conn,
                &actor.tenant_id,
                company,
                order_id.as_ref(),
                org_id.as_ref(),
            )?
        }
    };
    // At most 20 reports an hour per person: each one is real work for the server. Taken
    // atomically (60 parallel requests got 29 through the old count on PostgreSQL).
    crate::auth::limits::take(conn, &format!("reports:{}", actor.user_id), &ON_DEMAND)?.or_refuse(
        |wait| format!("You asked for 20 reports in the last hour; try again in {wait}."),
    )?;
    conn.write_tx(|conn| {
        let id = insert(
            conn,
            &NewReport {
                tenant_id: &actor.tenant_id,
                order_id: order_id.as_ref(),
                org_id: org_id.as_ref(),
                period: (start, end),
                trigger: "on_demand",
                by: Some(&actor.user_id),
                language,
            },
        )?;
        audit::record(
            conn,
            actor.event(
                "report.request",
                "report",
                Some(&id),
                format!("{start}..{end} in {}", language.code()),
            ),
        )?;
        Ok(id)
    })
}

/// The reports the actor may see, newest first, optionally of one order.
pub fn list(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: Option<&OrderId>,
    keyset: &Keyset,
) -> AppResult<Page<Listed>> {
    let visible: Vec<String> =
        crate::orders::scope_to_actor!(orders::table.into_boxed(), actor, policy::Part::Progress)
            .select(orders::id)
            .load(conn)?;
    let mut q = reports::table
        .filter(reports::tenant_id.eq(&actor.tenant_id))
        .into_boxed();
    q = match (order_id, policy::report_scope(actor)) {
        (Some(o), _) => q.filter(reports::order_id.eq(o.to_string())),
        (None, ReportScope::All) => q,
        (None, ReportScope::Orders { orgs }) => q.filter(
            reports::order_id
                .eq_any(visible.clone())
                .or(reports::customer_org_id.eq_any(orgs)),
        ),
    };
    if order_id.is_some_and(|o| !visible.iter().any(|v| v == o)) {
        return Err(AppError::NotFound);
    }
    if let Some(after) = keyset.after_id()? {
        q = q.filter(reports::id.lt(after));
    }
    let rows: Vec<Report> = q
        .order(reports::id.desc())
        .limit(keyset.fetch())
        .select(Report::as_select())
        .load(conn)?;
    let page = keyset.page(rows, |r| id_cursor(&r.id));
    Ok(Page {
        items: subjects(conn, &actor.tenant_id, page.items)?,
        next: page.next,
    })
}

fn subjects(conn: &mut DbConn, tenant_id: &TenantId, rows: Vec<Report>) -> AppResult<Vec<Listed>> {
    let order_ids: Vec<&OrderId> = rows.iter().filter_map(|r| r.order_id.as_ref()).collect();
    let org_ids: Vec<&OrgId> = rows
        .iter()
        .filter_map(|r| r.customer_org_id.as_ref())
        .collect();
    let refs: Vec<(String, String)> = orders::table
        .filter(orders::tenant_id.eq(tenant_id))
        .filter(orders::id.eq_any(order_ids))
        .select((orders::id, orders::reference))
        .load(conn)?;
    let names: Vec<(String, String)> = customer_orgs::table
        .filter(customer_orgs::tenant_id.eq(tenant_id))
        .filter(customer_orgs::id.eq_any(org_ids))
        .select((customer_orgs::id, customer_orgs::name))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let subject = match (&r.order_id, &r.customer_org_id) {
                (Some(o), _) => refs.iter().find(|(i, _)| i == o).map(|(_, s)| s.clone()),
                (_, Some(g)) => names.iter().find(|(i, _)| i == g).map(|(_, s)| s.clone()),
                _ => None,
            }
            .unwrap_or_default();
            Listed { report: r, subject }
        })
        .collect())
}

/// One report the actor may see; anything else is not found.
pub fn find(conn: &mut DbConn, actor: &Actor, id: &str) -> AppResult<Listed> {
    let id = crate::ids::parse(id).ok_or(AppError::NotFound)?;
    let r: Report = reports::table
        .filter(reports::tenant_id.eq(&actor.tenant_id))
        .filter(reports::id.eq(&id))
        .select(Report::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    match (&r.order_id, &r.customer_org_id) {
        (Some(o), _) => {
            crate::orders::find_part(conn, actor, o, policy::Part::Progress)?;
        }
        (_, Some(g)) if policy::report_scope(actor).sees_org(g) => {}
        _ => return Err(AppError::NotFound),
    }
    Ok(subjects(conn, &actor.tenant_id, vec![r])?.remove(0))
}

/// Records a download of a report in the audit log.
pub fn record_download(conn: &mut DbConn, actor: &Actor, r: &Report) -> AppResult<()> {
    audit::record(
        conn,
        actor.event(
            "report.download",
            "report",
            Some(&r.id),
            r.sha256.clone().unwrap_or_default(),
        ),
    )
}

/// The job: gathers the data, renders, stores the PDF, then marks the report ready and
/// notifies its readers in one transaction. The object is written before the row points at it;
/// if the row cannot be updated the object is deleted again.
pub async fn run(state: &AppState, report_id: &str) -> AppResult<()> {
    let id = report_id.to_string();
    let i18n = state.i18n.clone();
    let gathered = state
        .db
        .run(move |c| {
            let Some(r) = reports::table
                .find(&id)
                .select(Report::as_select())
                .first(c)
                .optional()?
            else {
                return Ok(None);
            };
            if r.status == READY {
                return Ok(None);
            }
            let d = data::gather(c, &i18n, &r)?;
            Ok(Some((r, d)))
        })
        .await?;
    let Some((report, data)) = gathered else {
        return Ok(());
    };
    let mut photos = Vec::new();
    let mut missing = Vec::new();
    for o in &data.orders {
        for p in &o.photos {
            match state.storage.read_all(&p.key).await {
                Ok(b) => photos.push((p.file.clone(), b.to_vec())),
                // A lost preview must not stop the report: it shows without that picture.
                Err(e) => {
                    tracing::warn!(report = %report.id, key = %p.key, error = %e, "photo missing from a report");
                    missing.push(p.file.clone());
                }
            }
        }
    }
    let mut data = data;
    // The supplier's logo heads the first page; a lost one leaves the name alone.
    if let Some(key) = data.logo_key.clone() {
        match state.storage.read_all(&key).await {
            Ok(b) => photos.push(("logo.png".to_string(), b.to_vec())),
            Err(e) => {
                tracing::warn!(report = %report.id, error = %e, "logo missing from a report");
                data.logo = None;
            }
        }
    }
    for o in &mut data.orders {
        o.photos.retain(|p| !missing.contains(&p.file));
    }
    let created = report.created_at;
    let pdf = actix_web::web::block(move || pdf::render(&data, photos, created))
        .await
        .map_err(AppError::internal)?;
    let pdf = match pdf {
        Ok(p) => p,
        Err(e) => {
            let (id, msg) = (report.id.clone(), e.clone());
            state
                .db
                .run(move |c| {
                    diesel::update(reports::table.find(&id))
                        .set((reports::status.eq(FAILED), reports::error.eq(Some(msg))))
                        .execute(c)?;
                    Ok(())
                })
                .await?;
            return Err(AppError::internal(format!("report {}: {e}", report.id)));
        }
    };
    let sha = crate::auth::secrets::hex(&Sha256::digest(&pdf));
    let size = pdf.len() as i64;
    // A key per attempt: a job that runs twice (a lease that expired) never overwrites or
    // deletes the other run's object.
    let key = format!(
        "{}/reports/{}-{}.pdf",
        report.tenant_id,
        report.id,
        uuid::Uuid::now_v7()
    );
    state.storage.put(&key, pdf).await?;
    let (r, k, keys) = (report.clone(), key.clone(), state.keys.clone());
    let done = state
        .db
        .run(move |c| c.write_tx(|c| ready(c, &keys, &r, &k, &sha, size)))
        .await;
    if done.is_err() {
        let _ = state.storage.delete(&key).await;
    }
    done
}

fn ready(
    conn: &mut DbConn,
    keys: &crate::auth::keys::Keys,
    r: &Report,
    key: &str,
    sha: &str,
    size: i64,
) -> AppResult<()> {
    let n = diesel::update(
        reports::table
            .filter(reports::id.eq(&r.id))
            .filter(reports::status.ne(READY)),
    )
    .set((
        reports::status.eq(READY),
        reports::object_key.eq(Some(key)),
        reports::sha256.eq(Some(sha)),
        reports::size_bytes.eq(Some(size)),
        reports::ready_at.eq(Some(now())),
        reports::error.eq(None::<String>),
    ))
    .execute(conn)?;
    if n != 1 {
        return Err(AppError::Conflict("the report was built meanwhile".into()));
    }
    // A report is a document of record: its printed code and its sha256 verify.
    crate::documents::issue(
        conn,
        keys,
        crate::documents::Issue {
            tenant_id: &r.tenant_id,
            document_id: &r.id,
            version: 1,
            file_id: None,
            instruction_id: None,
            order_id: r.order_id.as_ref(),
            kind: crate::documents::PROGRESS_REPORT,
            title: &format!(
                "{} {} – {}",
                crate::i18n::catalogue()
                    .text(r.language, "report.pdf.title", &[])
                    .unwrap_or_default(),
                r.period_start,
                r.period_end
            ),
            sha256: sha,
            issued_by: r.created_by.as_ref(),
            approved_by: None,
            object_key: None,
            code: Some(&r.verification_code),
            language: r.language,
        },
    )?;
    audit::record(
        conn,
        audit::Event {
            tenant_id: Some(&r.tenant_id),
            actor_user_id: None,
            action: "report.ready",
            object_type: "report",
            object_id: Some(&r.id),
            detail: format!("sha256={sha} code={}", r.verification_code),
            ip: "",
        },
    )?;
    let (mut to, params) = match (&r.order_id, &r.customer_org_id) {
        (Some(o), _) => {
            let (buyers, _) = policy::order_audience(conn, o)?;
            (buyers, crate::notifications::order_params(conn, o)?)
        }
        (_, Some(g)) => {
            let name: String = customer_orgs::table
                .find(g)
                .select(customer_orgs::name)
                .first(conn)?;
            (
                policy::org_report_readers(conn, &r.tenant_id, g)?,
                serde_json::json!({ "ref": name, "title": "" }),
            )
        }
        _ => (Vec::new(), serde_json::json!({})),
    };
    if let Some(by) = &r.created_by
        && !to.contains(by)
    {
        to.push(by.clone());
    }
    let mut params = params;
    params["report"] = r.id.clone().into();
    params["period"] = format!("{} – {}", r.period_start, r.period_end).into();
    crate::notifications::send(
        conn,
        &to,
        &crate::notifications::Notice {
            tenant_id: Some(&r.tenant_id),
            order_id: r.order_id.as_ref(),
            kind: crate::notifications::REPORT_READY,
            params,
        },
    )?;
    Ok(())
}
