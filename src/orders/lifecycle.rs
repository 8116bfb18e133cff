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
    conn.write_tx(|conn| {
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
        // The buyer never saw a draft, so leaving draft is news to them but changes within it are not.
        let visibility = if from == OrderStatus::Draft && to == OrderStatus::Cancelled {
            timeline::INTERNAL
        } else {
            timeline::CUSTOMER
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
                body: format!("{from} {to}"),
            },
        )?;
        audit::record(
            conn,
            actor.event(
                "order.transition",
                "order",
                Some(&order.id),
                format!("{from} -> {to}"),
            ),
        )
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
}
