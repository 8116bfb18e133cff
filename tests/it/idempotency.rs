//! `Idempotency-Key` on the API's POSTs: a repeat replays the first answer and makes nothing
//! twice, another request under the same key is refused, a burst makes one object, and one
//! caller's key is nothing to another.

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use common::world::{self, World};
use common::{TestApp, bearer};
use diesel::prelude::*;
use portico::auth::session::SessionKind;
use serde_json::{Value, json};

use crate::common;

fn keyed(token: &str, key: &str, uri: &str, body: Value) -> TestRequest {
    TestRequest::post()
        .uri(uri)
        .insert_header(bearer(token))
        .insert_header(("Idempotency-Key", key))
        .set_json(body)
}

fn order(w: &World, reference: &str) -> Value {
    json!({"customer_org_id": w.org_x, "reference": reference, "title": "Knit tops", "quantity": 500})
}

fn orders_with(app: &TestApp, reference: &str) -> i64 {
    use portico::db::schema::orders;
    orders::table
        .filter(orders::reference.eq(reference))
        .count()
        .get_result(&mut *app.conn())
        .unwrap()
}

on_both_backends!(
    a_repeat_replays_the_first_answer_and_makes_nothing_twice,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let admin = world::issue(&app, &w.admin_a.email, SessionKind::Api).access_token;
        let first = app
            .send(keyed(
                &admin,
                "order-7731",
                "/api/v1/orders",
                order(&w, "PO-IDEM-1"),
            ))
            .await;
        assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
        assert_eq!(first.header("idempotent-replayed"), "");
        let again = app
            .send(keyed(
                &admin,
                "order-7731",
                "/api/v1/orders",
                order(&w, "PO-IDEM-1"),
            ))
            .await;
        assert_eq!(again.status, StatusCode::CREATED, "{}", again.body);
        assert_eq!(again.header("idempotent-replayed"), "true");
        assert_eq!(again.body, first.body);
        assert_eq!(again.location(), first.location());
        assert!(again.header("content-type").starts_with("application/json"));
        assert_eq!(orders_with(&app, "PO-IDEM-1"), 1);

        // The same key with another request: refused, nothing made.
        let other = app
            .send(keyed(
                &admin,
                "order-7731",
                "/api/v1/orders",
                order(&w, "PO-IDEM-2"),
            ))
            .await;
        assert_eq!(
            other.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            other.body
        );
        assert_eq!(other.json()["code"], "idempotency_key_reused");
        assert_eq!(orders_with(&app, "PO-IDEM-2"), 0);

        // A refusal keeps nothing: the request fixed goes through under the same key.
        let bad = app
            .send(keyed(
                &admin,
                "order-7732",
                "/api/v1/orders",
                json!({"customer_org_id": w.org_x, "reference": "", "title": "", "quantity": 5}),
            ))
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.body);
        let fixed = app
            .send(keyed(
                &admin,
                "order-7732",
                "/api/v1/orders",
                order(&w, "PO-IDEM-3"),
            ))
            .await;
        assert_eq!(fixed.status, StatusCode::CREATED, "{}", fixed.body);
        assert_eq!(fixed.header("idempotent-replayed"), "");

        // Keys are checked: 1 to 255 printable ASCII characters.
        for key in [String::new(), "x".repeat(256), "tab\there".into()] {
            let r = app
                .send(keyed(
                    &admin,
                    &key,
                    "/api/v1/orders",
                    order(&w, "PO-IDEM-4"),
                ))
                .await;
            assert_eq!(r.status, StatusCode::BAD_REQUEST, "{key:?}: {}", r.body);
            assert_eq!(r.json()["code"], "invalid_idempotency_key");
        }
        let quoted = app
            .send(keyed(
                &admin,
                "\"sf-string-key\"",
                "/api/v1/orders",
                order(&w, "PO-IDEM-4"),
            ))
            .await;
        assert_eq!(quoted.status, StatusCode::CREATED, "{}", quoted.body);
        assert_eq!(orders_with(&app, "PO-IDEM-4"), 1);
    }
);

on_both_backends!(
    a_burst_under_one_key_makes_one_object,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let admin = world::issue(&app, &w.admin_a.email, SessionKind::Api).access_token;
        let sends = (0..8).map(|_| {
            app.send(keyed(
                &admin,
                "burst-1",
                "/api/v1/orders",
                order(&w, "PO-BURST"),
            ))
        });
        let answers = futures_util::future::join_all(sends).await;
        let statuses: Vec<u16> = answers.iter().map(|r| r.status.as_u16()).collect();
        assert_eq!(orders_with(&app, "PO-BURST"), 1, "{statuses:?}");
        let fresh = answers
            .iter()
            .filter(|r| {
                r.status == StatusCode::CREATED && r.header("idempotent-replayed").is_empty()
            })
            .count();
        assert_eq!(fresh, 1, "{statuses:?}");
        for r in &answers {
            assert!(
                r.status == StatusCode::CREATED || r.status == StatusCode::CONFLICT,
                "{}: {}",
                r.status,
                r.body
            );
            if r.status == StatusCode::CONFLICT {
                assert_eq!(r.json()["code"], "idempotency_key_in_progress");
            }
        }
        // Once the first is done, a repeat is its answer.
        let later = app
            .send(keyed(
                &admin,
                "burst-1",
                "/api/v1/orders",
                order(&w, "PO-BURST"),
            ))
            .await;
        assert_eq!(later.status, StatusCode::CREATED);
        assert_eq!(later.header("idempotent-replayed"), "true");
    }
);

on_both_backends!(
    one_callers_key_is_nothing_to_another,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let admin = world::issue(&app, &w.admin_a.email, SessionKind::Api).access_token;
        let merch = world::issue(&app, &w.merch_a.email, SessionKind::Api).access_token;
        let a = app
            .send(keyed(
                &admin,
                "shared-key",
                "/api/v1/orders",
                order(&w, "PO-A"),
            ))
            .await;
        assert_eq!(a.status, StatusCode::CREATED, "{}", a.body);
        let b = app
            .send(keyed(
                &merch,
                "shared-key",
                "/api/v1/orders",
                order(&w, "PO-B"),
            ))
            .await;
        assert_eq!(b.status, StatusCode::CREATED, "{}", b.body);
        assert_eq!(b.header("idempotent-replayed"), "");
        assert_ne!(a.json()["id"], b.json()["id"]);
        assert!(!b.body.contains("PO-A"));

        // The same admin through an API token is another caller too; and the token shown once
        // is kept sealed, never in clear, for the replay.
        let made = app
            .send(keyed(
                &admin,
                "token-1",
                "/api/v1/api-tokens",
                json!({"name": "erp", "scopes": ["orders:read", "orders:write"]}),
            ))
            .await;
        assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
        let secret = made.json()["token"].as_str().unwrap().to_string();
        let stored: Vec<Option<String>> = {
            use portico::db::schema::idempotency_keys as ik;
            ik::table
                .select(ik::response_body)
                .load(&mut *app.conn())
                .unwrap()
        };
        assert!(!stored.is_empty());
        assert!(
            stored
                .iter()
                .flatten()
                .all(|b| !b.contains(&secret) && !b.contains("ptk_"))
        );
        let replayed = app
            .send(keyed(
                &admin,
                "token-1",
                "/api/v1/api-tokens",
                json!({"name": "erp", "scopes": ["orders:read", "orders:write"]}),
            ))
            .await;
        assert_eq!(replayed.header("idempotent-replayed"), "true");
        assert_eq!(replayed.json()["token"], secret.as_str());
        let by_token = app
            .send(keyed(
                &secret,
                "shared-key",
                "/api/v1/orders",
                order(&w, "PO-C"),
            ))
            .await;
        assert_eq!(by_token.status, StatusCode::CREATED, "{}", by_token.body);
        assert_eq!(by_token.header("idempotent-replayed"), "");
        assert_eq!(orders_with(&app, "PO-C"), 1);
        // Without a key, nothing changes.
        let plain = app
            .send(
                TestRequest::post()
                    .uri("/api/v1/orders")
                    .insert_header(bearer(&admin))
                    .set_json(order(&w, "PO-D")),
            )
            .await;
        assert_eq!(plain.status, StatusCode::CREATED, "{}", plain.body);
    }
);
