//! Order progress: lifecycle transitions, drafts, the timeline and what never leaks from it,
//! decisions, lateness, templates, dashboards and the CSV export.

use crate::common;

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use common::world::{self, World};
use common::{Client, TestApp, bearer};
use portico::auth::session::SessionKind;

const SECRET: &str = "SECRET-INTERNAL-NOTE-7731";

async fn api_post(app: &TestApp, token: &str, uri: &str, body: serde_json::Value) -> common::Resp {
    app.send(
        TestRequest::post()
            .uri(uri)
            .insert_header(bearer(token))
            .set_json(body),
    )
    .await
}

async fn api_get(app: &TestApp, token: &str, uri: &str) -> common::Resp {
    app.send(TestRequest::get().uri(uri).insert_header(bearer(token)))
        .await
}

fn token(app: &TestApp, email: &str) -> String {
    world::issue(app, email, SessionKind::Api).access_token
}

on_both_backends!(transitions_allowed_and_refused, |app: TestApp| async move {
    let w = World::build(&app);
    let merch = token(&app, &w.merch_a.email);
    let t = |to: &str| serde_json::json!({ "to": to });
    let path = format!("/api/v1/orders/{}/transitions", w.order1);
    // order1 starts in production.
    let r = api_post(&app, &merch, &path, t("shipped")).await;
    assert_eq!(
        r.status,
        StatusCode::CONFLICT,
        "production cannot jump to shipped"
    );
    assert!(
        r.json()["detail"]
            .as_str()
            .unwrap()
            .contains("in_production to shipped")
    );
    assert_eq!(
        api_post(&app, &merch, &path, t("lost")).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let r = api_post(&app, &merch, &path, t("inspection")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.json()["status"], "inspection");
    // The buyer can see the order but not move it; QC only decides inspections, and only on
    // orders assigned to them.
    let buyer = token(&app, &w.buyer_granted.email);
    assert_eq!(
        api_post(&app, &buyer, &path, t("ready_to_ship"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let qc = token(&app, &w.qc_a.email);
    assert_eq!(
        api_post(&app, &qc, &path, t("ready_to_ship")).await.status,
        StatusCode::NOT_FOUND
    );
    portico::orders::assign_staff(&mut app.conn(), &admin(&app, &w), &w.order1, &w.qc_a.id)
        .unwrap();
    assert_eq!(
        api_post(&app, &qc, &path, t("cancelled")).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        api_post(&app, &qc, &path, t("ready_to_ship")).await.status,
        StatusCode::OK
    );
    assert_eq!(
        api_post(&app, &merch, &path, t("shipped")).await.status,
        StatusCode::OK
    );
    // The open decision keeps the order from closing until staff withdraw it.
    let r = api_post(&app, &merch, &path, t("closed")).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    assert!(r.body.contains("withdraw the decision first"), "{}", r.body);
    let withdraw = format!(
        "/api/v1/orders/{}/decisions/{}/withdraw",
        w.order1, w.decision1
    );
    assert_eq!(
        api_post(&app, &buyer, &withdraw, serde_json::json!({}))
            .await
            .status,
        StatusCode::FORBIDDEN,
        "the buyer answers, staff withdraw"
    );
    assert_eq!(
        api_post(&app, &merch, &withdraw, serde_json::json!({}))
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        api_post(&app, &merch, &withdraw, serde_json::json!({}))
            .await
            .status,
        StatusCode::CONFLICT,
        "only an open decision is withdrawn"
    );
    assert_eq!(
        api_post(&app, &merch, &path, t("closed")).await.status,
        StatusCode::OK
    );
    for to in portico::orders::STATUSES {
        assert_eq!(
            api_post(&app, &merch, &path, t(to.as_str()))
                .await
                .status
                .as_u16()
                / 100,
            4,
            "closed is final ({to})"
        );
    }
    // Each transition is on the timeline (for the buyer too) and in the audit log.
    let tl = api_get(
        &app,
        &buyer,
        &format!("/api/v1/orders/{}/timeline?limit=50", w.order1),
    )
    .await
    .json();
    let statuses: Vec<String> = tl["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "status")
        .map(|e| {
            e["meta"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m.as_str().unwrap())
                .collect::<Vec<_>>()
                .join(">")
        })
        .collect();
    assert_eq!(
        statuses,
        [
            "shipped>closed",
            "ready_to_ship>shipped",
            "inspection>ready_to_ship",
            "in_production>inspection"
        ]
    );
    let audit = portico::audit::recent(&mut app.conn(), &w.alpha, 50).unwrap();
    assert_eq!(
        audit
            .iter()
            .filter(|e| e.action == "order.transition")
            .count(),
        4
    );
    // The page offers only what this person may do next.
    let mut m = world::browser(&app, &w.merch_a.email);
    let page = m.get(&format!("/orders/{}", w.order2)).await;
    assert_eq!(
        page.status,
        StatusCode::NOT_FOUND,
        "order2 is not assigned to the merchandiser"
    );
    let mut a = world::browser(&app, &w.admin_a.email);
    let page = a.get(&format!("/orders/{}", w.order2)).await.body;
    assert!(
        page.contains("value=\"inspection\"")
            && page.contains("value=\"cancelled\"")
            && !page.contains("value=\"shipped\"")
    );
});

fn admin(app: &TestApp, w: &World) -> portico::policy::Actor {
    let issued = world::issue(app, &w.admin_a.email, SessionKind::Api);
    let claims = portico::auth::jwt::decode(&app.state.keys.jwt, &issued.access_token).unwrap();
    portico::auth::session::authenticate(&mut app.conn(), &claims, "127.0.0.1").unwrap()
}

on_both_backends!(buyers_never_see_drafts, |app: TestApp| async move {
    let w = World::build(&app);
    let adm = token(&app, &w.admin_a.email);
    let r = api_post(
        &app,
        &adm,
        "/api/v1/orders",
        serde_json::json!({"customer_org_id": w.org_y, "reference": "DRAFT-9", "title": "Draft order", "quantity": 5, "status": "draft"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED);
    let id = r.json()["id"].as_str().unwrap().to_string();
    let buyer = token(&app, &w.buyer_y.email);
    let mut b = world::browser(&app, &w.buyer_y.email);
    let surfaces = [
        api_get(&app, &buyer, "/api/v1/orders?limit=100").await.body,
        api_get(&app, &buyer, "/api/v1/dashboard").await.body,
        api_get(&app, &buyer, "/api/v1/orders/export.csv")
            .await
            .body,
        b.get("/orders").await.body,
        b.get("/dashboard").await.body,
    ];
    for s in &surfaces {
        assert!(!s.contains("DRAFT-9"));
    }
    assert_eq!(
        api_get(&app, &buyer, &format!("/api/v1/orders/{id}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        b.get(&format!("/orders/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        api_get(&app, &buyer, &format!("/api/v1/orders/{id}/timeline"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // A decision cannot be asked on a draft.
    let r = api_post(
        &app,
        &adm,
        &format!("/api/v1/orders/{id}/decisions"),
        serde_json::json!({"title": "x"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Confirmed, it appears.
    let r = api_post(
        &app,
        &adm,
        &format!("/api/v1/orders/{id}/transitions"),
        serde_json::json!({"to": "confirmed"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        api_get(&app, &buyer, "/api/v1/orders?limit=100")
            .await
            .body
            .contains("DRAFT-9")
    );
    assert_eq!(
        api_get(&app, &buyer, &format!("/api/v1/orders/{id}"))
            .await
            .status,
        StatusCode::OK
    );
});

on_both_backends!(
    internal_updates_never_reach_buyers,
    |app: TestApp| async move {
        let w = World::build(&app);
        let merch = token(&app, &w.merch_a.email);
        let post = |vis: &str, body: &str| serde_json::json!({"body": body, "visibility": vis, "milestone_id": w.milestone1});
        let uri = format!("/api/v1/orders/{}/updates", w.order1);
        assert_eq!(
            api_post(&app, &merch, &uri, post("internal", SECRET))
                .await
                .status,
            StatusCode::CREATED
        );
        assert_eq!(
            api_post(
                &app,
                &merch,
                &uri,
                post("customer", "Cutting **finished** today")
            )
            .await
            .status,
            StatusCode::CREATED
        );
        assert_eq!(
            api_post(
                &app,
                &merch,
                &uri,
                post("", &format!("{SECRET} default is internal"))
            )
            .await
            .status,
            StatusCode::CREATED
        );
        assert_eq!(
            api_post(&app, &merch, &uri, post("everyone", "x"))
                .await
                .status,
            StatusCode::UNPROCESSABLE_ENTITY
        );

        let buyer = token(&app, &w.buyer_granted.email);
        let mut b = world::browser(&app, &w.buyer_granted.email);
        let o1 = &w.order1;
        let surfaces = [
            ("detail page", b.get(&format!("/orders/{o1}")).await.body),
            (
                "timeline API",
                api_get(
                    &app,
                    &buyer,
                    &format!("/api/v1/orders/{o1}/timeline?limit=100"),
                )
                .await
                .body,
            ),
            (
                "order API",
                api_get(&app, &buyer, &format!("/api/v1/orders/{o1}"))
                    .await
                    .body,
            ),
            (
                "list API",
                api_get(&app, &buyer, "/api/v1/orders").await.body,
            ),
            ("list page", b.get("/orders").await.body),
            (
                "CSV",
                api_get(&app, &buyer, "/api/v1/orders/export.csv")
                    .await
                    .body,
            ),
            ("dashboard", b.get("/dashboard").await.body),
            (
                "dashboard API",
                api_get(&app, &buyer, "/api/v1/dashboard").await.body,
            ),
            (
                "decisions API",
                api_get(&app, &buyer, "/api/v1/decisions").await.body,
            ),
        ];
        for (name, body) in &surfaces {
            assert!(
                !body.contains(SECRET),
                "internal update leaked through the {name}"
            );
            assert!(
                !body.contains("visibility\":\"internal"),
                "{name} mentions an internal entry"
            );
        }
        let tl = api_get(
            &app,
            &buyer,
            &format!("/api/v1/orders/{o1}/timeline?limit=100"),
        )
        .await
        .json();
        let entries = tl["items"].as_array().unwrap();
        assert_eq!(entries.len(), 1, "counts exclude internal entries too");
        assert_eq!(entries[0]["blocks"][0]["lines"][0][1]["text"], "finished");
        assert!(surfaces[0].1.contains("<strong>finished</strong>"));
        // Staff see everything, marked internal.
        let staff_tl = api_get(
            &app,
            &merch,
            &format!("/api/v1/orders/{o1}/timeline?limit=100"),
        )
        .await
        .json();
        assert_eq!(staff_tl["items"].as_array().unwrap().len(), 3);
        let mut m = world::browser(&app, &w.merch_a.email);
        let page = m.get(&format!("/orders/{o1}")).await.body;
        assert!(page.contains(SECRET) && page.contains("vis-internal"));
        // Typed markup is text, never HTML.
        api_post(
            &app,
            &merch,
            &uri,
            post("customer", "<img src=x onerror=alert(1)>"),
        )
        .await;
        let page = b.get(&format!("/orders/{o1}")).await.body;
        assert!(
            page.contains("&lt;img src=x onerror=alert(1)&gt;") && !page.contains("<img src=x")
        );
        // Buyers comment (customer-visible), but cannot post updates; staff cannot pose as buyers.
        let r = api_post(
            &app,
            &buyer,
            &format!("/api/v1/orders/{o1}/comments"),
            serde_json::json!({"body": "Please send photos"}),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED);
        assert_eq!(
            api_post(&app, &buyer, &uri, post("customer", "x"))
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            api_post(
                &app,
                &merch,
                &format!("/api/v1/orders/{o1}/comments"),
                serde_json::json!({"body": "x"})
            )
            .await
            .status,
            StatusCode::FORBIDDEN
        );
        let empty = api_post(
            &app,
            &buyer,
            &format!("/api/v1/orders/{o1}/comments"),
            serde_json::json!({"body": "  "}),
        )
        .await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
        // Paging: newest first, every entry once.
        for i in 0..25 {
            api_post(&app, &merch, &uri, post("customer", &format!("update {i}"))).await;
        }
        let mut seen = Vec::new();
        let mut before = String::new();
        loop {
            let page = api_get(
                &app,
                &buyer,
                &format!("/api/v1/orders/{o1}/timeline?limit=10&after={before}"),
            )
            .await
            .json();
            seen.extend(
                page["items"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|e| e["id"].as_str().unwrap().to_string()),
            );
            match page["next"].as_str() {
                Some(n) => before = n.to_string(),
                None => break,
            }
        }
        assert_eq!(seen.len(), 28);
        let mut sorted = seen.clone();
        sorted.sort_by(|a, b| b.cmp(a));
        assert_eq!(seen, sorted, "newest first");
        // A form error keeps what was typed.
        let long = "x".repeat(5001);
        let r = m
            .post(
                &format!("/orders/{o1}/updates"),
                &[("body", &long), ("visibility", "customer")],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("At most 5000 characters") && r.body.contains(&long));
    }
);

on_both_backends!(decisions_are_answered_once, |app: TestApp| async move {
    let w = World::build(&app);
    let merch = token(&app, &w.merch_a.email);
    let buyer = token(&app, &w.buyer_granted.email);
    let o1 = &w.order1;
    let r = api_post(
        &app,
        &merch,
        &format!("/api/v1/orders/{o1}/decisions"),
        serde_json::json!({"kind": "delay_acceptance", "title": "Accept 5 days delay", "description": "Fabric arrives late", "due_date": "2030-01-01"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let did = r.json()["id"].as_str().unwrap().to_string();
    assert_eq!(
        api_post(
            &app,
            &buyer,
            &format!("/api/v1/orders/{o1}/decisions"),
            serde_json::json!({"title": "x"})
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );
    let bad_kind = api_post(
        &app,
        &merch,
        &format!("/api/v1/orders/{o1}/decisions"),
        serde_json::json!({"kind": "bribe", "title": "x"}),
    )
    .await;
    assert_eq!(bad_kind.status, StatusCode::UNPROCESSABLE_ENTITY);
    // The buyer sees it waiting on their dashboard.
    let dash = api_get(&app, &buyer, "/api/v1/dashboard").await.json();
    assert_eq!(
        dash["open_decisions"].as_array().unwrap().len(),
        2,
        "the world's decision and this one"
    );
    let answer = format!("/api/v1/orders/{o1}/decisions/{did}/answer");
    assert_eq!(
        api_post(
            &app,
            &merch,
            &answer,
            serde_json::json!({"answer": "approved"})
        )
        .await
        .status,
        StatusCode::FORBIDDEN,
        "staff cannot answer for the buyer"
    );
    let other = token(&app, &w.buyer_y.email);
    assert_eq!(
        api_post(
            &app,
            &other,
            &answer,
            serde_json::json!({"answer": "approved"})
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    let r = api_post(
        &app,
        &buyer,
        &answer,
        serde_json::json!({"answer": "rejected"}),
    )
    .await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a rejection needs a reason"
    );
    assert_eq!(
        api_post(
            &app,
            &buyer,
            &answer,
            serde_json::json!({"answer": "maybe"})
        )
        .await
        .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let r = api_post(
        &app,
        &buyer,
        &answer,
        serde_json::json!({"answer": "approved", "comment": "OK, but not more"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    // Immutable: a second answer, either way, is refused and changes nothing.
    let again = api_post(
        &app,
        &buyer,
        &answer,
        serde_json::json!({"answer": "rejected", "comment": "changed my mind"}),
    )
    .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let w2 = api_post(
        &app,
        &merch,
        &format!("/api/v1/orders/{o1}/decisions/{did}/withdraw"),
        serde_json::json!({}),
    )
    .await;
    assert_eq!(
        w2.status,
        StatusCode::CONFLICT,
        "an answered decision is not withdrawn"
    );
    let list = api_get(&app, &merch, &format!("/api/v1/orders/{o1}/decisions"))
        .await
        .json();
    let d = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == did.as_str())
        .unwrap()
        .clone();
    assert_eq!(d["status"], "approved");
    assert_eq!(d["answer_comment"], "OK, but not more");
    assert_eq!(d["answered_by"], w.buyer_granted.id.as_str());
    assert_eq!(d["answered_by_name"], "granted");
    assert!(d["answered_at"].is_string());
    {
        use diesel::prelude::*;
        use portico::db::schema::decisions;
        let ip: Option<String> = decisions::table
            .find(&did)
            .select(decisions::answer_ip)
            .first(&mut *app.conn())
            .unwrap();
        assert_eq!(
            ip.as_deref(),
            Some("203.0.113.7"),
            "where the answer came from"
        );
    }
    // The merchandiser sees the answer on the timeline; the page offers no second answer.
    let tl = api_get(&app, &merch, &format!("/api/v1/orders/{o1}/timeline"))
        .await
        .json();
    let kinds: Vec<&str> = tl["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(&kinds[..2], ["decision_answer", "decision_request"]);
    let mut b = world::browser(&app, &w.buyer_granted.email);
    let page = b.get(&format!("/orders/{o1}")).await.body;
    assert!(!page.contains(&format!("/decisions/{did}/answer")));
    assert!(
        page.contains(&format!("/decisions/{}/answer", w.decision1)),
        "the other one is still open"
    );
    // A withdrawn decision cannot be answered.
    let mut m = world::browser(&app, &w.merch_a.email);
    assert_eq!(
        m.post(
            &format!("/orders/{o1}/decisions/{}/withdraw", w.decision1),
            &[]
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
    let r = b
        .post(
            &format!("/orders/{o1}/decisions/{}/answer", w.decision1),
            &[("answer", "approved")],
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    let audit = portico::audit::recent(&mut app.conn(), &w.alpha, 50).unwrap();
    for a in ["decision.request", "decision.answer", "decision.withdraw"] {
        assert!(audit.iter().any(|e| e.action == a), "{a}");
    }
});

on_both_backends!(
    lateness_templates_and_expected_finish,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut a = world::browser(&app, &w.admin_a.email);
        // Every tenant starts with the garments template; applying it plans seven milestones.
        let templates = api_get(
            &app,
            &token(&app, &w.admin_a.email),
            "/api/v1/milestone-templates",
        )
        .await
        .json();
        let garments = templates["items"][0].clone();
        assert_eq!(garments["name"], "Garments");
        assert_eq!(garments["steps"].as_array().unwrap().len(), 7);
        a.get("/orders/new").await;
        let today = chrono::Utc::now().date_naive();
        let ex_factory = (today + chrono::Duration::days(40)).to_string();
        let r = a
            .post(
                "/orders",
                &[
                    ("customer_org_id", &w.org_x),
                    ("reference", "TPL-1"),
                    ("title", "Templated"),
                    ("quantity", "10"),
                    ("ex_factory_date", &ex_factory),
                    ("template_id", garments["id"].as_str().unwrap()),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let id = r
            .location()
            .unwrap()
            .trim_start_matches("/orders/")
            .to_string();
        let detail = a.get(&format!("/api/v1/orders/{id}")).await.json();
        let ms = detail["milestones"].as_array().unwrap();
        assert_eq!(ms.len(), 7);
        assert_eq!(ms[0]["name"], "Fabric sourcing");
        assert_eq!(
            ms[0]["planned_date"],
            (today + chrono::Duration::days(10)).to_string()
        );
        assert_eq!(
            ms[6]["planned_date"],
            (today + chrono::Duration::days(55)).to_string()
        );
        assert_eq!(detail["progress"]["late"], 0);
        assert_eq!(detail["progress"]["next_milestone"], "Fabric sourcing");
        // The plan ends 15 days after the agreed ex-factory date: the page says so.
        assert_eq!(
            detail["progress"]["expected_finish"],
            (today + chrono::Duration::days(55)).to_string()
        );
        let page = a.get(&format!("/orders/{id}")).await.body;
        assert!(page.contains("15 days after ex-factory"), "slip shown");
        // A milestone past its date is late everywhere: detail, list, filter, dashboards.
        let first = ms[0]["id"].as_str().unwrap();
        let past = (today - chrono::Duration::days(2)).to_string();
        let r = a
            .post(
                &format!("/orders/{id}/milestones/{first}"),
                &[
                    ("status", "in_progress"),
                    ("percent", "20"),
                    ("planned_date", &past),
                    ("owner_user_id", &w.merch_a.id),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let detail = a.get(&format!("/api/v1/orders/{id}")).await.json();
        assert_eq!(detail["progress"]["late"], 1);
        assert_eq!(
            detail["milestones"][0]["owner_user_id"],
            w.merch_a.id.as_str()
        );
        let late = a.get("/api/v1/orders?late=1").await.json();
        let refs: Vec<&str> = late["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["reference"].as_str().unwrap())
            .collect();
        assert_eq!(refs, ["TPL-1"]);
        assert!(a.get("/orders").await.body.contains("1 late"));
        let dash = a.get("/api/v1/dashboard").await.json();
        assert_eq!(dash["late_orders"], 1);
        assert_eq!(dash["late_milestones"][0]["reference"], "TPL-1");
        let buyer_dash = world::browser(&app, &w.buyer_nogrant.email)
            .get("/dashboard")
            .await
            .body;
        assert!(!buyer_dash.contains("TPL-1"), "not granted to this buyer");
        // A buyer with all of customer X's orders sees it late too.
        portico::people::access::update(
            &mut app.conn(),
            &admin(&app, &w),
            &w.buyer_nogrant.id,
            &portico::people::access::parse("buyer", &w.org_x, "all", &[]).unwrap(),
        )
        .unwrap();
        let mut b = world::browser(&app, &w.buyer_nogrant.email);
        let page = b.get("/dashboard").await.body;
        assert!(page.contains("TPL-1") && page.contains("badge late"));
        // An owner must be staff.
        let r = a
            .post(
                &format!("/orders/{id}/milestones/{first}"),
                &[("status", "done"), ("owner_user_id", &w.buyer_granted.id)],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        // Done is never late.
        a.post(
            &format!("/orders/{id}/milestones/{first}"),
            &[("status", "done"), ("actual_date", &today.to_string())],
        )
        .await;
        assert_eq!(
            a.get("/api/v1/orders?late=1").await.json()["items"]
                .as_array()
                .unwrap()
                .len(),
            0
        );
        // Templates: admins write them, with clear errors.
        let r = a
            .post(
                "/admin/templates",
                &[("name", "Knitwear"), ("steps", "Yarn | 7\nKnitting | many")],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            r.body.contains("Line 2") && r.body.contains("Knitting | many"),
            "error shown, input kept"
        );
        let r = a
            .post(
                "/admin/templates",
                &[
                    ("name", "Knitwear"),
                    ("steps", "Yarn | 7\nKnitting | 20\nLinking | 30"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(a.get("/admin/templates").await.body.contains("Linking"));
        assert_eq!(
            world::browser(&app, &w.merch_a.email)
                .get("/admin/templates")
                .await
                .status,
            StatusCode::FORBIDDEN
        );
    }
);

on_both_backends!(filters_sorts_and_csv_export, |app: TestApp| async move {
    let w = World::build(&app);
    let adm = token(&app, &w.admin_a.email);
    for (i, (org, title, exf)) in [
        (&w.org_x, "=HYPERLINK(\"http://evil\")", "2027-03-01"),
        (&w.org_y, "Jackets, \"quoted\"", "2027-04-15"),
        (&w.org_y, "夹克衫", "2027-06-30"),
    ]
    .iter()
    .enumerate()
    {
        let r = api_post(
            &app,
            &adm,
            "/api/v1/orders",
            serde_json::json!({"customer_org_id": org, "reference": format!("F-{}", 3 - i), "title": title, "quantity": 1, "ex_factory_date": exf}),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED);
    }
    let refs = |v: serde_json::Value| -> Vec<String> {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["reference"].as_str().unwrap().to_string())
            .collect()
    };
    let get = |q: &str| {
        let uri = format!("/api/v1/orders?{q}");
        let (app, adm) = (&app, adm.clone());
        async move { api_get(app, &adm, &uri).await }
    };
    assert_eq!(
        refs(get(&format!("customer={}&q=F-", w.org_y)).await.json()),
        ["F-1", "F-2"]
    );
    assert_eq!(
        refs(get("from=2027-04-01&to=2027-06-30").await.json()),
        ["F-1", "F-2"]
    );
    assert_eq!(refs(get("from=2027-04-16").await.json()), ["F-1"]);
    assert_eq!(
        get("from=someday").await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        get("sort=price").await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        get("customer=nope").await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        refs(get("q=F-&sort=oldest").await.json()),
        ["F-3", "F-2", "F-1"]
    );
    // Sorted by reference, in keyset pages of two.
    let mut seen = Vec::new();
    let mut after = String::new();
    loop {
        let page = get(&format!("sort=reference&limit=2&after={after}"))
            .await
            .json();
        seen.extend(refs(page.clone()));
        match page["next"].as_str() {
            Some(n) => after = n.to_string(),
            None => break,
        }
    }
    let mut expected = seen.clone();
    expected.sort();
    assert_eq!(seen, expected);
    assert_eq!(seen.len(), 6, "three of the world's and three new");
    // CSV: header, BOM, formulas neutralised, quotes escaped, Chinese intact, filters applied.
    let csv = api_get(&app, &adm, "/api/v1/orders/export.csv?q=F-&sort=reference").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.headers
            .get("content-type")
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    assert!(
        csv.headers
            .get("content-disposition")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let body = csv.body.strip_prefix('\u{feff}').expect("UTF-8 BOM");
    let lines: Vec<&str> = body.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert!(lines[0].starts_with("reference,title,customer"));
    assert_eq!(lines.len(), 4);
    assert!(lines[1].starts_with("F-1,夹克衫,Yonder Retail GmbH"));
    assert!(lines[2].starts_with("F-2,\"Jackets, \"\"quoted\"\"\""));
    assert!(
        lines[3].starts_with("F-3,\"'=HYPERLINK(\"\"http://evil\"\")\""),
        "{}",
        lines[3]
    );
    assert_eq!(
        api_get(&app, &adm, "/api/v1/orders/export.csv?status=nope")
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    // A buyer's export holds only their orders; a large export streams in pages.
    let buyer_csv = api_get(
        &app,
        &token(&app, &w.buyer_granted.email),
        "/api/v1/orders/export.csv",
    )
    .await
    .body;
    assert!(
        buyer_csv.contains(world::ORDER1_REF)
            && !buyer_csv.contains("F-")
            && !buyer_csv.contains(world::ORDER3_REF)
    );
    for i in 0..520 {
        portico::orders::insert(
            &mut app.conn(),
            &portico::orders::NewOrder {
                tenant_id: &w.alpha,
                customer_org_id: &w.org_y,
                reference: &format!("BIG-{i:04}"),
                title: "bulk",
                product: "",
                quantity: 1,
                status: portico::orders::OrderStatus::Confirmed,
                ex_factory_date: None,
                etd_date: None,
            },
        )
        .unwrap();
    }
    let big = api_get(&app, &adm, "/api/v1/orders/export.csv?q=BIG-")
        .await
        .body;
    assert_eq!(
        big.matches("\r\nBIG-").count(),
        520,
        "every order once across the streamed pages"
    );
    // The page's export link carries the filters.
    let mut a = world::browser(&app, &w.admin_a.email);
    let page = a.get("/orders?q=F-&late=1").await.body;
    assert!(page.contains("/orders/export.csv?q=F-&amp;late=1"));
});

on_both_backends!(dashboards_per_role, |app: TestApp| async move {
    let w = World::build(&app);
    let soon = (chrono::Utc::now().date_naive() + chrono::Duration::days(5)).to_string();
    {
        use diesel::prelude::*;
        use portico::db::schema::orders;
        let d = chrono::NaiveDate::parse_from_str(&soon, "%Y-%m-%d").unwrap();
        diesel::update(orders::table.find(&w.order1))
            .set(orders::ex_factory_date.eq(Some(d)))
            .execute(&mut *app.conn())
            .unwrap();
    }
    let mut b = world::browser(&app, &w.buyer_granted.email);
    let page = b.get("/dashboard").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("Waiting for your decision")
            && page.body.contains("Approve the PP sample")
    );
    assert!(page.body.contains(world::ORDER1_REF) && !page.body.contains(world::ORDER3_REF));
    let mut m = world::browser(&app, &w.merch_a.email);
    let page = m.get("/dashboard").await.body;
    assert!(
        page.contains("Due ex-factory in the next two weeks") && page.contains(world::ORDER1_REF)
    );
    assert!(page.contains("Waiting for the buyer"));
    let mut q = world::browser(&app, &w.qc_a.email);
    let page = q.get("/dashboard").await.body;
    assert!(
        !page.contains(world::ORDER1_REF),
        "QC is not assigned to order1"
    );
    let mut a = world::browser(&app, &w.admin_a.email);
    let page = a.get("/dashboard").await.body;
    assert!(page.contains("Orders by status") && page.contains("/orders?status=in_production"));
    let api = a.get("/api/v1/dashboard").await.json();
    let in_production = api["by_status"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["status"] == "in_production")
        .unwrap()["count"]
        .as_i64();
    assert_eq!(in_production, Some(3));
    // Home leads to the dashboard; Chinese works there too.
    assert_eq!(a.get("/").await.location(), Some("/dashboard"));
    a.post("/language", &[("lang", "zh-CN")]).await;
    assert!(a.get("/dashboard").await.body.contains("按状态统计订单"));
    let _: Option<Client> = None;
});

async fn all_orders(app: &TestApp, token: &str) -> Vec<serde_json::Value> {
    let r = api_get(app, token, "/api/v1/orders?limit=200").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    r.json()["items"].as_array().unwrap().clone()
}

// The order list reads progress kept on the order row (`orders::progress::Stored`): after
// milestones are added and changed through the API it says what the order's own page (which
// computes from the milestones) says; a row that drifted is found and repaired by fsck.
on_both_backends!(
    the_order_list_reads_progress_from_the_row_and_fsck_repairs_drift,
    |app: TestApp| async move {
        use diesel::prelude::*;
        use portico::db::schema::orders;
        let w = World::build_without_files(&app);
        let adm = token(&app, &w.admin_a.email);
        let yesterday = (portico::ids::today() - chrono::Duration::days(1)).to_string();
        let later = (portico::ids::today() + chrono::Duration::days(9)).to_string();
        let add = |name: &str, planned: &str| serde_json::json!({ "name": name, "planned_date": planned, "status": "pending", "percent": 0 });
        let path = format!("/api/v1/orders/{}/milestones", w.order2);
        let r = api_post(&app, &adm, &path, add("Cutting", &yesterday)).await;
        assert!(r.status.is_success(), "{}", r.body);
        let r = api_post(&app, &adm, &path, add("Sewing", &later)).await;
        assert!(r.status.is_success(), "{}", r.body);
        let detail = r.json();
        let sewing = detail["milestones"]
            .as_array()
            .unwrap_or_else(|| panic!("{detail}"))
            .iter()
            .find(|m| m["name"] == "Sewing")
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string();
        let r = api_post(
            &app,
            &adm,
            &format!("{path}/{sewing}"),
            serde_json::json!({ "planned_date": later, "status": "in_progress", "percent": 40 }),
        )
        .await;
        assert!(r.status.is_success(), "{}", r.body);

        let items = all_orders(&app, &adm).await;
        assert!(items.len() >= 3);
        for item in &items {
            let id = item["id"].as_str().unwrap();
            let one = api_get(&app, &adm, &format!("/api/v1/orders/{id}"))
                .await
                .json();
            assert_eq!(item["progress"], one["progress"], "order {id}");
            assert_eq!(item["customer_name"], one["customer_name"], "order {id}");
        }
        let order2 = items
            .iter()
            .find(|i| i["id"] == w.order2.to_string())
            .unwrap();
        assert_eq!(order2["progress"]["late"], 1, "{order2}");
        assert_eq!(order2["progress"]["percent"], 20);
        assert_eq!(order2["progress"]["next_milestone"], "Cutting");
        assert_eq!(order2["customer_name"], "Yonder Retail GmbH");
        let late = api_get(&app, &adm, "/api/v1/orders?late=1").await.json();
        assert!(
            late["items"]
                .as_array()
                .unwrap()
                .iter()
                .any(|i| i["id"] == w.order2.to_string())
        );

        let opts = |dry_run| portico::files::fsck::Options {
            grace: std::time::Duration::from_secs(3600),
            dry_run,
            progress: true,
        };
        let r = portico::files::fsck::run(&app.state, opts(true))
            .await
            .unwrap();
        assert!(r.progress_drift.is_empty(), "{r}");
        diesel::update(orders::table.find(&w.order2))
            .set(orders::progress_percent.eq(99))
            .execute(&mut *app.conn())
            .unwrap();
        let r = portico::files::fsck::run(&app.state, opts(true))
            .await
            .unwrap();
        assert_eq!(r.progress_drift, vec![w.order2.to_string()], "{r}");
        assert!(!r.is_clean());
        assert!(r.to_string().contains("would repair 1"), "{r}");
        let r = portico::files::fsck::run(&app.state, opts(false))
            .await
            .unwrap();
        assert_eq!(r.progress_drift, vec![w.order2.to_string()], "{r}");
        let r = portico::files::fsck::run(&app.state, opts(true))
            .await
            .unwrap();
        assert!(r.progress_drift.is_empty(), "repaired: {r}");
        let items = all_orders(&app, &adm).await;
        let order2 = items
            .iter()
            .find(|i| i["id"] == w.order2.to_string())
            .unwrap();
        assert_eq!(order2["progress"]["percent"], 20);
    }
);
