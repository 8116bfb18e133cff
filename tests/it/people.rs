//! People, customers and access as an admin manages them; demo data.

use crate::common;

use actix_web::http::StatusCode;
use common::TestApp;
use common::world::{self, World};

fn invitation_code(body: &str) -> String {
    let marker = "id=\"invitation-code\">";
    let i = body.find(marker).expect("invitation code shown") + marker.len();
    body[i..].split('<').next().unwrap().to_string()
}

on_both_backends!(admin_adds_people_and_customers, |app: TestApp| async move {
    let w = World::build(&app);
    let mut a = world::browser(&app, &w.admin_a.email);
    a.get("/admin/people/new").await;
    // A buyer with chosen orders: only order3.
    let r = a
        .post(
            "/admin/people",
            &[
                ("email", "New.Buyer@Xylo.test"),
                ("display_name", "New Buyer"),
                ("role", "buyer"),
                ("customer_org_id", &w.org_x),
                ("access", "chosen"),
                ("order_ids", &w.order3),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    // Adding is inviting: a code, never a password to hand over.
    assert!(!r.body.contains("temp-password"));
    let code = invitation_code(&r.body);
    let mut b = app.client();
    b.get("/invite").await;
    let ok = b
        .post(
            "/invite",
            &[
                ("code", code.as_str()),
                ("display_name", "New Buyer"),
                ("password", common::PASSWORD),
                ("password_confirm", common::PASSWORD),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let list = b.get("/orders").await.body;
    assert!(list.contains(world::ORDER3_REF) && !list.contains(world::ORDER1_REF));
    // An order of another customer cannot be granted to this buyer.
    let r = a
        .post(
            "/admin/people",
            &[
                ("email", "other@xylo.test"),
                ("display_name", "Other"),
                ("role", "buyer"),
                ("customer_org_id", &w.org_x),
                ("access", "chosen"),
                ("order_ids", &w.order2),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("does not belong to this customer"));
    assert!(
        portico::people::find_user_by_email(&mut app.conn(), "other@xylo.test")
            .unwrap()
            .is_none(),
        "nothing half-written"
    );
    // A buyer needs a customer.
    let r = a
        .post(
            "/admin/people",
            &[
                ("email", "x@y.test"),
                ("display_name", "X"),
                ("role", "buyer"),
            ],
        )
        .await;
    assert!(r.body.contains("customer organisation"));
    // An existing account (beta's admin) is invited like anyone: no membership without
    // consent, and the answer does not tell that the address has an account.
    let r = a
        .post(
            "/admin/people",
            &[
                ("email", &w.admin_b.email),
                ("display_name", "B"),
                ("role", "qc"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("invitation-code") && !r.body.contains("already had"));
    let tenants = portico::auth::session::tenants_of(&mut app.conn(), &w.admin_b.id).unwrap();
    assert_eq!(
        tenants.len(),
        1,
        "no membership until the invitation is accepted"
    );
    // Twice is a conflict.
    let r = a
        .post(
            "/admin/people",
            &[
                ("email", &w.admin_b.email),
                ("display_name", "B"),
                ("role", "qc"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    // People list shows everyone of this tenant, nobody of another.
    let people = a.get("/admin/people").await.body;
    assert!(
        people.contains("new.buyer@xylo.test") && people.contains("Only chosen orders"),
        "{people}"
    );
    // Customers.
    assert_eq!(
        a.post("/admin/customers", &[("name", "Quartz Sourcing")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let r = a
        .post("/admin/customers", &[("name", "Quartz Sourcing")])
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("already exists"));
    // The admin cannot remove themselves.
    let r = a
        .post(&format!("/admin/people/{}/remove", w.admin_a.id), &[])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
});

on_both_backends!(
    admin_changes_access_and_it_applies_at_once,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut buyer = world::browser(&app, &w.buyer_nogrant.email);
        assert!(!buyer.get("/orders").await.body.contains(world::ORDER3_REF));
        let mut a = world::browser(&app, &w.admin_a.email);
        let page = a
            .get(&format!("/admin/people/{}", w.buyer_nogrant.id))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body.contains(&w.buyer_nogrant.email)
                && page.body.contains("value=\"chosen\" checked")
        );
        let path = format!("/admin/people/{}", w.buyer_nogrant.id);
        let r = a
            .post(
                &path,
                &[
                    ("role", "buyer"),
                    ("customer_org_id", &w.org_x),
                    ("access", "chosen"),
                    ("order_ids", &w.order3),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let list = buyer.get("/orders").await.body;
        assert!(
            list.contains(world::ORDER3_REF) && !list.contains(world::ORDER1_REF),
            "the grant applies on the next request"
        );
        let r = a
            .post(
                &path,
                &[
                    ("role", "buyer"),
                    ("customer_org_id", &w.org_x),
                    ("access", "all"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let list = buyer.get("/orders").await.body;
        assert!(list.contains(world::ORDER3_REF) && list.contains(world::ORDER1_REF));
        // Another customer's order cannot be granted; the error keeps the form.
        let r = a
            .post(
                &path,
                &[
                    ("role", "buyer"),
                    ("customer_org_id", &w.org_x),
                    ("access", "chosen"),
                    ("order_ids", &w.order2),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            r.body.contains("does not belong to this customer")
                && r.body.contains(&w.buyer_nogrant.email)
        );
        assert!(
            buyer.get("/orders").await.body.contains(world::ORDER1_REF),
            "a refused change changes nothing"
        );
        // Revoking the grant takes the order away at once.
        let r = a
            .post(
                &path,
                &[
                    ("role", "buyer"),
                    ("customer_org_id", &w.org_x),
                    ("access", "chosen"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(
            buyer.get(&format!("/orders/{}", w.order1)).await.status,
            StatusCode::NOT_FOUND
        );
        // An admin cannot demote themselves, and other tenants' people are not found.
        let r = a
            .post(
                &format!("/admin/people/{}", w.admin_a.id),
                &[("role", "buyer"), ("customer_org_id", &w.org_x)],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            a.get(&format!("/admin/people/{}", w.admin_b.id))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        let events = portico::audit::recent(&mut app.conn(), &w.alpha, 20).unwrap();
        assert_eq!(
            events
                .iter()
                .filter(|e| e.action == "person.access")
                .count(),
            3
        );
    }
);

on_both_backends!(demo_data_loads_once, |app: TestApp| async move {
    let out = portico::demo::load(&app.state).await.unwrap();
    assert!(out.contains("buyer@northwind.example") && out.contains("12 orders"));
    let line = out
        .lines()
        .find(|l| l.contains("buyer@northwind.example"))
        .unwrap();
    let password = line.split_whitespace().last().unwrap().to_string();
    let mut c = app.client();
    assert_eq!(
        c.sign_in("buyer@northwind.example", &password).await.status,
        StatusCode::SEE_OTHER
    );
    let orders = c.get("/api/v1/orders?limit=100").await.json();
    assert_eq!(
        orders["items"].as_array().unwrap().len(),
        6,
        "half the demo orders belong to Northwind"
    );
    let first = orders["items"][0]["id"].as_str().unwrap().to_string();
    let detail = c.get(&format!("/api/v1/orders/{first}")).await.json();
    assert_eq!(detail["milestones"].as_array().unwrap().len(), 7);
    // The demo buyer has decisions waiting and sees only customer-visible updates.
    let dash = c.get("/api/v1/dashboard").await.json();
    assert!(!dash["open_decisions"].as_array().unwrap().is_empty());
    let timeline = c
        .get(&format!("/api/v1/orders/{first}/timeline"))
        .await
        .body;
    assert!(timeline.contains("approved") && !timeline.contains("Internal:"));
    assert!(
        portico::demo::load(&app.state).await.is_err(),
        "a second load is refused"
    );
});

on_both_backends!(the_demo_tells_the_whole_story, |app: TestApp| async move {
    use diesel::prelude::*;
    use portico::auth::session::{self, Client as SessionClient, SessionKind};
    use portico::db::schema::{
        files, milestones, orders, payment_acknowledgements, payment_instructions as pi,
        payment_records, reports, timeline_entries, users,
    };
    let out = portico::demo::load(&app.state).await.unwrap();
    // What scripts read: a line, then `role e-mail password` per person; two admins.
    let sign_ins: Vec<Vec<&str>> = out
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert!(sign_ins.iter().all(|f| f.len() == 3), "{out}");
    let admins: Vec<&str> = sign_ins
        .iter()
        .filter(|f| f[0] == "admin")
        .map(|f| f[1])
        .collect();
    assert_eq!(
        admins,
        ["admin@demo.portico.test", "admin2@demo.portico.test"]
    );
    let password = |email: &str| sign_ins.iter().find(|f| f[1] == email).unwrap()[2].to_string();
    let mut c = app.conn();
    let tenant = portico::tenants::find_by_slug(&mut c, "demo-textiles")
        .unwrap()
        .id;
    // The supplier's brand: a logo and an accent that reads well.
    let brand = portico::tenants::brand::of(&mut c, &tenant).unwrap();
    assert!(brand.logo.is_some());
    assert_eq!(brand.accent.as_deref(), Some("#3b3f99"));

    // Photos on several milestones of several orders, for the buyers, previews made.
    type Photo = (
        String,
        Option<String>,
        String,
        String,
        Option<String>,
        Option<i32>,
    );
    let photos: Vec<Photo> = files::table
        .filter(files::tenant_id.eq(&tenant))
        .filter(files::kind.eq("photo"))
        .select((
            files::order_id,
            files::milestone_id,
            files::visibility,
            files::derivatives,
            files::thumb_key,
            files::width,
        ))
        .load(&mut *c)
        .unwrap();
    assert!(photos.len() >= 8, "{photos:?}");
    for (_, milestone, visibility, derivatives, thumb, width) in &photos {
        assert!(milestone.is_some() && visibility == "customer");
        assert!(derivatives == "ready" && thumb.is_some() && *width == Some(1200));
    }
    let distinct = |v: Vec<&String>| {
        v.into_iter()
            .collect::<std::collections::BTreeSet<_>>()
            .len()
    };
    assert!(distinct(photos.iter().filter_map(|p| p.1.as_ref()).collect()) >= 6);
    assert!(distinct(photos.iter().map(|p| &p.0).collect()) >= 4);

    // A document of record in two versions: the second issued in place of the first; the
    // proforma invoice issued by two admins.
    let versions: Vec<(String, i32, bool, Option<String>)> = files::table
        .filter(files::tenant_id.eq(&tenant))
        .filter(files::kind.eq("packing_list"))
        .order(files::version.asc())
        .select((
            files::document_id,
            files::version,
            files::is_current,
            files::record_state,
        ))
        .load(&mut *c)
        .unwrap();
    assert_eq!(versions.len(), 2, "{versions:?}");
    assert_eq!(versions[0].0, versions[1].0);
    assert_eq!((versions[0].1, versions[0].2), (1, false));
    assert_eq!((versions[1].1, versions[1].2), (2, true));
    assert!(versions.iter().all(|v| v.3.as_deref() == Some("issued")));
    let proforma: Option<String> = files::table
        .filter(files::tenant_id.eq(&tenant))
        .filter(files::kind.eq("proforma_invoice"))
        .select(files::record_state)
        .first(&mut *c)
        .unwrap();
    assert_eq!(proforma.as_deref(), Some("issued"));

    // The weekly report of Northwind's orders, made (fonts are a system package).
    let ready: i64 = reports::table
        .filter(reports::tenant_id.eq(&tenant))
        .filter(reports::status.eq("ready"))
        .count()
        .get_result(&mut *c)
        .unwrap();
    if portico::reports::pdf::fonts().is_ok() {
        assert_eq!(ready, 1);
    }

    // Bank details: an older version, the one in effect, a change waiting for admin 2.
    type Version = (
        String,
        String,
        Option<chrono::NaiveDateTime>,
        Option<chrono::NaiveDateTime>,
    );
    let details: Vec<Version> = pi::table
        .filter(pi::tenant_id.eq(&tenant))
        .order(pi::version.asc())
        .select((pi::id, pi::status, pi::activated_at, pi::superseded_at))
        .load(&mut *c)
        .unwrap();
    let states: Vec<&str> = details.iter().map(|d| d.1.as_str()).collect();
    assert_eq!(states, ["superseded", "active", "proposed"]);
    let now = portico::ids::now();
    assert!(
        details[1]
            .2
            .is_some_and(|t| t < now - chrono::Duration::days(7))
    );
    assert_eq!(
        details[0].3, details[1].2,
        "superseded when the next took effect"
    );
    let acknowledged: Vec<String> = payment_acknowledgements::table
        .inner_join(users::table.on(users::id.eq(payment_acknowledgements::user_id)))
        .filter(payment_acknowledgements::instruction_id.eq(&details[1].0))
        .select(users::email)
        .load(&mut *c)
        .unwrap();
    assert_eq!(acknowledged, ["buyer@northwind.example"], "Lukas has not");
    let paid: Vec<(bool, Option<String>)> = payment_records::table
        .filter(payment_records::tenant_id.eq(&tenant))
        .order(payment_records::paid_on.asc())
        .select((payment_records::mismatch, payment_records::instruction_id))
        .load(&mut *c)
        .unwrap();
    assert_eq!(
        paid,
        [
            (false, Some(details[1].0.clone())),
            (true, Some(details[1].0.clone()))
        ],
        "one payment matched the details of record, one went to the old account"
    );

    // Dates: nothing done after today, nothing shipped before ex-factory, no entry ahead.
    let today = portico::ids::today();
    type Stone = (String, String, String, Option<chrono::NaiveDate>);
    let stones: Vec<Stone> = milestones::table
        .filter(milestones::tenant_id.eq(&tenant))
        .select((
            milestones::order_id,
            milestones::name,
            milestones::status,
            milestones::actual_date,
        ))
        .load(&mut *c)
        .unwrap();
    for (_, name, status, actual) in &stones {
        assert_eq!(
            status == "done",
            actual.is_some(),
            "{name} {status} {actual:?}"
        );
        assert!(
            actual.is_none_or(|a| a <= today),
            "{name} done on {actual:?}"
        );
    }
    type Dates = (
        String,
        String,
        Option<chrono::NaiveDate>,
        Option<chrono::NaiveDate>,
    );
    let dates: Vec<Dates> = orders::table
        .filter(orders::tenant_id.eq(&tenant))
        .select((
            orders::id,
            orders::status,
            orders::ex_factory_date,
            orders::etd_date,
        ))
        .load(&mut *c)
        .unwrap();
    assert_eq!(dates.len(), 12);
    for (id, status, ex, etd) in &dates {
        let (ex, etd) = (ex.unwrap(), etd.unwrap());
        assert!(ex <= etd);
        let shipped_on = stones
            .iter()
            .find(|s| &s.0 == id && s.1 == "Shipping")
            .and_then(|s| s.3);
        if status == "shipped" {
            assert!(etd <= today && shipped_on.is_some_and(|d| ex <= d && d <= today));
        } else {
            assert!(
                ex > today && shipped_on.is_none(),
                "{status} leaves on {ex}"
            );
        }
    }
    let ahead: i64 = timeline_entries::table
        .filter(timeline_entries::tenant_id.eq(&tenant))
        .filter(timeline_entries::created_at.gt(now))
        .count()
        .get_result(&mut *c)
        .unwrap();
    assert_eq!(ahead, 0);

    // The buyer sees the photos and documents of an order.
    let mut emma = app.client();
    let email = "buyer@northwind.example";
    assert_eq!(
        emma.sign_in(email, &password(email)).await.status,
        StatusCode::SEE_OTHER
    );
    let list = emma.get("/api/v1/orders?limit=100").await.json();
    let order = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["reference"] == "PO-2026-0102")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let page = emma
        .get(&format!("/api/v1/orders/{order}/files"))
        .await
        .json();
    let seen = page["items"].as_array().unwrap();
    let previews = seen.iter().filter(|f| f["has_preview"] == true).count();
    assert!(previews >= 4, "{page}");
    assert!(seen.iter().any(|f| f["kind"] == "proforma_invoice"));

    // Admin 2 approves the change admin 1 proposed: it cools off before it takes effect.
    let admin2 = "admin2@demo.portico.test";
    let client = SessionClient {
        ip: "203.0.113.7".into(),
        user_agent: "test".into(),
        device_id: None,
    };
    let issued = session::sign_in(
        &mut c,
        &app.state.keys,
        admin2,
        &password(admin2),
        &client,
        SessionKind::Api,
    )
    .unwrap();
    drop(c);
    let r = app
        .send(
            actix_web::test::TestRequest::post()
                .uri(&format!(
                    "/api/v1/payment-instructions/{}/approve",
                    details[2].0
                ))
                .insert_header(common::bearer(&issued.access_token)),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.json()["instruction"]["status"], "cooling", "{}", r.body);
});
