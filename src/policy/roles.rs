//! Everything a role decides, as one literal per role. Every rule in `policy` reads its
//! answer from here, so a new role is one more arm below, and it does not compile until each
//! field (each rule) is decided for it. Rules that need more than the role (whose order, which
//! state, which tenant setting) are in the functions that read these fields.

use serde::Serialize;

use super::AccessShape;
use crate::files::FileKind;

/// The roles, each with its stored name, written once: the enum, `Role::ALL` and the names
/// come from this list, and what each role may do is decided in `rules` below.
macro_rules! roles {
    ($($(#[$doc:meta])* $variant:ident => $name:literal,)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum Role {
            $($(#[$doc])* $variant,)*
        }

        impl Role {
            pub const ALL: &'static [Role] = &[$(Role::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(Role::$variant => $name,)*
                }
            }
        }
    };
}

roles! {
    /// Administers the tenant.
    Admin => "admin",
    /// Runs orders for the supplier.
    Merchandiser => "merchandiser",
    /// Inspects quality for the supplier.
    Qc => "qc",
    /// A customer organisation's person.
    Buyer => "buyer",
    /// A freight forwarder: the shipping documents of the orders granted to them.
    Forwarder => "forwarder",
}

impl Role {
    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.iter().copied().find(|r| r.as_str() == s)
    }

    /// The supplier's own people.
    pub fn is_staff(self) -> bool {
        rules(self).staff
    }
}

/// How a person comes to see orders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// Every order of the tenant.
    Every,
    /// The orders they are assigned to.
    Assigned,
    /// Their customer organisation's orders: all of them, or the granted ones (the
    /// membership's `all_orders`).
    Customer,
    /// Only the orders they hold a grant to, of any customer.
    Granted,
}

/// Which lifecycle moves a role makes (within `orders::lifecycle::next`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moves {
    Any,
    /// The outcome of an inspection only (back to production, or ready to ship).
    InspectionOutcome,
    None,
}

/// Whom a role invites.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invites {
    Anyone,
    /// Buyers, to orders assigned to them, when the tenant allows it.
    BuyersWhenAllowed,
    Nobody,
}

/// Which bank details (payment instructions) a role sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BankDetails {
    /// Every version and proposal, with who did what.
    All,
    /// The approved details that apply to their organisation.
    Own,
    None,
}

/// Which payments a role records and sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Payments {
    /// Every record of the tenant; records for any customer.
    All,
    /// Records for any customer; sees their own and those on orders they see.
    ChosenCustomer,
    /// Records for their own organisation; sees their own and those on orders they see.
    OwnOrganisation,
    None,
}

/// What the home page lists first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeOrders {
    /// The person's own orders (the customer's side).
    Mine,
    /// Orders due ex-factory soon (the supplier's side).
    DueSoon,
}

/// The rules of one role.
#[derive(Debug, Clone, Copy)]
pub struct Rules {
    /// The supplier's own people: they see drafts and internal entries, upload, post
    /// progress, edit milestones and may take originals of photos.
    pub staff: bool,
    /// Administers the tenant: people, policy, bank details, templates, audit, integrations,
    /// documents of record; sees the whole tenant's overview.
    pub admin: bool,
    /// Creates and edits orders, asks for decisions, shares, sees who sees an order.
    pub runs_orders: bool,
    pub reach: Reach,
    /// What their membership is made of (people pages, invitations).
    pub shape: AccessShape,
    /// Sees orders' progress: milestones, timeline, decisions, reports.
    pub progress: bool,
    /// The kinds of files they see (`None`: every kind their visibility allows).
    pub file_kinds: Option<&'static [FileKind]>,
    pub moves: Moves,
    pub invites: Invites,
    /// The customer's voice: comments on the timeline, answers decisions, may be a lead.
    pub customer_voice: bool,
    /// Pays the supplier: acknowledges bank details, is told when they change.
    pub pays: bool,
    pub bank_details: BankDetails,
    pub payments: Payments,
    pub home: HomeOrders,
    /// Confirms their e-mail address before anything else (the URGENT alerts go there).
    pub confirms_email: bool,
    /// Can be assigned to an order (and so see it as its staff).
    pub assignable: bool,
}

/// The shipping documents a freight forwarder needs, and nothing else.
pub const SHIPPING_DOCUMENTS: &[FileKind] = &[
    FileKind::PackingList,
    FileKind::BillOfLading,
    FileKind::Invoice,
];

pub const fn rules(role: Role) -> Rules {
    match role {
        Role::Admin => Rules {
            staff: true,
            admin: true,
            runs_orders: true,
            reach: Reach::Every,
            shape: AccessShape::Staff,
            progress: true,
            file_kinds: None,
            moves: Moves::Any,
            invites: Invites::Anyone,
            customer_voice: false,
            pays: false,
            bank_details: BankDetails::All,
            payments: Payments::All,
            home: HomeOrders::DueSoon,
            confirms_email: true,
            assignable: false,
        },
        Role::Merchandiser => Rules {
            staff: true,
            admin: false,
            runs_orders: true,
            reach: Reach::Assigned,
            shape: AccessShape::Staff,
            progress: true,
            file_kinds: None,
            moves: Moves::Any,
            invites: Invites::BuyersWhenAllowed,
            customer_voice: false,
            pays: false,
            bank_details: BankDetails::None,
            payments: Payments::ChosenCustomer,
            home: HomeOrders::DueSoon,
            confirms_email: false,
            assignable: true,
        },
        Role::Qc => Rules {
            staff: true,
            admin: false,
            runs_orders: false,
            reach: Reach::Assigned,
            shape: AccessShape::Staff,
            progress: true,
            file_kinds: None,
            moves: Moves::InspectionOutcome,
            invites: Invites::Nobody,
            customer_voice: false,
            pays: false,
            bank_details: BankDetails::None,
            payments: Payments::None,
            home: HomeOrders::DueSoon,
            confirms_email: false,
            assignable: true,
        },
        Role::Buyer => Rules {
            staff: false,
            admin: false,
            runs_orders: false,
            reach: Reach::Customer,
            shape: AccessShape::Customer,
            progress: true,
            file_kinds: None,
            moves: Moves::None,
            invites: Invites::Nobody,
            customer_voice: true,
            pays: true,
            bank_details: BankDetails::Own,
            payments: Payments::OwnOrganisation,
            home: HomeOrders::Mine,
            confirms_email: false,
            assignable: false,
        },
        Role::Forwarder => Rules {
            staff: false,
            admin: false,
            runs_orders: false,
            reach: Reach::Granted,
            shape: AccessShape::ChosenOrders,
            progress: false,
            file_kinds: Some(SHIPPING_DOCUMENTS),
            moves: Moves::None,
            invites: Invites::Nobody,
            customer_voice: false,
            pays: false,
            bank_details: BankDetails::None,
            payments: Payments::None,
            home: HomeOrders::Mine,
            confirms_email: false,
            assignable: false,
        },
    }
}

/// The stored names of the roles a rule admits, for queries (`memberships.role IN (…)`), so
/// that no query names a role by hand.
pub fn roles_where(rule: fn(Rules) -> bool) -> Vec<&'static str> {
    Role::ALL
        .iter()
        .copied()
        .filter(|r| rule(rules(*r)))
        .map(Role::as_str)
        .collect()
}
