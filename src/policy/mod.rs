//! The one place that decides who may do what to which object. Handlers and services ask here;
//! nobody else compares roles or ids. Visibility is expressed as a scope that every order
//! query applies, so an object outside it is simply not found (404), never forbidden.

use serde::Serialize;

use crate::audit::Event;
use crate::ids::{OrgId, TenantId, UserId};

/// Who is making the request, in which tenant: built once per request by the extractor in
/// `auth::actor` after the token, session, user and membership were checked.
#[derive(Debug, Clone, Serialize)]
pub struct Actor {
    pub user_id: UserId,
    pub email: String,
    pub display_name: String,
    pub locale: Option<crate::i18n::Locale>,
    pub tenant_id: TenantId,
    pub tenant_name: String,
    pub tenant_slug: String,
    /// The supplier's brand (`tenants::brand`): its logo's stored key and accent colour.
    #[serde(skip)]
    pub tenant_logo_key: Option<String>,
    #[serde(skip)]
    pub tenant_accent: Option<String>,
    /// The tenant's time zone: pages show times in it.
    #[serde(skip)]
    pub time_zone: chrono_tz::Tz,
    pub role: Role,
    pub customer_org_id: Option<OrgId>,
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

mod roles;
pub use roles::*;
mod rules;
pub use rules::*;
mod scopes;
pub use scopes::*;
mod audience;
pub use audience::*;
mod privilege;
pub use privilege::*;
mod can;
pub use can::*;
mod integrations;
pub use integrations::*;
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
            tenant_logo_key: None,
            tenant_accent: None,
            time_zone: chrono_tz::UTC,
            role,
            customer_org_id: org.map(OrgId::from),
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

    /// `order_scope` (the person's side, a query) and `reason` (the order's side) are one
    /// rule: for every role and standing, a person's scope holds an order exactly when the
    /// order's viewers hold the person.
    #[test]
    fn rules_agree() {
        use crate::orders::OrderStatus;
        let own = OrgId::from("o");
        for &role in Role::ALL {
            for all_orders in [false, true] {
                for own_org in [false, true] {
                    for assigned in [false, true] {
                        for granted in [false, true] {
                            for status in [OrderStatus::Draft, OrderStatus::Confirmed] {
                                let mut a = actor(role, Some("o"));
                                a.all_orders = all_orders;
                                let order_org = OrgId::from(if own_org { "o" } else { "x" });
                                let by_scope = match order_scope(&a) {
                                    OrderScope::All => true,
                                    OrderScope::Assigned { .. } => assigned,
                                    OrderScope::Customer {
                                        org_id, all_orders, ..
                                    } => org_id == order_org && (all_orders || granted),
                                    OrderScope::Granted { .. } => granted,
                                    OrderScope::Nothing => false,
                                } && (sees_drafts(&a)
                                    || status != OrderStatus::Draft);
                                let standing = Standing {
                                    role,
                                    customer_org_id: Some(&own),
                                    all_orders,
                                    assigned,
                                    granted,
                                };
                                assert_eq!(
                                    by_scope,
                                    reason(&standing, &order_org, status).is_some(),
                                    "{role:?} all={all_orders} own={own_org} assigned={assigned} granted={granted} {status}"
                                );
                            }
                        }
                    }
                }
            }
        }
    }

    /// Each role's stored name parses back.
    #[test]
    fn every_role_parses_back() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(*r));
        }
    }

    /// A buyer of organisation "o", a QC inspector, a merchandiser and an admin.
    fn cast() -> [Actor; 4] {
        [
            actor(Role::Buyer, Some("o")),
            actor(Role::Qc, None),
            actor(Role::Merchandiser, None),
            actor(Role::Admin, None),
        ]
    }

    #[test]
    fn capabilities() {
        let [buyer, qc, merch, admin] = cast();
        assert!(
            !can_edit_order(&buyer) && !can_edit_milestones(&buyer) && !can_see_internal(&buyer)
        );
        assert!(!can_edit_order(&qc) && can_edit_milestones(&qc));
        assert!(
            can_create_orders(&merch) && !can_assign_staff(&merch) && !can_manage_people(&merch)
        );
        assert!(can_manage_people(&admin) && can_assign_staff(&admin) && can_view_audit(&admin));
        use crate::orders::OrderStatus::*;
        assert!(
            can_transition(&qc, Inspection, ReadyToShip)
                && !can_transition(&qc, Confirmed, InProduction)
        );
        assert!(
            !can_transition(&buyer, Inspection, ReadyToShip)
                && can_transition(&merch, Draft, Confirmed)
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
        let [buyer, qc, merch, admin] = cast();
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
        assert!(report_scope(&actor(Role::Admin, None)).sees_org(&"x".into()));
        assert_eq!(
            report_scope(&buyer),
            ReportScope::Orders { orgs: Vec::new() }
        );
        assert!(
            report_scope(&all).sees_org(&"o".into()) && !report_scope(&all).sees_org(&"x".into())
        );
        assert!(!report_scope(&actor(Role::Merchandiser, None)).sees_org(&"o".into()));
    }
}
