//! Pages and API behaviour: headers, errors, input handling, languages, orders and people.

mod common;

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use common::world::{self, World};
use common::{PASSWORD, TestApp, bearer};
use portico::auth::session::SessionKind;

on_both_backends!(health_and_security_headers, |app: TestApp| async move {
    let r = app.send(TestRequest::get().uri("/healthz")).await;
    assert_eq!((r.status, r.body.as_str()), (StatusCode::OK, "ok"));
    let r = app.send(TestRequest::get().uri("/readyz")).await;
    assert_eq!((r.status, r.body.as_str()), (StatusCode::OK, "ready"));
    let r = app.send(TestRequest::get().uri("/signin")).await;
    let h = |n: &str| {
        r.headers
            .get(n)
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default()
    };
    let csp = h("content-security-policy");
    assert!(
        csp.contains("script-src 'self'")
            && csp.contains("frame-ancestors 'none'")
            && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert_eq!(h("x-content-type-options"), "nosniff");
    assert_eq!(h("referrer-policy"), "same-origin");
    assert_eq!(h("cache-control"), "no-store");
    assert!(!h("x-request-id").is_empty());
    assert!(
        h("strict-transport-security").is_empty(),
        "no HSTS over plain http"
    );
    assert!(
        !r.body.contains("<script"),
        "no inline or external script needed"
    );
    let css = app.send(TestRequest::get().uri("/static/app.css")).await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(
        css.headers
            .get("content-type")
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    assert_eq!(
        app.send(TestRequest::get().uri("/static/../Cargo.toml"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
});

#[actix_web::test]
async fn https_public_url_turns_on_secure_cookies_and_hsts() {
    let app = TestApp::with_public_url(common::Backend::Sqlite, "https://portal.example")
        .await
        .unwrap();
    let r = app.send(TestRequest::get().uri("/signin")).await;
    assert_eq!(
        r.headers.get("strict-transport-security").unwrap(),
        "max-age=31536000; includeSubDomains"
    );
    let cookie = r.headers.get("set-cookie").unwrap().to_str().unwrap();
    assert!(
        cookie.starts_with("__Host-portico_csrf=")
            && cookie.contains("Secure")
            && cookie.contains("HttpOnly"),
        "{cookie}"
    );
}

on_both_backends!(errors_in_html_and_json, |app: TestApp| async move {
    let w = World::build(&app);
    let mut c = world::browser(&app, &w.buyer_granted.email);
    let page = c.get("/no/such/page").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.body.contains("<html") && page.body.contains("Not found"));
    let id = page
        .headers
        .get("x-request-id")
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        page.body.contains(&id),
        "the error page quotes the request id"
    );
    let api = c.get("/api/v1/nothing").await;
    assert_eq!(api.status, StatusCode::NOT_FOUND);
    assert_eq!(api.json()["error"]["code"], "not_found");
    assert!(api.json()["error"]["message"].as_str().unwrap().len() > 10);
    let forbidden = c.get("/admin/people").await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
    assert!(forbidden.body.contains("You do not have permission"));
    let bad_query = c.get("/api/v1/orders?limit=lots").await;
    assert_eq!(bad_query.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad_query.json()["error"]["code"], "query_invalid");
    let bad_status = c.get("/api/v1/orders?status=lost").await;
    assert_eq!(bad_status.json()["error"]["code"], "status_invalid");
    let bad_cursor = c.get("/api/v1/orders?after=xyz").await;
    assert_eq!(bad_cursor.json()["error"]["code"], "cursor_invalid");
});

on_both_backends!(
    bad_input_gets_clear_errors_and_loses_nothing,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut c = world::browser(&app, &w.admin_a.email);
        c.get("/orders").await;
        let cases: Vec<(Vec<(&str, String)>, &str)> = vec![
            (
                vec![
                    ("reference", "".into()),
                    ("title", "T".into()),
                    ("quantity", "1".into()),
                ],
                "Reference is required",
            ),
            (
                vec![
                    ("reference", "R-1".into()),
                    ("title", "x".repeat(201)),
                    ("quantity", "1".into()),
                ],
                "at most 200 characters",
            ),
            (
                vec![
                    ("reference", "R-1".into()),
                    ("title", "T".into()),
                    ("quantity", "many".into()),
                ],
                "whole number",
            ),
            (
                vec![
                    ("reference", "R-1".into()),
                    ("title", "T".into()),
                    ("quantity", "0".into()),
                ],
                "between 1 and",
            ),
            (
                vec![
                    ("reference", "R\u{202E}1".into()),
                    ("title", "T".into()),
                    ("quantity", "1".into()),
                ],
                "direction-override",
            ),
            (
                vec![
                    ("reference", "R-1".into()),
                    ("title", "T".into()),
                    ("quantity", "1".into()),
                    ("etd_date", "31/12/2026".into()),
                ],
                "date like",
            ),
            (
                vec![
                    ("reference", world::ORDER1_REF.into()),
                    ("title", "T".into()),
                    ("quantity", "1".into()),
                ],
                "already exists",
            ),
        ];
        for (mut fields, message) in cases {
            fields.push(("customer_org_id", w.org_x.clone()));
            let form: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let r = c.post("/orders", &form).await;
            assert!(
                r.status == StatusCode::UNPROCESSABLE_ENTITY || r.status == StatusCode::CONFLICT,
                "{message}: {}",
                r.status
            );
            assert!(r.body.contains(message), "expected {message:?} in the page");
            assert!(r.body.contains("name=\"title\""), "the form is shown again");
        }
        // The person's input is kept when the form comes back.
        let r = c
            .post(
                "/orders",
                &[
                    ("customer_org_id", &w.org_x),
                    ("reference", "KEEP-ME"),
                    ("title", "Keep this title"),
                    ("quantity", "x"),
                ],
            )
            .await;
        assert!(r.body.contains("KEEP-ME") && r.body.contains("Keep this title"));
        // Not UTF-8 and oversized bodies.
        let raw = TestRequest::post()
            .uri("/orders")
            .insert_header((
                "cookie",
                format!(
                    "portico_access={}; portico_csrf={}",
                    c.cookies["portico_access"], c.cookies["portico_csrf"]
                ),
            ))
            .insert_header(("x-csrf-token", c.csrf()))
            .insert_header(("content-type", "application/x-www-form-urlencoded"))
            .set_payload(vec![b'r', b'e', b'f', b'=', 0xff, 0xfe]);
        let r = app.send(raw).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let big = "x".repeat(300 * 1024);
        let r = c.post("/orders", &[("reference", big.as_str())]).await;
        assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
        let r = app
            .send(
                TestRequest::post()
                    .uri("/api/v1/orders")
                    .insert_header(bearer(
                        &world::issue(&app, &w.admin_a.email, SessionKind::Api).access_token,
                    ))
                    .set_json(serde_json::json!({"reference": "R", "title": big, "quantity": 1})),
            )
            .await;
        assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
        assert_eq!(r.json()["error"]["code"], "too_large");
        // Nothing was stored by any of it.
        let page = portico::orders::list(
            &mut app.conn(),
            &admin_actor(&app, &w),
            &portico::orders::ListQuery {
                limit: Some(100),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(page.items.len(), 3);
    }
);

fn admin_actor(app: &TestApp, w: &World) -> portico::policy::Actor {
    let issued = world::issue(app, &w.admin_a.email, SessionKind::Api);
    let claims = portico::auth::jwt::decode(&app.state.keys.jwt, &issued.access_token).unwrap();
    portico::auth::session::authenticate(&mut app.conn(), &claims, "127.0.0.1").unwrap()
}

on_both_backends!(languages, |app: TestApp| async move {
    let w = World::build(&app);
    let zh = app
        .send(
            TestRequest::get()
                .uri("/signin")
                .insert_header(("accept-language", "zh-CN,zh;q=0.9,en;q=0.5")),
        )
        .await;
    assert!(zh.body.contains("登录") && zh.body.contains("lang=\"zh-CN\""));
    let en = app
        .send(
            TestRequest::get()
                .uri("/signin")
                .insert_header(("accept-language", "de-DE,en;q=0.5")),
        )
        .await;
    assert!(en.body.contains("Sign in") && !en.body.contains("登录"));
    // The person's own setting wins over the browser's.
    let mut c = world::browser(&app, &w.merch_a.email);
    c.get("/orders").await;
    let r = c
        .post("/language", &[("lang", "zh-CN"), ("next", "/orders")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    c.cookies.remove("portico_lang");
    let page = c.get("/orders").await;
    assert!(
        page.body.contains("订单") && page.body.contains("生产中"),
        "status names translated too"
    );
    let r = c.post("/language", &[("lang", "klingon")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
});

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
    assert!(page.body.contains("Denim jackets 牛仔夹克") && page.body.contains("2027-01-15"));
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
        (Some(2500), Some("in_production"))
    );
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
        "order.assign",
    ] {
        assert!(actions.contains(&a), "{a} missing from {actions:?}");
    }
    let update = events.iter().find(|e| e.action == "order.update").unwrap();
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
                    .set_json(serde_json::json!({"customer_org_id": w.org_y, "reference": format!("BULK-{i:03}"), "title": "Bulk 100%_off", "quantity": "10", "status": if i % 2 == 0 { "shipped" } else { "confirmed" }})),
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
    let shipped = get("/api/v1/orders?status=shipped&limit=100".into())
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
    let html = c.get("/orders?status=shipped").await;
    assert!(html.body.contains("BULK-028") && !html.body.contains("BULK-027"));
    let html = c.get("/orders?q=bulk").await;
    assert!(
        html.body.contains("/orders?q=bulk&amp;status=&amp;after="),
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
    let marker = "id=\"temp-password\">";
    let i = r.body.find(marker).expect("temporary password shown once") + marker.len();
    let temp = r.body[i..].split('<').next().unwrap().to_string();
    let mut b = app.client();
    assert_eq!(
        b.sign_in("new.buyer@xylo.test", &temp).await.status,
        StatusCode::SEE_OTHER
    );
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
    // An existing account (beta's admin) gets a membership, not a second account.
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
    assert!(!r.body.contains("temp-password") && r.body.contains("already had a Portico account"));
    let tenants = portico::auth::session::tenants_of(&mut app.conn(), &w.admin_b.id).unwrap();
    assert_eq!(tenants.len(), 2);
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
        people.contains("new.buyer@xylo.test")
            && people.contains(&w.admin_b.email)
            && people.contains("Only chosen orders")
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
    let _ = PASSWORD;
});

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
    assert!(
        portico::demo::load(&mut app.conn()).is_err(),
        "a second load is refused"
    );
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
