//! Signed webhooks: an admin registers an endpoint (a URL and the event types it wants); every
//! change the audit log records in that tenant is also queued, in the same transaction, as a
//! delivery to each enabled endpoint subscribed to its type (`events`), so no event is lost
//! and none is sent for a change that was rolled back. A worker (`delivery`) POSTs each one
//! signed with the endpoint's secret, retries with growing delays, and disables an endpoint
//! that keeps failing. Addresses are checked against private and internal networks when saved
//! and again at every delivery (`target`). The secret is made by the server, shown once, and
//! kept sealed (`auth::sealed`).

pub mod api;
pub mod delivery;
pub mod events;
pub mod pages;
pub mod target;

pub use delivery::{drain, spawn};
pub use events::enqueue;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::audit;
use crate::auth::keys::Keys;
use crate::db::schema::{users, webhook_deliveries as wd, webhook_endpoints as we};
use crate::db::{DbConn, WriteTransaction};
use crate::error::{AppError, AppResult};
use crate::ids::{TenantId, UserId, new_id, now};
use crate::policy::{self, Actor};
use crate::web::paging::{Keyset, Page, id_cursor};

crate::text_enum! {
    /// What an endpoint can be told of. `ping` is sent by "send a test" only.
    pub enum EventType {
        OrderCreated => "order.created",
        OrderStatusChanged => "order.status_changed",
        MilestoneUpdated => "milestone.updated",
        DecisionRequested => "decision.requested",
        DecisionAnswered => "decision.answered",
        DecisionWithdrawn => "decision.withdrawn",
        FileUploaded => "file.uploaded",
        ReportReady => "report.ready",
        BankDetailsProposed => "bank_details.proposed",
        BankDetailsApproved => "bank_details.approved",
        BankDetailsActivated => "bank_details.activated",
        BankDetailsCancelled => "bank_details.cancelled",
        PaymentMismatch => "payment.mismatch",
        Ping => "ping",
    }
}

impl EventType {
    /// The types an endpoint may subscribe to (every one but `ping`).
    pub fn subscribable() -> impl Iterator<Item = EventType> {
        Self::ALL.iter().copied().filter(|t| *t != EventType::Ping)
    }
}

crate::text_enum! {
    /// Where a delivery stands.
    pub enum DeliveryState {
        Pending => "pending",
        Delivered => "delivered",
        Failed => "failed",
    }
}

crate::text_enum! {
    /// Why an endpoint is disabled.
    pub enum DisabledReason {
        /// An admin switched it off.
        Admin => "admin",
        /// It kept failing (`delivery::DISABLE_AFTER_FAILURES` attempts in a row over at
        /// least `delivery::DISABLE_AFTER_HOURS` hours).
        Failures => "failures",
    }
}

/// Every secret starts with this, so a leaked one is recognisable.
pub const SECRET_PREFIX: &str = "whsec_";
/// Endpoints per tenant: each one is a worker's load and a channel out of the portal.
pub const MAX_ENDPOINTS: i64 = 20;

/// An endpoint as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = we)]
pub struct Endpoint {
    pub id: String,
    pub tenant_id: TenantId,
    pub url: String,
    pub description: String,
    pub secret_sealed: String,
    pub events: String,
    pub disabled_at: Option<NaiveDateTime>,
    pub disabled_reason: Option<DisabledReason>,
    pub consecutive_failures: i32,
    pub failing_since: Option<NaiveDateTime>,
    pub created_by: UserId,
    pub created_at: NaiveDateTime,
}

impl Endpoint {
    pub fn subscribes_to(&self, t: EventType) -> bool {
        self.events.split_whitespace().any(|e| e == t.as_str())
    }

    /// The signing secret, unsealed.
    pub fn secret(&self, keys: &Keys) -> AppResult<String> {
        let raw = crate::auth::sealed::open(keys, &self.id, &self.secret_sealed)?;
        String::from_utf8(raw).map_err(AppError::internal)
    }
}

/// An endpoint as the API and the page show it: never its secret.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = WebhookEndpoint)]
pub struct EndpointView {
    pub id: String,
    pub url: String,
    pub description: String,
    /// The event types it is sent.
    pub events: Vec<EventType>,
    pub enabled: bool,
    #[serde(with = "crate::ids::utc::option")]
    pub disabled_at: Option<NaiveDateTime>,
    pub disabled_reason: Option<DisabledReason>,
    /// Failed attempts in a row; any success resets it.
    pub consecutive_failures: i32,
    pub created_by: UserId,
    pub created_by_name: String,
    #[serde(with = "crate::ids::utc")]
    pub created_at: NaiveDateTime,
}

impl EndpointView {
    fn of(e: Endpoint, created_by_name: String) -> Self {
        Self {
            events: e
                .events
                .split_whitespace()
                .filter_map(EventType::parse)
                .collect(),
            enabled: e.disabled_at.is_none(),
            id: e.id,
            url: e.url,
            description: e.description,
            disabled_at: e.disabled_at,
            disabled_reason: e.disabled_reason,
            consecutive_failures: e.consecutive_failures,
            created_by: e.created_by,
            created_by_name,
            created_at: e.created_at,
        }
    }
}

/// An endpoint just made, with its secret: shown this once only.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[schema(as = CreatedWebhookEndpoint)]
pub struct Created {
    #[serde(flatten)]
    pub endpoint: EndpointView,
    /// `whsec_…`: the HMAC-SHA256 key of `Portico-Signature`, used as it is (the whole text).
    /// Not shown again.
    pub secret: String,
}

/// What the admin asked for; `url` was checked by `target::check` before.
#[derive(Debug, Clone)]
pub struct NewEndpoint {
    pub url: String,
    pub description: String,
    pub events: Vec<EventType>,
}

/// Event type names as sent (the API's array, the form's ticks): at least one, each known.
pub fn parse_events(raw: &[String]) -> AppResult<Vec<EventType>> {
    let mut out = Vec::new();
    for name in raw {
        let t = EventType::parse(name.trim())
            .filter(|t| *t != EventType::Ping)
            .ok_or_else(|| {
                AppError::invalid(
                    "webhook_event_unknown",
                    "Unknown event type; see the list of event types in the API documentation.",
                )
                .on("events")
            })?;
        if !out.contains(&t) {
            out.push(t);
        }
    }
    if out.is_empty() {
        return Err(AppError::invalid(
            "webhook_events_required",
            "Choose at least one event to send.",
        )
        .on("events"));
    }
    Ok(out)
}

pub fn create(
    conn: &mut DbConn,
    keys: &Keys,
    actor: &Actor,
    input: &NewEndpoint,
) -> AppResult<Created> {
    policy::ensure(policy::can_manage_webhooks(actor))?;
    let description =
        crate::validate::optional_text("description", &input.description, 200)?.unwrap_or_default();
    if input.events.is_empty() {
        return Err(AppError::invalid(
            "webhook_events_required",
            "Choose at least one event to send.",
        ));
    }
    let id = new_id();
    let secret = format!("{SECRET_PREFIX}{}", crate::auth::secrets::random_token());
    let events: Vec<&str> = input.events.iter().map(|t| t.as_str()).collect();
    conn.write_tx(|conn| {
        // The count and the insert are one step per tenant: two admins (or one burst) adding
        // at once must not both see 19 and make 21. SQLite's single writer already does this.
        if let DbConn::Postgres(c) = conn {
            diesel::sql_query("SELECT pg_advisory_xact_lock(hashtext($1))")
                .bind::<diesel::sql_types::Text, _>(format!("webhooks:{}", actor.tenant_id))
                .execute(c)?;
        }
        let count: i64 = we::table
            .filter(we::tenant_id.eq(&actor.tenant_id))
            .count()
            .get_result(conn)?;
        if count >= MAX_ENDPOINTS {
            return Err(AppError::invalid(
                "webhook_limit",
                "A company has at most 20 webhook endpoints; delete one first.",
            ));
        }
        diesel::insert_into(we::table)
            .values((
                we::id.eq(&id),
                we::tenant_id.eq(&actor.tenant_id),
                we::url.eq(&input.url),
                we::description.eq(&description),
                we::secret_sealed.eq(crate::auth::sealed::seal(keys, &id, secret.as_bytes())),
                we::events.eq(events.join(" ")),
                we::consecutive_failures.eq(0),
                we::created_by.eq(&actor.user_id),
                we::created_at.eq(now()),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            actor.event(
                "webhook.create",
                "webhook_endpoint",
                Some(&id),
                format!("{} [{}]", input.url, events.join(" ")),
            ),
        )?;
        Ok(())
    })?;
    Ok(Created {
        endpoint: view(conn, actor, &id)?,
        secret,
    })
}

/// The tenant's endpoint `id`; another tenant's (or none) is "not found".
pub fn find(conn: &mut DbConn, actor: &Actor, id: &str) -> AppResult<Endpoint> {
    policy::ensure(policy::can_manage_webhooks(actor))?;
    we::table
        .filter(we::tenant_id.eq(&actor.tenant_id))
        .filter(we::id.eq(id))
        .select(Endpoint::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)
}

pub fn view(conn: &mut DbConn, actor: &Actor, id: &str) -> AppResult<EndpointView> {
    let e = find(conn, actor, id)?;
    let name: String = users::table
        .find(&e.created_by)
        .select(users::display_name)
        .first(conn)?;
    Ok(EndpointView::of(e, name))
}

/// The tenant's endpoints, oldest first (few: at most `MAX_ENDPOINTS`).
pub fn list(conn: &mut DbConn, actor: &Actor, page: &Keyset) -> AppResult<Page<EndpointView>> {
    policy::ensure(policy::can_manage_webhooks(actor))?;
    let mut q = we::table
        .inner_join(users::table.on(users::id.eq(we::created_by)))
        .filter(we::tenant_id.eq(&actor.tenant_id))
        .into_boxed();
    if let Some(after) = page.after_id()? {
        q = q.filter(we::id.gt(after));
    }
    let rows: Vec<(Endpoint, String)> = q
        .order(we::id.asc())
        .limit(page.fetch())
        .select((Endpoint::as_select(), users::display_name))
        .load(conn)?;
    Ok(page
        .page(rows, |(e, _)| id_cursor(&e.id))
        .map(|(e, n)| EndpointView::of(e, n)))
}

/// Switches an endpoint off (its pending deliveries fail) or on again (a fresh start: its
/// failure count is cleared; what failed meanwhile is not sent).
pub fn set_enabled(
    conn: &mut DbConn,
    actor: &Actor,
    id: &str,
    enabled: bool,
) -> AppResult<EndpointView> {
    let e = find(conn, actor, id)?;
    conn.write_tx(|conn| {
        if enabled {
            diesel::update(we::table.filter(we::id.eq(&e.id)))
                .set((
                    we::disabled_at.eq(None::<NaiveDateTime>),
                    we::disabled_reason.eq(None::<DisabledReason>),
                    we::consecutive_failures.eq(0),
                    we::failing_since.eq(None::<NaiveDateTime>),
                ))
                .execute(conn)?;
        } else {
            disable(conn, &e, DisabledReason::Admin)?;
        }
        audit::record(
            conn,
            actor.event(
                if enabled {
                    "webhook.enable"
                } else {
                    "webhook.disable"
                },
                "webhook_endpoint",
                Some(&e.id),
                e.url.clone(),
            ),
        )
    })?;
    view(conn, actor, id)
}

/// Marks an endpoint disabled (when it is not already) and fails what was waiting for it.
/// True when this call disabled it.
pub(crate) fn disable(conn: &mut DbConn, e: &Endpoint, why: DisabledReason) -> AppResult<bool> {
    let t = now();
    let n = diesel::update(
        we::table
            .filter(we::id.eq(&e.id))
            .filter(we::disabled_at.is_null()),
    )
    .set((we::disabled_at.eq(t), we::disabled_reason.eq(why)))
    .execute(conn)?;
    diesel::update(
        wd::table
            .filter(wd::endpoint_id.eq(&e.id))
            .filter(wd::state.eq(DeliveryState::Pending)),
    )
    .set((
        wd::state.eq(DeliveryState::Failed),
        wd::next_attempt_at.eq(None::<NaiveDateTime>),
        wd::last_error.eq("endpoint disabled"),
    ))
    .execute(conn)?;
    Ok(n == 1)
}

/// Deletes an endpoint and its delivery log.
pub fn delete(conn: &mut DbConn, actor: &Actor, id: &str) -> AppResult<()> {
    let e = find(conn, actor, id)?;
    conn.write_tx(|conn| {
        diesel::delete(wd::table.filter(wd::endpoint_id.eq(&e.id))).execute(conn)?;
        diesel::delete(we::table.filter(we::id.eq(&e.id))).execute(conn)?;
        audit::record(
            conn,
            actor.event(
                "webhook.delete",
                "webhook_endpoint",
                Some(&e.id),
                e.url.clone(),
            ),
        )
    })
}

/// Queues a `ping` to one endpoint ("send a test"); the delivery's id.
pub fn ping(conn: &mut DbConn, actor: &Actor, id: &str) -> AppResult<String> {
    let e = find(conn, actor, id)?;
    if e.disabled_at.is_some() {
        return Err(AppError::Conflict(
            "This endpoint is disabled; enable it first.".into(),
        ));
    }
    let data = serde_json::json!({"object_type": "webhook_endpoint", "object_id": e.id});
    conn.write_tx(|conn| {
        let id = events::insert(conn, &e, EventType::Ping, &new_id(), now(), data)?;
        audit::record(
            conn,
            actor.event(
                "webhook.test",
                "webhook_endpoint",
                Some(&e.id),
                e.url.clone(),
            ),
        )?;
        Ok(id)
    })
}

/// A delivery as its endpoint's log shows it.
#[derive(Debug, Clone, Queryable, Selectable, Serialize, utoipa::ToSchema)]
#[diesel(table_name = wd)]
#[schema(as = WebhookDelivery)]
pub struct DeliveryView {
    pub id: String,
    /// The same for every endpoint told of one event: deduplicate on it.
    pub event_id: String,
    pub event_type: EventType,
    pub state: DeliveryState,
    pub attempts: i32,
    /// When the next attempt is due (pending deliveries only).
    #[serde(with = "crate::ids::utc::option")]
    pub next_attempt_at: Option<NaiveDateTime>,
    #[serde(with = "crate::ids::utc::option")]
    pub last_attempt_at: Option<NaiveDateTime>,
    /// The receiver's HTTP status at the last attempt, when it answered.
    pub last_status: Option<i32>,
    /// Why the last attempt failed, in a few words ("HTTP 500", "timed out").
    pub last_error: Option<String>,
    #[serde(with = "crate::ids::utc")]
    pub created_at: NaiveDateTime,
    #[serde(with = "crate::ids::utc::option")]
    pub delivered_at: Option<NaiveDateTime>,
}

/// An endpoint's deliveries, newest first.
pub fn deliveries(
    conn: &mut DbConn,
    actor: &Actor,
    id: &str,
    page: &Keyset,
) -> AppResult<Page<DeliveryView>> {
    let e = find(conn, actor, id)?;
    let mut q = wd::table
        .filter(wd::tenant_id.eq(&actor.tenant_id))
        .filter(wd::endpoint_id.eq(&e.id))
        .into_boxed();
    if let Some(after) = page.after_id()? {
        q = q.filter(wd::id.lt(after));
    }
    let rows = q
        .order(wd::id.desc())
        .limit(page.fetch())
        .select(DeliveryView::as_select())
        .load(conn)?;
    Ok(page.page(rows, |d| id_cursor(&d.id)))
}
