//! What the signed-in person can do, for the pages: every page gets it as `can`, so templates
//! show a link or a button by capability and never compare role names.

use serde::Serialize;

use super::*;

/// What the home page lists first.
pub fn home_orders(actor: &Actor) -> HomeOrders {
    rules(actor.role).home
}

/// Counts of the whole tenant's orders by status, and how many are late.
pub fn sees_tenant_overview(actor: &Actor) -> bool {
    rules(actor.role).admin
}

/// Reports and payments are about an order's progress and money; whoever sees neither has no
/// use for their pages.
pub fn sees_reports(actor: &Actor) -> bool {
    sees_part(actor, Part::Progress)
}

pub fn sees_payments(actor: &Actor) -> bool {
    !matches!(payment_scope(actor), PaymentScope::Nothing)
        || !matches!(record_payments_for(actor), RecordPaymentsFor::Nobody)
}

/// The capabilities a page shows or hides things by.
#[derive(Debug, Clone, Serialize)]
pub struct Can {
    pub orders: bool,
    pub new_order: bool,
    pub reports: bool,
    pub payments: bool,
    pub progress: bool,
    pub requests: bool,
    pub templates: bool,
    pub people: bool,
    pub audit: bool,
    pub see_internal: bool,
    pub answer_decisions: bool,
    pub tenant_overview: bool,
    pub own_orders_home: bool,
}

impl Can {
    pub fn of(a: &Actor) -> Can {
        Can {
            orders: true,
            new_order: can_create_orders(a),
            reports: sees_reports(a),
            payments: sees_payments(a),
            progress: sees_part(a, Part::Progress),
            requests: can_request_access(a),
            templates: can_manage_templates(a),
            people: can_manage_people(a),
            audit: can_view_audit(a),
            see_internal: can_see_internal(a),
            answer_decisions: can_answer_decision(a),
            tenant_overview: sees_tenant_overview(a),
            own_orders_home: home_orders(a) == HomeOrders::Mine,
        }
    }
}
