//! Every `can_*`: what a person may do, each read from their role's `Rules` (and, where it
//! matters, the object's state or the tenant's setting).

use super::*;
use crate::error::{AppError, AppResult};
use crate::orders::OrderStatus;

/// A capability that is one field of the role's `Rules`: `capabilities! { doc name => field }`
/// writes `pub fn name(actor: &Actor) -> bool`.
macro_rules! capabilities {
    ($($(#[$doc:meta])* $name:ident => $field:ident,)*) => {
        $(
            $(#[$doc])*
            pub fn $name(actor: &Actor) -> bool {
                rules(actor.role).$field
            }
        )*
    };
}

capabilities! {
    /// Create orders (a merchandiser is assigned to the orders they create).
    can_create_orders => runs_orders,
    /// Edit an order's fields, within the actor's scope.
    can_edit_order => runs_orders,
    /// Add and update milestones (QC inspectors record inspection milestones).
    can_edit_milestones => staff,
    /// Post progress updates on the timeline (internal or customer-visible).
    can_post_updates => staff,
    /// Upload photos, videos and documents to orders in scope (staff; QC inspectors upload
    /// inspection reports and photos).
    can_upload_files => staff,
    /// Comment on an order the actor can see (buyers' voice on the timeline).
    can_comment => customer_voice,
    /// Ask the buyer for a decision.
    can_request_decision => runs_orders,
    /// Answer a decision: only the buyer side decides.
    can_answer_decision => customer_voice,
    /// Manage the tenant's milestone templates.
    can_manage_templates => admin,
    /// The supplier's logo and accent colour.
    can_manage_brand => admin,
    /// Reopen a closed or cancelled order, or step an order back one stage, with a reason.
    can_step_back => admin,
    /// Create and revoke share links to orders the actor can see.
    can_share => runs_orders,
    /// See who can see an order and why (the order must also be in the actor's scope).
    can_view_order_access => runs_orders,
    can_assign_staff => admin,
    can_manage_people => admin,
    can_view_audit => admin,
    /// Staff see internal fields (assigned staff, audit references); buyers never do.
    can_see_internal => staff,
    /// Staff may take a photo or video with its camera data (GPS, serials) untouched, audited;
    /// buyers and share links only ever get the cleaned copy (`files::scrub`).
    can_take_originals => staff,
    /// Ask for a progress report of an order the actor sees: whoever sees the order's progress,
    /// since a report holds only what buyers may see of it (the order itself is checked against
    /// `order_scope` when the report is asked for).
    can_request_reports => progress,
    /// Reports about a whole customer organisation are asked for by admins.
    can_request_org_reports => admin,
    /// Propose, approve and cancel bank details; see acknowledgements and fraud signals.
    can_manage_payments => admin,
    /// Acknowledge the details of record: the people who pay to them.
    can_acknowledge_payments => pays,
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

/// A buyer marked as their organisation's lead asks the supplier for access for colleagues.
pub fn can_request_access(actor: &Actor) -> bool {
    rules(actor.role).customer_voice && actor.is_lead
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
