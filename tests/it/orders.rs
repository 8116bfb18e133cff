//! Orders and milestones through pages and the API: lifecycle, audit, search and keyset pages.

use crate::common;

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use common::world::{self, World};
use common::{TestApp, bearer};
use diesel::prelude::*;
use portico::auth::session::SessionKind;

on_both_backends!(orders_and_milestones_lifecycle, |app: TestApp| async move {
    let w = World::build(&app);
    let mut m = world::browser(&app, &w.merch_a.email);
    m.get("/orders/new").await;
    let r = m
        .post(
            "/orders",
            &[
                ("customer_org_id", &w.org_x),
                ("reference", "PO-777"),
                ("title", "Denim jackets 牛仔夹克"),
                ("product", "Denim"),
                ("quantity", "2400"),
                ("status", "confirmed"),
                ("ex_factory_date", "2027-01-15"),
                ("etd_date", "2027-01-20"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let path = r.location().unwrap().to_string();
    let id = path.trim_start_matches("/orders/").to_string();
    let page = m.get(&path).await;
    // Dates the reader's way, not ISO.
    assert!(page.body.contains("Denim jackets 牛仔夹克") && page.body.contains("15 Jan 2027"));
    assert!(
        page.body.contains("merch"),
        "the creating merchandiser is assigned"
    );
    let r = m
        .post(
            &format!("{path}/milestones"),
            &[("name", "Cutting"), ("planned_date", "2020-01-01")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = m.get(&path).await;
    assert!(
        page.body.contains("Cutting") && page.body.contains("badge late"),
        "a milestone past its date is late"
    );
    let api = m.get(&format!("/api/v1/orders/{id}")).await.json();
    let mid = api["milestones"][0]["id"].as_str().unwrap().to_string();
    let r = m
        .post(
            &format!("{path}/milestones/{mid}"),
            &[("status", "done"), ("actual_date", "2020-01-02")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let api = m.get(&format!("/api/v1/orders/{id}")).await.json();
    assert_eq!(api["milestones"][0]["status"], "done");
    assert_eq!(api["milestones"][0]["percent"], 100);
    assert!(!m.get(&path).await.body.contains("badge late"));
    let r = m
        .post(
            &format!("{path}/milestones/{mid}"),
            &[("status", "done"), ("percent", "101")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Edit the order.
    let r = m
        .post(
            &path,
            &[
                ("reference", "PO-777"),
                ("title", "Denim jackets"),
                ("quantity", "2500"),
                ("status", "in_production"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let api = m.get(&format!("/api/v1/orders/{id}")).await.json();
    assert_eq!(
        (api["quantity"].as_i64(), api["status"].as_str()),
        (Some(2500), Some("confirmed")),
        "editing never changes the status: transitions do"
    );
    let r = m
        .post(&format!("{path}/transition"), &[("to", "in_production")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let api = m.get(&format!("/api/v1/orders/{id}")).await.json();
    assert_eq!(api["status"], "in_production");
    // The admin assigns the QC inspector, who then sees the order and can update milestones.
    let mut a = world::browser(&app, &w.admin_a.email);
    assert_eq!(
        a.post(&format!("{path}/staff"), &[("user_id", &w.qc_a.id)])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let r = a
        .post(
            &format!("{path}/staff"),
            &[("user_id", &w.buyer_granted.id)],
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "buyers cannot be staff"
    );
    let mut q = world::browser(&app, &w.qc_a.email);
    assert_eq!(q.get(&path).await.status, StatusCode::OK);
    assert_eq!(
        q.post(
            &format!("{path}/milestones/{mid}"),
            &[("status", "in_progress"), ("percent", "50")]
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        q.get(&format!("{path}/edit")).await.status,
        StatusCode::FORBIDDEN
    );
    // Every change is in the audit log with who and from where.
    let events = portico::audit::recent(&mut app.conn(), &w.alpha, 100).unwrap();
    let actions: Vec<&str> = events.iter().map(|e| e.action.as_str()).collect();
    for a in [
        "order.create",
        "milestone.create",
        "milestone.update",
        "order.update",
        "order.transition",
        "order.assign",
    ] {
        assert!(actions.contains(&a), "{a} missing from {actions:?}");
    }
    let update = events
        .iter()
        .find(|e| e.action == "order.transition")
        .unwrap();
    assert_eq!(update.actor_user_id.as_deref(), Some(w.merch_a.id.as_str()));
    assert_eq!(update.ip, "203.0.113.7");
    assert!(update.detail.contains("confirmed -> in_production"));
    // The audit page shows them to the admin.
    assert!(a.get("/admin/audit").await.body.contains("order.assign"));
});

on_both_backends!(search_filter_and_keyset_pages, |app: TestApp| async move {
    let w = World::build(&app);
    let token = world::issue(&app, &w.admin_a.email, SessionKind::Api).access_token;
    for i in 0..30 {
        let r = app
            .send(
                TestRequest::post()
                    .uri("/api/v1/orders")
                    .insert_header(bearer(&token))
                    .set_json(serde_json::json!({"customer_org_id": w.org_y, "reference": format!("BULK-{i:03}"), "title": "Bulk 100%_off", "quantity": "10", "status": if i % 2 == 0 { "draft" } else { "confirmed" }})),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    }
    let get = |uri: String| app.send(TestRequest::get().uri(&uri).insert_header(bearer(&token)));
    let mut seen = Vec::new();
    let mut after = String::new();
    loop {
        let page = get(format!("/api/v1/orders?limit=7&after={after}"))
            .await
            .json();
        for o in page["items"].as_array().unwrap() {
            seen.push(o["reference"].as_str().unwrap().to_string());
        }
        match page["next"].as_str() {
            Some(n) => after = n.to_string(),
            None => break,
        }
    }
    assert_eq!(seen.len(), 33, "every order exactly once across pages");
    assert_eq!(seen[0], "BULK-029", "newest first");
    let mut dedup = seen.clone();
    dedup.sort();
    dedup.dedup();
    assert_eq!(dedup.len(), 33);
    let shipped = get("/api/v1/orders?status=draft&limit=100".into())
        .await
        .json();
    assert_eq!(shipped["items"].as_array().unwrap().len(), 15);
    let search = get("/api/v1/orders?q=bulk-00&limit=100".into())
        .await
        .json();
    assert_eq!(
        search["items"].as_array().unwrap().len(),
        10,
        "case-insensitive reference search"
    );
    let like = get("/api/v1/orders?q=%25&limit=100".into()).await.json();
    assert_eq!(
        like["items"].as_array().unwrap().len(),
        30,
        "'%' is matched literally (only the bulk titles have one)"
    );
    let under = get("/api/v1/orders?q=0_o&limit=100".into()).await.json();
    assert_eq!(
        under["items"].as_array().unwrap().len(),
        0,
        "'_' is not a wildcard"
    );
    // The HTML list pages too, with the filter kept in the link.
    let mut c = world::browser(&app, &w.admin_a.email);
    let html = c.get("/orders?status=draft").await;
    assert!(html.body.contains("BULK-028") && !html.body.contains("BULK-027"));
    let html = c.get("/orders?q=bulk").await;
    assert!(
        html.body.contains("/orders?q=bulk&amp;after="),
        "next-page link keeps the search"
    );
    let next = html
        .body
        .split("&amp;after=")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let second = c.get(&format!("/orders?q=bulk&after={next}")).await;
    assert!(second.body.contains("BULK-000") && !second.body.contains("BULK-029"));
});

on_both_backends!(
    safe_moves_ask_first_and_an_admin_steps_back_with_a_reason,
    |app: TestApp| async move {
        let w = World::build(&app);
        let path = format!("/orders/{}", w.order1);
        let mut m = world::browser(&app, &w.merch_a.email);
        let mut a = world::browser(&app, &w.admin_a.email);
        let status = |c: &mut portico::db::DbConn| -> String {
            portico::db::schema::orders::table
                .find(&w.order1)
                .select(portico::db::schema::orders::status)
                .first::<String>(c)
                .unwrap()
        };
        // Cancelling asks first: the button sits behind a second tap, with what it does said.
        let page = m.get(&path).await.body;
        assert!(page.contains("id=\"confirm-cancelled\""), "{page}");
        assert!(page.contains("Its buyer is told at once"));
        assert!(!page.contains("id=\"step-back\""), "only admins step back");
        for to in ["inspection", "ready_to_ship"] {
            let r = m.post(&format!("{path}/transition"), &[("to", to)]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{to}");
        }
        let page = m.get(&path).await.body;
        assert!(
            page.contains("id=\"confirm-shipped\"") && page.contains("id=\"confirm-shipped-yes\"")
        );
        let r = m
            .post(&format!("{path}/transition"), &[("to", "shipped")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        // An open decision keeps the order from closing until it is withdrawn.
        let r = m
            .post(&format!("{path}/transition"), &[("to", "closed")])
            .await;
        assert_eq!(r.status, StatusCode::CONFLICT);
        assert!(r.body.contains("withdraw the decision first"), "{}", r.body);
        assert_eq!(status(&mut app.conn()), "shipped");
        let r = m
            .post(&format!("{path}/decisions/{}/withdraw", w.decision1), &[])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let r = m
            .post(&format!("{path}/transition"), &[("to", "closed")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        // A closed order takes no new question (it would be one it cannot be closed over).
        let r = m
            .post(
                &format!("{path}/decisions"),
                &[("kind", "other"), ("title", "One more thing")],
            )
            .await;
        assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
        assert!(r.body.contains("reopen it first"), "{}", r.body);
        // Only an admin reopens, and only with a reason; a missing one keeps the form open.
        let r = m
            .post(&format!("{path}/step-back"), &[("reason", "Oops")])
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let page = a.get(&path).await.body;
        assert!(
            page.contains("id=\"step-back\"") && page.contains("Reopen"),
            "{page}"
        );
        let r = a
            .post(&format!("{path}/step-back"), &[("reason", "   ")])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            r.body.contains("aria-describedby=\"step-back-error\""),
            "{}",
            r.body
        );
        assert!(r.body.contains("Say why"));
        assert_eq!(status(&mut app.conn()), "closed");
        let r = a
            .post(
                &format!("{path}/step-back"),
                &[(
                    "reason",
                    "The forwarder sent the container back: two cartons short.",
                )],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(status(&mut app.conn()), "shipped");
        // The buyer sees the move and why; the audit log has it with who.
        let mut b = world::browser(&app, &w.buyer_granted.email);
        let page = b.get(&path).await.body;
        assert!(page.contains("two cartons short"), "{page}");
        let events = portico::audit::recent(&mut app.conn(), &w.alpha, 50).unwrap();
        let back = events
            .iter()
            .find(|e| e.action == "order.step_back")
            .unwrap();
        assert_eq!(back.actor_user_id.as_deref(), Some(w.admin_a.id.as_str()));
        assert!(
            back.detail.starts_with("closed -> shipped: "),
            "{}",
            back.detail
        );
        // One stage at a time, down to confirmed and no further (a draft would hide the order).
        for expected in ["ready_to_ship", "inspection", "in_production", "confirmed"] {
            let r = a
                .post(&format!("{path}/step-back"), &[("reason", "Recount")])
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER);
            assert_eq!(status(&mut app.conn()), expected);
        }
        let r = a
            .post(&format!("{path}/step-back"), &[("reason", "Recount")])
            .await;
        assert_eq!(r.status, StatusCode::CONFLICT);
        // A cancelled order reopens where it was cancelled from.
        let r = m
            .post(&format!("{path}/transition"), &[("to", "in_production")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let r = m
            .post(&format!("{path}/transition"), &[("to", "cancelled")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let r = a
            .post(
                &format!("{path}/step-back"),
                &[("reason", "The buyer changed their mind")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(status(&mut app.conn()), "in_production");
        // Another tenant's admin cannot reach it.
        let mut other = world::browser(&app, &w.admin_b.email);
        let r = other
            .post(&format!("{path}/step-back"), &[("reason", "x")])
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
    }
);

on_both_backends!(
    an_empty_list_says_what_to_do_next,
    |app: TestApp| async move {
        let w = World::build(&app);
        // A buyer with nothing shared yet hears why, and that a notice will come.
        let mut b = world::browser(&app, &w.buyer_nogrant.email);
        let page = b.get("/orders").await.body;
        assert!(page.contains("id=\"orders-empty\""), "{page}");
        assert!(page.contains("your supplier has not shared one with you"));
        assert!(!page.contains("href=\"&#x2F;orders&#x2F;new\""));
        // Staff whose filters match nothing get the way back; a search for nothing is not "no orders".
        let mut m = world::browser(&app, &w.merch_a.email);
        let page = m.get("/orders?q=no-such-order").await.body;
        assert!(page.contains("No orders match these filters."), "{page}");
        assert!(page.contains("Show all orders"));
        // Filters that match nothing say so for admins too (a status nobody's order is in).
        let mut other = world::browser(&app, &w.admin_b.email);
        let list = other.get("/orders?status=cancelled").await.body;
        assert!(list.contains("Show all orders"), "{list}");
    }
);
