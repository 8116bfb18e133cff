//! The query scopes: which orders, reports, bank details and payment records a person sees.
//! Services apply them to every query, so what is outside is not found (404).

use super::*;
use crate::ids::{OrgId, UserId};

/// Which orders of the tenant an actor can see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrderScope {
    /// Admins: every order of the tenant.
    All,
    /// Merchandisers and QC inspectors: orders they are assigned to.
    Assigned { user_id: UserId },
    /// Buyers: orders of their organisation, all of them or only those granted (unexpired).
    Customer {
        org_id: OrgId,
        user_id: UserId,
        all_orders: bool,
    },
    /// People outside the customer (forwarders): the orders they hold a live grant to.
    Granted { user_id: UserId },
    /// A buyer membership without an organisation sees nothing (defensive; the schema and
    /// services never create one).
    Nothing,
}

pub fn order_scope(actor: &Actor) -> OrderScope {
    let user_id = actor.user_id.clone();
    match rules(actor.role).reach {
        Reach::Every => OrderScope::All,
        Reach::Assigned => OrderScope::Assigned { user_id },
        Reach::Customer => match &actor.customer_org_id {
            Some(org) => OrderScope::Customer {
                org_id: org.clone(),
                user_id,
                all_orders: actor.all_orders,
            },
            None => OrderScope::Nothing,
        },
        Reach::Granted => OrderScope::Granted { user_id },
    }
}

/// The parts of an order beyond its header (reference, title, customer, status, dates).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Milestones, the timeline, decisions, reports and lateness.
    Progress,
    /// Photos, videos and documents (which kinds: `file_kinds`).
    Files,
}

/// Whether the actor sees this part of the orders in their scope.
pub fn sees_part(actor: &Actor, part: Part) -> bool {
    match part {
        Part::Progress => rules(actor.role).progress,
        Part::Files => true,
    }
}

/// Which kinds of files the actor sees on an order (`None`: every kind their visibility
/// allows).
pub fn file_kinds(actor: &Actor) -> Option<&'static [crate::files::FileKind]> {
    rules(actor.role).file_kinds
}

/// Buyers never see orders still in draft, nor internal timeline entries.
pub fn sees_drafts(actor: &Actor) -> bool {
    rules(actor.role).staff
}

/// Which reports of the tenant an actor sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportScope {
    /// Admins: every report of the tenant.
    All,
    /// Everyone else: reports of the orders in their `order_scope`, and the whole-organisation
    /// reports of `orgs` (a buyer who sees all of their organisation's orders; else none).
    Orders { orgs: Vec<OrgId> },
}

impl ReportScope {
    /// Whether a report about the whole organisation `org_id` is in scope.
    pub fn sees_org(&self, org_id: &OrgId) -> bool {
        match self {
            ReportScope::All => true,
            ReportScope::Orders { orgs } => orgs.iter().any(|o| o == org_id),
        }
    }
}

pub fn report_scope(actor: &Actor) -> ReportScope {
    match order_scope(actor) {
        OrderScope::All => ReportScope::All,
        OrderScope::Customer {
            org_id,
            all_orders: true,
            ..
        } => ReportScope::Orders { orgs: vec![org_id] },
        OrderScope::Customer { .. }
        | OrderScope::Assigned { .. }
        | OrderScope::Granted { .. }
        | OrderScope::Nothing => ReportScope::Orders { orgs: Vec::new() },
    }
}

/// Which payment instructions (bank details) an actor sees. They are the admins' and the
/// buyers' business; other staff see none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaymentScope {
    /// Admins: every version of every scope, mere proposals included, with who did what.
    AllCustomers,
    /// Buyers: the tenant-wide details and their organisation's own (`None`: the tenant-wide
    /// ones only). Only versions two admins approved, since a proposal that was never approved
    /// may be an attacker's account; and never who inside the supplier did what, nor why a
    /// change was cancelled.
    OneCustomer { org_id: Option<OrgId> },
    /// Merchandisers and QC inspectors.
    Nothing,
}

pub fn payment_scope(actor: &Actor) -> PaymentScope {
    match rules(actor.role).bank_details {
        BankDetails::All => PaymentScope::AllCustomers,
        BankDetails::Own => PaymentScope::OneCustomer {
            org_id: actor.customer_org_id.clone(),
        },
        BankDetails::None => PaymentScope::Nothing,
    }
}

/// For which customer an actor records a payment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordPaymentsFor {
    /// Buyers: always their own organisation (`None`: not found).
    OwnOrganisation(Option<OrgId>),
    /// Admins and merchandisers: the customer they choose.
    ChosenCustomer,
    /// QC inspectors record no payments.
    Nobody,
}

pub fn record_payments_for(actor: &Actor) -> RecordPaymentsFor {
    match rules(actor.role).payments {
        Payments::OwnOrganisation => {
            RecordPaymentsFor::OwnOrganisation(actor.customer_org_id.clone())
        }
        Payments::All | Payments::ChosenCustomer => RecordPaymentsFor::ChosenCustomer,
        Payments::None => RecordPaymentsFor::Nobody,
    }
}

/// Which payment records an actor sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaymentRecordScope {
    /// Admins: every payment record of the tenant.
    All,
    /// Buyers and merchandisers: those they recorded and those on orders in their
    /// `order_scope`.
    OwnAndOrders { user_id: UserId },
    /// QC inspectors: none.
    Nothing,
}

pub fn payment_record_scope(actor: &Actor) -> PaymentRecordScope {
    match rules(actor.role).payments {
        Payments::All => PaymentRecordScope::All,
        Payments::ChosenCustomer | Payments::OwnOrganisation => PaymentRecordScope::OwnAndOrders {
            user_id: actor.user_id.clone(),
        },
        Payments::None => PaymentRecordScope::Nothing,
    }
}
