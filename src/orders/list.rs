//! Order lists: the actor's scope, filters (status, customer, lateness, ex-factory date range,
//! text), three sort orders, and keyset pages whose cursor is always an order id.

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::{Order, OrderRow, OrderStatus, customer_names, lower, progress, scoped};
use crate::db::DbConn;
use crate::db::schema::{milestones, orders};
use crate::error::{AppError, AppResult};
use crate::ids::OrderId;
use crate::policy::{self, Actor};
use crate::validate;

#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub q: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub status: String,
    /// A customer organisation id.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub customer: String,
    /// `1` for orders with a late milestone.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub late: String,
    /// Ex-factory date range, inclusive (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub from: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub to: String,
    /// `newest` (default), `oldest` or `reference`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sort: String,
    /// Keyset cursor: the id of the last order of the previous page.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub after: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OrderPage {
    pub items: Vec<OrderRow>,
    /// Cursor for the next page, when there is one.
    pub next: Option<OrderId>,
}

pub const PAGE_DEFAULT: i64 = 25;
pub const PAGE_MAX: i64 = 500;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Sort {
    Newest,
    Oldest,
    Reference,
}

fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// Orders the actor may see, filtered and paged.
pub fn list(conn: &mut DbConn, actor: &Actor, query: &ListQuery) -> AppResult<OrderPage> {
    let limit = query.limit.unwrap_or(PAGE_DEFAULT).clamp(1, PAGE_MAX);
    let today = crate::ids::today();
    let sort = match query.sort.as_str() {
        "" | "newest" => Sort::Newest,
        "oldest" => Sort::Oldest,
        "reference" => Sort::Reference,
        _ => {
            return Err(AppError::invalid(
                "sort_invalid",
                "Sort by newest, oldest or reference.",
            ));
        }
    };
    let mut q = scoped(actor);
    let status = query.status.trim();
    if !status.is_empty() {
        let status = OrderStatus::parse(status)
            .ok_or_else(|| AppError::invalid("status_invalid", "Unknown order status."))?;
        q = q.filter(orders::status.eq(status));
    }
    if !query.customer.trim().is_empty() {
        let c = crate::ids::parse(&query.customer).ok_or_else(|| {
            AppError::invalid("customer_invalid", "Unknown customer organisation.")
        })?;
        q = q.filter(orders::customer_org_id.eq(c));
    }
    // Lateness is progress: whoever does not see it cannot filter by it either.
    if matches!(query.late.as_str(), "1" | "true" | "on")
        && policy::sees_part(actor, policy::Part::Progress)
    {
        q = q.filter(
            orders::id.eq_any(
                milestones::table
                    .filter(milestones::tenant_id.eq(actor.tenant_id.clone()))
                    .filter(milestones::status.ne("done"))
                    .filter(milestones::planned_date.lt(today))
                    .select(milestones::order_id),
            ),
        );
    }
    let date = |f: &'static str, v: &str| -> AppResult<Option<NaiveDate>> {
        validate::optional_date(f, v)
    };
    if let Some(from) = date("from", &query.from)? {
        q = q.filter(orders::ex_factory_date.ge(from));
    }
    if let Some(to) = date("to", &query.to)? {
        q = q.filter(orders::ex_factory_date.le(to));
    }
    if let Some(text) = validate::optional_text("search", &query.q, 100)? {
        let pattern = format!("%{}%", escape_like(&text.to_lowercase()));
        q = q.filter(
            lower(orders::reference)
                .like(pattern.clone())
                .escape('\\')
                .or(lower(orders::title).like(pattern.clone()).escape('\\'))
                .or(lower(orders::product).like(pattern).escape('\\')),
        );
    }
    if !query.after.trim().is_empty() {
        let after = crate::ids::parse(&query.after)
            .ok_or_else(|| AppError::invalid("cursor_invalid", "The page cursor is not valid."))?;
        q = match sort {
            Sort::Newest => q.filter(orders::id.lt(after)),
            Sort::Oldest => q.filter(orders::id.gt(after)),
            Sort::Reference => {
                let r: String = scoped(actor)
                    .filter(orders::id.eq(after.clone()))
                    .select(orders::reference)
                    .first(conn)
                    .optional()?
                    .ok_or_else(|| {
                        AppError::invalid("cursor_invalid", "The page cursor is not valid.")
                    })?;
                q.filter(
                    orders::reference
                        .gt(r.clone())
                        .or(orders::reference.eq(r).and(orders::id.gt(after))),
                )
            }
        };
    }
    q = match sort {
        Sort::Newest => q.order(orders::id.desc()),
        Sort::Oldest => q.order(orders::id.asc()),
        Sort::Reference => q.order((orders::reference.asc(), orders::id.asc())),
    };
    let mut page: Vec<Order> = q.limit(limit + 1).select(Order::as_select()).load(conn)?;
    let has_more = page.len() as i64 > limit;
    page.truncate(limit as usize);
    let ids: Vec<OrderId> = page.iter().map(|o| o.id.clone()).collect();
    let names = customer_names(
        conn,
        &actor.tenant_id,
        page.iter().map(|o| o.customer_org_id.clone()).collect(),
    )?;
    let mut progress = progress::seen_by(conn, actor, &ids, today)?;
    let next = if has_more {
        page.last().map(|o| o.id.clone())
    } else {
        None
    };
    let items = page
        .into_iter()
        .map(|order| OrderRow {
            customer_name: names
                .get(&order.customer_org_id)
                .cloned()
                .unwrap_or_default(),
            progress: progress.remove(&order.id).unwrap_or_default(),
            order,
        })
        .collect();
    Ok(OrderPage { items, next })
}
