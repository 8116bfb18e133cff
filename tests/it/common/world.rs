//! Fixtures: two tenants with every kind of person, built directly through the domain layer
//! (with one precomputed password hash, so building a world costs no argon2 work).

use std::sync::OnceLock;

use diesel::prelude::*;
use portico::auth::session::{self, Client as SessionClient, Issued, SessionKind};
use portico::files::FileKind;
use portico::ids::{FileId, OrderId, OrgId, TenantId, UserId};
use portico::people::{self, Role};
use portico::timeline::Visibility;

use super::{PASSWORD, TestApp};

fn password_hash() -> &'static str {
    static H: OnceLock<String> = OnceLock::new();
    H.get_or_init(|| portico::auth::password::hash(PASSWORD).unwrap())
}

#[derive(Debug, Clone)]
pub struct Person {
    pub id: UserId,
    pub email: String,
}

/// Tenant "alpha" has customers X and Y; tenant "beta" is another supplier.
/// - order1 (X): merchandiser assigned, granted to `buyer_granted`
/// - order2 (Y): seen by `buyer_y` (all orders of Y)
/// - order3 (X): not granted to anyone
/// - order_b (beta)
#[derive(Debug, Clone)]
pub struct World {
    pub alpha: TenantId,
    pub beta: TenantId,
    pub org_x: OrgId,
    pub org_y: OrgId,
    pub org_b: OrgId,
    pub admin_a: Person,
    pub merch_a: Person,
    pub qc_a: Person,
    pub buyer_granted: Person,
    pub buyer_nogrant: Person,
    pub buyer_y: Person,
    pub admin_b: Person,
    pub order1: OrderId,
    pub order2: OrderId,
    pub order3: OrderId,
    pub order_b: OrderId,
    pub milestone1: String,
    /// A customer-visible photo of order1 (with a thumbnail) and an internal document.
    pub photo1: String,
    pub internal_doc1: String,
    /// An open decision on order1, asked by the merchandiser.
    pub decision1: String,
    /// A progress report of order1 still being made (with files only; no job queued).
    pub report1: String,
}

pub const ORDER1_REF: &str = "PO-ALPHA-X-0001";
pub const ORDER2_REF: &str = "PO-ALPHA-Y-0002";
pub const ORDER3_REF: &str = "PO-ALPHA-X-0003";
pub const ORDER_B_REF: &str = "PO-BETA-0004";
pub const ORG_X_NAME: &str = "Xylo Imports Ltd";
pub const ALPHA_NAME: &str = "Alpha Garments";

fn person(
    conn: &mut portico::db::DbConn,
    tenant: &TenantId,
    email: &str,
    role: Role,
    org: Option<&OrgId>,
    all: bool,
) -> Person {
    let id = match people::find_user_by_email(conn, email).unwrap() {
        Some(u) => u.id,
        None => people::create_user(
            conn,
            email,
            email.split('@').next().unwrap(),
            password_hash(),
        )
        .unwrap(),
    };
    people::add_membership(conn, tenant, &id, role, org, all).unwrap();
    diesel::update(portico::db::schema::users::table.find(&id))
        .set(portico::db::schema::users::email_verified_at.eq(Some(portico::ids::now())))
        .execute(conn)
        .unwrap();
    Person {
        id,
        email: email.to_string(),
    }
}

fn org(conn: &mut portico::db::DbConn, tenant: &TenantId, name: &str) -> OrgId {
    people::insert_customer_org(conn, tenant, name).unwrap()
}

fn order(
    conn: &mut portico::db::DbConn,
    tenant: &TenantId,
    org: &OrgId,
    reference: &str,
) -> OrderId {
    portico::orders::insert(
        conn,
        &portico::orders::NewOrder {
            tenant_id: tenant,
            customer_org_id: org,
            reference,
            title: &format!("Title of {reference}"),
            product: "Cotton shirts",
            quantity: 1000,
            status: portico::orders::OrderStatus::InProduction,
            ex_factory_date: None,
            etd_date: None,
        },
    )
    .unwrap()
}

impl World {
    pub fn build(app: &TestApp) -> World {
        Self::build_with(app, true)
    }

    /// The same world without stored files (for suites that run on S3 too).
    pub fn build_without_files(app: &TestApp) -> World {
        Self::build_with(app, false)
    }

    fn build_with(app: &TestApp, with_files: bool) -> World {
        let mut conn = app.conn();
        let c = &mut *conn;
        let alpha = portico::tenants::create(c, ALPHA_NAME, "alpha", portico::i18n::Locale::En)
            .unwrap()
            .id;
        let beta = portico::tenants::create(c, "Beta Knitwear", "beta", portico::i18n::Locale::En)
            .unwrap()
            .id;
        let org_x = org(c, &alpha, ORG_X_NAME);
        let org_y = org(c, &alpha, "Yonder Retail GmbH");
        let org_b = org(c, &beta, "Beta Customer Co");
        let admin_a = person(c, &alpha, "admin@alpha.test", Role::Admin, None, true);
        let merch_a = person(
            c,
            &alpha,
            "merch@alpha.test",
            Role::Merchandiser,
            None,
            true,
        );
        let qc_a = person(c, &alpha, "qc@alpha.test", Role::Qc, None, true);
        let buyer_granted = person(
            c,
            &alpha,
            "granted@xylo.test",
            Role::Buyer,
            Some(&org_x),
            false,
        );
        let buyer_nogrant = person(
            c,
            &alpha,
            "nogrant@xylo.test",
            Role::Buyer,
            Some(&org_x),
            false,
        );
        let buyer_y = person(
            c,
            &alpha,
            "buyer@yonder.test",
            Role::Buyer,
            Some(&org_y),
            true,
        );
        let admin_b = person(c, &beta, "admin@beta.test", Role::Admin, None, true);
        let order1 = order(c, &alpha, &org_x, ORDER1_REF);
        let order2 = order(c, &alpha, &org_y, ORDER2_REF);
        let order3 = order(c, &alpha, &org_x, ORDER3_REF);
        let order_b = order(c, &beta, &org_b, ORDER_B_REF);
        let milestone1 = portico::orders::milestones::insert(
            c,
            &portico::orders::milestones::NewMilestone {
                tenant_id: &alpha,
                order_id: &order1,
                position: 1,
                name: "Cutting",
                planned: None,
                actual: None,
                status: portico::orders::milestones::MilestoneStatus::Pending,
                percent: 0,
                owner_user_id: None,
            },
        )
        .unwrap();
        portico::orders::assign_row(c, &alpha, &order1, &merch_a.id).unwrap();
        let grant =
            portico::people::access::parse("buyer", &org_x, "chosen", &[order1.to_string()])
                .unwrap();
        portico::people::access::grant_orders(c, &alpha, &buyer_granted.id, &grant).unwrap();
        let decision1 = portico::decisions::insert(
            c,
            &portico::decisions::NewDecision {
                tenant_id: &alpha,
                order_id: &order1,
                kind: portico::decisions::DecisionKind::SampleApproval,
                title: "Approve the PP sample",
                description: "Colour as lab dip 3",
                due_date: None,
                requested_by: &merch_a.id,
            },
        )
        .unwrap();
        let report1 = if with_files {
            let today = portico::ids::today();
            portico::reports::insert_row(
                c,
                &portico::reports::NewReport {
                    tenant_id: &alpha,
                    order_id: Some(&order1),
                    org_id: None,
                    period: (today - chrono::Duration::days(7), today),
                    trigger: "on_demand",
                    by: None,
                    language: portico::i18n::Locale::En,
                },
            )
            .unwrap()
        } else {
            String::new()
        };
        let (photo1, internal_doc1) = if !with_files {
            (String::new(), String::new())
        } else {
            (
                file(
                    app,
                    c,
                    &alpha,
                    &order1,
                    &merch_a.id,
                    FileKind::Photo,
                    Visibility::Customer,
                    true,
                ),
                file(
                    app,
                    c,
                    &alpha,
                    &order1,
                    &merch_a.id,
                    FileKind::InspectionReport,
                    Visibility::Internal,
                    false,
                ),
            )
        };
        World {
            photo1,
            internal_doc1,
            alpha,
            beta,
            org_x,
            org_y,
            org_b,
            admin_a,
            merch_a,
            qc_a,
            buyer_granted,
            buyer_nogrant,
            buyer_y,
            admin_b,
            order1,
            order2,
            order3,
            order_b,
            milestone1,
            decision1,
            report1,
        }
    }
}

pub const PHOTO_NAME: &str = "cutting-table.jpg";
pub const INTERNAL_DOC_NAME: &str = "internal-qc-notes.pdf";

/// A stored file with its object (written straight into the local store).
#[allow(clippy::too_many_arguments)]
fn file(
    app: &TestApp,
    conn: &mut portico::db::DbConn,
    tenant: &TenantId,
    order: &OrderId,
    uploader: &UserId,
    kind: FileKind,
    visibility: Visibility,
    photo: bool,
) -> String {
    let root = match &app.state.config.storage {
        portico::config::StorageUrl::Local(p) => p.clone(),
        other => panic!("the world's files need local storage, not {other:?}"),
    };
    let id = FileId::new();
    let put = |bytes: &[u8]| {
        let key = portico::storage::Storage::new_key(tenant);
        let path = root.join(&key);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
        key
    };
    let (name, ct, bytes): (&str, &str, Vec<u8>) = if photo {
        (PHOTO_NAME, "image/jpeg", super::tiny_jpeg())
    } else {
        (
            INTERNAL_DOC_NAME,
            "application/pdf",
            b"%PDF-1.4\n%internal\n".to_vec(),
        )
    };
    let key = put(&bytes);
    let thumb = photo.then(|| put(&super::tiny_jpeg()));
    let thumb_key = thumb;
    portico::files::insert(
        conn,
        &portico::files::FileRow {
            id: id.clone(),
            tenant_id: tenant.clone(),
            order_id: order.clone(),
            milestone_id: None,
            entry_id: None,
            document_id: id.to_string(),
            version: 1,
            is_current: true,
            kind,
            visibility,
            display_name: name.to_string(),
            content_type: ct.to_string(),
            size_bytes: bytes.len() as i64,
            sha256: portico::auth::secrets::hex(&<sha2::Sha256 as sha2::Digest>::digest(&bytes)),
            object_key: key,
            uploaded_by: uploader.clone(),
            created_at: portico::ids::now(),
            captured_at: None,
            width: None,
            height: None,
            derivatives: if photo { "ready" } else { "none" }.to_string(),
            preview_key: thumb_key.clone(),
            thumb_key,
            record_state: None,
            issue_proposed_by: None,
            issue_proposed_at: None,
            scrub: None,
        },
    )
    .unwrap();
    id.to_string()
}

/// Opens a session for `email` through the real sign-in service.
pub fn issue(app: &TestApp, email: &str, kind: SessionKind) -> Issued {
    issue_from(app, email, kind, "203.0.113.7")
}

/// `issue` from the given client address (sign-ins are limited per address).
pub fn issue_from(app: &TestApp, email: &str, kind: SessionKind, ip: &str) -> Issued {
    let mut conn = app.conn();
    let client = SessionClient {
        ip: ip.into(),
        user_agent: "test".into(),
        device_id: None,
    };
    session::sign_in(&mut conn, &app.state.keys, email, PASSWORD, &client, kind).unwrap()
}

/// A share link of `order` made through the API with a staff token; returns its token.
pub async fn share_link(app: &TestApp, token: &str, order: &str) -> String {
    let day = (portico::ids::today() + chrono::Duration::days(3)).to_string();
    let r = app
        .send(
            actix_web::test::TestRequest::post()
                .uri(&format!("/api/v1/orders/{order}/share-links"))
                .insert_header(super::bearer(token))
                .set_json(serde_json::json!({ "label": "Forwarder", "expires_on": day })),
        )
        .await;
    assert!(r.status.is_success(), "{}", r.body);
    r.json()["token"].as_str().unwrap().to_string()
}

/// A browser-like client already signed in as `email` (cookies set as after sign-in).
pub fn browser<'a>(app: &'a TestApp, email: &str) -> super::Client<'a> {
    let issued = issue(app, email, SessionKind::Browser);
    let mut c = app.client();
    c.cookies
        .insert("portico_access".into(), issued.access_token);
    c.cookies
        .insert("portico_refresh".into(), issued.refresh_token.unwrap());
    c.cookies.insert(
        "portico_csrf".into(),
        portico::auth::secrets::random_token(),
    );
    c
}

/// A second admin of tenant "alpha" (`admin2@alpha.test`, address confirmed); every admin has
/// been one for a month, since an admin made today may not approve bank details.
pub fn second_admin(app: &TestApp) -> String {
    use portico::db::schema::{memberships, users};
    let mut c = app.conn();
    portico::demo::add_user(
        &mut c,
        "alpha",
        "admin2@alpha.test",
        "Second Admin",
        "admin",
        None,
        PASSWORD,
    )
    .unwrap();
    diesel::update(users::table.filter(users::email.eq("admin2@alpha.test")))
        .set(users::email_verified_at.eq(Some(portico::ids::now())))
        .execute(&mut *c)
        .unwrap();
    diesel::update(memberships::table)
        .set(memberships::role_since.eq(Some(portico::ids::now() - chrono::Duration::days(30))))
        .execute(&mut *c)
        .unwrap();
    "admin2@alpha.test".into()
}

/// The two-step secret `/account/2fa` shows while enrolling.
pub fn totp_secret_in(body: &str) -> String {
    let marker = "id=\"totp-secret\">";
    body[body.find(marker).expect("secret shown") + marker.len()..]
        .split('<')
        .next()
        .unwrap()
        .to_string()
}
