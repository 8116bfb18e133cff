//! From audit events to webhook events: `audit::record` calls `enqueue` in the transaction of
//! every change, which names the change's event type (when it has one) and queues a delivery
//! to each enabled endpoint of the tenant subscribed to it. The payload holds ids and states
//! only, never names, amounts or bank numbers: the receiver reads the rest through the API
//! with its own token, under that token's scopes.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{DeliveryState, Endpoint, EventType};
use crate::audit::Chained;
use crate::db::DbConn;
use crate::db::schema::{
    decisions, files, orders, payment_instructions, payment_records, reports, webhook_deliveries,
    webhook_endpoints as we,
};
use crate::error::AppResult;
use crate::ids::{TenantId, new_id};

/// The webhook event of an audited action, if it has one. New kinds of change (invoices,
/// conversations, inspections, samples) get theirs here and in `EventType`.
pub fn event_type(action: &str) -> Option<EventType> {
    use EventType::*;
    Some(match action {
        "order.create" => OrderCreated,
        "order.transition" | "order.step_back" => OrderStatusChanged,
        "milestone.create" | "milestone.update" => MilestoneUpdated,
        "decision.request" => DecisionRequested,
        "decision.answer" => DecisionAnswered,
        "decision.withdraw" => DecisionWithdrawn,
        "file.upload" | "file.version" => FileUploaded,
        "report.ready" => ReportReady,
        "payment.propose" => BankDetailsProposed,
        "payment.approve" => BankDetailsApproved,
        "payment.activate" => BankDetailsActivated,
        "payment.cancel" => BankDetailsCancelled,
        "payment.mismatch" => PaymentMismatch,
        _ => return None,
    })
}

/// Queues the webhook deliveries of an audit event, in its transaction. Costs one indexed
/// read for an action that is an event in a tenant with no endpoint, nothing for the others.
pub fn enqueue(conn: &mut DbConn, e: &Chained) -> AppResult<()> {
    let (Some(tenant_id), Some(ty)) = (&e.tenant_id, event_type(&e.action)) else {
        return Ok(());
    };
    let endpoints: Vec<Endpoint> = we::table
        .filter(we::tenant_id.eq(tenant_id))
        .filter(we::disabled_at.is_null())
        .select(Endpoint::as_select())
        .load(conn)?;
    let endpoints: Vec<&Endpoint> = endpoints.iter().filter(|x| x.subscribes_to(ty)).collect();
    if endpoints.is_empty() {
        return Ok(());
    }
    let data = data(conn, tenant_id, &e.object_type, e.object_id.as_deref())?;
    let event_id = new_id();
    for endpoint in endpoints {
        insert(conn, endpoint, ty, &event_id, e.created_at, data.clone())?;
    }
    Ok(())
}

/// The body every attempt of a delivery sends, byte for byte.
pub fn payload(
    event_id: &str,
    ty: EventType,
    at: NaiveDateTime,
    tenant_id: &TenantId,
    data: serde_json::Value,
) -> String {
    serde_json::json!({
        "id": event_id,
        "type": ty,
        "created_at": crate::ids::utc::format(&at),
        "tenant_id": tenant_id,
        "data": data,
    })
    .to_string()
}

/// One delivery of an event to an endpoint, due now; its id.
pub(crate) fn insert(
    conn: &mut DbConn,
    endpoint: &Endpoint,
    ty: EventType,
    event_id: &str,
    at: NaiveDateTime,
    data: serde_json::Value,
) -> AppResult<String> {
    use webhook_deliveries as wd;
    let id = new_id();
    let t = crate::ids::now();
    diesel::insert_into(wd::table)
        .values((
            wd::id.eq(&id),
            wd::endpoint_id.eq(&endpoint.id),
            wd::tenant_id.eq(&endpoint.tenant_id),
            wd::event_id.eq(event_id),
            wd::event_type.eq(ty),
            wd::payload.eq(payload(event_id, ty, at, &endpoint.tenant_id, data)),
            wd::state.eq(DeliveryState::Pending),
            wd::attempts.eq(0),
            wd::next_attempt_at.eq(Some(t)),
            wd::created_at.eq(t),
        ))
        .execute(conn)?;
    Ok(id)
}

/// What the event is about: the object's type and id, the order it belongs to, and its state
/// as this transaction left it.
fn data(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    object_type: &str,
    object_id: Option<&str>,
) -> AppResult<serde_json::Value> {
    use serde_json::json;
    let Some(id) = object_id else {
        return Ok(json!({ "object_type": object_type, "object_id": null }));
    };
    let base = json!({ "object_type": object_type, "object_id": id });
    let extra = match object_type {
        "order" => orders::table
            .filter(orders::tenant_id.eq(tenant_id))
            .filter(orders::id.eq(id))
            .select(orders::status)
            .first::<String>(conn)
            .optional()?
            .map(|status| json!({ "order_id": id, "status": status })),
        "decision" => decisions::table
            .filter(decisions::tenant_id.eq(tenant_id))
            .filter(decisions::id.eq(id))
            .select((decisions::order_id, decisions::status))
            .first::<(String, String)>(conn)
            .optional()?
            .map(|(order, status)| json!({ "order_id": order, "status": status })),
        "file" => files::table
            .filter(files::tenant_id.eq(tenant_id))
            .filter(files::id.eq(id))
            .select((files::order_id, files::version))
            .first::<(String, i32)>(conn)
            .optional()?
            .map(|(order, version)| json!({ "order_id": order, "version": version })),
        "report" => reports::table
            .filter(reports::tenant_id.eq(tenant_id))
            .filter(reports::id.eq(id))
            .select((reports::order_id, reports::customer_org_id, reports::status))
            .first::<(Option<String>, Option<String>, String)>(conn)
            .optional()?
            .map(|(order, org, status)| {
                json!({ "order_id": order, "customer_org_id": org, "status": status })
            }),
        "payment_instruction" => payment_instructions::table
            .filter(payment_instructions::tenant_id.eq(tenant_id))
            .filter(payment_instructions::id.eq(id))
            .select((
                payment_instructions::customer_org_id,
                payment_instructions::version,
                payment_instructions::status,
            ))
            .first::<(Option<String>, i32, String)>(conn)
            .optional()?
            .map(|(org, version, status)| {
                json!({ "customer_org_id": org, "version": version, "status": status })
            }),
        "payment" => payment_records::table
            .filter(payment_records::tenant_id.eq(tenant_id))
            .filter(payment_records::id.eq(id))
            .select((payment_records::order_id, payment_records::customer_org_id))
            .first::<(Option<String>, String)>(conn)
            .optional()?
            .map(|(order, org)| json!({ "order_id": order, "customer_org_id": org })),
        _ => None,
    };
    let mut out = base;
    if let (Some(o), Some(serde_json::Value::Object(more))) = (out.as_object_mut(), extra) {
        o.extend(more);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_but_ping_comes_from_an_audited_action() {
        let actions = [
            "order.create",
            "order.transition",
            "order.step_back",
            "milestone.create",
            "milestone.update",
            "decision.request",
            "decision.answer",
            "decision.withdraw",
            "file.upload",
            "file.version",
            "report.ready",
            "payment.propose",
            "payment.approve",
            "payment.activate",
            "payment.cancel",
            "payment.mismatch",
        ];
        let made: std::collections::BTreeSet<EventType> =
            actions.iter().filter_map(|a| event_type(a)).collect();
        let all: std::collections::BTreeSet<EventType> = EventType::subscribable().collect();
        assert_eq!(made, all);
        // Reading is not an event, nor is what is done to the webhooks themselves.
        for quiet in [
            "file.download",
            "payment.record",
            "webhook.create",
            "auth.sign_in",
        ] {
            assert_eq!(event_type(quiet), None, "{quiet}");
        }
    }

    #[test]
    fn the_payload_names_the_event_and_its_time_in_utc() {
        let at = chrono::NaiveDate::from_ymd_opt(2026, 12, 10)
            .unwrap()
            .and_hms_opt(9, 30, 0)
            .unwrap();
        let p: serde_json::Value = serde_json::from_str(&payload(
            "e1",
            EventType::OrderStatusChanged,
            at,
            &TenantId::from("t"),
            serde_json::json!({"object_type": "order", "object_id": "o"}),
        ))
        .unwrap();
        assert_eq!(p["type"], "order.status_changed");
        assert_eq!(p["id"], "e1");
        assert_eq!(p["tenant_id"], "t");
        assert!(
            p["created_at"]
                .as_str()
                .unwrap()
                .starts_with("2026-12-10T09:30:00")
        );
        assert!(p["created_at"].as_str().unwrap().ends_with('Z'));
        assert_eq!(p["data"]["object_id"], "o");
    }
}
