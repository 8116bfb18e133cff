//! The one place that decides who may do what to which object. Handlers and services ask here;
//! nobody else compares roles or ids. Visibility is expressed as a scope that every order
//! query applies, so an object outside it is simply not found (404), never forbidden.

use serde::Serialize;

use crate::audit::Event;
use crate::error::{AppError, AppResult};
use crate::people::Role;

/// Who is making the request, in which tenant: built once per request by the extractor in
/// `auth::actor` after the token, session, user and membership were checked.
#[derive(Debug, Clone, Serialize)]
pub struct Actor {
    pub user_id: String,
    pub email: String,
    pub display_name: String,
    pub locale: Option<String>,
    pub tenant_id: String,
    pub tenant_name: String,
    pub tenant_slug: String,
    pub role: Role,
    pub customer_org_id: Option<String>,
    pub all_orders: bool,
    /// A buyer who may ask the supplier for access for colleagues.
    pub is_lead: bool,
    /// Led to enrol in two-step sign-in before anything else (tenant policy).
    pub must_enrol: bool,
    /// An administrator whose e-mail address is not confirmed: led to confirm it before
    /// anything else in the pages (the alerts that stop fraud are mailed there).
    #[serde(skip)]
    pub must_confirm_email: bool,
    pub session_id: String,
    /// When this session last proved the password or a second factor (step-up).
    #[serde(skip)]
    pub reauth_at: Option<chrono::NaiveDateTime>,
    #[serde(skip)]
    pub ip: String,
    /// Set when the request came with an API token: the actor is the token's maker, limited
    /// to the routes the token's scopes open (`token_allows`).
    #[serde(skip)]
    pub api_token: Option<TokenGrant>,
}

impl Actor {
    /// An audit event by this actor in this tenant.
    pub fn event<'a>(
        &'a self,
        action: &'a str,
        object_type: &'a str,
        object_id: Option<&'a str>,
        detail: String,
    ) -> Event<'a> {
        Event {
            tenant_id: Some(&self.tenant_id),
            actor_user_id: Some(&self.user_id),
            action,
            object_type,
            object_id,
            // What an integration did must be told from what its maker did by hand.
            detail: match &self.api_token {
                Some(g) => format!("[api token {} {}] {detail}", g.id, g.name),
                None => detail,
            },
            ip: &self.ip,
        }
    }
}

/// Which orders of the tenant an actor can see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrderScope {
    /// Admins: every order of the tenant.
    All,
    /// Merchandisers and QC inspectors: orders they are assigned to.
    Assigned { user_id: String },
    /// Buyers: orders of their organisation, all of them or only those granted (unexpired).
    Customer {
        org_id: String,
        user_id: String,
        all_orders: bool,
    },
    /// A buyer membership without an organisation sees nothing (defensive; the schema and
    /// services never create one).
    Nothing,
}

pub fn order_scope(actor: &Actor) -> OrderScope {
    match actor.role {
        Role::Admin => OrderScope::All,
        Role::Merchandiser | Role::Qc => OrderScope::Assigned {
            user_id: actor.user_id.clone(),
        },
        Role::Buyer => match &actor.customer_org_id {
            Some(org) => OrderScope::Customer {
                org_id: org.clone(),
                user_id: actor.user_id.clone(),
                all_orders: actor.all_orders,
            },
            None => OrderScope::Nothing,
        },
    }
}

/// Create orders (a merchandiser is assigned to the orders they create).
pub fn can_create_orders(actor: &Actor) -> bool {
    matches!(actor.role, Role::Admin | Role::Merchandiser)
}

/// Edit an order's fields, within the actor's scope.
pub fn can_edit_order(actor: &Actor) -> bool {
    matches!(actor.role, Role::Admin | Role::Merchandiser)
}

/// Add and update milestones (QC inspectors record inspection milestones).
pub fn can_edit_milestones(actor: &Actor) -> bool {
    actor.role.is_staff()
}

/// Move an order from one lifecycle state to another (the transition itself must also be one
/// of `orders::lifecycle::next`). QC inspectors decide only the outcome of an inspection.
pub fn can_transition(actor: &Actor, from: &str, to: &str) -> bool {
    match actor.role {
        Role::Admin | Role::Merchandiser => true,
        Role::Qc => from == "inspection" && matches!(to, "in_production" | "ready_to_ship"),
        Role::Buyer => false,
    }
}

/// Post progress updates on the timeline (internal or customer-visible).
pub fn can_post_updates(actor: &Actor) -> bool {
    actor.role.is_staff()
}

/// Upload photos, videos and documents to orders in scope (staff; QC inspectors upload
/// inspection reports and photos).
pub fn can_upload_files(actor: &Actor) -> bool {
    actor.role.is_staff()
}

/// Comment on an order the actor can see (buyers' voice on the timeline).
pub fn can_comment(actor: &Actor) -> bool {
    actor.role == Role::Buyer
}

/// Ask the buyer for a decision.
pub fn can_request_decision(actor: &Actor) -> bool {
    matches!(actor.role, Role::Admin | Role::Merchandiser)
}

/// Answer a decision: only the buyer side decides.
pub fn can_answer_decision(actor: &Actor) -> bool {
    actor.role == Role::Buyer
}

/// Manage the tenant's milestone templates.
pub fn can_manage_templates(actor: &Actor) -> bool {
    actor.role == Role::Admin
}

/// Buyers never see orders still in draft, nor internal timeline entries.
pub fn sees_drafts(actor: &Actor) -> bool {
    actor.role.is_staff()
}

/// Invite someone with `role`: admins anyone; merchandisers buyers, when the tenant allows it.
pub fn can_invite(actor: &Actor, role: Role, merchandisers_invite_buyers: bool) -> bool {
    match actor.role {
        Role::Admin => true,
        Role::Merchandiser => role == Role::Buyer && merchandisers_invite_buyers,
        _ => false,
    }
}

/// Create and revoke share links to orders the actor can see.
pub fn can_share(actor: &Actor) -> bool {
    matches!(actor.role, Role::Admin | Role::Merchandiser)
}

/// See who can see an order and why (the order must also be in the actor's scope).
pub fn can_view_order_access(actor: &Actor) -> bool {
    matches!(actor.role, Role::Admin | Role::Merchandiser)
}

/// A buyer marked as their organisation's lead asks the supplier for colleagues' access.
pub fn can_request_access(actor: &Actor) -> bool {
    actor.role == Role::Buyer && actor.is_lead
}

pub fn can_assign_staff(actor: &Actor) -> bool {
    actor.role == Role::Admin
}

pub fn can_manage_people(actor: &Actor) -> bool {
    actor.role == Role::Admin
}

pub fn can_view_audit(actor: &Actor) -> bool {
    actor.role == Role::Admin
}

/// Staff see internal fields (assigned staff, audit references); buyers never do.
pub fn can_see_internal(actor: &Actor) -> bool {
    actor.role.is_staff()
}

/// Staff may take a photo or video with its camera data (GPS, serials) untouched, audited;
/// buyers and share links only ever get the cleaned copy (`files::scrub`).
pub fn can_take_originals(actor: &Actor) -> bool {
    actor.role.is_staff()
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

/// Who hears about what happens on an order. Buyers: active people of the order's customer
/// organisation whose membership has not expired and who see all its orders or hold an
/// unexpired grant for this one; never for a draft. Staff: the people assigned to the order.
/// The same rules as `order_scope`, seen from the order's side.
pub fn order_audience(
    conn: &mut crate::db::DbConn,
    order_id: &str,
) -> AppResult<(Vec<String>, Vec<String>)> {
    use crate::db::schema::{memberships, order_grants, order_staff, orders, users};
    use diesel::prelude::*;
    let t = crate::ids::now();
    let Some((tenant_id, org_id, status)): Option<(String, String, String)> = orders::table
        .find(order_id)
        .select((orders::tenant_id, orders::customer_org_id, orders::status))
        .first(conn)
        .optional()?
    else {
        return Ok((Vec::new(), Vec::new()));
    };
    let active = memberships::expires_at
        .is_null()
        .or(memberships::expires_at.gt(t));
    let mut buyers: Vec<String> = Vec::new();
    if status != "draft" {
        let rows: Vec<(String, bool)> = memberships::table
            .inner_join(users::table)
            .filter(memberships::tenant_id.eq(&tenant_id))
            .filter(memberships::role.eq(Role::Buyer.as_str()))
            .filter(memberships::customer_org_id.eq(&org_id))
            .filter(active)
            .filter(users::status.eq(crate::people::STATUS_ACTIVE))
            .select((memberships::user_id, memberships::all_orders))
            .load(conn)?;
        let granted: Vec<String> = order_grants::table
            .filter(order_grants::tenant_id.eq(&tenant_id))
            .filter(order_grants::order_id.eq(order_id))
            .filter(
                order_grants::expires_at
                    .is_null()
                    .or(order_grants::expires_at.gt(t)),
            )
            .select(order_grants::user_id)
            .load(conn)?;
        buyers = rows
            .into_iter()
            .filter(|(u, all)| *all || granted.contains(u))
            .map(|(u, _)| u)
            .collect();
    }
    let staff: Vec<String> = order_staff::table
        .inner_join(
            memberships::table.on(memberships::user_id
                .eq(order_staff::user_id)
                .and(memberships::tenant_id.eq(order_staff::tenant_id))),
        )
        .inner_join(users::table.on(users::id.eq(order_staff::user_id)))
        .filter(order_staff::tenant_id.eq(&tenant_id))
        .filter(order_staff::order_id.eq(order_id))
        .filter(memberships::role.ne(Role::Buyer.as_str()))
        .filter(
            memberships::expires_at
                .is_null()
                .or(memberships::expires_at.gt(t)),
        )
        .filter(users::status.eq(crate::people::STATUS_ACTIVE))
        .select(order_staff::user_id)
        .distinct()
        .load(conn)?;
    Ok((buyers, staff))
}

/// Whether a person still sees an order: asked again before a notice about it is mailed,
/// since access can end between the notice and its mail. The order's audience, or an active
/// admin of its tenant.
pub fn still_sees_order(
    conn: &mut crate::db::DbConn,
    user_id: &str,
    order_id: &str,
) -> AppResult<bool> {
    use crate::db::schema::{memberships, orders, users};
    use diesel::prelude::*;
    let (buyers, staff) = order_audience(conn, order_id)?;
    if buyers.iter().chain(&staff).any(|u| u == user_id) {
        return Ok(true);
    }
    let t = crate::ids::now();
    let admins: i64 = memberships::table
        .inner_join(users::table)
        .inner_join(orders::table.on(orders::tenant_id.eq(memberships::tenant_id)))
        .filter(orders::id.eq(order_id))
        .filter(memberships::user_id.eq(user_id))
        .filter(memberships::role.eq(Role::Admin.as_str()))
        .filter(
            memberships::expires_at
                .is_null()
                .or(memberships::expires_at.gt(t)),
        )
        .filter(users::status.eq(crate::people::STATUS_ACTIVE))
        .count()
        .get_result(conn)?;
    Ok(admins > 0)
}

/// Ask for a progress report of an order the actor sees. True for every role on purpose: a
/// report holds only what buyers may see of the order, so whoever sees the order may have it;
/// the order itself is checked against `order_scope` when the report is asked for. Kept as a
/// function so the rule has its place here should a role ever lose it.
pub fn can_request_reports(_actor: &Actor) -> bool {
    true
}

/// Reports about a whole customer organisation are asked for by admins.
pub fn can_request_org_reports(actor: &Actor) -> bool {
    actor.role == Role::Admin
}

/// Which reports of the tenant an actor sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportScope {
    /// Admins: every report of the tenant.
    All,
    /// Everyone else: reports of the orders in their `order_scope`, and the whole-organisation
    /// reports of `orgs` (a buyer who sees all of their organisation's orders; else none).
    Orders { orgs: Vec<String> },
}

impl ReportScope {
    /// Whether a report about the whole organisation `org_id` is in scope.
    pub fn sees_org(&self, org_id: &str) -> bool {
        match self {
            ReportScope::All => true,
            ReportScope::Orders { orgs } => orgs.iter().any(|o| o == org_id),
        }
    }
}

pub fn report_scope(actor: &Actor) -> ReportScope {
    match (&actor.role, &actor.customer_org_id) {
        (Role::Admin, _) => ReportScope::All,
        (Role::Buyer, Some(org)) if actor.all_orders => ReportScope::Orders {
            orgs: vec![org.clone()],
        },
        _ => ReportScope::Orders { orgs: Vec::new() },
    }
}

/// Who reads an organisation's report: its active buyers who see all its orders.
pub fn org_report_readers(
    conn: &mut crate::db::DbConn,
    tenant_id: &str,
    org_id: &str,
) -> AppResult<Vec<String>> {
    use crate::db::schema::{memberships, users};
    use diesel::prelude::*;
    Ok(memberships::table
        .inner_join(users::table)
        .filter(memberships::tenant_id.eq(tenant_id))
        .filter(memberships::role.eq(Role::Buyer.as_str()))
        .filter(memberships::customer_org_id.eq(org_id))
        .filter(memberships::all_orders.eq(true))
        .filter(
            memberships::expires_at
                .is_null()
                .or(memberships::expires_at.gt(crate::ids::now())),
        )
        .filter(users::status.eq(crate::people::STATUS_ACTIVE))
        .select(memberships::user_id)
        .load(conn)?)
}

/// Propose, approve and cancel bank details; see acknowledgements and fraud signals.
pub fn can_manage_payments(actor: &Actor) -> bool {
    actor.role == Role::Admin
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
    OneCustomer { org_id: Option<String> },
    /// Merchandisers and QC inspectors.
    Nothing,
}

pub fn payment_scope(actor: &Actor) -> PaymentScope {
    match actor.role {
        Role::Admin => PaymentScope::AllCustomers,
        Role::Buyer => PaymentScope::OneCustomer {
            org_id: actor.customer_org_id.clone(),
        },
        Role::Merchandiser | Role::Qc => PaymentScope::Nothing,
    }
}

/// Acknowledge the details of record: the buyers who pay to them.
pub fn can_acknowledge_payments(actor: &Actor) -> bool {
    actor.role == Role::Buyer
}

/// For which customer an actor records a payment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordPaymentsFor {
    /// Buyers: always their own organisation (`None`: not found).
    OwnOrganisation(Option<String>),
    /// Admins and merchandisers: the customer they choose.
    ChosenCustomer,
    /// QC inspectors record no payments.
    Nobody,
}

pub fn record_payments_for(actor: &Actor) -> RecordPaymentsFor {
    match actor.role {
        Role::Buyer => RecordPaymentsFor::OwnOrganisation(actor.customer_org_id.clone()),
        Role::Admin | Role::Merchandiser => RecordPaymentsFor::ChosenCustomer,
        Role::Qc => RecordPaymentsFor::Nobody,
    }
}

/// Which payment records an actor sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaymentRecordScope {
    /// Admins: every payment record of the tenant.
    All,
    /// Buyers and merchandisers: those they recorded and those on orders in their
    /// `order_scope`.
    OwnAndOrders { user_id: String },
    /// QC inspectors: none.
    Nothing,
}

pub fn payment_record_scope(actor: &Actor) -> PaymentRecordScope {
    match actor.role {
        Role::Admin => PaymentRecordScope::All,
        Role::Buyer | Role::Merchandiser => PaymentRecordScope::OwnAndOrders {
            user_id: actor.user_id.clone(),
        },
        Role::Qc => PaymentRecordScope::Nothing,
    }
}

mod tokens;
pub use tokens::*;
mod people;
pub use people::*;
pub mod records;

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(role: Role, org: Option<&str>) -> Actor {
        Actor {
            user_id: "u".into(),
            email: "e".into(),
            display_name: "n".into(),
            locale: None,
            tenant_id: "t".into(),
            tenant_name: "T".into(),
            tenant_slug: "t".into(),
            role,
            customer_org_id: org.map(String::from),
            all_orders: false,
            is_lead: false,
            must_enrol: false,
            must_confirm_email: false,
            session_id: "s".into(),
            reauth_at: None,
            ip: "127.0.0.1".into(),
            api_token: None,
        }
    }

    #[test]
    fn scopes_by_role() {
        assert_eq!(order_scope(&actor(Role::Admin, None)), OrderScope::All);
        assert_eq!(
            order_scope(&actor(Role::Qc, None)),
            OrderScope::Assigned {
                user_id: "u".into()
            }
        );
        assert_eq!(
            order_scope(&actor(Role::Buyer, Some("o"))),
            OrderScope::Customer {
                org_id: "o".into(),
                user_id: "u".into(),
                all_orders: false
            }
        );
        assert_eq!(order_scope(&actor(Role::Buyer, None)), OrderScope::Nothing);
    }

    #[test]
    fn capabilities() {
        let buyer = actor(Role::Buyer, Some("o"));
        let qc = actor(Role::Qc, None);
        let merch = actor(Role::Merchandiser, None);
        let admin = actor(Role::Admin, None);
        assert!(
            !can_edit_order(&buyer) && !can_edit_milestones(&buyer) && !can_see_internal(&buyer)
        );
        assert!(!can_edit_order(&qc) && can_edit_milestones(&qc));
        assert!(
            can_create_orders(&merch) && !can_assign_staff(&merch) && !can_manage_people(&merch)
        );
        assert!(can_manage_people(&admin) && can_assign_staff(&admin) && can_view_audit(&admin));
        assert!(
            can_transition(&qc, "inspection", "ready_to_ship")
                && !can_transition(&qc, "confirmed", "in_production")
        );
        assert!(
            !can_transition(&buyer, "inspection", "ready_to_ship")
                && can_transition(&merch, "draft", "confirmed")
        );
        assert!(
            can_answer_decision(&buyer)
                && !can_answer_decision(&admin)
                && !can_request_decision(&buyer)
        );
        assert!(can_comment(&buyer) && !can_post_updates(&buyer) && can_post_updates(&qc));
        assert!(!sees_drafts(&buyer) && sees_drafts(&qc));
        assert!(can_invite(&admin, Role::Admin, false) && !can_invite(&merch, Role::Buyer, false));
        assert!(can_invite(&merch, Role::Buyer, true) && !can_invite(&merch, Role::Qc, true));
        assert!(
            !can_request_access(&buyer)
                && can_request_access(&Actor {
                    is_lead: true,
                    ..buyer.clone()
                })
        );
        assert!(can_share(&merch) && !can_share(&qc) && !can_share(&buyer));
    }

    #[test]
    fn payment_scopes_by_role() {
        let buyer = actor(Role::Buyer, Some("o"));
        let qc = actor(Role::Qc, None);
        let merch = actor(Role::Merchandiser, None);
        let admin = actor(Role::Admin, None);
        assert_eq!(payment_scope(&admin), PaymentScope::AllCustomers);
        assert_eq!(
            payment_scope(&buyer),
            PaymentScope::OneCustomer {
                org_id: Some("o".into())
            }
        );
        assert_eq!(
            payment_scope(&actor(Role::Buyer, None)),
            PaymentScope::OneCustomer { org_id: None }
        );
        assert_eq!(payment_scope(&merch), PaymentScope::Nothing);
        assert_eq!(payment_scope(&qc), PaymentScope::Nothing);
        assert!(can_acknowledge_payments(&buyer) && !can_acknowledge_payments(&admin));
        assert_eq!(
            record_payments_for(&buyer),
            RecordPaymentsFor::OwnOrganisation(Some("o".into()))
        );
        assert_eq!(
            record_payments_for(&merch),
            RecordPaymentsFor::ChosenCustomer
        );
        assert_eq!(
            record_payments_for(&admin),
            RecordPaymentsFor::ChosenCustomer
        );
        assert_eq!(record_payments_for(&qc), RecordPaymentsFor::Nobody);
        assert_eq!(payment_record_scope(&admin), PaymentRecordScope::All);
        assert_eq!(
            payment_record_scope(&merch),
            PaymentRecordScope::OwnAndOrders {
                user_id: "u".into()
            }
        );
        assert_eq!(payment_record_scope(&qc), PaymentRecordScope::Nothing);
    }

    #[test]
    fn report_scopes_by_role() {
        let buyer = actor(Role::Buyer, Some("o"));
        let all = Actor {
            all_orders: true,
            ..buyer.clone()
        };
        assert_eq!(report_scope(&actor(Role::Admin, None)), ReportScope::All);
        assert!(report_scope(&actor(Role::Admin, None)).sees_org("x"));
        assert_eq!(
            report_scope(&buyer),
            ReportScope::Orders { orgs: Vec::new() }
        );
        assert!(report_scope(&all).sees_org("o") && !report_scope(&all).sees_org("x"));
        assert!(!report_scope(&actor(Role::Merchandiser, None)).sees_org("o"));
    }
}
