//! Order lists: the actor's scope, filters (status, customer, lateness, ex-factory date range,
//! text), three sort orders, and keyset pages (`web::paging`): by id for newest and oldest, by
//! (reference, id) for reference.

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::{Order, OrderRow, OrderStatus, lower, progress};
use crate::db::DbConn;
use crate::db::schema::{customer_orgs, orders};
use crate::error::{AppError, AppResult};
use crate::policy::{self, Actor};
use crate::validate;
use crate::web::paging::{Keyset, Page, id_cursor, key_cursor};

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
}

crate::web::paging::page_schema!(
    /// A page of the orders the caller may see.
    OrderPage => OrderRow
);

/// Orders a page of the order list shows.
pub const PAGE_DEFAULT: i64 = 25;

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
pub fn list(
    conn: &mut DbConn,
    actor: &Actor,
    query: &ListQuery,
    keyset: &Keyset,
) -> AppResult<Page<OrderRow>> {
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
    // One query: the customer's name joined, progress read from the order row
    // (`progress::Stored`).
    let mut q = super::scope_to_actor!(
        orders::table
            .left_join(
                customer_orgs::table.on(customer_orgs::id
                    .eq(orders::customer_org_id)
                    .and(customer_orgs::tenant_id.eq(orders::tenant_id))),
            )
            .into_boxed(),
        actor
    );
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
        q = q.filter(orders::progress_first_open.lt(today));
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
    q = match sort {
        Sort::Newest => match keyset.after_id()? {
            Some(after) => q.filter(orders::id.lt(after)),
            None => q,
        }
        .order(orders::id.desc()),
        Sort::Oldest => match keyset.after_id()? {
            Some(after) => q.filter(orders::id.gt(after)),
            None => q,
        }
        .order(orders::id.asc()),
        Sort::Reference => match keyset.after_key::<(String, String)>()? {
            Some((r, after)) => q.filter(
                orders::reference
                    .gt(r.clone())
                    .or(orders::reference.eq(r).and(orders::id.gt(after))),
            ),
            None => q,
        }
        .order((orders::reference.asc(), orders::id.asc())),
    };
    let rows: Vec<(Order, Option<String>, progress::Stored)> = q
        .limit(keyset.fetch())
        .select((
            Order::as_select(),
            customer_orgs::name.nullable(),
            progress::Stored::as_select(),
        ))
        .load(conn)?;
    let page = keyset.page(rows, |(o, _, _)| match sort {
        Sort::Reference => key_cursor(&(&o.reference, &o.id)),
        Sort::Newest | Sort::Oldest => id_cursor(&o.id),
    });
    let sees_progress = policy::sees_part(actor, policy::Part::Progress);
    Ok(page.map(|(order, customer_name, stored)| OrderRow {
        customer_name: customer_name.unwrap_or_default(),
        progress: if sees_progress {
            stored.at(today)
        } else {
            Default::default()
        },
        order,
    }))
}
