//! The order lifecycle: explicit states and the only transitions allowed between them. Every
//! transition is written to the timeline and the audit log in one transaction.

use crate::db::WriteTransaction;
use diesel::prelude::*;

use crate::audit;
use crate::db::DbConn;
use crate::db::schema::orders;
use crate::error::{AppError, AppResult};
use crate::ids::{OrderId, now};
use crate::policy::{self, Actor};
use crate::timeline::{self, Kind, NewEntry};

use super::OrderStatus;

/// The states an order may move to from `status`.
pub fn next(status: OrderStatus) -> &'static [OrderStatus] {
    use OrderStatus::*;
    match status {
        Draft => &[Confirmed, Cancelled],
        Confirmed => &[InProduction, Cancelled],
        InProduction => &[Inspection, Cancelled],
        // A failed inspection sends the order back to production.
        Inspection => &[ReadyToShip, InProduction, Cancelled],
        ReadyToShip => &[Shipped, Inspection],
        Shipped => &[Closed],
        Closed | Cancelled => &[],
    }
}

/// The transitions this actor may make from `status`.
pub fn next_for(actor: &Actor, status: OrderStatus) -> Vec<OrderStatus> {
    next(status)
        .iter()
        .copied()
        .filter(|to| policy::can_transition(actor, status, *to))
        .collect()
}

/// Where an administrator's step back takes an order: one stage back; a closed order back to
/// shipped, a cancelled one back to where it was cancelled from. A confirmed order does not
/// go back to draft: its buyer has seen it, and a draft is hidden from them.
pub fn previous(status: OrderStatus, cancelled_from: Option<OrderStatus>) -> Option<OrderStatus> {
    use OrderStatus::*;
    match status {
        Draft | Confirmed => None,
        InProduction => Some(Confirmed),
        Inspection => Some(InProduction),
        ReadyToShip => Some(Inspection),
        Shipped => Some(ReadyToShip),
        Closed => Some(Shipped),
        Cancelled => Some(cancelled_from.unwrap_or(Confirmed)),
    }
}

/// The status a cancelled order was cancelled from, read from its timeline.
fn cancelled_from(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &OrderId,
) -> AppResult<Option<OrderStatus>> {
    use crate::db::schema::timeline_entries as te;
    let last: Option<String> = te::table
        .filter(te::tenant_id.eq(&actor.tenant_id))
        .filter(te::order_id.eq(order_id))
        .filter(te::kind.eq("status"))
        .order(te::id.desc())
        .select(te::body)
        .first(conn)
        .optional()?;
    Ok(last.and_then(|b| {
        let mut it = b.lines().next().unwrap_or_default().split_whitespace();
        match (it.next(), it.next()) {
            (Some(from), Some("cancelled")) => OrderStatus::parse(from),
            _ => None,
        }
    }))
}

/// Where `step_back` would take the order, for the page's button (None: nowhere).
pub fn step_back_target(
    conn: &mut DbConn,
    actor: &Actor,
    order: &super::Order,
) -> AppResult<Option<OrderStatus>> {
    if !policy::can_step_back(actor) {
        return Ok(None);
    }
    let from = if order.status == OrderStatus::Cancelled {
        cancelled_from(conn, actor, &order.id)?
    } else {
        None
    };
    Ok(previous(order.status, from))
}

/// An administrator reopens a closed or cancelled order, or steps it back one stage, with a
/// reason that goes on the timeline (the buyer sees it, as they see every status change of
/// an order they follow) and in the audit log.
pub fn step_back(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &OrderId,
    reason: &str,
) -> AppResult<OrderStatus> {
    let order = super::find(conn, actor, order_id)?;
    policy::ensure(policy::can_step_back(actor))?;
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(AppError::invalid(
            "reason_required",
            "Say why: the reason goes on the timeline.",
        ));
    }
    if reason.chars().count() > 1000 {
        return Err(AppError::invalid(
            "reason_too_long",
            "The reason is at most 1000 characters.",
        ));
    }
    let from = order.status;
    let to = step_back_target(conn, actor, &order)?
        .ok_or_else(|| AppError::Conflict(format!("An order cannot go back from {from}.")))?;
    move_order(
        conn,
        actor,
        &order,
        from,
        to,
        Some(reason),
        "order.step_back",
    )?;
    Ok(to)
}

pub fn transition(conn: &mut DbConn, actor: &Actor, order_id: &OrderId, to: &str) -> AppResult<()> {
    let order = super::find(conn, actor, order_id)?;
    let from = order.status;
    let to = OrderStatus::parse(to)
        .ok_or_else(|| AppError::invalid("status_invalid", "Unknown order status."))?;
    if !policy::can_transition(actor, from, to) {
        return Err(AppError::Forbidden(
            "You do not have permission to do this.",
        ));
    }
    if !next(from).contains(&to) {
        return Err(AppError::Conflict(format!(
            "An order cannot go from {from} to {to}."
        )));
    }
    move_order(conn, actor, &order, from, to, None, "order.transition")
}

fn open_decisions(conn: &mut DbConn, actor: &Actor, order_id: &OrderId) -> AppResult<i64> {
    use crate::db::schema::decisions as d;
    Ok(d::table
        .filter(d::tenant_id.eq(&actor.tenant_id))
        .filter(d::order_id.eq(order_id))
        .filter(d::status.eq(crate::decisions::DecisionStatus::Open.as_str()))
        .count()
        .get_result(conn)?)
}

/// The move itself, from the status that was checked, on the timeline and in the audit log
/// in one transaction.
fn move_order(
    conn: &mut DbConn,
    actor: &Actor,
    order: &super::Order,
    from: OrderStatus,
    to: OrderStatus,
    reason: Option<&str>,
    event: &'static str,
) -> AppResult<()> {
    conn.write_tx(|conn| {
        // In the move's transaction, so that a decision asked for before it is seen;
        // `decisions::request` refuses closed orders from then on. (On PostgreSQL a request
        // read before this commit may still land: the order then shows it open, and an
        // admin steps the order back to answer it.)
        if to == OrderStatus::Closed && open_decisions(conn, actor, &order.id)? > 0 {
            return Err(AppError::Conflict(
                "An order with an open decision cannot be closed: withdraw the decision first, or wait for the answer.".into(),
            ));
        }
        // Only from the state we checked: a concurrent change makes this a conflict.
        let n = diesel::update(
            orders::table
                .filter(orders::tenant_id.eq(&actor.tenant_id))
                .filter(orders::id.eq(&order.id))
                .filter(orders::status.eq(&from)),
        )
        .set((orders::status.eq(to), orders::updated_at.eq(now())))
        .execute(conn)?;
        if n != 1 {
            return Err(AppError::Conflict(
                "The order was changed meanwhile; reload and try again.".into(),
            ));
        }
        // The buyer never sees a draft, so leaving draft is news to them, but a draft's
        // cancellation, or its return to draft, is not.
        let visibility = if (from == OrderStatus::Draft && to == OrderStatus::Cancelled)
            || to == OrderStatus::Draft
        {
            timeline::INTERNAL
        } else {
            timeline::CUSTOMER
        };
        let body = match reason {
            Some(r) => format!("{from} {to}\n{r}"),
            None => format!("{from} {to}"),
        };
        timeline::record(
            conn,
            NewEntry {
                tenant_id: &actor.tenant_id,
                order_id: &order.id,
                kind: Kind::Status,
                visibility,
                author_user_id: Some(&actor.user_id),
                milestone_id: None,
                decision_id: None,
                body,
            },
        )?;
        let detail = match reason {
            Some(r) => format!("{from} -> {to}: {r}"),
            None => format!("{from} -> {to}"),
        };
        audit::record(conn, actor.event(event, "order", Some(&order.id), detail))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_is_known_and_terminal_states_stay() {
        use OrderStatus::*;
        for &s in super::super::STATUSES {
            for to in next(s) {
                assert!(super::super::STATUSES.contains(to), "{s} -> {to}");
                assert_ne!(s, *to);
            }
        }
        assert!(next(Closed).is_empty() && next(Cancelled).is_empty());
        assert!(!next(Draft).contains(&Shipped));
        assert!(
            !next(Shipped).contains(&Cancelled),
            "a shipped order is closed, not cancelled"
        );
    }

    #[test]
    fn a_step_back_is_one_stage_and_never_hides_an_order_from_its_buyer() {
        use OrderStatus::*;
        assert_eq!(previous(Confirmed, None), None);
        assert_eq!(previous(Draft, None), None);
        assert_eq!(previous(Closed, None), Some(Shipped));
        assert_eq!(previous(Shipped, None), Some(ReadyToShip));
        assert_eq!(previous(Cancelled, Some(InProduction)), Some(InProduction));
        assert_eq!(previous(Cancelled, Some(Draft)), Some(Draft));
        assert_eq!(previous(Cancelled, None), Some(Confirmed));
        for &s in super::super::STATUSES {
            if let Some(p) = previous(s, None) {
                assert_ne!(p, s);
            }
        }
    }
}
