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
    let out = portico::demo::load(&mut app.conn()).unwrap();
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
        portico::demo::load(&mut app.conn()).is_err(),
        "a second load is refused"
    );
});
