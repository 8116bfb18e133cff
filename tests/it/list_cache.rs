//! The node's memory of the order lists it answered (`orders::cache`): a page asked for again
//! is answered without the database, never to anyone else, and every change to what it shows
//! is seen on the very next request, whoever made it: the service in a transaction, a write
//! outside any transaction, or another process writing the SQLite file. (Several nodes on
//! PostgreSQL: `nodes.rs`.)

use std::sync::atomic::Ordering;

use diesel::prelude::*;
use portico::auth::session::SessionKind;
use portico::db::schema::{customer_orgs, order_grants, order_staff};

use crate::common::world::{self, ORDER_B_REF, ORDER1_REF, ORDER2_REF, ORDER3_REF, World};
use crate::common::{self, Backend, TestApp, api};

fn hits(app: &TestApp) -> u64 {
    app.state.order_lists.counters.hits.load(Ordering::SeqCst)
}

fn token(app: &TestApp, email: &str) -> String {
    world::issue(app, email, SessionKind::Api).access_token
}

/// The references on the first page of the caller's order list, and the whole body.
async fn list(app: &TestApp, token: &str, query: &str) -> (Vec<String>, serde_json::Value) {
    let r = api(app, token, &format!("/api/v1/orders{query}"), None).await;
    assert_eq!(r.status.as_u16(), 200, "{}", r.body);
    let body = r.json();
    let mut refs: Vec<String> = body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["reference"].as_str().unwrap().to_string())
        .collect();
    refs.sort();
    (refs, body)
}

/// The page once it is answered from memory, the same as the database answered it.
async fn warm(app: &TestApp, token: &str, query: &str) -> serde_json::Value {
    let first = list(app, token, query).await.1;
    let body = common::until_remembered(|| hits(app), || list(app, token, query))
        .await
        .1;
    assert_eq!(body, first, "memory answers what the database answered");
    body
}

/// The caller's list once `done` holds: on the next request on SQLite, within a second on
/// PostgreSQL for a write outside a transaction (heard through the listener).
async fn seen(
    app: &TestApp,
    token: &str,
    query: &str,
    immediately: bool,
    done: impl Fn(&[String], &serde_json::Value) -> bool,
) -> serde_json::Value {
    let ask = || list(app, token, query);
    common::until_seen(ask, immediately, |(refs, body)| done(refs, body))
        .await
        .1
}

fn item<'a>(body: &'a serde_json::Value, reference: &str) -> &'a serde_json::Value {
    body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["reference"] == reference)
        .unwrap_or_else(|| panic!("{reference} not in {body}"))
}

async fn every_change_is_seen_at_once(backend: Backend) {
    let Some(app) = TestApp::new(backend).await else {
        return;
    };
    let w = World::build_without_files(&app);
    let admin = token(&app, &w.admin_a.email);
    let merch = token(&app, &w.merch_a.email);
    let buyer = token(&app, &w.buyer_granted.email);
    // Writes outside a transaction are heard through the listener on PostgreSQL.
    let raw_at_once = backend == Backend::Sqlite;

    // The service, in a transaction: a milestone changes the order's progress, and the
    // lateness filter.
    let body = warm(&app, &admin, "").await;
    assert_eq!(
        item(&body, ORDER3_REF)["progress"]["next_milestone"],
        serde_json::Value::Null
    );
    let late = warm(&app, &admin, "?late=1").await;
    assert!(!late.to_string().contains(ORDER3_REF));
    let r = api(
        &app,
        &admin,
        &format!("/api/v1/orders/{}/milestones", w.order3),
        Some(serde_json::json!({"name": "Cutting", "planned_date": "2020-01-01"})),
    )
    .await;
    assert_eq!(r.status.as_u16(), 201, "{}", r.body);
    let body = seen(&app, &admin, "", true, |_, b| {
        item(b, ORDER3_REF)["progress"]["next_milestone"] == "Cutting"
    })
    .await;
    assert_eq!(item(&body, ORDER3_REF)["progress"]["late"], 1);
    seen(&app, &admin, "?late=1", true, |refs, _| {
        refs.iter().any(|r| r == ORDER3_REF)
    })
    .await;

    // A transition, and the filter that depends on it.
    warm(&app, &admin, "?status=inspection").await;
    let r = api(
        &app,
        &admin,
        &format!("/api/v1/orders/{}/transitions", w.order3),
        Some(serde_json::json!({"to": "inspection"})),
    )
    .await;
    assert_eq!(r.status.as_u16(), 200, "{}", r.body);
    seen(&app, &admin, "?status=inspection", true, |refs, _| {
        refs == [ORDER3_REF]
    })
    .await;

    // A new order, made by the API.
    warm(&app, &admin, "").await;
    let r = api(
        &app,
        &admin,
        "/api/v1/orders",
        Some(serde_json::json!({
            "reference": "PO-CACHE-1", "title": "Cached", "customer_org_id": w.org_y,
            "product": "Socks", "quantity": 10
        })),
    )
    .await;
    assert_eq!(r.status.as_u16(), 201, "{}", r.body);
    seen(&app, &admin, "", true, |refs, _| {
        refs.iter().any(|r| r == "PO-CACHE-1")
    })
    .await;

    // A customer renamed outside any transaction.
    let body = warm(&app, &buyer, "").await;
    assert_eq!(item(&body, ORDER1_REF)["customer_name"], world::ORG_X_NAME);
    diesel::update(customer_orgs::table.find(&w.org_x))
        .set(customer_orgs::name.eq("Xylo Renamed"))
        .execute(&mut *app.service_conn())
        .unwrap();
    seen(&app, &buyer, "", raw_at_once, |_, b| {
        b["items"][0]["customer_name"] == "Xylo Renamed"
    })
    .await;

    // A grant taken away: the buyer's order is gone from their list.
    warm(&app, &buyer, "").await;
    diesel::delete(order_grants::table.filter(order_grants::user_id.eq(&w.buyer_granted.id)))
        .execute(&mut *app.service_conn())
        .unwrap();
    seen(&app, &buyer, "", raw_at_once, |refs, _| refs.is_empty()).await;

    // An assignment taken away: the merchandiser's order is gone from theirs.
    let body = warm(&app, &merch, "").await;
    assert!(item(&body, ORDER1_REF).is_object());
    diesel::delete(order_staff::table.filter(order_staff::user_id.eq(&w.merch_a.id)))
        .execute(&mut *app.service_conn())
        .unwrap();
    seen(&app, &merch, "", raw_at_once, |refs, _| {
        !refs.iter().any(|r| r == ORDER1_REF)
    })
    .await;
}

#[actix_web::test]
async fn every_change_is_seen_at_once_sqlite() {
    every_change_is_seen_at_once(Backend::Sqlite).await;
}

#[actix_web::test]
async fn every_change_is_seen_at_once_postgres() {
    every_change_is_seen_at_once(Backend::Postgres).await;
}

/// A page remembered for one person is never another's, whatever they ask: the key holds
/// who is asking and what their role lets them see.
async fn a_page_is_never_anothers(backend: Backend) {
    let Some(app) = TestApp::new(backend).await else {
        return;
    };
    let w = World::build_without_files(&app);
    let admin = token(&app, &w.admin_a.email);
    // Tokens first: the harness's own connection forgets every list when it is put back.
    let others: Vec<_> = [
        (&w.buyer_granted.email, vec![ORDER1_REF]),
        (&w.buyer_nogrant.email, vec![]),
        (&w.buyer_y.email, vec![ORDER2_REF]),
        (&w.admin_b.email, vec![ORDER_B_REF]),
    ]
    .into_iter()
    .map(|(email, expected)| (email, token(&app, email), expected))
    .collect();
    warm(&app, &admin, "").await;
    warm(&app, &admin, "?limit=1").await;
    let before = hits(&app);
    for (email, t, expected) in others {
        for query in ["", "?limit=1"] {
            let expected: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
            assert_eq!(list(&app, &t, query).await.0, expected, "{email} {query}");
            // Asked again (now possibly from memory): still their own.
            assert_eq!(list(&app, &t, query).await.0, expected, "{email} {query}");
        }
    }
    assert!(hits(&app) > before, "memory answered none of it");
    // And the admin's own pages are still whole.
    let (refs, _) = list(&app, &admin, "").await;
    assert_eq!(refs, [ORDER1_REF, ORDER3_REF, ORDER2_REF]);
    // The page after the first is its own entry, with its own cursor.
    let (first, body) = list(&app, &admin, "?limit=1").await;
    let next = body["next"].as_str().unwrap();
    let (second, _) = list(&app, &admin, &format!("?limit=1&after={next}")).await;
    assert_eq!(first.len() + second.len(), 2);
    assert_ne!(first, second);
}

#[actix_web::test]
async fn a_page_is_never_anothers_sqlite() {
    a_page_is_never_anothers(Backend::Sqlite).await;
}

#[actix_web::test]
async fn a_page_is_never_anothers_postgres() {
    a_page_is_never_anothers(Backend::Postgres).await;
}

/// A grant's end is the one rule that changes with the time of day: a page a grant let in
/// lasts no longer than the earliest end among that person's grants.
async fn a_grant_bounds_the_page_it_let_in(backend: Backend) {
    let Some(app) = TestApp::new(backend).await else {
        return;
    };
    let w = World::build_without_files(&app);
    let now = portico::ids::now();
    let actor = |email: &str| {
        let t = token(&app, email);
        let claims = portico::auth::jwt::decode(&app.state.keys.jwt, &t).unwrap();
        portico::auth::session::authenticate(&mut app.service_conn(), &claims, "127.0.0.1").unwrap()
    };
    let buyer = actor(&w.buyer_granted.email);
    let mut c = app.service_conn();
    assert_eq!(
        portico::orders::cache::grants_end(&mut c, &buyer).unwrap(),
        None
    );
    let ends = |days: i64| Some(now + chrono::Duration::days(days));
    diesel::update(order_grants::table.filter(order_grants::user_id.eq(&w.buyer_granted.id)))
        .set(order_grants::expires_at.eq(ends(3)))
        .execute(&mut c)
        .unwrap();
    let end = portico::orders::cache::grants_end(&mut c, &buyer).unwrap();
    assert_eq!(
        end.map(|e| e.and_utc().timestamp()),
        ends(3).map(|e| e.and_utc().timestamp())
    );
    // A grant already over bounds nothing; the admin's page goes through no grant.
    diesel::update(order_grants::table.filter(order_grants::user_id.eq(&w.buyer_granted.id)))
        .set(order_grants::expires_at.eq(ends(-1)))
        .execute(&mut c)
        .unwrap();
    assert_eq!(
        portico::orders::cache::grants_end(&mut c, &buyer).unwrap(),
        None
    );
    let admin = actor(&w.admin_a.email);
    assert_eq!(
        portico::orders::cache::grants_end(&mut c, &admin).unwrap(),
        None
    );
}

#[actix_web::test]
async fn a_grant_bounds_the_page_it_let_in_sqlite() {
    a_grant_bounds_the_page_it_let_in(Backend::Sqlite).await;
}

#[actix_web::test]
async fn a_grant_bounds_the_page_it_let_in_postgres() {
    a_grant_bounds_the_page_it_let_in(Backend::Postgres).await;
}

// The triggers on the four tables are checked beside authentication's (`auth_cache.rs`).

/// Another process writing the SQLite file while the node serves (`portico demo`, an
/// operator's SQL): the node notices within its watch interval.
#[actix_web::test]
async fn sqlite_written_by_another_process_is_noticed() {
    let Some(app) = TestApp::new(Backend::Sqlite).await else {
        return;
    };
    let w = World::build_without_files(&app);
    let buyer = token(&app, &w.buyer_granted.email);
    warm(&app, &buyer, "").await;
    common::write_from_another_process(
        &app,
        &format!("UPDATE orders SET title = 'Changed elsewhere' WHERE reference = '{ORDER1_REF}'"),
    );
    // Within a second: the watcher reads the counter every 250 ms.
    common::until_seen(
        || list(&app, &buyer, ""),
        false,
        |(_, body)| body["items"][0]["title"] == "Changed elsewhere",
    )
    .await;
}
