//! Signed webhooks end to end: a real receiver on 127.0.0.1 gets a signed delivery after an
//! order moves; a failing one gets retries at the backoff times and its endpoint is disabled;
//! private addresses are refused when saved and when delivered; one tenant never sees or
//! reaches another's endpoints.
//!
//! Time: the retries are tested by moving the deliveries' times back (as `age_limits` moves
//! the attempt counters), not the process clock, which every suite of this binary shares.

mod harness;

use std::sync::atomic::Ordering;

use actix_web::http::StatusCode;
use common::TestApp;
use common::world::{self, World};
use diesel::prelude::*;
use harness::*;
use serde_json::{Value, json};

use crate::common;

on_both_backends!(
    a_signed_delivery_follows_an_order_transition,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let rx = Receiver::start(200);
        let (open_state, svc) = open(&app).await;
        let admin = token(&app, &w.admin_a.email);
        let (id, secret) = endpoint(&svc, &admin, &rx.url, &["order.status_changed"]).await;
        assert!(
            secret.starts_with("whsec_") && secret.len() > 40,
            "{secret}"
        );

        // The secret is shown once: never in the list or the endpoint afterwards.
        let list = app.send(get(&admin, "/api/v1/webhooks")).await;
        assert_eq!(list.status, StatusCode::OK, "{}", list.body);
        assert_eq!(list.json()["items"][0]["id"], id.as_str());
        assert!(!list.body.contains(&secret) && !list.body.contains("whsec_"));
        let one = app
            .send(get(&admin, &format!("/api/v1/webhooks/{id}")))
            .await;
        assert!(!one.body.contains("whsec_"), "{}", one.body);
        assert_eq!(one.json()["events"], json!(["order.status_changed"]));

        let merch = token(&app, &w.merch_a.email);
        let moved = app
            .send(post(
                &merch,
                &format!("/api/v1/orders/{}/transitions", w.order1),
                json!({"to": "inspection"}),
            ))
            .await;
        assert!(moved.status.is_success(), "{}", moved.body);
        // A change that is refused (and rolled back) is no event.
        let refused = app
            .send(post(
                &merch,
                &format!("/api/v1/orders/{}/transitions", w.order1),
                json!({"to": "closed"}),
            ))
            .await;
        assert!(refused.status.is_client_error(), "{}", refused.body);

        assert_eq!(portico::webhooks::drain(&open_state).await.unwrap(), 1);
        let hits = rx.hits();
        assert_eq!(hits.len(), 1);
        let hit = &hits[0];
        assert_eq!(hit.headers["content-type"], "application/json");
        assert_eq!(hit.headers["portico-event"], "order.status_changed");
        let sig = &hit.headers["portico-signature"];
        let (t, v1) = sig
            .strip_prefix("t=")
            .and_then(|s| s.split_once(",v1="))
            .unwrap_or_else(|| panic!("{sig}"));
        assert_eq!(v1, hmac_hex(&secret, &format!("{t}.{}", hit.body)));
        assert_ne!(v1, hmac_hex("whsec_wrong", &format!("{t}.{}", hit.body)));
        let t: i64 = t.parse().unwrap();
        assert!((t - portico::ids::now().and_utc().timestamp()).abs() < 120);

        let event: Value = serde_json::from_str(&hit.body).unwrap();
        assert_eq!(event["type"], "order.status_changed");
        assert_eq!(event["tenant_id"], w.alpha.as_str());
        assert_eq!(event["data"]["object_type"], "order");
        assert_eq!(event["data"]["object_id"], w.order1.as_str());
        assert_eq!(event["data"]["status"], "inspection");
        assert!(event["created_at"].as_str().unwrap().ends_with('Z'));
        assert!(
            !hit.body.contains("Cotton"),
            "no order details: {}",
            hit.body
        );

        let log = app
            .send(get(&admin, &format!("/api/v1/webhooks/{id}/deliveries")))
            .await;
        assert_eq!(log.status, StatusCode::OK, "{}", log.body);
        let d = &log.json()["items"][0];
        assert_eq!(
            d["id"].as_str(),
            Some(hit.headers["portico-delivery"].as_str())
        );
        assert_eq!(d["event_id"], event["id"]);
        assert_eq!(d["state"], "delivered");
        assert_eq!(d["attempts"], 1);
        assert_eq!(d["last_status"], 200);
        assert_eq!(log.json()["next"], Value::Null);
        assert_eq!(portico::webhooks::drain(&open_state).await.unwrap(), 0);
    }
);

on_both_backends!(
    a_failing_receiver_is_retried_then_its_endpoint_disabled,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let rx = Receiver::start(500);
        let (open_state, svc) = open(&app).await;
        let admin = token(&app, &w.admin_a.email);
        let (id, _) = endpoint(&svc, &admin, &rx.url, &["order.status_changed"]).await;
        for _ in 0..3 {
            let r = app
                .send(post(
                    &admin,
                    &format!("/api/v1/webhooks/{id}/test"),
                    json!({}),
                ))
                .await;
            assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.body);
        }
        let drain = || portico::webhooks::drain(&open_state);
        let log = || app.send(get(&admin, &format!("/api/v1/webhooks/{id}/deliveries")));
        assert_eq!(drain().await.unwrap(), 3);
        let mut sent = 3;
        assert_eq!(rx.hits().len(), sent);
        // Each wait of the schedule: nothing a second early, everything on time.
        for wait in portico::webhooks::delivery::BACKOFF_MINUTES {
            let l = log().await.json();
            for d in l["items"].as_array().unwrap() {
                assert_eq!(d["state"], "pending", "{d}");
                assert_eq!(d["last_error"], "HTTP 500");
                assert_eq!(
                    seconds(&d["next_attempt_at"]) - seconds(&d["last_attempt_at"]),
                    wait * 60,
                    "{d}"
                );
            }
            age(
                &app,
                chrono::Duration::minutes(wait) - chrono::Duration::seconds(1),
            );
            assert_eq!(
                drain().await.unwrap(),
                0,
                "before the {wait} min wait is over"
            );
            age(&app, chrono::Duration::seconds(1));
            assert_eq!(drain().await.unwrap(), 3, "after {wait} min");
            sent += 3;
            assert_eq!(rx.hits().len(), sent);
            let e = app
                .send(get(&admin, &format!("/api/v1/webhooks/{id}")))
                .await
                .json();
            let disabled = wait == 1440;
            assert_eq!(e["enabled"], !disabled, "after {wait} min: {e}");
        }
        // 21 failed attempts, the last ones more than a day after the first: disabled, told.
        let e = app
            .send(get(&admin, &format!("/api/v1/webhooks/{id}")))
            .await
            .json();
        assert_eq!(e["disabled_reason"], "failures");
        assert!(e["consecutive_failures"].as_i64().unwrap() >= 15);
        for d in log().await.json()["items"].as_array().unwrap() {
            assert_eq!(d["state"], "failed", "{d}");
            assert_eq!(d["attempts"], 7);
            assert_eq!(d["next_attempt_at"], Value::Null);
        }
        {
            use portico::db::schema::notifications as n;
            let kinds: Vec<String> = n::table
                .filter(n::user_id.eq(&w.admin_a.id))
                .select(n::kind)
                .load(&mut *app.conn())
                .unwrap();
            assert!(kinds.iter().any(|k| k == "webhook_disabled"), "{kinds:?}");
        }
        // Disabled: no new event is queued for it, and a test is refused.
        let merch = token(&app, &w.merch_a.email);
        let moved = app
            .send(post(
                &merch,
                &format!("/api/v1/orders/{}/transitions", w.order1),
                json!({"to": "inspection"}),
            ))
            .await;
        assert!(moved.status.is_success(), "{}", moved.body);
        let r = app
            .send(post(
                &admin,
                &format!("/api/v1/webhooks/{id}/test"),
                json!({}),
            ))
            .await;
        assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
        assert_eq!(log().await.json()["items"].as_array().unwrap().len(), 3);
        assert_eq!(drain().await.unwrap(), 0);

        // Enabled again: a fresh start, and it receives again.
        rx.status.store(204, Ordering::SeqCst);
        let e = app
            .send(post(
                &admin,
                &format!("/api/v1/webhooks/{id}/enable"),
                json!({}),
            ))
            .await;
        assert_eq!(e.status, StatusCode::OK, "{}", e.body);
        assert_eq!(e.json()["enabled"], true);
        assert_eq!(e.json()["consecutive_failures"], 0);
        app.send(post(
            &admin,
            &format!("/api/v1/webhooks/{id}/test"),
            json!({}),
        ))
        .await;
        assert_eq!(drain().await.unwrap(), 1);
        assert_eq!(log().await.json()["items"][0]["state"], "delivered");
    }
);

on_both_backends!(
    private_targets_are_refused_unless_the_operator_allows_them,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let admin = token(&app, &w.admin_a.email);
        for url in [
            "https://127.0.0.1/",
            "https://169.254.169.254/latest/meta-data/",
            "https://[::1]/",
            "https://10.0.0.1/",
            "https://localhost/",
            "https://[::ffff:127.0.0.1]/",
            "https://2130706433/",
        ] {
            let r = app
                .send(post(
                    &admin,
                    "/api/v1/webhooks",
                    json!({"url": url, "events": ["report.ready"]}),
                ))
                .await;
            assert_eq!(
                r.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{url}: {}",
                r.body
            );
            assert_eq!(
                r.json()["code"],
                "webhook_address_private",
                "{url}: {}",
                r.body
            );
        }
        for url in [
            "http://127.0.0.1/",
            "http://169.254.169.254/",
            "http://[::1]/",
            "http://10.0.0.1/",
            "http://localhost/",
        ] {
            let r = app
                .send(post(
                    &admin,
                    "/api/v1/webhooks",
                    json!({"url": url, "events": ["report.ready"]}),
                ))
                .await;
            assert_eq!(
                r.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{url}: {}",
                r.body
            );
            assert_eq!(r.json()["code"], "webhook_url_https", "{url}: {}", r.body);
        }
        let list = app.send(get(&admin, "/api/v1/webhooks")).await;
        assert_eq!(list.json()["items"], json!([]));

        // Saved while allowed, then delivered by a node that does not allow it: the address is
        // checked again at delivery, and nothing reaches the receiver.
        let rx = Receiver::start(200);
        let (_, svc) = open(&app).await;
        let (id, _) = endpoint(&svc, &admin, &rx.url, &["order.status_changed"]).await;
        app.send(post(
            &admin,
            &format!("/api/v1/webhooks/{id}/test"),
            json!({}),
        ))
        .await;
        assert_eq!(portico::webhooks::drain(&app.state).await.unwrap(), 1);
        assert!(rx.hits().is_empty());
        let d = &app
            .send(get(&admin, &format!("/api/v1/webhooks/{id}/deliveries")))
            .await
            .json()["items"][0];
        assert_eq!(d["last_error"], "address refused", "{d}");
    }
);

on_both_backends!(
    one_tenant_never_sees_or_reaches_anothers_endpoints,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let rx = Receiver::start(200);
        let (open_state, svc) = open(&app).await;
        let admin_a = token(&app, &w.admin_a.email);
        let (id, secret) = endpoint(
            &svc,
            &admin_a,
            &rx.url,
            &["order.status_changed", "order.created"],
        )
        .await;

        let admin_b = token(&app, &w.admin_b.email);
        for path in ["", "/deliveries"] {
            let r = app
                .send(get(&admin_b, &format!("/api/v1/webhooks/{id}{path}")))
                .await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}: {}", r.body);
        }
        for action in ["disable", "enable", "test", "delete"] {
            let r = app
                .send(post(
                    &admin_b,
                    &format!("/api/v1/webhooks/{id}/{action}"),
                    json!({}),
                ))
                .await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{action}: {}", r.body);
        }
        let list = app.send(get(&admin_b, "/api/v1/webhooks")).await;
        assert_eq!(list.json()["items"], json!([]));
        assert!(!list.body.contains(&id) && !list.body.contains(&secret));

        // Tenant B's own change never reaches tenant A's endpoint.
        let moved = app
            .send(post(
                &admin_b,
                &format!("/api/v1/orders/{}/transitions", w.order_b),
                json!({"to": "inspection"}),
            ))
            .await;
        assert!(moved.status.is_success(), "{}", moved.body);
        assert_eq!(portico::webhooks::drain(&open_state).await.unwrap(), 0);
        assert!(rx.hits().is_empty());

        // Staff and buyers of A, and A's admin through an API token: refused.
        for who in [&w.merch_a.email, &w.qc_a.email, &w.buyer_granted.email] {
            let t = token(&app, who);
            let r = app.send(get(&t, "/api/v1/webhooks")).await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{who}: {}", r.body);
            let r = app.send(get(&t, &format!("/api/v1/webhooks/{id}"))).await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{who}: {}", r.body);
        }
        let made = app
            .send(post(
                &admin_a,
                "/api/v1/api-tokens",
                json!({"name": "erp", "scopes": ["orders:read", "orders:write"]}),
            ))
            .await;
        let ptk = made.json()["token"].as_str().unwrap().to_string();
        let r = app.send(get(&ptk, "/api/v1/webhooks")).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
        let r = app
            .send(post(
                &ptk,
                "/api/v1/webhooks",
                json!({"url": "https://203.0.113.10/", "events": ["order.created"]}),
            ))
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);

        // What the token does is still an event for A's endpoint.
        let order = app
        .send(post(&ptk, "/api/v1/orders", json!({"customer_org_id": w.org_x, "reference": "PO-HOOK-1", "title": "Hooks", "quantity": 5})))
        .await;
        assert_eq!(order.status, StatusCode::CREATED, "{}", order.body);
        assert_eq!(portico::webhooks::drain(&open_state).await.unwrap(), 1);
        let event: Value = serde_json::from_str(&rx.hits()[0].body).unwrap();
        assert_eq!(event["type"], "order.created");
        assert_eq!(event["data"]["object_id"], order.json()["id"]);
    }
);

on_both_backends!(
    the_admin_page_adds_an_endpoint_and_shows_its_log,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let mut admin = world::browser(&app, &w.admin_a.email);
        let more = admin.get("/more").await;
        assert!(
            more.body.contains("href=\"/admin/webhooks\""),
            "linked from More"
        );
        let page = admin.get("/admin/webhooks").await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert!(page.body.contains("id=\"webhook-form\""));
        let bad = admin
            .post(
                "/admin/webhooks",
                &[("url", "https://10.1.2.3/"), ("event", "report.ready")],
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.body.contains("id=\"webhook-error\""), "{}", bad.body);
        let made = admin
            .post(
                "/admin/webhooks",
                &[
                    ("url", "https://203.0.113.10/hooks"),
                    ("description", "ERP"),
                    ("event", "report.ready"),
                    ("event", "payment.mismatch"),
                ],
            )
            .await;
        assert_eq!(made.status, StatusCode::OK, "{}", made.body);
        assert!(made.body.contains("whsec_"), "the secret, once");
        let again = admin.get("/admin/webhooks").await;
        assert!(!again.body.contains("whsec_"));
        assert!(again.body.contains("203.0.113.10"));
        let id: String = {
            use portico::db::schema::webhook_endpoints as we;
            we::table
                .filter(we::tenant_id.eq(&w.alpha))
                .select(we::id)
                .first(&mut *app.conn())
                .unwrap()
        };
        let test = admin.post(&format!("/admin/webhooks/{id}/test"), &[]).await;
        assert_eq!(
            test.location(),
            Some(format!("/admin/webhooks/{id}").as_str())
        );
        let shown = admin.get(&format!("/admin/webhooks/{id}")).await;
        assert_eq!(shown.status, StatusCode::OK, "{}", shown.body);
        assert!(shown.body.contains("<code>ping</code>"), "{}", shown.body);
        let off = admin
            .post(&format!("/admin/webhooks/{id}/disable"), &[])
            .await;
        assert_eq!(off.status, StatusCode::SEE_OTHER);
        assert!(
            admin
                .get(&format!("/admin/webhooks/{id}"))
                .await
                .body
                .contains("id=\"webhook-enable\"")
        );
        let gone = admin
            .post(&format!("/admin/webhooks/{id}/delete"), &[])
            .await;
        assert_eq!(gone.location(), Some("/admin/webhooks"));
        assert_eq!(
            admin.get(&format!("/admin/webhooks/{id}")).await.status,
            StatusCode::NOT_FOUND
        );
        // Not for other roles.
        let mut merch = world::browser(&app, &w.merch_a.email);
        assert_eq!(
            merch.get("/admin/webhooks").await.status,
            StatusCode::FORBIDDEN
        );
    }
);
