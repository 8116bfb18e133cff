//! The authorization matrix: every route × every kind of actor, checking the status and that
//! no foreign data is in the body.

use crate::common;
#[path = "authz/table.rs"]
mod matrix_table;

use actix_web::http::{Method, StatusCode};
use actix_web::test::TestRequest;
use common::world::{self, World};
use common::{TestApp, bearer};
use portico::auth::session::SessionKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Anonymous,
    OtherTenantAdmin,
    OtherCustomerBuyer,
    BuyerWithoutGrant,
    QcNotAssigned,
    BuyerWithGrant,
    Merchandiser,
    /// A freight forwarder granted order1: its shipping documents and nothing else.
    Forwarder,
    Admin,
}

use Who::*;
/// Admin last: some of the admin's writes (assignments, removals) would change what the others see.
const EVERYONE: [Who; 9] = [
    Anonymous,
    OtherTenantAdmin,
    OtherCustomerBuyer,
    BuyerWithoutGrant,
    QcNotAssigned,
    BuyerWithGrant,
    Merchandiser,
    Forwarder,
    Admin,
];

const FORWARDER_EMAIL: &str = "ops@freight.test";

/// The forwarder of the matrix: made through the services, granted order1 only.
fn add_forwarder(app: &TestApp, w: &World) {
    let mut conn = app.conn();
    let c = &mut *conn;
    let hash = portico::auth::password::hash(common::PASSWORD).unwrap();
    let user = portico::people::create_user(c, FORWARDER_EMAIL, "Fast Freight", &hash).unwrap();
    let access =
        portico::people::access::parse("forwarder", "", "chosen", &[w.order1.to_string()]).unwrap();
    portico::people::add_membership(c, &w.alpha, &user, access.role, None, false).unwrap();
    portico::people::access::grant_orders(c, &w.alpha, &user, &access).unwrap();
}

fn email(w: &World, who: Who) -> Option<&str> {
    Some(match who {
        Anonymous => return None,
        OtherTenantAdmin => &w.admin_b.email,
        OtherCustomerBuyer => &w.buyer_y.email,
        BuyerWithoutGrant => &w.buyer_nogrant.email,
        QcNotAssigned => &w.qc_a.email,
        BuyerWithGrant => &w.buyer_granted.email,
        Merchandiser => &w.merch_a.email,
        Forwarder => FORWARDER_EMAIL,
        Admin => &w.admin_a.email,
    })
}

/// Actors who must not learn anything about order1 (alpha, customer X).
fn outsider(who: Who) -> bool {
    matches!(
        who,
        OtherTenantAdmin | OtherCustomerBuyer | BuyerWithoutGrant | QcNotAssigned
    )
}

struct Route {
    method: Method,
    path: String,
    form: Vec<(&'static str, String)>,
    expect: fn(Who) -> u16,
    /// What the forwarder (granted order1: its shipping documents only) gets.
    forwarder: u16,
}

const SEE_OTHER: u16 = 303;

fn order_read(who: Who) -> u16 {
    match who {
        Anonymous => SEE_OTHER,
        w if outsider(w) => 404,
        _ => 200,
    }
}

fn order_edit_page(who: Who) -> u16 {
    match who {
        Anonymous => SEE_OTHER,
        w if outsider(w) => 404,
        BuyerWithGrant => 403,
        _ => 200,
    }
}

fn order_write(who: Who) -> u16 {
    match who {
        Anonymous => SEE_OTHER,
        w if outsider(w) => 404,
        BuyerWithGrant => 403,
        _ => SEE_OTHER,
    }
}

fn admin_only_write(who: Who) -> u16 {
    match who {
        Anonymous => SEE_OTHER,
        w if outsider(w) => 404,
        Admin => SEE_OTHER,
        _ => 403,
    }
}

fn routes(w: &World) -> Vec<Route> {
    let o1 = &w.order1;
    let m1 = &w.milestone1;
    let s = |x: &str| x.to_string();
    vec![
        Route {
            forwarder: 200,
            method: Method::GET,
            path: s("/orders"),
            form: vec![],
            expect: |w| if w == Anonymous { SEE_OTHER } else { 200 },
        },
        Route {
            forwarder: 200,
            method: Method::GET,
            path: format!("/orders/{o1}"),
            form: vec![],
            expect: order_read,
        },
        Route {
            forwarder: 403,
            method: Method::GET,
            path: format!("/orders/{o1}/edit"),
            form: vec![],
            expect: order_edit_page,
        },
        Route {
            forwarder: 403,
            method: Method::POST,
            path: format!("/orders/{o1}"),
            form: vec![
                ("reference", s(world::ORDER1_REF)),
                ("title", s("Renamed")),
                ("quantity", s("10")),
                ("status", s("inspection")),
            ],
            expect: order_write,
        },
        Route {
            forwarder: 404,
            method: Method::POST,
            path: format!("/orders/{o1}/milestones"),
            form: vec![("name", s("Sewing")), ("planned_date", s("2026-12-01"))],
            expect: order_write,
        },
        Route {
            forwarder: 404,
            method: Method::POST,
            path: format!("/orders/{o1}/milestones/{m1}"),
            form: vec![("status", s("in_progress")), ("percent", s("30"))],
            expect: order_write,
        },
        Route {
            forwarder: 403,
            method: Method::POST,
            path: format!("/orders/{o1}/staff"),
            form: vec![("user_id", w.qc_a.id.to_string())],
            expect: |w| {
                if w == Merchandiser {
                    403
                } else {
                    admin_only_write(w)
                }
            },
        },
        Route {
            forwarder: 403,
            method: Method::POST,
            path: format!("/orders/{o1}/staff/{}/remove", w.merch_a.id),
            form: vec![],
            expect: |w| {
                if w == Merchandiser {
                    403
                } else {
                    admin_only_write(w)
                }
            },
        },
        Route {
            forwarder: 403,
            method: Method::GET,
            path: s("/orders/new"),
            form: vec![],
            expect: |w| match w {
                Anonymous => SEE_OTHER,
                OtherTenantAdmin | Merchandiser | Admin => 200,
                _ => 403,
            },
        },
        Route {
            forwarder: 403,
            method: Method::POST,
            path: s("/orders"),
            form: vec![
                ("customer_org_id", w.org_x.to_string()),
                ("reference", s("PO-NEW")),
                ("title", s("New")),
                ("quantity", s("5")),
            ],
            expect: |w| match w {
                Anonymous => SEE_OTHER,
                OtherTenantAdmin => 422, // customer X is not theirs: refused as unknown
                Merchandiser => SEE_OTHER,
                Admin => 409, // the merchandiser created PO-NEW already
                _ => 403,
            },
        },
        Route {
            forwarder: 403,
            method: Method::GET,
            path: s("/admin/people"),
            form: vec![],
            expect: admin_page,
        },
        Route {
            forwarder: 403,
            method: Method::GET,
            path: s("/admin/people/new"),
            form: vec![],
            expect: admin_page,
        },
        Route {
            forwarder: 403,
            method: Method::POST,
            path: s("/admin/people"),
            form: vec![
                ("email", s("new.buyer@xylo.test")),
                ("display_name", s("New Buyer")),
                ("role", s("buyer")),
                ("customer_org_id", w.org_x.to_string()),
                ("access", s("all")),
            ],
            expect: |w| match w {
                Anonymous => SEE_OTHER,
                OtherTenantAdmin => 422,
                Admin => 200,
                _ => 403,
            },
        },
        Route {
            forwarder: 403,
            method: Method::POST,
            path: format!("/admin/people/{}/remove", w.buyer_nogrant.id),
            form: vec![],
            expect: |w| match w {
                Anonymous => SEE_OTHER,
                OtherTenantAdmin => 404,
                Admin => SEE_OTHER,
                _ => 403,
            },
        },
        Route {
            forwarder: 403,
            method: Method::POST,
            path: format!("/orders/{o1}/transition"),
            form: vec![("to", s("inspection"))],
            expect: |w| match w {
                Admin => 409, // the merchandiser moved it to inspection already
                w => order_write(w),
            },
        },
        Route {
            forwarder: 404,
            method: Method::POST,
            path: format!("/orders/{o1}/updates"),
            form: vec![("body", s("Sewing started")), ("visibility", s("customer"))],
            expect: order_write,
        },
        Route {
            forwarder: 404,
            method: Method::POST,
            path: format!("/orders/{o1}/comments"),
            form: vec![("body", s("Looks good"))],
            expect: |w| match w {
                Anonymous => SEE_OTHER,
                w if outsider(w) => 404,
                BuyerWithGrant => SEE_OTHER,
                _ => 403,
            },
        },
        Route {
            forwarder: 404,
            method: Method::POST,
            path: format!("/orders/{o1}/decisions"),
            form: vec![
                ("kind", s("option")),
                ("title", s("Choose the button colour")),
            ],
            expect: order_write,
        },
        Route {
            forwarder: 404,
            method: Method::POST,
            path: format!("/orders/{o1}/decisions/{}/answer", w.decision1),
            form: vec![("answer", s("approved"))],
            expect: |w| match w {
                Anonymous => SEE_OTHER,
                w if outsider(w) => 404,
                BuyerWithGrant => SEE_OTHER,
                _ => 403,
            },
        },
        Route {
            forwarder: 404,
            method: Method::POST,
            path: format!("/orders/{o1}/decisions/{}/withdraw", w.decision1),
            form: vec![],
            expect: |w| match w {
                Admin => 409, // withdrawn by the merchandiser already
                w => order_write(w),
            },
        },
        Route {
            forwarder: 200,
            method: Method::GET,
            path: s("/dashboard"),
            form: vec![],
            expect: |w| if w == Anonymous { SEE_OTHER } else { 200 },
        },
        Route {
            forwarder: 200,
            method: Method::GET,
            path: s("/more"),
            form: vec![],
            expect: |w| if w == Anonymous { SEE_OTHER } else { 200 },
        },
        Route {
            forwarder: 403,
            method: Method::GET,
            path: format!("/orders/{o1}/access"),
            form: vec![],
            expect: |w| match w {
                Anonymous => SEE_OTHER,
                w if outsider(w) => 404,
                BuyerWithGrant => 403,
                _ => 200,
            },
        },
        Route {
            forwarder: 403,
            method: Method::POST,
            path: format!("/orders/{o1}/share"),
            form: vec![
                ("label", s("Forwarder")),
                ("expires_on", chrono::Utc::now().date_naive().to_string()),
            ],
            expect: |w| match w {
                Anonymous => SEE_OTHER,
                w if outsider(w) => 404,
                BuyerWithGrant => 403,
                _ => 200,
            },
        },
        Route {
            forwarder: 403,
            method: Method::GET,
            path: format!("/api/v1/orders/{o1}/share-links"),
            form: vec![],
            expect: |w| match w {
                Anonymous => 401,
                w if outsider(w) => 404,
                BuyerWithGrant => 403,
                _ => 200,
            },
        },
        Route {
            forwarder: 403,
            method: Method::GET,
            path: format!("/api/v1/orders/{o1}/access"),
            form: vec![],
            expect: |w| match w {
                Anonymous => 401,
                w if outsider(w) => 404,
                BuyerWithGrant => 403,
                _ => 200,
            },
        },
        Route {
            forwarder: 403,
            method: Method::GET,
            path: format!("/admin/people/{}/access", w.buyer_granted.id),
            form: vec![],
            expect: |w| match w {
                Anonymous => SEE_OTHER,
                OtherTenantAdmin => 404,
                Admin => 200,
                _ => 403,
            },
        },
        Route {
            forwarder: 403,
            method: Method::GET,
            path: s("/admin/invitations/new"),
            form: vec![],
            expect: |w| match w {
                Anonymous => SEE_OTHER,
                OtherTenantAdmin | Merchandiser | Admin => 200,
                _ => 403,
            },
        },
        Route {
            forwarder: 403,
            method: Method::GET,
            path: s("/access-requests"),
            form: vec![],
            expect: |w| if w == Anonymous { SEE_OTHER } else { 403 },
        },
        Route {
            forwarder: 403,
            method: Method::GET,
            path: s("/api/v1/people"),
            form: vec![],
            expect: |w| match w {
                Anonymous => 401,
                OtherTenantAdmin | Admin => 200,
                _ => 403,
            },
        },
        Route {
            forwarder: 200,
            method: Method::GET,
            path: s("/orders/export.csv"),
            form: vec![],
            expect: |w| if w == Anonymous { SEE_OTHER } else { 200 },
        },
        Route {
            forwarder: 403,
            method: Method::GET,
            path: s("/admin/templates"),
            form: vec![],
            expect: admin_page,
        },
        Route {
            forwarder: 403,
            method: Method::POST,
            path: s("/admin/templates"),
            form: vec![("name", s("Shoes")), ("steps", s("Lasting | 10"))],
            expect: |w| match w {
                Anonymous => SEE_OTHER,
                OtherTenantAdmin | Admin => SEE_OTHER,
                _ => 403,
            },
        },
        Route {
            forwarder: 404,
            method: Method::GET,
            path: format!("/api/v1/orders/{o1}/timeline"),
            form: vec![],
            expect: api_order_read,
        },
        Route {
            // Decisions are part of the order's progress, which a forwarder does not see:
            // 404 as for the timeline (an empty list would say the order has none).
            forwarder: 404,
            method: Method::GET,
            path: format!("/api/v1/orders/{o1}/decisions"),
            form: vec![],
            expect: api_order_read,
        },
        Route {
            forwarder: 200,
            method: Method::GET,
            path: s("/api/v1/decisions"),
            form: vec![],
            expect: |w| if w == Anonymous { 401 } else { 200 },
        },
        Route {
            forwarder: 200,
            method: Method::GET,
            path: s("/api/v1/dashboard"),
            form: vec![],
            expect: |w| if w == Anonymous { 401 } else { 200 },
        },
        Route {
            forwarder: 403,
            method: Method::GET,
            path: s("/api/v1/milestone-templates"),
            form: vec![],
            expect: |w| match w {
                Anonymous => 401,
                OtherTenantAdmin | Merchandiser | Admin => 200,
                _ => 403,
            },
        },
        Route {
            forwarder: 403,
            method: Method::GET,
            path: s("/admin/customers"),
            form: vec![],
            expect: admin_page,
        },
        Route {
            forwarder: 403,
            method: Method::POST,
            path: s("/admin/customers"),
            form: vec![("name", s("Zeta Trading"))],
            expect: |w| match w {
                Anonymous => SEE_OTHER,
                OtherTenantAdmin | Admin => SEE_OTHER,
                _ => 403,
            },
        },
        Route {
            forwarder: 403,
            method: Method::GET,
            path: s("/admin/audit"),
            form: vec![],
            expect: admin_page,
        },
        Route {
            forwarder: 200,
            method: Method::GET,
            path: s("/tenants"),
            form: vec![],
            expect: |w| if w == Anonymous { SEE_OTHER } else { 200 },
        },
        Route {
            forwarder: 303,
            method: Method::POST,
            path: s("/tenants/switch"),
            form: vec![("tenant_id", w.alpha.to_string())],
            expect: |w| match w {
                Anonymous => SEE_OTHER,
                OtherTenantAdmin => 404,
                _ => SEE_OTHER,
            },
        },
        Route {
            forwarder: 200,
            method: Method::GET,
            path: s("/api/v1/me"),
            form: vec![],
            expect: |w| if w == Anonymous { 401 } else { 200 },
        },
        Route {
            forwarder: 200,
            method: Method::GET,
            path: s("/api/v1/orders"),
            form: vec![],
            expect: |w| if w == Anonymous { 401 } else { 200 },
        },
        Route {
            forwarder: 200,
            method: Method::GET,
            path: format!("/api/v1/orders/{o1}"),
            form: vec![],
            expect: |w| match w {
                Anonymous => 401,
                w if outsider(w) => 404,
                _ => 200,
            },
        },
        Route {
            forwarder: 404,
            method: Method::GET,
            path: s("/api/v1/orders/not-a-uuid"),
            form: vec![],
            expect: |w| if w == Anonymous { 401 } else { 404 },
        },
        Route {
            forwarder: 403,
            method: Method::GET,
            path: s("/admin/security"),
            form: vec![],
            expect: admin_page,
        },
        Route {
            forwarder: 200,
            method: Method::GET,
            path: s("/payments"),
            form: vec![],
            expect: |w| if w == Anonymous { SEE_OTHER } else { 200 },
        },
        Route {
            forwarder: 403,
            method: Method::POST,
            path: s("/payments"),
            form: vec![
                ("beneficiary", s("Alpha Garments Co., Ltd.")),
                ("bank_name", s("Bank of China")),
                ("swift_bic", s("BKCHCNBJ92A")),
                ("account", s("DE44 5001 0517 5407 3249 31")),
                ("currency", s("USD")),
            ],
            // Each admin proposes for their own tenant; nobody else may.
            expect: |w| match w {
                Anonymous => SEE_OTHER,
                Admin | OtherTenantAdmin => SEE_OTHER,
                _ => 403,
            },
        },
        Route {
            forwarder: 403,
            method: Method::GET,
            path: s("/admin/fraud-signals"),
            form: vec![],
            expect: admin_page,
        },
        Route {
            forwarder: 200,
            method: Method::GET,
            path: s("/verify"),
            form: vec![],
            expect: |_| 200,
        },
        Route {
            forwarder: 403,
            method: Method::GET,
            path: s("/admin/jobs"),
            form: vec![],
            expect: admin_page,
        },
        Route {
            forwarder: 200,
            method: Method::GET,
            path: s("/notifications"),
            form: vec![],
            expect: |w| if w == Anonymous { SEE_OTHER } else { 200 },
        },
        Route {
            forwarder: 200,
            method: Method::GET,
            path: s("/account/notifications"),
            form: vec![],
            expect: |w| if w == Anonymous { SEE_OTHER } else { 200 },
        },
        Route {
            forwarder: 200,
            method: Method::GET,
            path: s("/reports"),
            form: vec![],
            expect: |w| if w == Anonymous { SEE_OTHER } else { 200 },
        },
        Route {
            forwarder: 404,
            method: Method::GET,
            path: format!("/orders/{o1}/reports"),
            form: vec![],
            expect: order_read,
        },
        Route {
            forwarder: 403,
            method: Method::POST,
            path: format!("/orders/{o1}/reports"),
            form: vec![],
            expect: |w| match w {
                Anonymous => SEE_OTHER,
                w if outsider(w) => 404,
                _ => SEE_OTHER,
            },
        },
        Route {
            forwarder: 403,
            method: Method::POST,
            path: s("/reports"),
            form: vec![("customer_org_id", w.org_x.to_string())],
            expect: |w| match w {
                Anonymous => SEE_OTHER,
                Admin => SEE_OTHER,
                OtherTenantAdmin => 404,
                _ => 403,
            },
        },
        Route {
            forwarder: 404,
            method: Method::GET,
            path: format!("/reports/{}/pdf", w.report1),
            form: vec![],
            // Still being made: a conflict for those who may see it.
            expect: |w| match w {
                Anonymous => SEE_OTHER,
                w if outsider(w) => 404,
                _ => 409,
            },
        },
        Route {
            forwarder: 404,
            method: Method::GET,
            path: format!("/api/v1/reports/{}", w.report1),
            form: vec![],
            expect: api_order_read,
        },
        Route {
            forwarder: 200,
            method: Method::GET,
            path: format!("/orders/{o1}/files"),
            form: vec![],
            expect: order_read,
        },
        Route {
            forwarder: 404,
            method: Method::GET,
            path: format!("/files/{}", w.photo1),
            form: vec![],
            expect: order_read,
        },
        Route {
            forwarder: 404,
            method: Method::GET,
            path: format!("/files/{}/content", w.photo1),
            form: vec![],
            expect: order_read,
        },
        Route {
            forwarder: 404,
            method: Method::GET,
            path: format!("/files/{}/thumb", w.photo1),
            form: vec![],
            expect: order_read,
        },
        Route {
            forwarder: 404,
            method: Method::GET,
            path: format!("/files/{}", w.internal_doc1),
            form: vec![],
            expect: staff_file_read,
        },
        Route {
            forwarder: 404,
            method: Method::GET,
            path: format!("/files/{}/content", w.internal_doc1),
            form: vec![],
            expect: staff_file_read,
        },
        Route {
            forwarder: 200,
            method: Method::GET,
            path: format!("/api/v1/orders/{o1}/files"),
            form: vec![],
            expect: api_order_read,
        },
        Route {
            forwarder: 404,
            method: Method::GET,
            path: format!("/api/v1/files/{}", w.photo1),
            form: vec![],
            expect: api_order_read,
        },
        Route {
            forwarder: 404,
            method: Method::GET,
            path: format!("/api/v1/files/{}/content", w.internal_doc1),
            form: vec![],
            expect: |w| match w {
                Anonymous => 401,
                w if outsider(w) => 404,
                BuyerWithGrant => 404,
                _ => 200,
            },
        },
        Route {
            forwarder: 404,
            method: Method::GET,
            path: format!("/orders/{}", w.order_b),
            form: vec![],
            expect: |w| match w {
                Anonymous => SEE_OTHER,
                OtherTenantAdmin => 200,
                _ => 404,
            },
        },
    ]
}

/// Internal files: the buyer who sees the order does not see them (404, as if absent).
fn staff_file_read(who: Who) -> u16 {
    match who {
        Anonymous => SEE_OTHER,
        w if outsider(w) => 404,
        BuyerWithGrant => 404,
        _ => 200,
    }
}

fn api_order_read(who: Who) -> u16 {
    match who {
        Anonymous => 401,
        w if outsider(w) => 404,
        _ => 200,
    }
}

fn admin_page(who: Who) -> u16 {
    match who {
        Anonymous => SEE_OTHER,
        OtherTenantAdmin | Admin => 200,
        _ => 403,
    }
}

/// Strings that must never reach an actor: alpha's data for the beta admin, order1 for
/// everyone outside it, and other customers' orders for buyers.
fn forbidden_strings(w: &World, who: Who) -> Vec<String> {
    let mut v = Vec::new();
    if outsider(who) || who == Anonymous {
        v.push(world::ORDER1_REF.to_string());
        v.push("Approve the PP sample".to_string());
        v.push(w.order1.to_string());
    }
    match who {
        OtherTenantAdmin | Anonymous => {
            v.extend(
                [
                    world::ORDER2_REF,
                    world::ORDER3_REF,
                    world::ORG_X_NAME,
                    world::ALPHA_NAME,
                ]
                .map(String::from),
            );
            v.push(w.admin_a.email.clone());
        }
        OtherCustomerBuyer => {
            v.extend([world::ORDER3_REF, world::ORG_X_NAME, world::ORDER_B_REF].map(String::from))
        }
        BuyerWithoutGrant | BuyerWithGrant => {
            v.extend([world::ORDER2_REF, world::ORDER3_REF, world::ORDER_B_REF].map(String::from))
        }
        QcNotAssigned => {
            v.extend([world::ORDER2_REF, world::ORDER3_REF, world::ORDER_B_REF].map(String::from))
        }
        Merchandiser => v.push(world::ORDER_B_REF.to_string()),
        Forwarder => {
            v.extend(
                [
                    world::ORDER2_REF,
                    world::ORDER3_REF,
                    world::ORDER_B_REF,
                    "Approve the PP sample",
                    world::PHOTO_NAME,
                    world::INTERNAL_DOC_NAME,
                ]
                .map(String::from),
            );
            v.extend([
                w.photo1.clone(),
                w.internal_doc1.clone(),
                w.merch_a.email.clone(),
            ]);
        }
        Admin => v.push(world::ORDER_B_REF.to_string()),
    }
    if outsider(who) || who == Anonymous {
        v.push(world::PHOTO_NAME.to_string());
        v.push(w.photo1.clone());
    }
    if matches!(who, OtherCustomerBuyer | BuyerWithoutGrant | BuyerWithGrant) || outsider(who) {
        v.push(world::INTERNAL_DOC_NAME.to_string());
        v.push(w.internal_doc1.clone());
    }
    if matches!(who, OtherCustomerBuyer | BuyerWithoutGrant | BuyerWithGrant) {
        // Buyers never see staff assignments or the audit trail.
        v.push(w.merch_a.email.clone());
    }
    v
}

/// One request of the matrix and the status each actor (in `EVERYONE`'s order) must get.
struct Check {
    method: Method,
    path: String,
    form: Vec<(&'static str, String)>,
    /// A JSON body instead of the form (the API's writes parse it before they authorize).
    json: Option<serde_json::Value>,
    expected: [u16; 9],
    /// The row of `matrix_table::TABLE` this check is from (for `PORTICO_AUTHZ_DISCOVER`).
    row: Option<usize>,
}

/// Objects of tenant alpha the world does not have, made through the API as their makers
/// would, so that the rows about them reach a real object.
#[derive(Clone)]
pub struct Fixtures {
    /// Bank details proposed by the admin (waiting for a second admin).
    pub instruction: String,
    pub api_token: String,
    pub invitation: String,
    /// A share link of order1 made by the merchandiser, and its token.
    pub share_link: String,
    pub share_token: String,
    /// A notification of the buyer with a grant.
    pub notification: String,
    /// A job of tenant alpha.
    pub job: String,
}

impl Fixtures {
    async fn make(app: &TestApp, w: &World) -> Fixtures {
        use diesel::prelude::*;
        use portico::db::schema::{jobs, notifications};
        let admin = world::issue(app, &w.admin_a.email, SessionKind::Api).access_token;
        let merch = world::issue(app, &w.merch_a.email, SessionKind::Api).access_token;
        let post = |token: &str, uri: &str, body: serde_json::Value| {
            TestRequest::post()
                .uri(uri)
                .insert_header(bearer(token))
                .set_json(body)
        };
        let id_of = |r: common::Resp| -> String {
            assert!(r.status.is_success(), "{}", r.body);
            r.json()["id"].as_str().unwrap_or_default().to_string()
        };
        let proposed = app.send(post(&admin, "/api/v1/payment-instructions", serde_json::json!({"customer_org_id": w.org_y, "beneficiary": "Alpha Ltd", "bank_name": "Bank of China", "swift_bic": "BKCHCNBJ", "account": "6222021234567890123", "currency": "USD"}))).await;
        assert!(proposed.status.is_success(), "{}", proposed.body);
        let instruction = proposed.json()["instruction"]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        // A decision tells the buyer (a notification); a report request queues a job.
        id_of(app.send(post(&merch, &format!("/api/v1/orders/{}/decisions", w.order1), serde_json::json!({"kind": "shipment_approval", "title": "Fixture decision", "description": ""}))).await);
        let report = app
            .send(post(
                &merch,
                "/api/v1/reports",
                serde_json::json!({"order_id": w.order1}),
            ))
            .await;
        assert!(report.status.is_success(), "{}", report.body);
        let token = app
            .send(post(
                &admin,
                "/api/v1/api-tokens",
                serde_json::json!({"name": "matrix", "scopes": ["orders:read"]}),
            ))
            .await;
        let api_token = token.json()["token"]["id"]
            .as_str()
            .or(token.json()["id"].as_str())
            .unwrap_or_default()
            .to_string();
        let invitation = app
            .send(post(&admin, "/api/v1/invitations", serde_json::json!({"email": "fixture@example.test", "display_name": "Fixture", "role": "buyer", "customer_org_id": w.org_x, "access": "all"})))
            .await;
        let invitation = invitation.json()["invitation"]["id"]
            .as_str()
            .or(invitation.json()["id"].as_str())
            .unwrap_or_default()
            .to_string();
        let day = (portico::ids::today() + chrono::Duration::days(3)).to_string();
        let link = app
            .send(post(
                &merch,
                &format!("/api/v1/orders/{}/share-links", w.order1),
                serde_json::json!({"label": "Forwarder", "expires_on": day}),
            ))
            .await;
        let share_link = link.json()["link"]["id"]
            .as_str()
            .or(link.json()["id"].as_str())
            .unwrap_or_default()
            .to_string();
        let share_token = link.json()["token"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let notification = notifications::table
            .filter(notifications::user_id.eq(&w.buyer_granted.id))
            .select(notifications::id)
            .first(&mut *app.conn())
            .unwrap_or_default();
        let job = jobs::table
            .filter(jobs::tenant_id.eq(&w.alpha))
            .select(jobs::id)
            .first(&mut *app.conn())
            .unwrap_or_default();
        Fixtures {
            instruction,
            api_token,
            invitation,
            share_link,
            share_token,
            notification,
            job,
        }
    }
}

/// Every row: the hand-written ones (with forms that succeed) and the table of the others.
fn checks(w: &World, f: &Fixtures) -> Vec<Check> {
    let mut out: Vec<Check> = routes(w)
        .into_iter()
        .map(|r| Check {
            expected: EVERYONE.map(|who| match who {
                Forwarder => r.forwarder,
                _ => (r.expect)(who),
            }),
            method: r.method,
            path: r.path,
            form: r.form,
            json: None,
            row: None,
        })
        .collect();
    out.extend(matrix_table::checks(w, f));
    out
}

/// The route of the route list a concrete request is for.
fn pattern_of(method: &Method, path: &str) -> Option<&'static str> {
    let segs: Vec<&str> = path.split('?').next()?.split('/').collect();
    portico::web::routes::ROUTES
        .iter()
        .filter(|r| r.method.as_str() == method.as_str())
        .find(|r| {
            let pat: Vec<&str> = r.path.split('/').collect();
            if pat.last().is_some_and(|l| l.ends_with(":.*}")) {
                return segs.len() >= pat.len() && pat[..pat.len() - 1] == segs[..pat.len() - 1];
            }
            pat.len() == segs.len()
                && pat
                    .iter()
                    .zip(&segs)
                    .all(|(p, s)| match p.strip_prefix('{') {
                        Some(var) => match var.trim_end_matches('}').split_once(':') {
                            Some((_, alts)) => alts.split('|').any(|a| a == *s),
                            None => !s.is_empty(),
                        },
                        None => p == s,
                    })
        })
        .map(|r| r.path)
}

/// Routes anyone may call, with nothing to authorize: no matrix row. (A supplier's logo and
/// accent are its letterhead: the sign-in page shows them before anyone is signed in.)
const PUBLIC: [(&str, &str); 19] = [
    ("GET", "/brand/{tenant}/logo"),
    ("GET", "/brand/{tenant}/theme.css"),
    ("GET", "/healthz"),
    ("GET", "/readyz"),
    ("GET", "/static/{file:.*}"),
    ("GET", "/favicon.ico"),
    ("GET", "/"),
    ("GET", "/signin"),
    ("POST", "/signin"),
    ("POST", "/signout"),
    ("POST", "/language"),
    ("GET", "/password/forgot"),
    ("POST", "/password/forgot"),
    ("GET", "/signin/phrase"),
    ("POST", "/verify"),
    ("POST", "/api/v1/verify"),
    ("GET", "/api/v1/signing-key"),
    ("GET", "/api/v1/openapi.json"),
    ("POST", "/api/v1/auth/token"),
];

#[actix_web::test]
async fn the_matrix_has_a_row_for_every_route() {
    let app = TestApp::new(common::Backend::Sqlite).await.unwrap();
    let w = World::build(&app);
    add_forwarder(&app, &w);
    let f = Fixtures::make(&app, &w).await;
    let mut covered = std::collections::BTreeSet::new();
    let mut stray = Vec::new();
    for c in checks(&w, &f) {
        match pattern_of(&c.method, &c.path) {
            Some(p) => {
                covered.insert((c.method.as_str().to_string(), p));
            }
            None => stray.push(format!("{} {}", c.method, c.path)),
        }
    }
    assert!(stray.is_empty(), "rows for no route: {stray:?}");
    let public: std::collections::BTreeSet<(String, &str)> =
        PUBLIC.iter().map(|(m, p)| (m.to_string(), *p)).collect();
    let missing: Vec<String> = portico::web::routes::ROUTES
        .iter()
        .filter(|r| {
            let k = (r.method.as_str().to_string(), r.path);
            !covered.contains(&k) && !public.contains(&k)
        })
        .map(|r| format!("{} {}", r.method.as_str(), r.path))
        .collect();
    assert!(
        missing.is_empty(),
        "routes without a matrix row: {missing:#?}"
    );
    println!(
        "authorization matrix: {} of {} routes have rows, {} are public",
        covered.len(),
        portico::web::routes::ROUTES.len(),
        public.len()
    );
    assert_eq!(
        covered.len() + public.len(),
        portico::web::routes::ROUTES.len()
    );
}

/// A client per actor (in `EVERYONE`'s order), signed in once: a session per request would
/// meet the sign-in limits.
async fn clients<'a>(app: &'a TestApp, w: &World) -> Vec<common::Client<'a>> {
    let mut out = Vec::new();
    for who in EVERYONE {
        let mut client = match email(w, who) {
            Some(e) => world::browser(app, e),
            None => app.client(),
        };
        if who == Anonymous {
            client.get("/signin").await; // a real visitor has the CSRF cookie
        }
        out.push(client);
    }
    out
}

async fn run(
    clients: &mut [common::Client<'_>],
    w: &World,
    c: &Check,
    failures: &mut Vec<String>,
    found: &mut Vec<String>,
) {
    let mut got = Vec::new();
    for (i, who) in EVERYONE.into_iter().enumerate() {
        let form: Vec<(&str, &str)> = c.form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let body = matches!(c.method, Method::POST | Method::PUT).then_some(&form[..]);
        let r = match &c.json {
            Some(json) => {
                let req = TestRequest::default()
                    .method(c.method.clone())
                    .uri(&c.path)
                    .insert_header(("x-csrf-token", clients[i].csrf()))
                    .set_json(json);
                clients[i].send(req).await
            }
            None => clients[i].request(c.method.clone(), &c.path, body).await,
        };
        got.push(r.status.as_u16().to_string());
        let expected = c.expected[i];
        if r.status.as_u16() != expected {
            failures.push(format!(
                "{} {} as {who:?}: expected {expected}, got {} {}",
                c.method,
                c.path,
                r.status,
                &r.body.chars().take(200).collect::<String>()
            ));
        }
        // A share link shows its order to whoever holds it: that is what it is for.
        let holder = c.path.starts_with("/s/");
        for s in forbidden_strings(w, who) {
            if !holder && r.body.contains(&s) {
                failures.push(format!(
                    "{} {} as {who:?}: body contains {s:?}",
                    c.method, c.path
                ));
            }
        }
    }
    found.push(format!(
        "{} {} => {}{}",
        c.method,
        c.path,
        got.join(" "),
        c.row.map(|r| format!(" [row {r}]")).unwrap_or_default()
    ));
}

on_both_backends!(matrix_over_every_route, |app: TestApp| async move {
    let mut failures = Vec::new();
    let mut found = Vec::new();
    // Reads share one world; each write gets a fresh database, so that the admin's writes
    // (assignments, removals) do not change what the actors of the next row see.
    let w = World::build(&app);
    add_forwarder(&app, &w);
    let f = Fixtures::make(&app, &w).await;
    let all = checks(&w, &f);
    let mut shared = clients(&app, &w).await;
    for c in all
        .iter()
        .filter(|c| matches!(c.method, Method::GET | Method::HEAD))
    {
        run(&mut shared, &w, c, &mut failures, &mut found).await;
    }
    for (i, c) in all.iter().enumerate() {
        if matches!(c.method, Method::GET | Method::HEAD) {
            continue;
        }
        let app = TestApp::new(app.backend).await.unwrap();
        let w = World::build(&app);
        add_forwarder(&app, &w);
        let f = Fixtures::make(&app, &w).await;
        let c = checks(&w, &f).remove(i);
        let mut fresh = clients(&app, &w).await;
        run(&mut fresh, &w, &c, &mut failures, &mut found).await;
    }
    if std::env::var("PORTICO_AUTHZ_DISCOVER").is_ok() {
        println!("{}", found.join("\n"));
    }
    assert!(
        failures.is_empty(),
        "{} authorization failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
});

on_both_backends!(api_matrix_with_bearer_tokens, |app: TestApp| async move {
    let w = World::build(&app);
    add_forwarder(&app, &w);
    for who in EVERYONE {
        let token = email(&w, who).map(|e| world::issue(&app, e, SessionKind::Api).access_token);
        let get = |path: String| {
            let mut req = TestRequest::get().uri(&path);
            if let Some(t) = &token {
                req = req.insert_header(bearer(t));
            }
            req
        };
        let list = app.send(get("/api/v1/orders".into())).await;
        let detail = app.send(get(format!("/api/v1/orders/{}", w.order1))).await;
        if who == Anonymous {
            assert_eq!(list.status, StatusCode::UNAUTHORIZED);
            assert_eq!(list.json()["code"], "unauthenticated");
            continue;
        }
        assert_eq!(list.status, StatusCode::OK, "{who:?}");
        let refs: Vec<String> = list.json()["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["reference"].as_str().unwrap().to_string())
            .collect();
        let expected: Vec<&str> = match who {
            OtherTenantAdmin => vec![world::ORDER_B_REF],
            OtherCustomerBuyer => vec![world::ORDER2_REF],
            BuyerWithoutGrant | QcNotAssigned => vec![],
            BuyerWithGrant | Merchandiser | Forwarder => vec![world::ORDER1_REF],
            // The merchandiser created API-Merchandiser just before (assigned to them, so theirs too).
            Admin => vec![
                "API-Merchandiser",
                world::ORDER3_REF,
                world::ORDER2_REF,
                world::ORDER1_REF,
            ],
            Anonymous => unreachable!(),
        };
        assert_eq!(
            refs, expected,
            "{who:?} sees exactly their orders, newest first"
        );
        let want = if outsider(who) { 404 } else { 200 };
        assert_eq!(detail.status.as_u16(), want, "{who:?}");
        if want == 404 {
            assert_eq!(detail.json()["code"], "not_found");
            assert!(!detail.body.contains(world::ORDER1_REF));
        } else {
            let staff = detail.json()["staff"].as_array().unwrap().len();
            assert_eq!(
                staff > 0,
                !matches!(who, BuyerWithGrant | Forwarder),
                "{who:?}: staff list is internal"
            );
        }
        // Creating through the API follows the same policy.
        let create = app
            .send(
                TestRequest::post()
                    .uri("/api/v1/orders")
                    .insert_header(bearer(token.as_ref().unwrap()))
                    .set_json(serde_json::json!({"customer_org_id": w.org_y, "reference": format!("API-{who:?}"), "title": "x", "quantity": 1})),
            )
            .await;
        let want = match who {
            Merchandiser | Admin => 201,
            OtherTenantAdmin => 422,
            _ => 403,
        };
        assert_eq!(create.status.as_u16(), want, "{who:?} {}", create.body);
    }
});
