//! Orders and their milestones: model, tenant- and policy-scoped queries, and the service
//! functions that HTML pages and the JSON API share.

pub mod api;
pub mod cache;
pub mod export;
pub mod lifecycle;
pub mod list;
pub mod milestones;
pub mod moves;
pub mod page;
pub mod progress;
pub mod templates;
pub mod web;

use crate::db::WriteTransaction;
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::audit;
use crate::db::DbConn;
use crate::db::schema::{customer_orgs, memberships, order_staff, orders, users};
use crate::error::{AppError, AppResult};
use crate::ids::{OrderId, OrgId, TenantId, UserId, now};
use crate::people::Role;
use crate::policy::{self, Actor};
use crate::validate;

pub use milestones::Milestone;

crate::text_enum! {
    /// Where an order is in its life; the moves between states are `lifecycle::next`.
    pub enum OrderStatus {
        /// Being prepared: staff only, never seen by buyers nor announced.
        Draft => "draft",
        Confirmed => "confirmed",
        InProduction => "in_production",
        Inspection => "inspection",
        ReadyToShip => "ready_to_ship",
        Shipped => "shipped",
        Closed => "closed",
        Cancelled => "cancelled",
    }
}

/// The states a new order may start in.
pub const CREATE_STATUSES: [OrderStatus; 2] = [OrderStatus::Draft, OrderStatus::Confirmed];

pub const STATUSES: &[OrderStatus] = OrderStatus::ALL;

#[derive(Debug, Clone, Queryable, Selectable, Serialize, utoipa::ToSchema)]
#[diesel(table_name = orders)]
pub struct Order {
    pub id: OrderId,
    #[serde(skip)]
    pub tenant_id: TenantId,
    pub customer_org_id: OrgId,
    pub reference: String,
    pub title: String,
    pub product: String,
    pub quantity: i32,
    pub status: OrderStatus,
    pub ex_factory_date: Option<NaiveDate>,
    pub etd_date: Option<NaiveDate>,
    #[serde(with = "crate::ids::utc")]
    pub created_at: NaiveDateTime,
    #[serde(with = "crate::ids::utc")]
    pub updated_at: NaiveDateTime,
}

/// A row of an order list: the order and its customer's name, from one query.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OrderRow {
    #[serde(flatten)]
    pub order: Order,
    pub customer_name: String,
    pub progress: progress::Progress,
}

diesel::define_sql_function!(fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text);

pub(crate) type Backend = <DbConn as diesel::Connection>::Backend;
pub(crate) type BoxedOrders<'a> = orders::BoxedQuery<'a, Backend>;

/// Applies the actor's tenant and visibility scope to a boxed query whose FROM clause has
/// `orders` (alone or joined): the only way order rows, and rows reached through an order, are
/// read. With a `Part`, the rows of that part of the order, which the actor may not see at all
/// (`policy::sees_part`). A macro because each join is a different query type.
macro_rules! scope_to_actor {
    ($query:expr, $actor:expr, $part:expr) => {{
        let actor: &$crate::policy::Actor = $actor;
        let q = $crate::orders::scope_to_actor!($query, actor);
        if $crate::policy::sees_part(actor, $part) {
            q
        } else {
            q.filter(orders::id.eq(""))
        }
    }};
    ($query:expr, $actor:expr) => {{
        use $crate::db::schema::{order_grants, order_staff, orders};
        use $crate::policy::{self, OrderScope};
        let actor: &$crate::policy::Actor = $actor;
        let granted = |user_id: $crate::ids::UserId| {
            order_grants::table
                .filter(order_grants::tenant_id.eq(actor.tenant_id.clone()))
                .filter(order_grants::user_id.eq(user_id))
                .filter(policy::grant_live($crate::ids::now()))
                .select(order_grants::order_id)
        };
        let q = $query.filter(orders::tenant_id.eq(actor.tenant_id.clone()));
        let q = match policy::order_scope(actor) {
            OrderScope::All => q,
            OrderScope::Assigned { user_id } => q.filter(
                orders::id.eq_any(
                    order_staff::table
                        .filter(order_staff::tenant_id.eq(actor.tenant_id.clone()))
                        .filter(order_staff::user_id.eq(user_id))
                        .select(order_staff::order_id),
                ),
            ),
            OrderScope::Customer {
                org_id,
                user_id,
                all_orders,
            } => {
                let q = q.filter(orders::customer_org_id.eq(org_id));
                if all_orders {
                    q
                } else {
                    q.filter(orders::id.eq_any(granted(user_id)))
                }
            }
            OrderScope::Granted { user_id } => q.filter(orders::id.eq_any(granted(user_id))),
            OrderScope::Nothing => q.filter(orders::id.eq("")),
        };
        if policy::sees_drafts(actor) {
            q
        } else {
            q.filter(orders::status.ne($crate::orders::OrderStatus::Draft))
        }
    }};
}
pub(crate) use scope_to_actor;

/// The orders the actor may see.
pub(crate) fn scoped<'a>(actor: &Actor) -> BoxedOrders<'a> {
    scope_to_actor!(orders::table.into_boxed(), actor)
}

pub use list::{ListQuery, list};

/// One query for all the customer names a page needs (no N+1).
pub(crate) fn customer_names(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    mut ids: Vec<OrgId>,
) -> AppResult<std::collections::HashMap<OrgId, String>> {
    ids.sort();
    ids.dedup();
    if ids.is_empty() {
        return Ok(Default::default());
    }
    Ok(customer_orgs::table
        .filter(customer_orgs::tenant_id.eq(tenant_id))
        .filter(customer_orgs::id.eq_any(ids))
        .select((customer_orgs::id, customer_orgs::name))
        .load::<(OrgId, String)>(conn)?
        .into_iter()
        .collect())
}

/// One order the actor may see, or not found.
/// The order, if the actor may see it: the visibility check every service starts with.
pub fn find(conn: &mut DbConn, actor: &Actor, id: &str) -> AppResult<Order> {
    let id = crate::ids::parse(id).ok_or(AppError::NotFound)?;
    scoped(actor)
        .filter(orders::id.eq(id))
        .select(Order::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)
}

/// The order, if the actor may see it and this part of it (`policy::sees_part`): what a
/// service reading milestones, the timeline, decisions, reports or files starts with.
pub fn find_part(
    conn: &mut DbConn,
    actor: &Actor,
    id: &str,
    part: crate::policy::Part,
) -> AppResult<Order> {
    let order = find(conn, actor, id)?;
    if crate::policy::sees_part(actor, part) {
        Ok(order)
    } else {
        Err(AppError::NotFound)
    }
}

/// The order with its customer's name and progress, for pages and the API.
pub fn get(conn: &mut DbConn, actor: &Actor, id: &str) -> AppResult<OrderRow> {
    let order = find(conn, actor, id)?;
    let customer_name =
        customer_names(conn, &actor.tenant_id, vec![order.customer_org_id.clone()])?
            .remove(&order.customer_org_id)
            .unwrap_or_default();
    let today = crate::ids::today();
    let progress = progress::seen_by(conn, actor, std::slice::from_ref(&order.id), today)?
        .remove(&order.id)
        .unwrap_or_default();
    Ok(OrderRow {
        order,
        customer_name,
        progress,
    })
}

/// An order with everything its detail page shows.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OrderDetail {
    #[serde(flatten)]
    pub row: OrderRow,
    pub milestones: Vec<Milestone>,
    /// Assigned staff (id, name, role); empty for buyers, who never see internal fields.
    pub staff: Vec<StaffMember>,
}

#[derive(Debug, Clone, Serialize, Queryable, utoipa::ToSchema)]
pub struct StaffMember {
    pub user_id: UserId,
    pub display_name: String,
    #[schema(value_type = crate::policy::Role)]
    pub role: String,
}

pub fn detail(conn: &mut DbConn, actor: &Actor, id: &str) -> AppResult<OrderDetail> {
    let row = get(conn, actor, id)?;
    let milestones = if policy::sees_part(actor, policy::Part::Progress) {
        milestones::of_order(conn, &actor.tenant_id, &row.order.id)?
    } else {
        Vec::new()
    };
    let staff = if policy::can_see_internal(actor) {
        staff_of(conn, &actor.tenant_id, &row.order.id)?
    } else {
        Vec::new()
    };
    Ok(OrderDetail {
        row,
        milestones,
        staff,
    })
}

fn staff_of(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    order_id: &OrderId,
) -> AppResult<Vec<StaffMember>> {
    Ok(order_staff::table
        .inner_join(users::table.on(users::id.eq(order_staff::user_id)))
        .inner_join(
            memberships::table.on(memberships::user_id
                .eq(order_staff::user_id)
                .and(memberships::tenant_id.eq(order_staff::tenant_id))),
        )
        .filter(order_staff::tenant_id.eq(tenant_id))
        .filter(order_staff::order_id.eq(order_id))
        .order(users::display_name.asc())
        .select((users::id, users::display_name, memberships::role))
        .load(conn)?)
}

/// The fields of an order as a client submits them (form or JSON).
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct OrderInput {
    #[serde(default)]
    pub customer_org_id: String,
    pub reference: String,
    pub title: String,
    #[serde(default)]
    pub product: String,
    /// A whole number of pieces, 1 or more (a number or a numeric string).
    #[schema(value_type = i64)]
    pub quantity: serde_json::Value,
    #[serde(default)]
    #[schema(value_type = crate::orders::OrderStatus)]
    pub status: String,
    /// `YYYY-MM-DD`; empty or null: none.
    #[serde(default, deserialize_with = "crate::validate::text_or_null")]
    #[schema(value_type = Option<chrono::NaiveDate>)]
    pub ex_factory_date: String,
    /// `YYYY-MM-DD`; empty or null: none.
    #[serde(default, deserialize_with = "crate::validate::text_or_null")]
    #[schema(value_type = Option<chrono::NaiveDate>)]
    pub etd_date: String,
    /// A milestone template to start from (creation only).
    #[serde(default)]
    pub template_id: String,
}

struct ValidOrder {
    reference: String,
    title: String,
    product: String,
    quantity: i32,
    status: OrderStatus,
    ex_factory_date: Option<NaiveDate>,
    etd_date: Option<NaiveDate>,
}

fn validate_order(input: &OrderInput) -> AppResult<ValidOrder> {
    let quantity = match &input.quantity {
        serde_json::Value::Number(n) => n.as_i64(),
        serde_json::Value::String(s) => s.trim().parse::<i64>().ok(),
        _ => None,
    }
    .ok_or_else(|| AppError::invalid("quantity_invalid", "Quantity must be a whole number."))?;
    let status = match input.status.trim() {
        "" => OrderStatus::Confirmed,
        s => OrderStatus::parse(s)
            // Later states are reached through lifecycle transitions only.
            .filter(|s| CREATE_STATUSES.contains(s))
            .ok_or_else(|| {
                AppError::invalid(
                    "status_invalid",
                    "A new order starts as a draft or confirmed.",
                )
            })?,
    };
    Ok(ValidOrder {
        reference: validate::text("reference", &input.reference, 64)?,
        title: validate::text("title", &input.title, 200)?,
        product: validate::optional_text("product", &input.product, 200)?.unwrap_or_default(),
        quantity: validate::int_in("quantity", quantity, 1, 1_000_000_000)?,
        status,
        ex_factory_date: validate::optional_date("ex_factory_date", &input.ex_factory_date)?,
        etd_date: validate::optional_date("etd_date", &input.etd_date)?,
    })
}

pub fn create(conn: &mut DbConn, actor: &Actor, input: &OrderInput) -> AppResult<OrderId> {
    policy::ensure(policy::can_create_orders(actor))?;
    let v = validate_order(input)?;
    let org_id = OrgId::parse(&input.customer_org_id).ok_or_else(|| {
        AppError::invalid("customer_required", "Choose the customer of this order.")
    })?;
    conn.write_tx(|conn| {
        crate::people::find_customer_org(conn, &actor.tenant_id, &org_id)
            .map_err(|_| AppError::invalid("customer_invalid", "Unknown customer organisation."))?;
        let id = insert(
            conn,
            &NewOrder {
                tenant_id: &actor.tenant_id,
                customer_org_id: &org_id,
                reference: &v.reference,
                title: &v.title,
                product: &v.product,
                quantity: v.quantity,
                status: v.status,
                ex_factory_date: v.ex_factory_date,
                etd_date: v.etd_date,
            },
        )?;
        if !input.template_id.trim().is_empty() {
            let template = crate::ids::parse(&input.template_id).ok_or_else(|| {
                AppError::invalid("template_invalid", "Unknown milestone template.")
            })?;
            templates::apply(conn, &actor.tenant_id, &template, &id, crate::ids::today())?;
        }
        // Whoever sees orders by assignment is assigned to the orders they make, or they
        // would lose sight of them at once.
        if policy::can_be_assigned(actor.role) {
            assign_row(conn, &actor.tenant_id, &id, &actor.user_id)?;
        }
        audit::record(
            conn,
            actor.event("order.create", "order", Some(&id), v.reference.clone()),
        )?;
        Ok(id)
    })
}

/// An order's row as it is stored; `create` validates what a person typed into one.
pub struct NewOrder<'a> {
    pub tenant_id: &'a TenantId,
    pub customer_org_id: &'a OrgId,
    pub reference: &'a str,
    pub title: &'a str,
    pub product: &'a str,
    pub quantity: i32,
    pub status: OrderStatus,
    pub ex_factory_date: Option<NaiveDate>,
    pub etd_date: Option<NaiveDate>,
}

/// Writes a new order's row: the one place that knows the table (the service `create`, the
/// demo and the test fixtures use it). No check, no audit, nobody told.
pub fn insert(conn: &mut DbConn, o: &NewOrder<'_>) -> AppResult<OrderId> {
    let id = OrderId::new();
    let t = now();
    diesel::insert_into(orders::table)
        .values((
            orders::id.eq(&id),
            orders::tenant_id.eq(o.tenant_id),
            orders::customer_org_id.eq(o.customer_org_id),
            orders::reference.eq(o.reference),
            orders::title.eq(o.title),
            orders::product.eq(o.product),
            orders::quantity.eq(o.quantity),
            orders::status.eq(o.status),
            orders::ex_factory_date.eq(o.ex_factory_date),
            orders::etd_date.eq(o.etd_date),
            orders::created_at.eq(t),
            orders::updated_at.eq(t),
        ))
        .execute(conn)
        .map_err(duplicate_reference)?;
    Ok(id)
}

fn duplicate_reference(e: diesel::result::Error) -> AppError {
    match AppError::from(e) {
        AppError::Conflict(_) => {
            AppError::Conflict("An order with this reference already exists.".into())
        }
        other => other,
    }
}

pub fn update(conn: &mut DbConn, actor: &Actor, id: &str, input: &OrderInput) -> AppResult<()> {
    let current = find(conn, actor, id)?;
    policy::ensure(policy::can_edit_order(actor))?;
    // The status is not edited here: it changes through `lifecycle::transition`.
    let v = validate_order(&OrderInput {
        status: "confirmed".into(),
        ..input.clone()
    })?;
    conn.write_tx(|conn| {
        diesel::update(
            orders::table
                .filter(orders::tenant_id.eq(&actor.tenant_id))
                .filter(orders::id.eq(&current.id)),
        )
        .set((
            orders::reference.eq(&v.reference),
            orders::title.eq(&v.title),
            orders::product.eq(&v.product),
            orders::quantity.eq(v.quantity),
            orders::ex_factory_date.eq(v.ex_factory_date),
            orders::etd_date.eq(v.etd_date),
            orders::updated_at.eq(now()),
        ))
        .execute(conn)
        .map_err(duplicate_reference)?;
        audit::record(
            conn,
            actor.event(
                "order.update",
                "order",
                Some(&current.id),
                v.reference.clone(),
            ),
        )
    })
}

/// Writes a staff assignment's row (no check, nobody told): `assign_staff` is the service.
pub fn assign_row(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    order_id: &OrderId,
    user_id: &UserId,
) -> AppResult<()> {
    diesel::insert_into(order_staff::table)
        .values((
            order_staff::order_id.eq(order_id),
            order_staff::user_id.eq(user_id),
            order_staff::tenant_id.eq(tenant_id),
            order_staff::created_at.eq(now()),
        ))
        .execute(conn)
        .map_err(|e| match AppError::from(e) {
            AppError::Conflict(_) => {
                AppError::Conflict("This person is already assigned to the order.".into())
            }
            other => other,
        })?;
    Ok(())
}

/// Assigns a merchandiser or QC inspector of the same tenant to an order.
pub fn assign_staff(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &OrderId,
    user_id: &str,
) -> AppResult<()> {
    let order = find(conn, actor, order_id)?;
    policy::ensure(policy::can_assign_staff(actor))?;
    let user_id = UserId::parse(user_id)
        .ok_or_else(|| AppError::invalid("staff_invalid", "Choose a person."))?;
    conn.write_tx(|conn| {
        let role: Option<String> = memberships::table
            .filter(memberships::tenant_id.eq(&actor.tenant_id))
            .filter(memberships::user_id.eq(&user_id))
            .select(memberships::role)
            .first(conn)
            .optional()?;
        match role.as_deref().and_then(Role::parse) {
            Some(r) if policy::can_be_assigned(r) => {}
            _ => {
                return Err(AppError::invalid(
                    "staff_invalid",
                    "Only merchandisers and QC inspectors can be assigned.",
                ));
            }
        }
        assign_row(conn, &actor.tenant_id, &order.id, &user_id)?;
        audit::record(
            conn,
            actor.event(
                "order.assign",
                "order",
                Some(&order.id),
                format!("staff {user_id}"),
            ),
        )
    })
}

pub fn unassign_staff(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &OrderId,
    user_id: &UserId,
) -> AppResult<()> {
    let order = find(conn, actor, order_id)?;
    policy::ensure(policy::can_assign_staff(actor))?;
    conn.write_tx(|conn| {
        let n = diesel::delete(
            order_staff::table
                .filter(order_staff::tenant_id.eq(&actor.tenant_id))
                .filter(order_staff::order_id.eq(&order.id))
                .filter(order_staff::user_id.eq(&user_id)),
        )
        .execute(conn)?;
        if n == 0 {
            return Err(AppError::NotFound);
        }
        audit::record(
            conn,
            actor.event(
                "order.unassign",
                "order",
                Some(&order.id),
                format!("staff {user_id}"),
            ),
        )
    })
}
