//! Every `can_*`: what a person may do, each read from their role's `Rules` (and, where it
//! matters, the object's state or the tenant's setting).

use super::*;
use crate::error::{AppError, AppResult};
use crate::orders::OrderStatus;

/// Create orders (a merchandiser is assigned to the orders they create).
pub fn can_create_orders(actor: &Actor) -> bool {
    rules(actor.role).runs_orders
}

/// Edit an order's fields, within the actor's scope.
pub fn can_edit_order(actor: &Actor) -> bool {
    rules(actor.role).runs_orders
}

/// Add and update milestones (QC inspectors record inspection milestones).
pub fn can_edit_milestones(actor: &Actor) -> bool {
    rules(actor.role).staff
}

/// Move an order from one lifecycle state to another (the transition itself must also be one
/// of `orders::lifecycle::next`). QC inspectors decide only the outcome of an inspection.
pub fn can_transition(actor: &Actor, from: OrderStatus, to: OrderStatus) -> bool {
    match rules(actor.role).moves {
        Moves::Any => true,
        Moves::InspectionOutcome => {
            from == OrderStatus::Inspection
                && matches!(to, OrderStatus::InProduction | OrderStatus::ReadyToShip)
        }
        Moves::None => false,
    }
}

/// Post progress updates on the timeline (internal or customer-visible).
pub fn can_post_updates(actor: &Actor) -> bool {
    rules(actor.role).staff
}

/// Upload photos, videos and documents to orders in scope (staff; QC inspectors upload
/// inspection reports and photos).
pub fn can_upload_files(actor: &Actor) -> bool {
    rules(actor.role).staff
}

/// Comment on an order the actor can see (buyers' voice on the timeline).
pub fn can_comment(actor: &Actor) -> bool {
    rules(actor.role).customer_voice
}

/// Ask the buyer for a decision.
pub fn can_request_decision(actor: &Actor) -> bool {
    rules(actor.role).runs_orders
}

/// Answer a decision: only the buyer side decides.
pub fn can_answer_decision(actor: &Actor) -> bool {
    rules(actor.role).customer_voice
}

/// Manage the tenant's milestone templates.
pub fn can_manage_templates(actor: &Actor) -> bool {
    rules(actor.role).admin
}

/// Invite someone with `role`: admins anyone; merchandisers buyers, when the tenant allows it.
pub fn can_invite(actor: &Actor, role: Role, merchandisers_invite_buyers: bool) -> bool {
    match rules(actor.role).invites {
        Invites::Anyone => true,
        Invites::BuyersWhenAllowed => {
            rules(role).shape == AccessShape::Customer && merchandisers_invite_buyers
        }
        Invites::Nobody => false,
    }
}

/// Create and revoke share links to orders the actor can see.
pub fn can_share(actor: &Actor) -> bool {
    rules(actor.role).runs_orders
}

/// See who can see an order and why (the order must also be in the actor's scope).
pub fn can_view_order_access(actor: &Actor) -> bool {
    rules(actor.role).runs_orders
}

/// A buyer marked as their organisation's lead asks the supplier for access for colleagues.
pub fn can_request_access(actor: &Actor) -> bool {
    rules(actor.role).customer_voice && actor.is_lead
}

pub fn can_assign_staff(actor: &Actor) -> bool {
    rules(actor.role).admin
}

pub fn can_manage_people(actor: &Actor) -> bool {
    rules(actor.role).admin
}

pub fn can_view_audit(actor: &Actor) -> bool {
    rules(actor.role).admin
}

/// Staff see internal fields (assigned staff, audit references); buyers never do.
pub fn can_see_internal(actor: &Actor) -> bool {
    rules(actor.role).staff
}

/// Staff may take a photo or video with its camera data (GPS, serials) untouched, audited;
/// buyers and share links only ever get the cleaned copy (`files::scrub`).
pub fn can_take_originals(actor: &Actor) -> bool {
    rules(actor.role).staff
}

pub fn ensure(allowed: bool) -> AppResult<()> {
    if allowed {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            "You do not have permission to do this.",
        ))
    }
}

/// Ask for a progress report of an order the actor sees: whoever sees the order's progress,
/// since a report holds only what buyers may see of it (the order itself is checked against
/// `order_scope` when the report is asked for).
pub fn can_request_reports(actor: &Actor) -> bool {
    rules(actor.role).progress
}

/// Reports about a whole customer organisation are asked for by admins.
pub fn can_request_org_reports(actor: &Actor) -> bool {
    rules(actor.role).admin
}

/// Propose, approve and cancel bank details; see acknowledgements and fraud signals.
pub fn can_manage_payments(actor: &Actor) -> bool {
    rules(actor.role).admin
}

/// Acknowledge the details of record: the people who pay to them.
pub fn can_acknowledge_payments(actor: &Actor) -> bool {
    rules(actor.role).pays
}
