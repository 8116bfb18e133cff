//! Fixtures: two tenants with every kind of person, built directly through the domain layer
//! (with one precomputed password hash, so building a world costs no argon2 work).

use std::sync::OnceLock;

use diesel::prelude::*;
use portico::auth::session::{self, Client as SessionClient, Issued, SessionKind};
use portico::db::schema::{order_grants, order_staff};
use portico::people::{self, Role};

use super::{PASSWORD, TestApp};

fn password_hash() -> &'static str {
    static H: OnceLock<String> = OnceLock::new();
    H.get_or_init(|| portico::auth::password::hash(PASSWORD).unwrap())
}

#[derive(Debug, Clone)]
pub struct Person {
    pub id: String,
    pub email: String,
}

/// Tenant "alpha" has customers X and Y; tenant "beta" is another supplier.
/// - order1 (X): merchandiser assigned, granted to `buyer_granted`
/// - order2 (Y): seen by `buyer_y` (all orders of Y)
/// - order3 (X): not granted to anyone
/// - order_b (beta)
#[derive(Debug, Clone)]
pub struct World {
    pub alpha: String,
    pub beta: String,
    pub org_x: String,
    pub org_y: String,
    pub org_b: String,
    pub admin_a: Person,
    pub merch_a: Person,
    pub qc_a: Person,
    pub buyer_granted: Person,
    pub buyer_nogrant: Person,
    pub buyer_y: Person,
    pub admin_b: Person,
    pub order1: String,
    pub order2: String,
    pub order3: String,
    pub order_b: String,
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
    tenant: &str,
    email: &str,
    role: Role,
    org: Option<&str>,
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

fn org(conn: &mut portico::db::DbConn, tenant: &str, name: &str) -> String {
    use portico::db::schema::customer_orgs;
    let id = portico::ids::new_id();
    diesel::insert_into(customer_orgs::table)
        .values((
            customer_orgs::id.eq(&id),
            customer_orgs::tenant_id.eq(tenant),
            customer_orgs::name.eq(name),
            customer_orgs::created_at.eq(portico::ids::now()),
        ))
        .execute(conn)
        .unwrap();
    id
}

fn order(conn: &mut portico::db::DbConn, tenant: &str, org: &str, reference: &str) -> String {
    use portico::db::schema::orders;
    let id = portico::ids::new_id();
    let t = portico::ids::now();
    diesel::insert_into(orders::table)
        .values((
            orders::id.eq(&id),
            orders::tenant_id.eq(tenant),
            orders::customer_org_id.eq(org),
            orders::reference.eq(reference),
            orders::title.eq(format!("Title of {reference}")),
            orders::product.eq("Cotton shirts"),
            orders::quantity.eq(1000),
            orders::status.eq("in_production"),
            orders::created_at.eq(t),
            orders::updated_at.eq(t),
        ))
        .execute(conn)
        .unwrap();
    id
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
        let alpha = portico::tenants::create(c, ALPHA_NAME, "alpha").unwrap().id;
        let beta = portico::tenants::create(c, "Beta Knitwear", "beta")
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
        let t = portico::ids::now();
        diesel::insert_into(order_staff::table)
            .values((
                order_staff::order_id.eq(&order1),
                order_staff::user_id.eq(&merch_a.id),
                order_staff::tenant_id.eq(&alpha),
                order_staff::created_at.eq(t),
            ))
            .execute(c)
            .unwrap();
        diesel::insert_into(order_grants::table)
            .values((
                order_grants::order_id.eq(&order1),
                order_grants::user_id.eq(&buyer_granted.id),
                order_grants::tenant_id.eq(&alpha),
                order_grants::created_at.eq(t),
            ))
            .execute(c)
            .unwrap();
        let decision1 = portico::ids::new_id();
        {
            use portico::db::schema::decisions;
            diesel::insert_into(decisions::table)
                .values((
                    decisions::id.eq(&decision1),
                    decisions::tenant_id.eq(&alpha),
                    decisions::order_id.eq(&order1),
                    decisions::kind.eq("sample_approval"),
                    decisions::title.eq("Approve the PP sample"),
                    decisions::description.eq("Colour as lab dip 3"),
                    decisions::status.eq("open"),
                    decisions::requested_by.eq(&merch_a.id),
                    decisions::requested_at.eq(t),
                ))
                .execute(c)
                .unwrap();
        }
        let report1 = if with_files {
            use portico::db::schema::reports;
            let id = portico::ids::new_id();
            diesel::insert_into(reports::table)
                .values((
                    reports::id.eq(&id),
                    reports::tenant_id.eq(&alpha),
                    reports::order_id.eq(Some(&order1)),
                    reports::period_start.eq(t.date() - chrono::Duration::days(7)),
                    reports::period_end.eq(t.date()),
                    reports::trigger_kind.eq("on_demand"),
                    reports::status.eq("queued"),
                    reports::verification_code.eq(portico::ids::verification_code()),
                    reports::created_at.eq(t),
                ))
                .execute(c)
                .unwrap();
            id
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
                    "photo",
                    "customer",
                    true,
                ),
                file(
                    app,
                    c,
                    &alpha,
                    &order1,
                    &merch_a.id,
                    "inspection_report",
                    "internal",
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
    tenant: &str,
    order: &str,
    uploader: &str,
    kind: &str,
    visibility: &str,
    photo: bool,
) -> String {
    use portico::db::schema::files;
    let root = match &app.state.config.storage {
        portico::config::StorageUrl::Local(p) => p.clone(),
        other => panic!("the world's files need local storage, not {other:?}"),
    };
    let id = portico::ids::new_id();
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
    diesel::insert_into(files::table)
        .values((
            files::id.eq(&id),
            files::tenant_id.eq(tenant),
            files::order_id.eq(order),
            files::document_id.eq(&id),
            files::version.eq(1),
            files::is_current.eq(true),
            files::kind.eq(kind),
            files::visibility.eq(visibility),
            files::display_name.eq(name),
            files::content_type.eq(ct),
            files::size_bytes.eq(bytes.len() as i64),
            files::sha256.eq(portico::auth::secrets::hex(
                &<sha2::Sha256 as sha2::Digest>::digest(&bytes),
            )),
            files::object_key.eq(&key),
            files::uploaded_by.eq(uploader),
            files::created_at.eq(portico::ids::now()),
            files::derivatives.eq(if photo { "ready" } else { "none" }),
            files::thumb_key.eq(&thumb),
            files::preview_key.eq(&thumb),
        ))
        .execute(conn)
        .unwrap();
    id
}

/// Opens a session for `email` through the real sign-in service.
pub fn issue(app: &TestApp, email: &str, kind: SessionKind) -> Issued {
    let mut conn = app.conn();
    let client = SessionClient {
        ip: "203.0.113.7".into(),
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
