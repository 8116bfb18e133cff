//! The audit log as CSV for admins: the tenant's chain, oldest first, with each event's
//! sequence number, previous hash and hash, streamed a page at a time.

use actix_web::HttpResponse;
use bytes::Bytes;

use crate::audit;
use crate::error::AppResult;
use crate::ids::UserId;
use crate::orders::export::cell;
use crate::policy::TenantAdmin;
use crate::web::State;

/// The columns; the header names them in the admin's language (`csv.audit.<column>`). The
/// values stay as recorded: the hashes are over them.
const COLUMNS: [&str; 11] = [
    "seq",
    "id",
    "created_at_utc",
    "actor_user_id",
    "action",
    "object_type",
    "object_id",
    "detail",
    "ip",
    "prev_hash",
    "hash",
];

/// `GET /admin/audit/export.csv`.
pub async fn export(
    req: actix_web::HttpRequest,
    state: State,
    TenantAdmin(actor): TenantAdmin,
) -> AppResult<HttpResponse> {
    let header = crate::orders::export::header(
        &COLUMNS,
        "audit",
        Some(crate::web::locale_of(&req, Some(&actor))),
    );
    // A HEAD reads nothing: the headers only, no export recorded, no rows read.
    if req.method() == actix_web::http::Method::HEAD {
        return Ok(HttpResponse::Ok()
            .content_type("text/csv; charset=utf-8")
            .insert_header((
                actix_web::http::header::CONTENT_DISPOSITION,
                "attachment; filename=\"audit-log.csv\"",
            ))
            .finish());
    }
    let db = state.db.clone();
    let tenant = actor.tenant_id.clone();
    {
        // Exporting the log is itself an event.
        let a = actor.clone();
        state
            .db
            .run(move |c| {
                audit::record(
                    c,
                    a.event("audit.export", "tenant", Some(&a.tenant_id), String::new()),
                )
            })
            .await?;
    }
    let body = futures_util::stream::unfold(Some(0i64), move |after| {
        let (db, tenant, header) = (db.clone(), tenant.clone(), header.clone());
        async move {
            let after = after?;
            let page = db
                .run(move |c| audit::export_page(c, &tenant, after, 1000))
                .await;
            match page {
                Err(e) => Some((Err(e), None)),
                Ok(rows) => {
                    let mut out = if after == 0 { header } else { String::new() };
                    let next = rows.last().map(|(r, _)| r.seq);
                    for (r, hash) in &rows {
                        let fields = [
                            r.seq.to_string(),
                            r.id.clone(),
                            r.created_at.format("%Y-%m-%d %H:%M:%S%.6f").to_string(),
                            r.actor_user_id
                                .as_ref()
                                .map(UserId::to_string)
                                .unwrap_or_default(),
                            r.action.clone(),
                            r.object_type.clone(),
                            r.object_id.clone().unwrap_or_default(),
                            r.detail.clone(),
                            r.ip.clone(),
                            r.prev_hash.clone(),
                            hash.clone().unwrap_or_default(),
                        ];
                        out.push_str(&fields.iter().map(|f| cell(f)).collect::<Vec<_>>().join(","));
                        out.push_str("\r\n");
                    }
                    if rows.is_empty() && after != 0 {
                        return None;
                    }
                    Some((Ok::<_, crate::error::AppError>(Bytes::from(out)), next))
                }
            }
        }
    });
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            actix_web::http::header::CONTENT_DISPOSITION,
            "attachment; filename=\"audit-log.csv\"",
        ))
        .streaming(body))
}
